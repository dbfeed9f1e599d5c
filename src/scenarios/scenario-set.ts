// Named scenarios of inputs, evaluated by any model; expected value and range of the results.
import { Decimal } from "../core/decimal.js";
import { copyInputs } from "./copy.js";
import { readRecord } from "../core/fields.js";
import { outOfDomain, unitMismatch } from "../core/errors.js";
import { readOptions } from "../core/options.js";
import { type AmountInput, type AmountResult, type RateInput, rate } from "../metrics/inputs.js";
import { probabilityWeighted } from "../metrics/valuation.js";
import { checkOutput, functionArg, isRecord, recordArg, scalarOf } from "./values.js";

/** Named scenarios, each a record of model inputs, with optional probabilities. Made by {@link scenarioSet}. */
export interface ScenarioSet<K extends string = string, I = Readonly<Record<string, unknown>>> {
  readonly kind: "scenario-set";
  /** The scenario names, in the order given. */
  readonly names: readonly K[];
  /** The inputs of each scenario. */
  readonly scenarios: Readonly<Record<K, I>>;
  /** The probability of each scenario (summing to 1), if given. */
  readonly probabilities?: Readonly<Record<K, Decimal>>;
}

/** The options of {@link scenarioSet}. */
export interface ScenarioSetOptions<K extends string = string> {
  /** The probability of each scenario, by name: fractions or Ratios in [0, 1] summing to 1 (within 1e-12). */
  readonly probabilities?: Readonly<Record<K, RateInput>>;
}

/** The results of a model on each scenario, by name. Made by {@link evaluate}. */
export interface ScenarioResults<K extends string = string, T = unknown> {
  readonly kind: "scenario-results";
  readonly names: readonly K[];
  /** The model's result for each scenario: `r.values.bull`. */
  readonly values: Readonly<Record<K, T>>;
  /** The scenarios' probabilities, carried over from the set. */
  readonly probabilities?: Readonly<Record<K, Decimal>>;
}

/** The range of a set of scenario results: a football-field bar. */
export interface ScenarioRange<K extends string = string, T = unknown> {
  /** The lowest result and its scenario. */
  readonly min: T;
  readonly minScenario: K;
  /** The highest result and its scenario. */
  readonly max: T;
  readonly maxScenario: K;
}

const PROBABILITY_TOLERANCE = /* @__PURE__ */ new Decimal("1e-12");
const sets = /* @__PURE__ */ new WeakSet<object>();
const resultsMade = /* @__PURE__ */ new WeakSet<object>();

function probabilitiesOf(given: unknown, names: readonly string[], path: string): Readonly<Record<string, Decimal>> {
  if (!isRecord(given)) throw unitMismatch(path, "a record of probabilities by scenario name", given);
  const input = readRecord(given, path);
  const keys = Object.keys(input);
  for (const k of keys) if (!names.includes(k)) throw outOfDomain(`${path}.${k}`, input[k], "names no scenario");
  const out: Record<string, Decimal> = {};
  let sum = new Decimal(0);
  for (const n of names) {
    if (!Object.prototype.hasOwnProperty.call(input, n)) throw outOfDomain(`${path}.${n}`, undefined, "is missing: every scenario needs a probability");
    const p = rate(input[n], `${path}.${n}`, "probability");
    if (p.isNegative() || p.gt(1)) throw outOfDomain(`${path}.${n}`, input[n], "must be a probability between 0 and 1");
    out[n] = p;
    sum = sum.plus(p);
  }
  if (sum.minus(1).abs().gt(PROBABILITY_TOLERANCE)) {
    throw outOfDomain(path, sum.toString(), `must sum to 1 within 1e-12 (they sum to ${sum.toString()})`, { details: { sum: sum.toString() } });
  }
  return Object.freeze(out);
}

