// A model's sensitivity grid: one cell over the values of one or two inputs, through the
// scenarios layer's SensitivityGrid (so toMarkdown and sensitivityHeatmap read it).
import { FinModelError, outOfDomain, schemaError, unitMismatch } from "../core/errors.js";
import { describeValue } from "../core/messages.js";
import { elements } from "../core/arrays.js";
import { readOptions } from "../core/options.js";
import { type SensitivityGrid, checkGridSize, sensitivity as grid } from "../scenarios/sensitivity.js";
import { type NotMeaningful, notMeaningful } from "../units/not-meaningful.js";
import type { ValueKind } from "../units/values.js";
import { type InputDef, cellKey, lineOf, periodIndexOf, readInput } from "./define.js";
import type { ModelCore } from "./core.js";
import { type ModelCellValue, checkKind, quantityOf } from "./result.js";

/** One axis of {@link Model.sensitivity}: the input varied, in one period (`at`) or in all it covers. */
export interface ModelSensitivityAxis<I extends string = string> {
  readonly input: I;
  /** The values it takes, in the input's unit (`percent(30)`, `money("7e8", "USD")`) or as plain numbers. */
  readonly values: readonly unknown[];
  /** The period to vary; without it, every period the input covers takes the value. */
  readonly at?: string;
}

/** The options of {@link Model.sensitivity}. */
export interface ModelSensitivityOptions<I extends string = string, L extends string = string, K extends ValueKind = ValueKind> {
  /** Across (the columns). */
  readonly x: ModelSensitivityAxis<I>;
  /** Down (the rows), optional. */
  readonly y?: ModelSensitivityAxis<I>;
  /**
   * The cell read at each combination. With `kind` (`"money"`, `"ratio"`, …), the cell is checked
   * to be of that kind (`UNIT_MISMATCH` otherwise) and the grid's cells are typed as such, as
   * `r.value(line, period, kind)` is.
   */
  readonly output: { readonly line: L; readonly period: string; readonly kind?: K };
}

interface Axis {
  readonly name: string;
  readonly index: number;
  readonly defs: readonly InputDef[];
  /** The values as the grid shows them, in the input's unit. */
  readonly values: readonly ModelCellValue[];
}

function axisOf(core: ModelCore, value: unknown, path: string): Axis {
  const t = core.traced;
  const a = readOptions(value as ModelSensitivityAxis | undefined, path, ["input", "values", "at"]);
  if (typeof value !== "object" || value === null) throw unitMismatch(path, "{ input, values, at? }", value);
  const index = typeof a.input === "string" ? t.inputIndex.get(a.input) : undefined;
  if (index === undefined) throw schemaError(`${path}.input`, `must name an input of the model (${[...t.inputIndex.keys()].join(", ")}), got ${describeValue(a.input)}`);
  const given = Array.isArray(a.values) ? elements(a.values, `${path}.values`) : [];
  if (given.length === 0) throw outOfDomain(`${path}.values`, a.values, "must be a non-empty array of the input's values");
  const base = t.inputs[index]!;
  const at = a.at === undefined ? undefined : periodIndexOf(t.labels, t.periods, a.at, `${path}.at`);
  const values: ModelCellValue[] = [];
  const defs = given.map((v, k) => {
    const where = `${path}.values[${k}]`;
    // A plain number stands for a value in the input's unit.
    const typed = typeof v === "number" || typeof v === "string" ? quantityOf(base.unit.kind === "fx" ? { kind: "number" } : base.unit, readInput(base.name, v, t.labels, t.periods, where).values[0]!) : v;
    const spec = at === undefined ? (base.perPeriod ? Object.fromEntries(t.labels.filter((_, i) => base.values[i] !== undefined).map((l) => [l, typed])) : typed) : { [t.labels[at]!]: typed };
    const def = readInput(base.name, spec, t.labels, t.periods, where, base);
    values.push(quantityOf(base.unit.kind === "fx" ? { kind: "number" } : base.unit, def.values[at ?? def.values.findIndex((d) => d !== undefined)]!));
    return def;
  });
  return { name: at === undefined ? base.name : `${base.name} ${t.labels[at]}`, index, defs, values };
}

/** @internal Runs a sensitivity grid of one cell. */
export function modelSensitivity(core: ModelCore, options: unknown): SensitivityGrid<ModelCellValue | NotMeaningful, ModelCellValue, ModelCellValue> {
  const t = core.traced;
  if (typeof options !== "object" || options === null) throw unitMismatch("options", "{ x, y?, output }", options);
  const o = readOptions(options as ModelSensitivityOptions, "options", ["x", "y", "output"]);
  const x = axisOf(core, o.x, "options.x");
  const y = o.y === undefined ? undefined : axisOf(core, o.y, "options.y");
  // Before any cell is evaluated, in the words of these options (the grid checks it too).
  checkGridSize(x.values.length, y?.values.length ?? 1, "options");
  if (y !== undefined && y.index === x.index) throw outOfDomain("options.y.input", y.name, `must vary another input than options.x (${x.name})`);
  const out = readOptions(o.output, "options.output", ["line", "period", "kind"]);
  if (typeof o.output !== "object" || o.output === null) throw unitMismatch("options.output", "{ line, period }", o.output);
  const line = lineOf(t, out.line, "options.output.line");
  const p = periodIndexOf(t.labels, t.periods, out.period, "options.output.period");
  const target = t.cellIndex.get(cellKey(line, t.labels[p]!))!;
  const unit = t.cells[target]!.unit;
  // A cell's unit is never an exchange rate's: its kind is a value's.
  if (out.kind !== undefined) checkKind(out.kind, "options.output.kind", unit.kind as ValueKind, "options.output", `${out.line}, ${t.labels[p]}`);
  const xv = x.values;
  const yv = y?.values;
  // The grid passes the axis values themselves: their positions pick the prepared inputs.
  const evaluateAt = (given: Readonly<Record<string, ModelCellValue>>): ModelCellValue | NotMeaningful => {
    const inputs = [...t.inputs];
    inputs[x.index] = x.defs[xv.indexOf(given[x.name]!)]!;
    if (y !== undefined) inputs[y.index] = y.defs[yv!.indexOf(given[y.name]!)]!;
    try {
      return quantityOf(unit, core.exact.runOne(inputs, target));
    } catch (e) {
      if (e instanceof FinModelError && (e.code === "DIVISION_BY_ZERO" || e.code === "OUT_OF_DOMAIN")) return notMeaningful(e.message);
      throw e;
    }
  };
  return grid(evaluateAt, { x: { name: x.name, values: xv }, ...(y === undefined ? {} : { y: { name: y.name, values: yv! } }) }, {});
}
