import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";
const merged = mergeConfig(base, defineConfig({}));
merged.test.globalSetup = [];
merged.test.typecheck = { enabled: false };
export default merged;
