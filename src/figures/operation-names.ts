// The operation a derived figure records: the export name of the metric that
// computed it. A function's own `name` does not survive minifiers (a browser
// bundle may call `cagr` "he"), but the names of a module's exports do, so the
// table is built from the metrics module's export names: a metric added to
// src/metrics/ gets its name here with no edit (test/figures/operation-names.test.ts
// checks every exported metric).
import * as metrics from "../metrics/index.js";

const NAMES: ReadonlyMap<unknown, string> = /* @__PURE__ */ (() => {
  const names = new Map<unknown, string>();
  for (const [name, value] of Object.entries(metrics)) if (typeof value === "function" && !names.has(value)) names.set(value, name);
  return names;
})();

/** @internal The name `derive` and `explain` show for a function: a metric's export name, else the function's own name. */
export function operationName(fn: (...args: never[]) => unknown): string {
  return NAMES.get(fn) ?? (fn.name || "fn");
}
