import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    excel: "src/excel/index.ts",
    fixtures: "src/fixtures/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  tsconfig: "tsconfig.build.json",
  target: "es2022",
  platform: "neutral",
  splitting: true,
  treeshake: true,
  clean: true,
  sourcemap: false,
});
