// A model under named scenarios: each scenario overrides some inputs.
import { readRecord } from "../core/fields.js";
import { Decimal } from "../core/decimal.js";
import { FinModelError, outOfDomain, schemaError, unitMismatch } from "../core/errors.js";
import { readOptions } from "../core/options.js";
import { rate } from "../metrics/inputs.js";
import { rewardToRisk } from "../metrics/valuation.js";
import { type NotMeaningful, notMeaningful } from "../units/not-meaningful.js";
import type { Multiple } from "../units/quantities.js";
import { type ModelOverrides, applyOverrides, cellKey, isPlainRecord, lineOf, periodIndexOf } from "./define.js";
import { unitName } from "./graph.js";
import { type ModelCore, evaluateWith } from "./core.js";
import { type ModelCellValue, type ModelResult, checkKind, quantityOf } from "./result.js";
import { constantOf } from "./trace.js";
import { type ValueKind, type ValueOfKind, magnitude, sameUnit } from "../units/values.js";

/** The options of {@link Model.scenarios}. */
export interface ModelScenariosOptions<S extends string = string> {
  /** The probability of each scenario: fractions or Ratios in [0, 1] summing to 1 (within 1e-12). */
  readonly probabilities?: { readonly [K in S]: number | string | Decimal | import("../units/quantities.js").Ratio };
}

/** A cell of the model, as the scenario tools name it. */
export interface ModelCellRef<L extends string = string> {
  readonly line: L;
  readonly period: string;
}

/** The lowest and highest value of a cell across scenarios ({@link ModelScenarios.range}), with the scenarios' names. */
export interface ModelScenarioRange<S extends string = string, Q = ModelCellValue> {
  readonly min: Q;
  readonly minScenario: S;
  readonly max: Q;
  readonly maxScenario: S;
}

/** The result of {@link Model.scenarios}. */
export interface ModelScenarios<L extends string = string, S extends string = string> {
  readonly kind: "modelScenarios";
  /** The scenario names, in the order given. */
  readonly names: readonly S[];
  /** Each scenario's result. */
  readonly results: Readonly<Record<S, ModelResult<L>>>;
  /** The probabilities, if given. */
  readonly probabilities?: Readonly<Record<S, Decimal>>;
  /** The probability-weighted value of a cell (needs probabilities). */
  expected(line: L, period: string): ModelCellValue;
  /** The same, checked to be of `kind` (`UNIT_MISMATCH` otherwise) and typed as such, as `r.value(line, period, kind)` is. */
  expected<K extends ValueKind>(line: L, period: string, kind: K): ValueOfKind[K];
  /** The lowest and highest value of a cell across the scenarios, with their names. */
  range(line: L, period: string): ModelScenarioRange<S>;
  /** The same, checked to be of `kind` (`UNIT_MISMATCH` otherwise) and typed as such. */
  range<K extends ValueKind>(line: L, period: string, kind: K): ModelScenarioRange<S, ValueOfKind[K]>;
  /**
   * Reward to risk of a cell against a price: (bull − price) / (price − bear), the bull and bear
   * values being the cell in the scenarios named (default: the highest and the lowest). n.m.
   * when the bear value is not below the price.
   */
  rewardRisk(options: { readonly line: L; readonly period: string; readonly price: ModelCellValue; readonly bull?: S; readonly bear?: S }): Multiple | NotMeaningful;
}

const TOLERANCE = /* @__PURE__ */ new Decimal("1e-12");

