import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: runs in browsers, Deno, Bun and Node.
    entry: {
      index: "src/index.ts",
      excel: "src/excel/index.ts",
      claims: "src/claims/index.ts",
      fixtures: "src/fixtures/index.ts",
      charts: "src/charts/index.ts",
      "charts-render": "src/charts/render.ts",
      workbook: "src/workbook/index.ts",
      // finmodel/workbook under the `node` condition: the same plus writeWorkbook (node:fs).
      "workbook-node": "src/workbook/node.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    tsconfig: "tsconfig.build.json",
    target: "es2022",
    platform: "neutral",
    external: ["vega", "vega-lite", "exceljs"],
    splitting: true,
    treeshake: true,
    clean: false,
    // Maps with the sources inlined (sourcesContent), so stack traces and debuggers
    // land in readable TypeScript even though src/ is not in the tarball.
    sourcemap: true,
    // import.meta.url in the CommonJS build (simulateAsync finds its worker script beside it).
    shims: true,
  },
  {
    // The script of simulateAsync's workers, beside the code that starts them: ESM (a module
    // Web Worker in browsers, a worker_threads worker in Node), self-contained, no types.
    entry: { "simulate-worker": "src/model/simulate-worker.ts" },
    format: ["esm"],
    dts: false,
    tsconfig: "tsconfig.build.json",
    target: "es2022",
    platform: "neutral",
    splitting: false,
    treeshake: true,
    clean: false,
    sourcemap: true,
  },
  {
    // The command line: Node only.
    entry: { cli: "cli/bin.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    splitting: false,
    clean: false,
    // No map: the binary prints one-line errors, and its map would repeat the library's sources.
    sourcemap: false,
  },
]);
