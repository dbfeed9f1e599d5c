// Reading a model's definition: periods, inputs (one value or per period, plain or Figures) and
// line formulas; then tracing every cell into the graph.
import type { Decimal } from "../core/decimal.js";
import { FinModelError, invalidPeriod, schemaError, unitMismatch } from "../core/errors.js";
import { isPlainObject, readRecord } from "../core/fields.js";
import { elements } from "../core/arrays.js";
import { describeValue } from "../core/messages.js";
import type { Numeric } from "../core/numeric.js";
import { type Figure, isFigure } from "../figures/figure.js";
import { parsePeriod } from "../time/parse-period.js";
import { type Period, isPeriod } from "../time/period.js";
import type { FxRate } from "../units/fx.js";
import type { Money } from "../units/money.js";
import type { Count, Multiple, PercentagePoints, Ratio } from "../units/quantities.js";
import { sameUnit } from "../units/values.js";
import { type ModelGraphCell, type ModelInputSource, type ModelNode, type ModelUnit, unitName } from "./graph.js";
import { type ModelOperand, type ModelValue, type TraceScope, ValueFactory, cellError, constantOf, isModelValue } from "./trace.js";

/** One value of a model input: a number, a typed quantity, an FX rate, or a Figure (its interval is kept). */
export type ModelInputValue = Numeric | Money | Ratio | PercentagePoints | Multiple | Count | FxRate | Figure;

/** An input: one value for every period, or a record of values by period label (`{ FY2026: percent(150) }`). */
export type ModelInput = ModelInputValue | Readonly<Record<string, ModelInputValue>>;

/** What a line's formula is given for each period it is traced in. */
export interface CellContext<I extends string = string, L extends string = string> {
  /** The period of this cell. */
  readonly period: Period;
  /** The period's label as the model was given it (`"FY2027E"`). */
  readonly label: string;
  /** The period's position, from 0. */
  readonly index: number;
  /** True in the model's first period. */
  readonly first: boolean;
  /** True in the model's last period. */
  readonly last: boolean;
  /** The value of an input in this period. */
  input(name: I): ModelValue;
  /** Another line in this period. */
  line(name: L): ModelValue;
  /** A line in the previous period; in the first period, `fallback` (required there). */
  prev(name: L, fallback?: ModelOperand): ModelValue;
  /** The sum of lines (by name) or values, all of one unit. */
  sum(...terms: readonly (L | ModelOperand)[]): ModelValue;
  /** The smallest of lines (by name) or values, all of one unit. */
  min(...terms: readonly (L | ModelOperand)[]): ModelValue;
  /** The largest of lines (by name) or values, all of one unit. */
  max(...terms: readonly (L | ModelOperand)[]): ModelValue;
}

/** A line's formula: a plain function of the cell context, written once for every period. */
export type LineFormula<I extends string = string, L extends string = string> = (c: CellContext<I, L>) => ModelOperand;

/** The definition {@link model} reads. */
export interface ModelDefinition<I extends string = string, L extends string = string> {
  /** Period labels parsePeriod reads (`"FY2025"`, `"Q1 2026"`, …), or Periods: one frequency, consecutive, at least one. */
  readonly periods: readonly (string | Period)[];
  /** The inputs by name. */
  readonly inputs: { readonly [K in I]: ModelInput };
  /** The lines by name, in the order tables show them. */
  readonly lines: { readonly [K in L]: LineFormula<NoInfer<I>, NoInfer<L>> };
}

/** Inputs replaced for one run: whole (`grossMargin: percent(30)`) or in some periods (`growth: { FY2027: percent(200) }`). */
export type ModelOverrides<I extends string = string> = { readonly [K in I]?: ModelInput };

/** @internal An input, read: its unit and its value per period index. */
export interface InputDef {
  readonly name: string;
  readonly unit: ModelUnit;
  readonly perPeriod: boolean;
  /** Per period index: the magnitude, or undefined where the input has no value. */
  readonly values: readonly (Decimal | undefined)[];
  /** Per period index: the Figure the value came from, if it was given as one. */
  readonly figures: readonly (Figure | undefined)[];
}

/** @internal The traced model. */
export interface Traced {
  readonly labels: readonly string[];
  readonly periods: readonly Period[];
  readonly inputs: readonly InputDef[];
  readonly inputIndex: ReadonlyMap<string, number>;
  readonly lines: readonly string[];
  readonly lineUnits: ReadonlyMap<string, ModelUnit>;
  /** In dependency order. */
  readonly cells: readonly ModelGraphCell[];
  /** `line\u0000period` → position in `cells`. */
  readonly cellIndex: ReadonlyMap<string, number>;
}

/** @internal The key of a cell. */
export const cellKey = (line: string, period: string): string => `${line}\u0000${period}`;

