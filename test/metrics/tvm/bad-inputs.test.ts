// The bad values of these slots are swept by test/sweep (see test/sweep/samples/tvm.ts, where
// they are listed under `accepts`). What the sweep cannot say is that the accepted quantity
// really is accepted: a Ratio as a rate, a Money in any currency as cumipmt's lone amount.
import { describe, expect, it } from "vitest";
import { cumipmt, effect, irr, mirr, money, nominal, npv, pmt, pv, ratio, xnpv } from "finmodel";

const cases: [string, (rate: unknown) => unknown][] = [
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

describe("slots that accept a quantity", () => {
  it.each(cases)("%s accepts a Ratio", (_label, call) => {
    expect(() => call(ratio(0.05))).not.toThrow();
  });
  it("cumipmt: a lone Money amount in any currency is valid", () => {
    expect(cumipmt(0.01, 10, money(100, "XXX"), 1, 2).currency).toBe("XXX");
  });
});
