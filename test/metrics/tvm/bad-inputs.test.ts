// Complements the package-wide sweep for the slots it has to skip: rates (a Ratio is a
// valid rate there) and the lone amount of cumipmt/cumprinc (Money in any currency is valid).
import { describe, expect, it } from "vitest";
import { FinModelError, cumipmt, cumprinc, effect, irr, mirr, money, multiple, nominal, npv, pmt, pv, ratio, xnpv } from "finmodel";

const BAD: readonly [string, unknown][] = [
  ["NaN", Number.NaN],
  ["Infinity", Number.POSITIVE_INFINITY],
  ["null", null],
  ["undefined", undefined],
  ["''", ""],
  ["'abc'", "abc"],
  ["{}", {}],
  ["Money", money(1, "XXX")],
  ["a Multiple", multiple(3)],
];

const cases: [string, (bad: unknown) => unknown][] = [
  ["npv rate", (b) => npv(b as number, [-1, 2])],
  ["xnpv rate", (b) => xnpv(b as number, [-1, 2], ["2025-01-01", "2026-01-01"])],
  ["pmt rate", (b) => pmt(b as number, 10, 100)],
  ["pv rate", (b) => pv(b as number, 10, 100)],
  ["mirr financeRate", (b) => mirr([-1, 2], b as number, 0.1)],
  ["mirr reinvestRate", (b) => mirr([-1, 2], 0.1, b as number)],
  ["effect", (b) => effect(b as number, 4)],
  ["nominal", (b) => nominal(b as number, 4)],
  ["irr guess", (b) => irr([-1, 2], { guess: b as number })],
  ["cumipmt rate", (b) => cumipmt(b as number, 10, 100, 1, 2)],
];

describe("rate slots refuse every bad value but a Ratio", () => {
  it.each(cases)("%s", (_label, call) => {
    for (const [label, bad] of BAD) {
      if (label === "undefined" && _label === "irr guess") continue; // optional field
      let error: unknown;
      try {
        call(bad);
      } catch (e) {
        error = e;
      }
      expect(error, label).toBeInstanceOf(FinModelError);
    }
    expect(() => call(ratio(0.05))).not.toThrow();
  });
  it("cumipmt/cumprinc: a lone Money amount is valid, anything else bad is refused", () => {
    expect(cumipmt(0.01, 10, money(100, "XXX"), 1, 2).currency).toBe("XXX");
    for (const [label, bad] of BAD) {
      if (label === "Money") continue;
      expect(() => cumprinc(0.01, 10, bad as number, 1, 2), label).toThrow(FinModelError);
      expect(() => cumipmt(0.01, 10, ratio(0.5) as never, 1, 2), label).toThrow(FinModelError);
    }
  });
});