/**
 * Names a set of scenarios, each a record of model inputs, with optional probabilities.
 *
 * Notes: any names work (`base`, `bull`, `bear`, `downside`, …); their order is kept. Each scenario
 * is a plain object of inputs, validated later by the model that reads it. Probabilities, if
 * given, name every scenario, lie in [0, 1] and sum to 1 within 1e-12.
 *
 * @param scenarios - `{ base: {...inputs}, bull: {...}, bear: {...}, ... }`
 * @param options - `{ probabilities? }`
 * @returns a frozen {@link ScenarioSet}
 * @throws FinModelError `OUT_OF_DOMAIN` (no scenario, a scenario without inputs, bad probabilities),
 *   `UNIT_MISMATCH` (a scenario that is not a record)
 *
 * @example
 * ```ts
 * import { scenarioSet } from "finmodel";
 * const set = scenarioSet(
 *   { bull: { revenue: 1000 }, base: { revenue: 700 }, bear: { revenue: 400 } },
 *   { probabilities: { bull: 0.25, base: 0.5, bear: 0.25 } },
 * );
 * set.names //=> ["bull", "base", "bear"]
 * set.probabilities?.base.toString() //=> "0.5"
 * scenarioSet({ base: { revenue: 700 } }, { probabilities: { base: 0.9 } }) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function scenarioSet<K extends string, I extends object>(
  scenarios: Readonly<Record<K, I>>,
  options?: ScenarioSetOptions<NoInfer<K>>,
): ScenarioSet<K, I> {
  const all = recordArg(scenarios, "scenarios", "a record of scenarios, each a record of inputs");
  const names = Object.keys(all) as K[];
  const copy: Record<string, I> = {};
  for (const n of names) {
    const s = all[n];
    if (!isRecord(s)) throw unitMismatch(`scenarios.${n}`, "a record of inputs", s);
    if (Object.keys(s).length === 0) throw outOfDomain(`scenarios.${n}`, s, "must hold at least one input");
    // A deep copy: changing the caller's nested objects later does not change the set.
    copy[n] = Object.freeze(copyInputs(s, `scenarios.${n}`)) as I;
  }
  const o = readOptions(options, "options", ["probabilities"]);
  const set = {
    kind: "scenario-set" as const,
    names: Object.freeze(names),
    scenarios: Object.freeze(copy) as Readonly<Record<K, I>>,
    ...(o.probabilities === undefined ? {} : { probabilities: probabilitiesOf(o.probabilities, names, "options.probabilities") as Readonly<Record<K, Decimal>> }),
  };
  Object.freeze(set);
  sets.add(set);
  return set;
}

/**
 * Runs a model on each scenario of a set; the results keep their scenario names.
 *
 * Notes: `model` is any function of a scenario's inputs (for example {@link psTargetPrice}, or your
 * own built from `impliedPrice`). Results are read as `r.values.bull`, so
 * `rewardToRisk({ price, bull: r.values.bull, bear: r.values.bear })` works directly.
 * The model must return a finite number, Decimal, Money or quantity.
 *
 * @param set - a {@link ScenarioSet}
 * @param model - a function of one scenario's inputs
 * @returns frozen {@link ScenarioResults}, with the set's probabilities
 * @throws FinModelError whatever the model throws; `UNIT_MISMATCH` for a set not made by
 *   `scenarioSet`, a model that is not a function or returns something else than a value
 *
 * @example
 * ```ts
 * import { evaluate, scenarioSet } from "finmodel";
 * const set = scenarioSet({ bull: { revenue: 1000 }, bear: { revenue: 400 } });
 * evaluate(set, ({ revenue }) => revenue * 2).values //=> { bull: 2000, bear: 800 }
 * evaluate(set, () => Number.NaN) // throws FinModelError INVALID_NUMBER
 * ```
 */
export function evaluate<K extends string, I, T>(set: ScenarioSet<K, I>, model: (inputs: I) => T): ScenarioResults<K, T> {
  if (typeof set !== "object" || set === null || !sets.has(set)) throw unitMismatch("set", "a scenario set (see scenarioSet())", set);
  const fn = functionArg(model, "model");
  const values: Record<string, T> = {};
  // Each scenario is handed to the model as its own copy: a model that mutates its inputs cannot change the set.
  for (const n of set.names) values[n] = checkOutput(fn(copyInputs({ ...set.scenarios[n] } as I)), `model(scenarios.${n})`);
  const out = {
    kind: "scenario-results" as const,
    names: set.names,
    values: Object.freeze(values) as Readonly<Record<K, T>>,
    ...(set.probabilities === undefined ? {} : { probabilities: set.probabilities }),
  };
  Object.freeze(out);
  resultsMade.add(out);
  return out;
}

