import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (p: string) => fileURLToPath(new URL(`./src/${p}`, import.meta.url));
const dist = (p: string) => fileURLToPath(new URL(`./dist/${p}`, import.meta.url));

// Tests import `finmodel` from the sources. Benchmarks (`vitest bench`, after `npm run build`)
// import the built package, loaded by Node itself as an application loads it and as the peers
// and decimal.js they are timed against are loaded: through vite's module runner every use of
// a name imported from another module is a getter call, a cost users never pay.
const entries = (mode: string) =>
  mode === "benchmark"
    ? [
        { find: /^finmodel\/excel$/, replacement: dist("excel.js") },
        { find: /^finmodel$/, replacement: dist("index.js") },
      ]
    : [
        { find: /^finmodel\/excel$/, replacement: src("excel/index.ts") },
        { find: /^finmodel\/workbook$/, replacement: src("workbook/node.ts") },
        { find: /^finmodel\/fixtures$/, replacement: src("fixtures/index.ts") },
        { find: /^finmodel\/claims$/, replacement: src("claims/index.ts") },
        { find: /^finmodel\/charts\/render$/, replacement: src("charts/render.ts") },
        { find: /^finmodel\/charts$/, replacement: src("charts/index.ts") },
        { find: /^finmodel$/, replacement: src("index.ts") },
      ];

// The package stage: the tests of the built package (dist/, built once by the global
// setup; the packed tarball, bundles made from it, the API report, the spawned binary)
// and the tests that start other programs as a user does: the example scripts run
// with tsx, typedoc building the API site, LibreOffice recalculating exported
// workbooks, worker threads running simulateAsync's worker script. Everything else is the unit stage, in process on src/.
const PACKAGE = [
  "test/package/**/*.test.ts",
  "test/cli/smoke.test.ts",
  "test/examples/*.test.ts",
  "test/scenarios/example.test.ts",
  "test/docs-site.test.ts",
  // tsc over the README's and the guides' code
  "test/docs-types.test.ts",
  "test/workbook/libreoffice.test.ts",
  // real worker threads, each booting tsx to run the worker script's source
  "test/model/simulate-async.test.ts",
];

export default defineConfig(({ mode }) => ({
  resolve: { alias: entries(mode) },
  test: {
    // `npm run test:unit` runs the unit stage, `npm run test:package` the package
    // stage, `npm test` both (and tsc).
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          // everything that runs on src/, with no build: unit, property and @example
          // tests, the bad-input sweep, the README and guide code, the command line in
          // process. The type tests (*.test-d.ts) are compiled by `tsc --noEmit`, which
          // checks the whole project after this stage.
          include: ["test/**/*.test.ts"],
          exclude: PACKAGE,
          // Tests: one module graph for all the files of a worker, so that finmodel, vega,
          // exceljs and zod load once instead of once per file (no test depends on a fresh
          // copy: the ones that need one take it with vi.resetModules(); none mocks a
          // module), and a worker per core (vitest's default, one core less, is one worker
          // on a two-core machine, which leaves a core idle for most of the run).
          // Benchmarks (`vitest bench`): one file at a time, each in a fresh process, so that
          // neither a neighbour's load nor an earlier file's JIT state moves the ratios.
          ...(mode === "benchmark" ? { isolate: true, maxWorkers: 1 } : { isolate: false, maxWorkers: "100%" }),
          // in `npm test` the whole unit stage runs first, then the package stage with its
          // own (default) workers
          sequence: { groupOrder: 0 },
          // the longest property tests take seconds alone: a loaded machine must not fail them on time
          testTimeout: 30_000,
          // the property tests' seed: fixed in CI, fresh elsewhere (see the file)
          setupFiles: ["test/support/property-seed.ts"],
          benchmark: { include: ["bench/**/*.bench.ts"] },
          ...(mode === "benchmark" ? { server: { deps: { external: [/\/dist\//] } } } : {}),
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
          sequence: { groupOrder: 1 },
          // the benchmarks are the unit project's (on src/): `npm run bench` runs each once
          benchmark: { include: [] },
        },
      },
    ],
  },
}));
