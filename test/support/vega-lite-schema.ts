// The Vega-Lite JSON schema as an ajv validator. Compiling the schema takes seconds (it is
// large and recursive), so the compiled validator is kept as ajv "standalone" code in
// node_modules/.cache/finmodel/, named by a hash of everything it is compiled from (the
// schema's text, ajv's version, the options): a new vega-lite or ajv compiles it again.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import Ajv, { type Options, type ValidateFunction } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import { root } from "./examples.js";

// validateFormats: false: the schema's string formats (color-hex, uri) are not what the chart
// tests check, and ajv would log an "unknown format" line for each without a formats plugin.
const OPTIONS: Options = { strict: false, allowUnionTypes: true, validateFormats: false };

/** A validator of Vega-Lite specs: true for a valid spec, and the reasons in `.errors` otherwise. */
export function vegaLiteValidator(): ValidateFunction {
  // The schema ships in the vega-lite package but not in its exports map: read it from the package folder.
  const text = readFileSync(join(root, "node_modules", "vega-lite", "build", "vega-lite-schema.json"), "utf8");
  const ajvVersion = (JSON.parse(readFileSync(join(root, "node_modules", "ajv", "package.json"), "utf8")) as { version: string }).version;
  const key = createHash("sha256").update(text).update(ajvVersion).update(JSON.stringify(OPTIONS)).digest("hex").slice(0, 16);
  const dir = join(root, "node_modules", ".cache", "finmodel");
  const file = join(dir, `vega-lite-validator-${key}.cjs`);
  const load = createRequire(file);
  try {
    return load(file) as ValidateFunction;
  } catch {
    // not cached yet: compile, and keep the code (written aside, then renamed, so that a
    // concurrent run never loads half a file)
  }
  const ajv = new Ajv({ ...OPTIONS, code: { source: true } });
  const validate = ajv.compile(JSON.parse(text) as object);
  try {
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, standaloneCode(ajv, validate));
    renameSync(partial, file);
  } catch {
    // a read-only node_modules: compile every time
  }
  return validate;
}