/** @internal A plain object that is not a quantity (an inputs record, an override map); false for a Proxy whose traps throw. */
export function isPlainRecord(v: unknown): v is Record<string, unknown> {
  if (!isPlainObject(v)) return false;
  try {
    return !("kind" in v);
  } catch {
    return false;
  }
}

function readPeriods(value: unknown): { labels: string[]; periods: Period[] } {
  if (!Array.isArray(value)) throw schemaError("periods", "must be a non-empty array of period labels (\"FY2025\", …)");
  const list = elements(value, "periods");
  if (list.length === 0) throw schemaError("periods", "must be a non-empty array of period labels (\"FY2025\", …)");
  const labels: string[] = [];
  const periods: Period[] = [];
  list.forEach((p: unknown, i) => {
    const path = `periods[${i}]`;
    let period: Period;
    if (isPeriod(p)) period = p;
    else if (typeof p === "string") {
      try {
        period = parsePeriod(p);
      } catch (e) {
        if (e instanceof FinModelError) throw invalidPeriod(path, p, "must be a period label parsePeriod reads (FY2025, Q1 2026, 9M2025, …)", { cause: e });
        throw e;
      }
    } else throw invalidPeriod(path, p, "must be a period label or a Period");
    const label = typeof p === "string" ? p.trim() : period.label;
    if (labels.includes(label)) throw invalidPeriod(path, p, "is given twice");
    const prev = periods[i - 1];
    if (prev !== undefined) {
      if (prev.kind !== period.kind || prev.months !== period.months) {
        throw invalidPeriod(path, p, `must be of the same frequency as ${labels[i - 1]} (one kind of period per model)`);
      }
      const next = dayAfter(prev.end);
      if (period.start.year !== next.year || period.start.month !== next.month || period.start.day !== next.day) {
        throw invalidPeriod(path, p, `must start the day after ${labels[i - 1]} ends (periods must be consecutive, in order)`);
      }
    }
    labels.push(label);
    periods.push(period);
  });
  return { labels, periods };
}

