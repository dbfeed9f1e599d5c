import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (p: string) => fileURLToPath(new URL(`./src/${p}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^finmodel\/excel$/, replacement: src("excel/index.ts") },
      { find: /^finmodel\/workbook$/, replacement: src("workbook/node.ts") },
      { find: /^finmodel\/fixtures$/, replacement: src("fixtures/index.ts") },
      { find: /^finmodel\/charts\/render$/, replacement: src("charts/render.ts") },
      { find: /^finmodel\/charts$/, replacement: src("charts/index.ts") },
      { find: /^finmodel$/, replacement: src("index.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    typecheck: {
      enabled: true,
      include: ["test/**/*.test-d.ts"],
      tsconfig: "tsconfig.json",
    },
    benchmark: {
      include: ["bench/**/*.bench.ts"],
    },
  },
});