/** @internal Runs every scenario. */
export function runScenarios<L extends string, S extends string>(core: ModelCore, defs: unknown, options: unknown): ModelScenarios<L, S> {
  const t = core.traced;
  if (!isPlainRecord(defs)) throw schemaError("scenarios", "must be a record of scenarios by name, each a record of input overrides ({} for the base case)");
  const scenarios = readRecord(defs, "scenarios"); // each scenario read once
  const names = Object.keys(scenarios) as S[];
  if (names.length === 0) throw schemaError("scenarios", "must be a record of scenarios by name, each a record of input overrides ({} for the base case)");
  const results: Record<string, ModelResult<L>> = {};
  for (const n of names) results[n] = evaluateWith<L>(core, applyOverrides(t, scenarios[n] as ModelOverrides, `scenarios.${n}`));
  const o = readOptions(options as ModelScenariosOptions | undefined, "options", ["probabilities"]);
  let probabilities: Record<string, Decimal> | undefined;
  if (o.probabilities !== undefined) {
    if (!isPlainRecord(o.probabilities)) throw unitMismatch("options.probabilities", "a record of probabilities by scenario name", o.probabilities);
    const ps = readRecord(o.probabilities, "options.probabilities");
    for (const k of Object.keys(ps)) if (!names.includes(k as S)) throw outOfDomain(`options.probabilities.${k}`, ps[k], "names no scenario");
    probabilities = {};
    let sum = new Decimal(0);
    for (const n of names) {
      if (!(n in ps)) throw outOfDomain(`options.probabilities.${n}`, undefined, "is missing: every scenario needs a probability");
      const p = rate(ps[n], `options.probabilities.${n}`);
      if (p.isNegative() || p.gt(1)) throw outOfDomain(`options.probabilities.${n}`, ps[n], "must be a probability between 0 and 1");
      probabilities[n] = p;
      sum = sum.plus(p);
    }
    if (sum.minus(1).abs().gt(TOLERANCE)) throw outOfDomain("options.probabilities", sum.toString(), `must sum to 1 within 1e-12 (they sum to ${sum})`);
    Object.freeze(probabilities);
  }
  const cellOf = (given: unknown, period: unknown) => {
    const line = lineOf(t, given, "line");
    const p = periodIndexOf(t.labels, t.periods, period, "period");
    return { line, label: t.labels[p]!, unit: t.lineUnits.get(line)!, index: t.cellIndex.get(cellKey(line, t.labels[p]!))! };
  };
  const magnitudes = (line: unknown, period: unknown, kind?: unknown) => {
    const c = cellOf(line, period);
    // A cell's unit is never an exchange rate's: its kind is a value's.
    if (kind !== undefined) checkKind(kind, "kind", c.unit.kind as ValueKind, `${c.line}, ${c.label}`, `${c.line}, ${c.label}`);
    return { ...c, values: names.map((n) => magnitude(results[n]!.value(c.line as L, c.label))) };
  };
  const range = (line: L, period: string, kind?: ValueKind) => {
    const m = magnitudes(line, period, kind);
    let lo = 0;
    let hi = 0;
    m.values.forEach((v, k) => {
      if (v.lt(m.values[lo]!)) lo = k;
      if (v.gt(m.values[hi]!)) hi = k;
    });
    return Object.freeze({ min: quantityOf(m.unit, m.values[lo]!), minScenario: names[lo]!, max: quantityOf(m.unit, m.values[hi]!), maxScenario: names[hi]! });
  };
  return Object.freeze({
    kind: "modelScenarios" as const,
    names: Object.freeze(names),
    results: Object.freeze(results) as Readonly<Record<S, ModelResult<L>>>,
    ...(probabilities === undefined ? {} : { probabilities: probabilities as Readonly<Record<S, Decimal>> }),
    expected: (line: L, period: string, kind?: ValueKind) => {
      if (probabilities === undefined) throw outOfDomain("probabilities", undefined, "must be given: m.scenarios(defs, { probabilities })");
      const m = magnitudes(line, period, kind);
      const sum = m.values.reduce((s, v, k) => s.plus(v.times(probabilities![names[k]!]!)), new Decimal(0));
      return quantityOf(m.unit, sum);
    },
    range,
    rewardRisk: (opts: { line: L; period: string; price: ModelCellValue; bull?: S; bear?: S }) => {
      const r = readOptions(opts, "options", ["line", "period", "price", "bull", "bear"]);
      const c = cellOf(r.line, r.period);
      const price = constantOf(r.price, "options.price");
      if (price === undefined || !sameUnit(price.unit, c.unit)) throw unitMismatch("options.price", `${unitName(c.unit)} like ${c.line}`, r.price);
      const pick = (name: unknown, path: string, fallback: S): S => {
        if (name === undefined) return fallback;
        if (typeof name !== "string" || !names.includes(name as S)) throw outOfDomain(path, name, `must name a scenario (${names.join(", ")})`);
        return name as S;
      };
      const span = range(c.line as L, c.label);
      const bull = magnitude(results[pick(r.bull, "options.bull", span.maxScenario)]!.value(c.line as L, c.label));
      const bear = magnitude(results[pick(r.bear, "options.bear", span.minScenario)]!.value(c.line as L, c.label));
      try {
        return rewardToRisk({ price: price.value, bull, bear });
      } catch (e) {
        if (e instanceof FinModelError && (e.code === "OUT_OF_DOMAIN" || e.code === "DIVISION_BY_ZERO")) return notMeaningful(e.message);
        throw e;
      }
    },
  });
}

