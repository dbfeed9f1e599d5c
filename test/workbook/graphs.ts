// Hand-built model graphs (the documented shape `m.graph()` returns) for the workbook tests, and a
// stand-in model whose graph(overrides) applies input overrides the way a model's scenarios do.
import { Decimal } from "finmodel";
import type { ModelGraph, ModelGraphInput, ModelInputSource, ModelNode, ModelUnit } from "finmodel";

export const USD: ModelUnit = { kind: "money", currency: "USD" };
export const RATIO: ModelUnit = { kind: "ratio" };
export const NUMBER: ModelUnit = { kind: "number" };

const d = (v: number | string | Decimal) => new Decimal(v);
export const I = (name: string, period: string, unit: ModelUnit = NUMBER): ModelNode => ({ op: "input", name, period, unit });
export const L = (name: string, period: string, unit: ModelUnit = NUMBER): ModelNode => ({ op: "line", name, period, unit });
export const K = (value: number | string): ModelNode => ({ op: "const", value: d(value), unit: NUMBER });
const bin = (op: "add" | "sub" | "mul" | "div" | "pow") => (a: ModelNode, b: ModelNode): ModelNode => ({ op, args: [a, b], unit: a.unit });
export const add = bin("add");
export const sub = bin("sub");
export const mul = bin("mul");
export const div = bin("div");
export const pow = bin("pow");
export const neg = (a: ModelNode): ModelNode => ({ op: "neg", args: [a], unit: a.unit });
const many = (op: "sum" | "min" | "max") => (...args: ModelNode[]): ModelNode => ({ op, args, unit: args[0]?.unit ?? NUMBER });
export const sum = many("sum");
export const min = many("min");
export const max = many("max");
export const iff = (c: ModelNode, t: ModelNode, e: ModelNode): ModelNode => ({ op: "if", args: [c, t, e], unit: t.unit });
export const call = (fn: string, ...args: ModelNode[]): ModelNode => ({ op: "call", fn, args, unit: NUMBER });

/** An input: one value (a number) or one per period. */
export interface InputDef {
  readonly unit: ModelUnit;
  readonly value: number | Readonly<Record<string, number>>;
  readonly source?: ModelInputSource;
}
/** A line: its unit and the formula tree of each period. */
export interface LineDef {
  readonly unit: ModelUnit;
  readonly cell: (period: string, index: number) => ModelNode;
}
/** Overrides: input name → a value or values by period. */
export type Overrides = Readonly<Record<string, number | Readonly<Record<string, number>>>>;

export interface HandModel {
  graph(overrides?: Overrides): ModelGraph;
}

export function handModel(periods: readonly string[], inputs: Readonly<Record<string, InputDef>>, lines: Readonly<Record<string, LineDef>>): HandModel {
  return {
    graph(overrides: Overrides = {}) {
      const graphInputs: ModelGraphInput[] = Object.entries(inputs).map(([name, def]) => {
        const over = overrides[name];
        const perPeriod = typeof def.value !== "number";
        const values: Record<string, Decimal> = {};
        for (const p of periods) {
          const base = typeof def.value === "number" ? def.value : def.value[p];
          const o = over === undefined ? undefined : typeof over === "number" ? over : over[p];
          const v = o ?? base;
          if (v !== undefined) values[p] = d(v);
        }
        return { name, unit: def.unit, perPeriod, values, ...(def.source ? { source: def.source } : {}) };
      });
      const cells = periods.flatMap((period, index) => Object.entries(lines).map(([line, def]) => ({ line, period, unit: def.unit, node: def.cell(period, index) })));
      return { periods, inputs: graphInputs, lines: Object.keys(lines), cells };
    },
  };
}

const P = ["FY2025", "FY2026", "FY2027"] as const;
const prevOf = (p: string) => P[P.indexOf(p as (typeof P)[number]) - 1] as string;

/**
 * The docs' MiniMax-style projection: revenue from US$75m growing 150% then 172%, gross margin 12% →
 * 25.4% → 32%, cash from US$1.05bn burning US$27.9m a month.
 */
export const minimaxLike = handModel(
  P,
  {
    revenue0: { unit: USD, value: 75e6, source: { label: "MiniMax revenue FY2025", document: "seeds/broker.md", locator: "table 1", period: "FY2025", status: "reported", stated: "US$75m" } },
    growth: { unit: RATIO, value: { FY2026: 1.5, FY2027: 1.72 } },
    grossMargin: { unit: RATIO, value: { FY2025: 0.12, FY2026: 0.254, FY2027: 0.32 } },
    monthlyBurn: { unit: USD, value: 27.9e6 },
    cash0: { unit: USD, value: 1.05e9 },
  },
  {
    revenue: { unit: USD, cell: (p, i) => (i === 0 ? I("revenue0", p, USD) : mul(L("revenue", prevOf(p), USD), add(K(1), I("growth", p, RATIO)))) },
    grossProfit: { unit: USD, cell: (p) => mul(L("revenue", p, USD), I("grossMargin", p, RATIO)) },
    cash: { unit: USD, cell: (p, i) => sub(i === 0 ? I("cash0", p, USD) : L("cash", prevOf(p), USD), mul(I("monthlyBurn", p, USD), K(12))) },
  },
);