function resultsArg(value: unknown, path: string): ScenarioResults<string, unknown> {
  if (typeof value !== "object" || value === null || !resultsMade.has(value)) throw unitMismatch(path, "scenario results (see evaluate())", value);
  return value as ScenarioResults<string, unknown>;
}

/**
 * The probability-weighted value of scenario results: {@link probabilityWeighted} over them.
 *
 * Notes: E = Σ valueᵢ × pᵢ, with the probabilities given here or else those of the scenario set.
 * The results must be amounts (numbers, Decimals or Money in one currency).
 *
 * @param result - {@link ScenarioResults} from {@link evaluate}
 * @param probabilities - optional probabilities by scenario name, overriding the set's
 * @returns the expected value: Money in the results' currency, or a Decimal
 * @throws FinModelError `OUT_OF_DOMAIN` when no probabilities are known or they are bad,
 *   `UNIT_MISMATCH` for results that are not amounts, `CURRENCY_MISMATCH`
 *
 * @example
 * ```ts
 * import { evaluate, expectedValue, scenarioSet } from "finmodel";
 * const set = scenarioSet({ bull: { p: 1240 }, base: { p: 930 }, bear: { p: 300 } }, { probabilities: { bull: 0.25, base: 0.5, bear: 0.25 } });
 * const r = evaluate(set, ({ p }) => p);
 * // 0.25 × 1,240 + 0.5 × 930 + 0.25 × 300 = 310 + 465 + 75
 * expectedValue(r).toString() //=> "850"
 * expectedValue(r, { bull: 0.5, base: 0.5, bear: 0 }).toString() //=> "1085"
 * expectedValue(evaluate(scenarioSet({ a: { p: 1 } }), ({ p }) => p)) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function expectedValue<K extends string, T extends AmountInput>(
  result: ScenarioResults<K, T>,
  probabilities?: Readonly<Record<NoInfer<K>, RateInput>>,
): AmountResult<[T]> {
  const r = resultsArg(result, "result");
  const ps = probabilities === undefined ? r.probabilities : probabilities;
  if (ps === undefined) throw outOfDomain("probabilities", undefined, "must be given here or in scenarioSet(…, { probabilities })");
  if (!isRecord(ps)) throw unitMismatch("probabilities", "a record of probabilities by scenario name", ps);
  return probabilityWeighted(r.values as Readonly<Record<string, T>>, ps as Readonly<Record<string, RateInput>>);
}

/**
 * The lowest and highest scenario results, with their scenario names: a football-field bar.
 *
 * Notes: results are compared by their amount (Money, one currency), value (quantities, one kind)
 * or number. Ties go to the scenario named first.
 *
 * @param result - {@link ScenarioResults} from {@link evaluate}
 * @returns a frozen {@link ScenarioRange}
 * @throws FinModelError `UNIT_MISMATCH` for results of mixed kinds or not from `evaluate`,
 *   `CURRENCY_MISMATCH` for Money in different currencies
 *
 * @example
 * ```ts
 * import { evaluate, scenarioRange, scenarioSet } from "finmodel";
 * const r = evaluate(scenarioSet({ bull: { p: 1240 }, base: { p: 930 }, bear: { p: 300 } }), ({ p }) => p);
 * scenarioRange(r) //=> { min: 300, minScenario: "bear", max: 1240, maxScenario: "bull" }
 * scenarioRange({} as never) // throws FinModelError UNIT_MISMATCH
 * ```
 */
export function scenarioRange<K extends string, T>(result: ScenarioResults<K, T>): ScenarioRange<K, T> {
  const r = resultsArg(result, "result");
  const sc = { unit: undefined };
  let min: { name: string; at: Decimal } | undefined;
  let max: { name: string; at: Decimal } | undefined;
  for (const n of r.names) {
    const v = scalarOf(r.values[n], `result.values.${n}`, sc);
    if (min === undefined || v.lt(min.at)) min = { name: n, at: v };
    if (max === undefined || v.gt(max.at)) max = { name: n, at: v };
  }
  const lo = min!;
  const hi = max!;
  return Object.freeze({ min: r.values[lo.name] as T, minScenario: lo.name as K, max: r.values[hi.name] as T, maxScenario: hi.name as K });
}
