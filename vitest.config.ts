import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (p: string) => fileURLToPath(new URL(`./src/${p}`, import.meta.url));

// The tests of the built package: dist/ (built once by the global setup), the
// packed tarball, bundles made from it, the API report, the spawned binary.
const PACKAGE = ["test/package/**/*.test.ts", "test/cli/smoke.test.ts"];

export default defineConfig({
  resolve: {
    alias: [
      { find: /^finmodel\/excel$/, replacement: src("excel/index.ts") },
      { find: /^finmodel\/workbook$/, replacement: src("workbook/node.ts") },
      { find: /^finmodel\/fixtures$/, replacement: src("fixtures/index.ts") },
      { find: /^finmodel\/claims$/, replacement: src("claims/index.ts") },
      { find: /^finmodel\/charts\/render$/, replacement: src("charts/render.ts") },
      { find: /^finmodel\/charts$/, replacement: src("charts/index.ts") },
      { find: /^finmodel$/, replacement: src("index.ts") },
    ],
  },
  test: {
    // `npm run test:unit` runs the unit stage, `npm run test:package` the package
    // stage, `npm test` both (and tsc).
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          // everything that runs on src/, with no build: unit, property, type and
          // @example tests, the bad-input sweep, the command line in process
          include: ["test/**/*.test.ts"],
          exclude: PACKAGE,
          // a few tests run the example scripts with tsx: a loaded machine must not fail them on time
          testTimeout: 30_000,
          typecheck: {
            enabled: true,
            include: ["test/**/*.test-d.ts"],
            tsconfig: "tsconfig.json",
          },
        },
      },
      {
        extends: true,
        test: {
          name: "package",
          include: PACKAGE,
          // builds, packs, bundles and spawns: a loaded machine must not fail them on time
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ["test/global-setup.ts"],
        },
      },
    ],
    benchmark: {
      include: ["bench/**/*.bench.ts"],
    },
  },
});
