// The worker script as bundlers build it. Vite builds a worker as a classic script by default
// (`worker.format: "iife"`), and such a script cannot hold a top-level await: the worker script's
// await made `vite build` of any app that imports finmodel fail. Bundling dist/simulate-worker.js
// the same way must succeed, and the result must still listen on a Web Worker's global scope.
import { join } from "node:path";
import { build } from "esbuild";
import { expect, it } from "vitest";
import { root } from "./support.js";

it("bundles as a classic (iife) script, as Vite builds workers by default, and listens on its global scope", async () => {
  const out = await build({
    entryPoints: [join(root, "dist", "simulate-worker.js")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    logLevel: "silent",
  });
  const text = out.outputFiles[0]!.text;
  // A Web Worker's global scope, without Node's process: the script must set onmessage at once.
  const scope: { onmessage?: unknown; postMessage: () => void } = { postMessage: () => {} };
  new Function("globalThis", "self", "process", text)(scope, scope, undefined);
  expect(typeof scope.onmessage).toBe("function");
});
