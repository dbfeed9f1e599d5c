// The built package in a real browser: an application bundled two ways, served on localhost and
// run in headless Chromium (Debian's `chromium`, driven by playwright-core). It computes, and runs
// simulateAsync over module Web Workers, the browser path that Node and Deno tests reach only by
// imitation. The builds: esbuild with the worker script that
// `new URL("./simulate-worker.js", import.meta.url)` names emitted beside the app (what any
// bundler must end up with); and, from a project with the packed tarball installed, Vite's
// default build (Vite builds workers as classic scripts unless told otherwise: a worker script
// with a top-level await broke every Vite app once), Vite's dev server, and webpack 5, none
// configured beyond an entry. In CI Chromium is required (.ci/run installs it); elsewhere the
// test says loudly that it did not run.
import { copyFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { readFile } from "node:fs/promises";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inCi, neededProgram, packAndInstall, root, tempDir } from "./support.js";

const CHROMIUM = "/usr/bin/chromium";
const present = neededProgram({
  name: "Chromium",
  path: CHROMIUM,
  file: "test/package/browser.test.ts",
  notProved: "the package is NOT run in a browser here",
  install: "Install it (Debian: apt-get install chromium) to run this proof",
  ciInstalls: ".ci/run installs Debian's chromium",
});

/** The application: plain results, a model simulated in this thread and over two Web Workers. */
const APP = `
import { cagr, model, money, normal, percent, uniform } from "finmodel";
const facts = (r) => JSON.stringify({ summary: r.summary, histogram: r.histogram, exceedance: r.exceedance, values: Array.from(r.values ?? []) });
const m = model({
  periods: ["FY2025", "FY2026", "FY2027"],
  inputs: { revenue0: money("75e6", "USD"), growth: { FY2026: percent(150), FY2027: percent(172) }, grossMargin: percent(25.4), cash0: money("1.05e9", "USD"), monthlyBurn: money("27.9e6", "USD") },
  lines: {
    revenue: (c) => (c.first ? c.input("revenue0") : c.prev("revenue").times(c.input("growth").plus(1))),
    grossProfit: (c) => c.line("revenue").times(c.input("grossMargin")),
    cash: (c) => c.prev("cash", c.input("cash0")).plus(c.line("grossProfit")).minus(c.input("monthlyBurn").times(12)),
  },
});
const options = {
  draws: 40000, seed: 7, keepDraws: true, thresholds: [0],
  vary: { grossMargin: normal(0.3, 0.05), growth: { FY2027: normal(1.7, 0.3) }, monthlyBurn: uniform(20e6, 35e6) },
  correlation: { inputs: ["grossMargin", "growth[FY2027]"], matrix: [[1, 0.4], [0.4, 1]] },
  outputs: [{ line: "cash", period: "FY2027" }, { line: "grossProfit", period: "FY2027" }],
};
try {
  const sync = m.simulate(options);
  const viaWorkers = await m.simulateAsync({ ...options, workers: 2 });
  window.__result = {
    cagr: cagr(10.7, 206.5, 5).value.toFixed(10),
    workersStarted: window.__workersStarted,
    outputs: viaWorkers.length,
    same: viaWorkers.every((r, i) => facts(r) === facts(sync[i])),
    mean: viaWorkers[0].summary.mean,
  };
} catch (e) {
  window.__result = { error: String(e && e.stack || e) };
}
`;

/** The page counts the Web Workers the app starts, so a run that stayed in this thread shows. */
const PAGE = `<!doctype html>
<meta charset="utf-8">
<script>
  window.__workersStarted = 0;
  const WebWorker = window.Worker;
  window.Worker = class extends WebWorker { constructor(url, options) { super(url, options); window.__workersStarted++; } };
</script>
<script type="module" src="./app.js"></script>
`;

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".map": "application/json" };

/** An app being served: where, and how to stop serving it and remove its files. */
interface Served {
  readonly origin: string;
  close(): Promise<void>;
}

/** The app built with esbuild, the worker script emitted beside it. */
async function esbuildApp(): Promise<Served> {
  const dir = tempDir("browser-app");
  writeFileSync(join(dir, "app.src.js"), APP);
  writeFileSync(join(dir, "index.html"), PAGE);
  // The app and the worker script, as a bundler emits them: side by side, so the URL the
  // library builds from import.meta.url finds the worker.
  await build({
    entryPoints: { app: join(dir, "app.src.js"), "simulate-worker": join(root, "dist", "simulate-worker.js") },
    outdir: dir,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    logLevel: "silent",
    external: ["vega", "vega-lite", "exceljs"],
    plugins: [{ name: "finmodel-dist", setup: (b) => b.onResolve({ filter: /^finmodel$/ }, () => ({ path: join(root, "dist", "index.js") })) }],
  });
  return serveFolder(dir, dir);
}