const Q = ["FY2025", "FY2026"] as const;

/** A model that uses every node kind: input, line, const, + - * / ^, neg, SUM, MIN, MAX, IF, NPV, PMT. */
export const allKinds = handModel(
  Q,
  {
    a: { unit: NUMBER, value: 3 },
    rate: { unit: RATIO, value: { FY2025: 0.1, FY2026: 0.08 } },
    b: { unit: NUMBER, value: { FY2025: -2, FY2026: 5 } },
  },
  {
    base: { unit: NUMBER, cell: (p) => sum(I("a", p), I("b", p), K(10)) },
    spread: { unit: NUMBER, cell: (p) => sub(L("base", p), neg(I("b", p))) },
    discounted: { unit: NUMBER, cell: (p) => div(L("spread", p), pow(add(K(1), I("rate", p)), K(2))) },
    lo: { unit: NUMBER, cell: (p) => min(L("base", p), L("spread", p), K(10)) },
    hi: { unit: NUMBER, cell: (p) => max(L("base", p), L("spread", p), K(10)) },
    pick: { unit: NUMBER, cell: (p) => iff(max(I("b", p), K(0)), L("hi", p), neg(L("lo", p))) },
    npv: { unit: NUMBER, cell: (p) => call("NPV", I("rate", p), L("base", p), L("spread", p)) },
    payment: { unit: NUMBER, cell: (p) => call("PMT", I("rate", p), K(5), neg(L("base", p))) },
    halves: { unit: NUMBER, cell: (p) => div(div(L("base", p), K(2)), div(L("hi", p), K(4))) },
    powLeft: { unit: NUMBER, cell: () => pow(pow(K(2), K(3)), K(2)) },
    powRight: { unit: NUMBER, cell: () => pow(K(2), pow(K(3), K(2))) },
    negSquare: { unit: NUMBER, cell: (p) => neg(pow(I("a", p), K(2))) },
    squareNeg: { unit: NUMBER, cell: (p) => pow(neg(I("a", p)), K(2)) },
    scaled: { unit: NUMBER, cell: (p, i) => mul(K(-1.5), i === 0 ? I("a", p) : add(L("scaled", "FY2025"), I("b", p))) },
  },
);

/** allKinds computed by hand, formula by formula (not from the graph), for inputs a and b, rate. */
export function allKindsExpected(o: { a?: number; b?: readonly [number, number]; rate?: readonly [number, number] } = {}): Record<string, readonly [number, number]> {
  const a = o.a ?? 3;
  const [b1, b2] = o.b ?? [-2, 5];
  const [r1, r2] = o.rate ?? [0.1, 0.08];
  const base = [a + b1 + 10, a + b2 + 10] as const;
  const spread = [base[0] + b1, base[1] + b2] as const;
  const lo = [Math.min(base[0], spread[0], 10), Math.min(base[1], spread[1], 10)] as const;
  const hi = [Math.max(base[0], spread[0], 10), Math.max(base[1], spread[1], 10)] as const;
  // PMT(r, n, pv) = -pv·r / (1 − (1 + r)^−n), pv = −base
  const pmt = (r: number, pv: number) => (-pv * r) / (1 - (1 + r) ** -5);
  const scaled1 = -1.5 * a;
  return {
    base,
    spread,
    discounted: [spread[0] / (1 + r1) ** 2, spread[1] / (1 + r2) ** 2],
    lo,
    hi,
    pick: [Math.max(b1, 0) !== 0 ? hi[0] : -lo[0], Math.max(b2, 0) !== 0 ? hi[1] : -lo[1]],
    npv: [base[0] / (1 + r1) + spread[0] / (1 + r1) ** 2, base[1] / (1 + r2) + spread[1] / (1 + r2) ** 2],
    payment: [pmt(r1, -base[0]), pmt(r2, -base[1])],
    halves: [base[0] / 2 / (hi[0] / 4), base[1] / 2 / (hi[1] / 4)],
    powLeft: [64, 64],
    powRight: [512, 512],
    negSquare: [-(a * a), -(a * a)],
    squareNeg: [a * a, a * a],
    scaled: [scaled1, -1.5 * (scaled1 + b2)],
  };
}

/** minimaxLike computed by hand: revenue, gross profit and cash for growth in FY2026/FY2027. */
export function minimaxExpected(growth: readonly [number, number] = [1.5, 1.72]): Record<string, readonly [number, number, number]> {
  const revenue = [75e6, 75e6 * (1 + growth[0]), 75e6 * (1 + growth[0]) * (1 + growth[1])] as const;
  const burn = 27.9e6 * 12;
  return {
    revenue,
    grossProfit: [revenue[0] * 0.12, revenue[1] * 0.254, revenue[2] * 0.32],
    cash: [1.05e9 - burn, 1.05e9 - 2 * burn, 1.05e9 - 3 * burn],
  };
}
