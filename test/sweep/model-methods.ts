// A model's methods as functions, so that the bad-input sweep calls them as it calls the package's
// exports: each takes the options (or overrides) of one method of the sample model.
import { model } from "finmodel";
import { definition } from "./samples/model.js";

const m = model(definition as never) as unknown as Record<string, (...args: unknown[]) => unknown>;

const r = (m["evaluate"]!() as unknown) as Record<string, (...args: unknown[]) => unknown>;

/** `model#<method>`: the method of the sweep's sample model; `result#<method>`: of its evaluated result. */
export const modelMethods: Record<string, (...args: unknown[]) => unknown> = {
  "model#evaluate": (overrides) => m["evaluate"]!(overrides),
  "model#graph": (overrides) => m["graph"]!(overrides),
  "model#scenarios": (scenarios, options) => m["scenarios"]!(scenarios, options),
  "model#goalSeek": (options) => m["goalSeek"]!(options),
  "model#sensitivity": (options) => m["sensitivity"]!(options),
  "model#simulate": (options) => m["simulate"]!(options),
  "model#simulateAsync": (options) => m["simulateAsync"]!(options),
  ...Object.fromEntries(
    ["value", "figure", "table", "series", "growth", "cagr", "margin", "mix", "runway", "bridge", "toMarkdown", "toCsv", "toTsv"].map((name) => [`result#${name}`, (...args: unknown[]) => r[name]!(...args)]),
  ),
};
