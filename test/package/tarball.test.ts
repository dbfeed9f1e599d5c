// Smoke tests of the tarball users install: `npm pack`, unpacked into a fresh app's
// node_modules, then used from CommonJS, from ESM and from Deno.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHIPPED, declaredFiles, packAndInstall, pkg, root, run, tempDir, type Installed } from "./support.js";

// (206.5 / 10.7)^(1/5) − 1: 206.5 / 10.7 = 19.299065…, ln of it = 2.960057, / 5 = 0.592011,
// e^0.592011 = 1.807620, so the CAGR is 0.80762049… (a 5-year CAGR from US$10.7B to US$206.5B).
const CAGR = /^0\.80762049\d*$/;

let installed: Installed;
let packageDir: string;

beforeAll(() => {
  installed = packAndInstall();
  packageDir = join(installed.app, "node_modules", pkg.name);
}, 120_000);

afterAll(() => {
  if (installed) rmSync(dirname(installed.app), { recursive: true, force: true });
});

/** Writes a script into the app and runs it with Node; returns its output lines. */
function node(file: string, source: string): string[] {
  writeFileSync(join(installed.app, file), source);
  return run(process.execPath, [file], { cwd: installed.app }).trim().split("\n");
}

describe("the tarball's contents", () => {
  it("are dist/, the guides, package.json, README.md, LICENSE, CHANGELOG.md and the example claims file only", () => {
    const paths = installed.files.map((f) => f.path);
    expect(paths.filter((p) => !SHIPPED.test(p))).toEqual([]);
    expect(paths.filter((p) => /^(src|test|seeds|bench|cli|docs\/site)\/|^examples\/(?!claims\/)/.test(p))).toEqual([]);
    expect(paths).toEqual(expect.arrayContaining(["package.json", "README.md", "LICENSE", "dist/index.js"]));
  });

  it("hold every file the README links to, at the URL a registry page can follow", () => {
    // npm resolves relative links against `repository`, which the package does not name yet:
    // the README links to the guides and images of this version as jsDelivr serves the tarball.
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(5);
    const prefix = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/`;
    const paths = new Set(installed.files.map((f) => f.path));
    for (const link of links) {
      if (link.startsWith("#") || (link.startsWith("https://") && !link.startsWith("https://cdn.jsdelivr.net/"))) continue;
      expect(link.startsWith(prefix), `${link} is not under ${prefix}`).toBe(true);
      expect(paths.has(link.slice(prefix.length)), `${link} is not in the tarball`).toBe(true);
    }
  });

  it("hold every file that exports and bin name, and the unpacked folder has exactly the listed files", () => {
    const paths = new Set(installed.files.map((f) => f.path));
    const declared = declaredFiles().filter((p) => p !== "package.json");
    expect(declared.length).toBeGreaterThanOrEqual(5 * 4 + 1); // five entry points × (js, cjs, d.ts, d.cts) + the binary
    expect(declared.filter((p) => !paths.has(p))).toEqual([]);
    for (const p of paths) expect(existsSync(join(packageDir, p)), p).toBe(true);
  });

  it("ship the binary as a Node script", () => {
    for (const bin of Object.values(pkg.bin ?? {})) {
      expect(readFileSync(join(packageDir, bin), "utf8").startsWith("#!/usr/bin/env node\n"), bin).toBe(true);
    }
  });
});

describe("CommonJS: require", () => {
  it("resolves finmodel to the CJS build and computes a CAGR", () => {
    const [resolved, value, isError] = node(
      "main.cjs",
      [
        `const finmodel = require("finmodel");`,
        `console.log(require.resolve("finmodel"));`,
        `console.log(finmodel.cagr(10.7, 206.5, 5).value.toString());`,
        `try { finmodel.cagr(0, 1, 1); } catch (e) { console.log(e instanceof finmodel.FinModelError && e.code); }`,
      ].join("\n"),
    );
    expect(relative(packageDir, resolved!)).toBe(join("dist", "index.cjs"));
    expect(value).toMatch(CAGR);
    expect(isError).toBe("OUT_OF_DOMAIN");
  });

  it("resolves finmodel/excel to the CJS build and computes RRI, the spreadsheet CAGR", () => {
    const [resolved, value] = node(
      "excel.cjs",
      [
        `const excel = require("finmodel/excel");`,
        `console.log(require.resolve("finmodel/excel"));`,
        `console.log(String(excel.RRI(5, 10.7, 206.5)));`,
      ].join("\n"),
    );
    expect(relative(packageDir, resolved!)).toBe(join("dist", "excel.cjs"));
    expect(value).toMatch(/^0\.80762049/);
  });
});

describe("ESM: import", () => {
  it("resolves finmodel to the ESM build and computes a CAGR", () => {
    const [resolved, value] = node(
      "main.mjs",
      [
        `import { cagr } from "finmodel";`,
        `console.log(new URL(import.meta.resolve("finmodel")).pathname);`,
        `console.log(cagr(10.7, 206.5, 5).value.toString());`,
      ].join("\n"),
    );
    expect(relative(packageDir, resolved!)).toBe(join("dist", "index.js"));
    expect(value).toMatch(CAGR);
  });

  it("imports finmodel/fixtures and computes the MiniMax market CAGR from its figures", () => {
    const [resolved, value] = node(
      "fixtures.mjs",
      [
        `const { minimax } = await import("finmodel/fixtures");`,
        `const { cagr } = await import("finmodel");`,
        `console.log(new URL(import.meta.resolve("finmodel/fixtures")).pathname);`,
        `const f = minimax.figures;`,
        `console.log(cagr(f.foundationModelMarket2024.value, f.foundationModelMarket2029.value, 5).value.toFixed(4));`,
      ].join("\n"),
    );
    expect(relative(packageDir, resolved!)).toBe(join("dist", "fixtures.js"));
    // The same market, US$10.7B in 2024 to US$206.5B in 2029: 0.80762… to four places.
    expect(value).toBe("0.8076");
  });
});

/**
 * A script that counts the Worker threads simulateAsync starts (syncBuiltinESMExports carries the
 * patch to the ESM import of node:worker_threads), compares its results with simulate's, and
 * must exit by itself: a worker left running would keep the process alive until the spawn
 * timeout kills it.
 */
const workersScript = (load: string) =>
  [
    `const wt = require("node:worker_threads");`,
    `const { syncBuiltinESMExports } = require("node:module");`,
    `let started = 0;`,
    `const Original = wt.Worker;`,
    `wt.Worker = class extends Original { constructor(...args) { super(...args); started++; } };`,
    `syncBuiltinESMExports();`,
    `(async () => {`,
    `  const { model, money, percent, normal, uniform } = ${load};`,
    `  const m = model({ periods: ["FY2025", "FY2026"], inputs: { r: money(75, "USD"), g: percent(150), margin: percent(25) },`,
    `    lines: { rev: (c) => c.first ? c.input("r") : c.prev("rev").times(c.input("g").plus(1)), gp: (c) => c.line("rev").times(c.input("margin")) } });`,
    `  const opts = { draws: 60000, seed: 9, keepDraws: true, vary: { g: normal(1.5, 0.3), margin: uniform(0.2, 0.3) }, outputs: [{ line: "gp", period: "FY2026" }, { line: "rev", period: "FY2026" }] };`,
    `  const sync = m.simulate(opts);`,
    `  for (const workers of [2, 3]) {`,
    `    const before = started;`,
    `    const got = await m.simulateAsync({ ...opts, workers });`,
    `    const same = got.every((r, k) => JSON.stringify(r.summary) === JSON.stringify(sync[k].summary) && r.values.every((v, i) => v === sync[k].values[i]));`,
    `    console.log(workers, started - before, same);`,
    `  }`,
    `})();`,
  ].join("\n");

describe("simulateAsync from the installed package", () => {
  it("ships the worker script", () => {
    expect(installed.files.map((f) => f.path)).toContain("dist/simulate-worker.js");
  });

  it.each([
    ["ESM", "workers.cjs", `await import("finmodel")`],
    ["CommonJS", "workers-cjs.cjs", `require("finmodel")`],
  ])("%s: the same results as simulate with 2 and 3 worker threads, and the script exits by itself", (_, file, load) => {
    expect(node(file, workersScript(load))).toEqual(["2 2 true", "3 3 true"]);
  });
});

describe("Bun", () => {
  const bun = join(root, "node_modules", ".bin", "bun");
  const inBun = (file: string, source: string): string[] => {
    writeFileSync(join(installed.app, file), source);
    return run(bun, [file], { cwd: installed.app, env: { ...process.env, NO_COLOR: "1", BUN_RUNTIME_TRANSPILER_CACHE_PATH: "0" } }).trim().split("\n");
  };

  it("imports the built ESM and requires the CommonJS build through node_modules, and computes a CAGR", () => {
    expect(existsSync(bun), "bun is a devDependency").toBe(true);
    const [version, esm, code] = inBun(
      "bun-main.mjs",
      [
        `import { cagr, FinModelError } from "finmodel";`,
        `console.log(typeof Bun === "object" ? Bun.version : "not bun");`,
        `console.log(cagr(10.7, 206.5, 5).value.toString());`,
        `try { cagr(1, 2, 0); } catch (e) { console.log(e instanceof FinModelError && e.code); }`,
      ].join("\n"),
    );
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(esm).toMatch(CAGR);
    expect(code).toBe("OUT_OF_DOMAIN");
    const [cjs, excel] = inBun("bun-main.cjs", [`const { cagr } = require("finmodel");`, `const { XIRR } = require("finmodel/excel");`, `console.log(cagr(10.7, 206.5, 5).value.toString());`, `console.log(XIRR([-10000, 2750, 4250, 3250, 2750], [39448, 39508, 39751, 39859, 39904]).toFixed(9));`].join("\n"));
    expect(cjs).toMatch(CAGR);
    // The spreadsheet vendor's documented XIRR example: 37.34%.
    expect(excel).toBe("0.373362534");
  }, 90_000);

  it("runs simulateAsync over node:worker_threads with simulate's results, and exits by itself", () => {
    const [two, three] = inBun("bun-workers.cjs", workersScript(`require("finmodel")`));
    expect([two, three]).toEqual(["2 2 true", "3 3 true"]);
  }, 90_000);
});

describe("Deno", () => {
  const deno = join(root, "node_modules", ".bin", "deno");

  it("imports the built ESM through node_modules, offline, and computes a CAGR", () => {
    expect(existsSync(deno), "deno is a devDependency").toBe(true);
    const denoDir = tempDir("deno-dir");
    try {
      writeFileSync(
        join(installed.app, "deno-main.mjs"),
        [
          `import { cagr, FinModelError } from "finmodel";`,
          `console.log(cagr(10.7, 206.5, 5).value.toString());`,
          `try { cagr(1, 2, 0); } catch (e) { console.log(e instanceof FinModelError && e.code); }`,
        ].join("\n"),
      );
      const out = run(deno, ["run", "--no-remote", "--cached-only", "--no-lock", "--node-modules-dir=manual", "deno-main.mjs"], {
        cwd: installed.app,
        env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1", DENO_DIR: denoDir },
      });
      const [value, code] = out.trim().split("\n");
      expect(value).toMatch(CAGR);
      expect(code).toBe("OUT_OF_DOMAIN");
    } finally {
      rmSync(denoDir, { recursive: true, force: true });
    }
  }, 90_000);

  it("runs simulateAsync over node:worker_threads with simulate's results, and exits by itself", () => {
    const denoDir = tempDir("deno-dir");
    try {
      writeFileSync(
        join(installed.app, "deno-workers.mjs"),
        [
          `import { model, money, percent, normal } from "finmodel";`,
          `const m = model({ periods: ["FY2025", "FY2026"], inputs: { r: money(75, "USD"), g: percent(150) }, lines: { rev: (c) => c.first ? c.input("r") : c.prev("rev").times(c.input("g").plus(1)) } });`,
          `const opts = { draws: 40000, seed: 4, keepDraws: true, vary: { g: normal(1.5, 0.3) }, outputs: [{ line: "rev", period: "FY2026" }] };`,
          `const [sync] = m.simulate(opts);`,
          `const [got] = await m.simulateAsync({ ...opts, workers: 2 });`,
          `console.log(got.values.every((v, i) => v === sync.values[i]) && got.summary.mean === sync.summary.mean);`,
        ].join("\n"),
      );
      const out = run(deno, ["run", "--allow-read", "--no-remote", "--cached-only", "--no-lock", "--node-modules-dir=manual", "deno-workers.mjs"], {
        cwd: installed.app,
        env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1", DENO_DIR: denoDir },
      });
      expect(out.trim()).toBe("true");
    } finally {
      rmSync(denoDir, { recursive: true, force: true });
    }
  }, 90_000);

  it("runs simulateAsync over module Web Workers, as browsers do, where the runtime is not Node", () => {
    // With `process` hidden, finmodel sees no Node and starts Deno's Web Workers (the browser
    // path: new Worker(new URL("./simulate-worker.js", import.meta.url), { type: "module" })).
    const denoDir = tempDir("deno-dir");
    try {
      writeFileSync(
        join(installed.app, "deno-web-workers.mjs"),
        [
          `Object.defineProperty(globalThis, "process", { value: undefined, configurable: true, writable: true });`,
          `let started = 0;`,
          `const WebWorker = globalThis.Worker;`,
          `globalThis.Worker = class extends WebWorker { constructor(url, options) { super(url, options); started++; } };`,
          `const { model, money, percent, normal } = await import("finmodel");`,
          `const m = model({ periods: ["FY2025", "FY2026"], inputs: { r: money(75, "USD"), g: percent(150) }, lines: { rev: (c) => c.first ? c.input("r") : c.prev("rev").times(c.input("g").plus(1)) } });`,
          `const opts = { draws: 40000, seed: 4, keepDraws: true, vary: { g: normal(1.5, 0.3) }, outputs: [{ line: "rev", period: "FY2026" }] };`,
          `const [sync] = m.simulate(opts);`,
          `const [got] = await m.simulateAsync({ ...opts, workers: 2 });`,
          `console.log(started, got.values.every((v, i) => v === sync.values[i]) && got.summary.mean === sync.summary.mean);`,
        ].join("\n"),
      );
      const out = run(deno, ["run", "--allow-read", "--no-remote", "--cached-only", "--no-lock", "--node-modules-dir=manual", "deno-web-workers.mjs"], {
        cwd: installed.app,
        env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1", DENO_DIR: denoDir },
      });
      expect(out.trim()).toBe("2 true");
    } finally {
      rmSync(denoDir, { recursive: true, force: true });
    }
  }, 90_000);
});