/**
 * An application's project, as bundlers expect one: the packed tarball installed, a
 * package.json, and the app's page and script at its root (Vite's dev server serves files
 * outside the project's root only below the folder of the nearest package.json).
 */
function appProject(): string {
  const { app } = packAndInstall();
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  writeFileSync(join(app, "app.js"), APP);
  writeFileSync(join(app, "index.html"), PAGE);
  return app;
}

/** The app built by `vite build` with no configuration of its own. */
async function viteBuildApp(): Promise<Served> {
  const project = appProject();
  const { build: viteBuild } = await import("vite");
  const outDir = join(project, "out");
  // base "./": the page is served from the output folder's root; nothing else is set, so that
  // Vite's defaults (workers as classic "iife" scripts among them) are what is tested.
  await viteBuild({ root: project, base: "./", configFile: false, logLevel: "error", build: { outDir, emptyOutDir: true } });
  return serveFolder(outDir, dirname(project));
}

/**
 * The app under Vite's dev server, with no configuration of its own: Vite 8 pre-bundles finmodel
 * and still points the worker at dist/simulate-worker.js (Vite 7 did not: docs/packaging.md).
 */
async function viteDevApp(): Promise<Served> {
  const project = appProject();
  const { createServer: viteServer } = await import("vite");
  const server = await viteServer({
    root: project,
    configFile: false,
    logLevel: "error",
    server: { host: "127.0.0.1", port: 0, hmr: false, watch: null },
    cacheDir: join(project, "vite-cache"),
  });
  await server.listen();
  const address = server.httpServer?.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await server.close();
      rmSync(dirname(project), { recursive: true, force: true });
    },
  };
}

/** The app built by webpack 5 (its Node API) with no more configuration than an entry and an output folder. */
async function webpackApp(): Promise<Served> {
  const project = appProject();
  const { default: webpack } = (await import("webpack")) as unknown as { default: typeof import("webpack") };
  const outDir = join(project, "out");
  const compiler = webpack({ mode: "production", context: project, entry: "./app.js", output: { path: outDir, filename: "app.js" }, performance: { hints: false } });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve();
    }),
  );
  copyFileSync(join(project, "index.html"), join(outDir, "index.html"));
  return serveFolder(outDir, dirname(project));
}

const APPS: readonly [string, () => Promise<Served>][] = [
  ["bundled by esbuild, the worker script emitted beside the app", esbuildApp],
  ["bundled by Vite's default build of the packed tarball", viteBuildApp],
  ["served by Vite's dev server from the packed tarball", viteDevApp],
  ["bundled by webpack 5 from the packed tarball", webpackApp],
];

/** Serves the files under `dir` (and one folder down, for Vite's assets/) on localhost. */
async function serveFolder(dir: string, remove: string): Promise<Served> {
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const name = path === "/" ? "index.html" : path.slice(1);
    if (!/^([\w-][\w.-]*\/)?[\w-][\w.-]*$/.test(name)) {
      res.writeHead(404).end();
      return;
    }
    readFile(join(dir, name)).then(
      (body) => res.writeHead(200, { "content-type": TYPES[name.slice(name.lastIndexOf("."))] ?? "application/octet-stream" }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(remove, { recursive: true, force: true });
    },
  };
}

describe.skipIf(!present && !inCi).each(APPS)("the built package in headless Chromium, %s", (_, start) => {
  let served: Served | undefined;
  let origin = "";

  beforeAll(async () => {
    served = await start();
    origin = served.origin;
  }, 120_000);

  afterAll(async () => {
    await served?.close();
  });

  it("computes, and runs simulateAsync over two module Web Workers with simulate's results, bit for bit", async () => {
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      // What this machine's closed network needs: no background connections, no QUIC.
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.goto(`${origin}/`);
      await page.waitForFunction(() => (window as unknown as { __result?: unknown }).__result !== undefined, undefined, { timeout: 60_000 });
      const result = await page.evaluate(() => (window as unknown as { __result: Record<string, unknown> }).__result);
      expect(errors).toEqual([]);
      expect(result["error"]).toBeUndefined();
      // (206.5 / 10.7)^(1/5) − 1, as the bundle-size test's check
      expect(result["cagr"]).toMatch(/^0\.80762049\d\d$/);
      expect(result).toMatchObject({ workersStarted: 2, outputs: 2, same: true });
      expect(Number.isFinite(result["mean"])).toBe(true);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
