// The package-wide sweep marks the first argument of these functions lenient,
// because a Money in another currency, a Ratio or a Multiple is valid there.
// Here every other bad value is substituted into that argument.
import { describe, expect, it } from "vitest";
import {
  FinModelError,
  allocateMoney,
  formatMoney,
  formatMultiple,
  formatRatio,
  money,
  multiple,
  pp,
  ratio,
  roundMoney,
  scaleMoney,
  shiftRatio,
} from "finmodel";

const BAD: readonly [string, unknown][] = [
  ["NaN", Number.NaN],
  ["Infinity", Number.POSITIVE_INFINITY],
  ["-Infinity", Number.NEGATIVE_INFINITY],
  ["null", null],
  ["undefined", undefined],
  ["''", ""],
  ["'abc'", "abc"],
  ["{}", {}],
  ["a number", 5],
  ["a Decimal-less money", { kind: "money", amount: Number.NaN, currency: "USD" }],
  ["a pp", pp(1)],
];

const CASES: readonly [string, (bad: unknown) => unknown, readonly unknown[]][] = [
  ["scaleMoney", (bad) => scaleMoney(bad as never, 2), [ratio(0.5), multiple(3)]],
  ["roundMoney", (bad) => roundMoney(bad as never), [ratio(0.5), multiple(3)]],
  ["allocateMoney", (bad) => allocateMoney(bad as never, [1, 1]), [ratio(0.5), multiple(3)]],
  ["formatMoney", (bad) => formatMoney(bad as never), [ratio(0.5), multiple(3)]],
  ["formatRatio", (bad) => formatRatio(bad as never), [money(1, "XXX"), multiple(3)]],
  ["formatMultiple", (bad) => formatMultiple(bad as never), [money(1, "XXX"), ratio(0.5)]],
  ["shiftRatio", (bad) => shiftRatio(bad as never, pp(1)), [money(1, "XXX"), multiple(3)]],
];

describe("bad first arguments the package sweep leaves out", () => {
  it.each(CASES)("%s answers every bad value with a FinModelError", (_name, call, extra) => {
    const failures: string[] = [];
    for (const [label, bad] of [...BAD, ...extra.map((v) => ["a wrong quantity", v] as const)]) {
      try {
        const out = call(bad);
        failures.push(`${label}: returned ${String(out)}`);
      } catch (e) {
        if (!(e instanceof FinModelError)) failures.push(`${label}: threw ${String(e)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
