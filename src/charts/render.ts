/**
 * Renders Vega-Lite specs to SVG with the optional peer dependencies `vega` and `vega-lite`.
 * Install them next to finmodel (`npm install vega vega-lite`) to use this entry; the chart
 * builders of `finmodel/charts` do not need them.
 *
 * @packageDocumentation
 * @module finmodel/charts/render
 */
import { unitMismatch, schemaError } from "../core/errors.js";
import { isPlainObject } from "../core/fields.js";
import { readOptions } from "../core/options.js";
import type { VegaLiteSpec } from "./spec.js";

/** The optional peer dependencies {@link renderSvg} loads. */
export type RendererPackage = "vega" | "vega-lite";

/** Options of {@link renderSvg}. */
export interface RenderSvgOptions {
  /**
   * Loads a peer package by name, instead of the default `import("vega")` / `import("vega-lite")`:
   * for a bundle or a page that provides its own copies (`(name) => name === "vega" ? vegaModule : vegaLiteModule`).
   */
  readonly importer?: (name: RendererPackage) => Promise<unknown> | unknown;
}

interface VegaModule {
  View: new (runtime: unknown, options: { renderer: "none" }) => { toSVG(): Promise<string>; finalize(): void };
  parse(spec: unknown): unknown;
}

interface VegaLiteModule {
  compile(spec: unknown): { spec: unknown };
}

// Literal specifiers, so that bundlers see the optional peers and can leave them external.
const defaultImporter = (name: RendererPackage): Promise<unknown> => (name === "vega" ? import("vega") : import("vega-lite"));

function missing(name: RendererPackage, cause: unknown) {
  return schemaError(
    name,
    `renderSvg needs the optional peer dependency "${name}", which could not be loaded; install it with \`npm install vega vega-lite\``,
    { details: { package: name }, cause },
  );
}

async function load<T>(name: RendererPackage, importer: (name: RendererPackage) => Promise<unknown> | unknown, has: string): Promise<T> {
  let mod: unknown;
  try {
    mod = await importer(name);
  } catch (e) {
    throw missing(name, e);
  }
  // A CommonJS build seen through `import()` puts the exports under `default`.
  for (const candidate of [mod, (mod as { default?: unknown } | null)?.default]) {
    if (typeof candidate === "object" && candidate !== null && typeof (candidate as Record<string, unknown>)[has] === "function") return candidate as T;
  }
  throw missing(name, new Error(`the module has no ${has} function`));
}

/**
 * Renders a Vega-Lite spec (from the `finmodel/charts` builders, or any other) to an SVG string,
 * in plain Node 20 or a browser, without a canvas.
 *
 * Notes: the spec is compiled with `vegaLite.compile(spec).spec`, parsed with `vega.parse` and
 * drawn by `new vega.View(runtime, { renderer: "none" }).toSVG()`. `vega` and `vega-lite` are
 * optional peer dependencies loaded on the first call with a dynamic `import()`; if one is missing
 * the promise rejects with a `FinModelError` (code `SCHEMA`, `details.package` naming it) that says
 * what to install. Text widths are estimated without a canvas, so the output is the same on every
 * machine with the same vega version.
 *
 * @param spec - a Vega-Lite spec: a plain JSON object
 * @param options - `importer`, to supply the peer packages yourself
 * @returns a promise of the SVG markup
 * @throws FinModelError (as a rejected promise) `SCHEMA` if `vega` or `vega-lite` cannot be loaded or the spec
 *   does not compile, `UNIT_MISMATCH` if `spec` is not a plain object, `OUT_OF_DOMAIN` for unknown options
 *
 * @example
 * ```ts
 * import { seriesChart } from "finmodel/charts";
 * import { renderSvg } from "finmodel/charts/render";
 * const svg = await renderSvg(seriesChart([{ period: "FY2024", value: 30.5 }, { period: "FY2025", value: 79 }]));
 * svg.startsWith("<svg") //=> true
 * renderSvg({ mark: "bar" }, { importer: async () => { throw new Error("not installed"); } }) // rejects FinModelError SCHEMA
 * ```
 */
export async function renderSvg(spec: VegaLiteSpec | Readonly<Record<string, unknown>>, options?: RenderSvgOptions): Promise<string> {
  const o = readOptions(options, "options", ["importer"]);
  if (o.importer !== undefined && typeof o.importer !== "function") throw unitMismatch("options.importer", "a function", o.importer);
  if (!isPlainObject(spec)) {
    throw unitMismatch("spec", "a Vega-Lite spec (a plain JSON object)", spec);
  }
  const importer = o.importer ?? defaultImporter;
  const vegaLite = await load<VegaLiteModule>("vega-lite", importer, "compile");
  const vega = await load<VegaModule>("vega", importer, "parse");
  let view: ReturnType<typeof makeView> | undefined;
  const makeView = () => {
    // A copy: the builders' specs are frozen, and the copy also proves the spec is JSON.
    const copy: unknown = JSON.parse(JSON.stringify(spec));
    return new vega.View(vega.parse(vegaLite.compile(copy).spec), { renderer: "none" });
  };
  try {
    view = makeView();
    return await view.toSVG();
  } catch (e) {
    throw schemaError("spec", `is not a Vega-Lite spec that renders: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  } finally {
    view?.finalize();
  }
}