function dayAfter(d: { year: number; month: number; day: number }): { year: number; month: number; day: number } {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** @internal `line` if it names a line of the model, else SCHEMA naming `path` and listing the lines. */
export function lineOf(t: Traced, line: unknown, path: string): string {
  if (typeof line !== "string" || !t.lineUnits.has(line)) throw schemaError(path, `must name a line of the model (${t.lines.join(", ")}), got ${describeValue(line)}`);
  return line;
}

/** @internal The index of a period named by its label (as given, or any label parsePeriod reads as the same period). */
export function periodIndexOf(labels: readonly string[], periods: readonly Period[], key: unknown, path: string): number {
  if (typeof key !== "string") throw invalidPeriod(path, key, `must be one of the model's periods (${labels.join(", ")})`);
  const direct = labels.indexOf(key.trim());
  if (direct >= 0) return direct;
  let p: Period | undefined;
  try {
    p = parsePeriod(key);
  } catch {
    p = undefined;
  }
  if (p !== undefined) {
    const q = p;
    const i = periods.findIndex((x) => x.kind === q.kind && x.start.year === q.start.year && x.start.month === q.start.month && x.start.day === q.start.day && x.months === q.months);
    if (i >= 0) return i;
  }
  throw invalidPeriod(path, key, `must be one of the model's periods (${labels.join(", ")})`);
}

function readValue(v: unknown, path: string): { unit: ModelUnit; value: Decimal; figure: Figure | undefined } {
  if (isFigure(v)) {
    const c = constantOf(v.value, `${path}.value`);
    if (c === undefined) throw unitMismatch(path, "a Figure of a number or a quantity", v);
    return { ...c, figure: v };
  }
  const c = constantOf(v, path);
  if (c === undefined) throw unitMismatch(path, "a number, Money, Ratio, PercentagePoints, Multiple, Count, FxRate or Figure (or a record of them by period)", v);
  return { ...c, figure: undefined };
}

/** @internal Reads one input; `base` is the input it overrides, if any. */
export function readInput(name: string, spec: unknown, labels: readonly string[], periods: readonly Period[], path: string, base?: InputDef): InputDef {
  const n = labels.length;
  if (isPlainRecord(spec)) {
    const byPeriod = readRecord(spec, path); // each period's value read once
    const keys = Object.keys(byPeriod);
    if (keys.length === 0) throw schemaError(path, "must be a value or a record of values by period with at least one period");
    const values: (Decimal | undefined)[] = base ? [...base.values] : new Array<Decimal | undefined>(n).fill(undefined);
    const figures: (Figure | undefined)[] = base ? [...base.figures] : new Array<Figure | undefined>(n).fill(undefined);
    let unit: ModelUnit | undefined = base?.unit;
    for (const key of keys) {
      const i = periodIndexOf(labels, periods, key, `${path}.${key}`);
      const r = readValue(byPeriod[key], `${path}.${key}`);
      if (unit !== undefined && !sameUnit(unit, r.unit)) {
        throw unitMismatch(`${path}.${key}`, `${unitName(unit)} like the input's other values`, byPeriod[key]);
      }
      unit = r.unit;
      values[i] = r.value;
      figures[i] = r.figure;
    }
    return Object.freeze({ name, unit: unit!, perPeriod: true, values: Object.freeze(values), figures: Object.freeze(figures) });
  }
  const r = readValue(spec, path);
  if (base !== undefined && !sameUnit(base.unit, r.unit)) throw unitMismatch(path, `${unitName(base.unit)} like the input it replaces`, spec);
  return Object.freeze({
    name,
    unit: r.unit,
    perPeriod: false,
    values: Object.freeze(new Array<Decimal>(n).fill(r.value)),
    figures: Object.freeze(new Array<Figure | undefined>(n).fill(r.figure)),
  });
}

/** @internal The inputs of a run: the model's, with `overrides` applied. */
export function applyOverrides(t: Traced, overrides: unknown, path: string): readonly InputDef[] {
  if (overrides === undefined) return t.inputs;
  if (!isPlainRecord(overrides)) throw unitMismatch(path, "a record of input values by input name", overrides);
  const out = [...t.inputs];
  for (const [name, spec] of Object.entries(readRecord(overrides, path))) {
    const i = t.inputIndex.get(name);
    if (i === undefined) throw schemaError(`${path}.${name}`, `is not an input of the model (its inputs are ${[...t.inputIndex.keys()].join(", ")})`);
    out[i] = readInput(name, spec, t.labels, t.periods, `${path}.${name}`, t.inputs[i]);
  }
  return out;
}

/** @internal The provenance of a figure, for the graph. */
export function sourceOf(f: Figure): ModelInputSource {
  return Object.freeze({
    label: f.label,
    status: f.status,
    ...(f.source?.document === undefined ? {} : { document: f.source.document }),
    ...(f.source?.locator === undefined ? {} : { locator: f.source.locator }),
    ...(f.period === undefined ? {} : { period: f.period.label }),
    ...(f.text === undefined ? {} : { stated: f.text }),
  });
}

/** @internal Reads a definition and traces every cell. */
export function trace(given: unknown): Traced {
  if (!isPlainRecord(given)) throw schemaError("definition", "must be { periods, inputs, lines }");
  // Snapshots of the definition and of its records, each field read once: a getter or Proxy
  // trap that throws is refused naming the field.
  const definition = readRecord(given, "definition");
  for (const key of Object.keys(definition)) {
    if (key !== "periods" && key !== "inputs" && key !== "lines") throw schemaError("definition", `may have only the keys periods, inputs, lines (found "${key}")`);
  }
  const { labels, periods } = readPeriods(definition.periods);
  if (!isPlainRecord(definition.inputs)) throw schemaError("inputs", "must be a record of inputs by name");
  const inputs: InputDef[] = [];
  const inputIndex = new Map<string, number>();
  for (const [name, spec] of Object.entries(readRecord(definition.inputs, "inputs"))) {
    inputIndex.set(name, inputs.length);
    inputs.push(readInput(name, spec, labels, periods, `inputs.${name}`));
  }
  const lineSpecs = isPlainRecord(definition.lines) ? readRecord(definition.lines, "lines") : undefined;
  if (lineSpecs === undefined || Object.keys(lineSpecs).length === 0) {
    throw schemaError("lines", "must be a record of line formulas by name, with at least one line");
  }
  const formulas = new Map<string, (c: CellContext) => unknown>();
  for (const [name, f] of Object.entries(lineSpecs)) {
    if (typeof f !== "function") throw schemaError(`lines.${name}`, "must be a formula: a function of the cell context (c) => …");
    if (inputIndex.has(name)) throw schemaError(`lines.${name}`, "has the name of an input; give lines and inputs different names");
    formulas.set(name, f as (c: CellContext) => unknown);
  }
  const lines = [...formulas.keys()];

  const scope: TraceScope = { stack: [] };
  const values = new ValueFactory(scope);
  const cells: ModelGraphCell[] = [];
  const cellIndex = new Map<string, number>();
  const inProgress = new Set<string>();
  const lineUnits = new Map<string, ModelUnit>();

  const lineNames = () => lines.join(", ");
  const traceCell = (line: string, index: number): ModelGraphCell => {
    const label = labels[index]!;
    const key = cellKey(line, label);
    const done = cellIndex.get(key);
    if (done !== undefined) return cells[done]!;
    if (inProgress.has(key)) {
      const chain = [...scope.stack.slice(scope.stack.findIndex((s) => s.line === line && s.period === label)), { line, period: label }]
        .map((s) => `${s.line}[${s.period}]`)
        .join(" → ");
      throw cellError(scope, "SCHEMA", `refers to ${line} in ${label}, which depends on this cell: a cycle (${chain})`, `${line}[${label}]`);
    }
    inProgress.add(key);
    scope.stack.push({ line, period: label });
    const ctx = context(index);
    let out: unknown;
    try {
      out = formulas.get(line)!(ctx);
    } catch (e) {
      if (e instanceof FinModelError) throw e;
      // A bug in the formula itself (a typo'd method, a thrown Error): say which cell it was.
      const site = cellError(scope, "SCHEMA", `the formula threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
      throw new FinModelError("SCHEMA", site.message, { path: `lines.${line}`, details: { line, period: label }, cause: e });
    }
    if (out === undefined) throw cellError(scope, "SCHEMA", "the formula returned nothing (undefined); it must return a model value or a number");
    const v = values.operand(out, "the formula's result");
    if (v.unit.kind === "fx") throw cellError(scope, "UNIT_MISMATCH", "a line cannot be an FX rate: keep the rate an input and convert money with it");
    const unit = lineUnits.get(line);
    if (unit !== undefined && !sameUnit(unit, v.unit)) {
      throw cellError(scope, "UNIT_MISMATCH", `is ${unitName(v.unit)} here but ${unitName(unit)} in another period: a line keeps one unit`);
    }
    lineUnits.set(line, v.unit);
    scope.stack.pop();
    inProgress.delete(key);
    const cell: ModelGraphCell = Object.freeze({ line, period: label, unit: v.unit, node: v.node });
    cellIndex.set(key, cells.length);
    cells.push(cell);
    return cell;
  };

  const lineRef = (name: unknown, index: number, what: string): ModelValue => {
    if (typeof name !== "string" || !formulas.has(name)) {
      throw cellError(scope, "SCHEMA", `${what}(${JSON.stringify(name)}) names no line of the model (its lines are ${lineNames()})`, String(name));
    }
    const cell = traceCell(name, index);
    return values.value({ op: "line", name, period: labels[index]!, unit: cell.unit });
  };

  const terms = (xs: readonly unknown[], index: number, op: "sum" | "min" | "max"): ModelValue[] =>
    xs.map((x) => (typeof x === "string" && !isModelValue(x) ? lineRef(x, index, `c.${op}`) : values.operand(x, `an argument of c.${op}`)));

  const context = (index: number): CellContext => {
    const label = labels[index]!;
    return Object.freeze({
      period: periods[index]!,
      label,
      index,
      first: index === 0,
      last: index === labels.length - 1,
      input(name: string): ModelValue {
        const i = typeof name === "string" ? inputIndex.get(name) : undefined;
        if (i === undefined) {
          throw cellError(scope, "SCHEMA", `c.input(${JSON.stringify(name)}) names no input of the model (its inputs are ${[...inputIndex.keys()].join(", ") || "none"})`, String(name));
        }
        const def = inputs[i]!;
        if (def.values[index] === undefined) {
          const covered = labels.filter((_, k) => def.values[k] !== undefined).join(", ");
          throw cellError(scope, "INVALID_PERIOD", `input ${name} has no value for ${label} (it covers ${covered})`, `${name}[${label}]`);
        }
        return values.value({ op: "input", name, period: label, unit: def.unit } as ModelNode);
      },
      line: (name: string) => lineRef(name, index, "c.line"),
      prev(name: string, fallback?: ModelOperand): ModelValue {
        if (index === 0) {
          if (fallback === undefined) {
            throw cellError(scope, "INVALID_PERIOD", `c.prev(${JSON.stringify(name)}) in the first period has no previous period: give a fallback, c.prev(${JSON.stringify(name)}, value)`, `prev(${name})`);
          }
          if (typeof name !== "string" || !formulas.has(name)) lineRef(name, index, "c.prev");
          return values.operand(fallback, "the fallback of c.prev");
        }
        return lineRef(name, index - 1, "c.prev");
      },
      sum: (...xs: unknown[]) => values.many("sum", terms(xs, index, "sum")),
      min: (...xs: unknown[]) => values.many("min", terms(xs, index, "min")),
      max: (...xs: unknown[]) => values.many("max", terms(xs, index, "max")),
    }) as CellContext;
  };

  for (const line of lines) for (let i = 0; i < labels.length; i++) traceCell(line, i);
  return Object.freeze({ labels, periods, inputs, inputIndex, lines, lineUnits, cells, cellIndex });
}
