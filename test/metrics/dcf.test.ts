import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, dcf, derive, fiscalYear, figure, isNotMeaningful, model, money, notMeaningful, parsePeriod, quarter, ratio, type NotMeaningful, type Ratio } from "finmodel";
import { thrown } from "../support/errors.js";

const usd = (n: number) => money(n, "USD");
const near = (a: Decimal, b: Decimal | string, digits = 25) => expect(a.toSignificantDigits(digits).toString()).toBe(new Decimal(b).toSignificantDigits(digits).toString());

// Cash flows 100, 110, 121 (10% growth) at a 10% discount rate, Gordon growth 3% after year 3.
// End-year: each explicit flow is worth 100 / 1.1 = 90.909…, so PV = 3 × 1,000/11 = 272.727…;
// TV(3) = 121 × 1.03 / 0.07 = 1,780.428571…, discounted 3 years: (1,000/11) × 1.03 / 0.07 = 1,337.662337…;
// EV = (1,000/11) × (3 + 103/7) = 124,000 / 77 = 1,610.38961…
const flows = [usd(100), usd(110), usd(121)];

describe("dcf: Gordon terminal value", () => {
  it("end-year timing: flows at 1, 2, 3 and the terminal value at 3", () => {
    const v = dcf({ cashFlows: flows, discountRate: 0.1, terminal: { growth: 0.03 } });
    expect(v.enterpriseValue.currency).toBe("USD");
    near(v.presentValueOfCashFlows.amount, new Decimal(3000).div(11));
    near(v.terminalValue.amount, new Decimal(124.63).div(0.07));
    near(v.presentValueOfTerminal.amount, new Decimal(1000).div(11).times(103).div(7));
    near(v.enterpriseValue.amount, new Decimal(124000).div(77));
    expect(v.enterpriseValue.amount.toFixed(2)).toBe("1610.39");
    expect(v.times.map(String)).toEqual(["1", "2", "3"]);
    expect(v.terminalTime.toString()).toBe("3");
    near(v.discountFactors[2]!, new Decimal(1).div(1.331));
    // terminal share: (103/7) / (124/7) = 103/124
    near((v.terminalShare as Ratio).value, new Decimal(103).div(124));
  });

  it("mid-year timing: flows at 0.5, 1.5, 2.5 and the Gordon terminal value at 2.5", () => {
    // Every flow and the perpetuity arrive half a year earlier: the whole EV is × 1.1^0.5.
    const v = dcf({ cashFlows: flows, discountRate: 0.1, terminal: { growth: 0.03 }, timing: "mid-year" });
    const half = new Decimal(1.1).sqrt();
    expect(v.times.map(String)).toEqual(["0.5", "1.5", "2.5"]);
    expect(v.terminalTime.toString()).toBe("2.5");
    near(v.presentValueOfCashFlows.amount, new Decimal(3000).div(11).times(half));
    near(v.presentValueOfTerminal.amount, new Decimal(1000).div(11).times(103).div(7).times(half));
    near(v.enterpriseValue.amount, new Decimal(124000).div(77).times(half));
    expect(v.enterpriseValue.amount.toFixed(2)).toBe("1688.99");
    // the undiscounted terminal value does not change with the timing
    near(v.terminalValue.amount, new Decimal(124.63).div(0.07));
  });

  it("exit multiple: discounted at the end of year n under both timings", () => {
    // TV = 8 × 200 = 1,600 at year 3: 1,600 / 1.331 = 1,202.10368…
    const end = dcf({ cashFlows: flows, discountRate: 0.1, terminal: { multiple: 8, metric: usd(200) } });
    const mid = dcf({ cashFlows: flows, discountRate: 0.1, terminal: { multiple: 8, metric: usd(200) }, timing: "mid-year" });
    near(end.presentValueOfTerminal.amount, new Decimal(1600).div(1.331));
    near(mid.presentValueOfTerminal.amount, new Decimal(1600).div(1.331));
    expect(mid.terminalTime.toString()).toBe("3");
    near(mid.presentValueOfCashFlows.amount, new Decimal(3000).div(11).times(new Decimal(1.1).sqrt()));
  });

  it("period entries: a first period cut by the valuation date counts its remaining days", () => {
    // Valued on 2025-06-30: 184 of FY2025's 365 days remain, FY2026 ends 549 days out.
    // End: 100 × 184/365 / 1.1^(184/365) + 200 / 1.1^(549/365); TV = 200 × 1.02 / 0.08 at 549/365.
    const r = new Decimal(1.1);
    const t1 = new Decimal(184).div(365);
    const t2 = new Decimal(549).div(365);
    const v = dcf({
      cashFlows: [
        { period: "FY2025", amount: 100 },
        { period: fiscalYear(2026), amount: 200 },
      ],
      discountRate: 0.1,
      terminal: { growth: 0.02 },
      valuationDate: "2025-06-30",
    });
    near(v.presentValueOfCashFlows, new Decimal(100).times(t1).div(r.pow(t1)).plus(new Decimal(200).div(r.pow(t2))));
    near(v.presentValueOfTerminal, new Decimal(204).div(0.08).div(r.pow(t2)));
    // Mid-year: the stub's middle is at 92/365, FY2026's at (184 + 549) / 2 / 365; the TV at 549/365 − 0.5.
    const m = dcf({
      cashFlows: [
        { period: parsePeriod("FY2025"), amount: 100 },
        { period: "FY2026", amount: 200 },
      ],
      discountRate: 0.1,
      terminal: { growth: 0.02 },
      timing: "mid-year",
      valuationDate: "2025-06-30",
    });
    expect(m.times.map((t) => t.times(365).toDecimalPlaces(10).toString())).toEqual(["92", "366.5"]);
    near(m.terminalTime, t2.minus(0.5));
  });

  it("dated entries are discounted at their dates", () => {
    // 2026-06-30 is 365 days after 2025-06-30: 110 / 1.1 = 100; TV = 9 × 10 at the same date
    const v = dcf({ cashFlows: [{ date: "2026-06-30", amount: 110 }], discountRate: 0.1, terminal: { multiple: 9, metric: 11 }, valuationDate: "2025-06-30" });
    near(v.presentValueOfCashFlows, "100");
    near(v.presentValueOfTerminal, "90");
    expect(thrown(() => dcf({ cashFlows: [{ date: "2026-06-30", amount: 1 }], discountRate: 0.1, terminal: { growth: 0 }, valuationDate: "2025-06-30", timing: "mid-year" })).path).toBe("timing");
  });

  it("property: a constant perpetuity is worth C / r (end) and C / r × (1 + r)^0.5 (mid-year)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 9 }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 15 }), fc.integer({ min: -300, max: 300 }), (c, bp, n, gbp) => {
        const r = new Decimal(bp).div(1000); // 0.1% … 40%
        const g = new Decimal(gbp).div(1000);
        fc.pre(g.lt(r));
        // flows C, C(1+g), …, C(1+g)^(n−1), then Gordon at g: the growing perpetuity C / (r − g)
        const cashFlows = Array.from({ length: n }, (_, i) => new Decimal(c).times(g.plus(1).pow(i)));
        const closed = new Decimal(c).div(r.minus(g));
        const end = dcf({ cashFlows, discountRate: r, terminal: { growth: g } });
        expect(end.enterpriseValue.minus(closed).abs().lte(closed.times("1e-28"))).toBe(true);
        const mid = dcf({ cashFlows, discountRate: r, terminal: { growth: g }, timing: "mid-year" });
        const closedMid = closed.times(r.plus(1).sqrt());
        expect(mid.enterpriseValue.minus(closedMid).abs().lte(closedMid.times("1e-28"))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("refuses growth at or above the rate, mixed kinds, bad dates and periods", () => {
    expect(thrown(() => dcf({ cashFlows: [100], discountRate: 0.08, terminal: { growth: 0.08 } })).path).toBe("terminal.growth");
    expect(thrown(() => dcf({ cashFlows: [], discountRate: 0.08, terminal: { growth: 0 } })).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => dcf({ cashFlows: [100], discountRate: -1, terminal: { growth: -2 } })).path).toBe("discountRate");
    expect(thrown(() => dcf({ cashFlows: [usd(1), money(1, "HKD") as never], discountRate: 0.1, terminal: { growth: 0 } })).code).toBe("CURRENCY_MISMATCH");
    expect(thrown(() => dcf({ cashFlows: [100], discountRate: 0.1, terminal: { growth: 0 }, valuationDate: "2025-01-01" })).path).toBe("valuationDate");
    expect(thrown(() => dcf({ cashFlows: [{ period: "FY2025", amount: 1 }], discountRate: 0.1, terminal: { growth: 0 } })).path).toBe("valuationDate");
    expect(thrown(() => dcf({ cashFlows: [{ period: "FY2025", amount: 1 }], discountRate: 0.1, terminal: { growth: 0 }, valuationDate: "2026-01-01" })).code).toBe("INVALID_PERIOD");
    expect(
      thrown(() => dcf({ cashFlows: [{ period: "FY2026", amount: 1 }, { period: "FY2026", amount: 1 }], discountRate: 0.1, terminal: { growth: 0 }, valuationDate: "2025-12-31" })).code,
    ).toBe("INVALID_PERIOD");
    // a Gordon value grows an annual flow: a quarter last is refused
    expect(thrown(() => dcf({ cashFlows: [{ period: quarter(2026, 1), amount: 1 }], discountRate: 0.1, terminal: { growth: 0 }, valuationDate: "2025-12-31" })).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => dcf({ cashFlows: [1], discountRate: 0.1, terminal: {} as never })).code).toBe("UNIT_MISMATCH");
    expect(thrown(() => dcf({ cashFlows: [1], discountRate: 0.1, terminal: { growth: 0 }, timing: "start" as never })).path).toBe("timing");
  });

  it("a non-positive enterprise value has no meaningful terminal share", () => {
    const v = dcf({ cashFlows: [-100], discountRate: 0.1, terminal: { growth: 0 } });
    expect(isNotMeaningful(v.terminalShare)).toBe(true);
  });

  it("through derive: dcf itself over a range of discount rates, a record of figures out", () => {
    const v = derive("EV", dcf, { cashFlows: [usd(100)], discountRate: figure(ratio(0.1), { interval: { low: ratio(0.08), high: ratio(0.125) } }), terminal: { growth: 0 } });
    expect(v.enterpriseValue.operation).toBe("dcf");
    // a flat perpetuity of 100 is 100 / r: 1,000 at 10%, [800, 1,250]
    const ev = v.enterpriseValue;
    expect([ev.value, ev.interval!.low, ev.interval!.high].map((d) => d.amount.toDecimalPlaces(20).toString())).toEqual(["1000", "800", "1250"]);
    // the flow of year 1 is worth 100 / (1 + r): 90.90… at 10%, [88.88…, 92.59…]
    const pv = v.presentValueOfCashFlows;
    expect([pv.value, pv.interval!.low, pv.interval!.high].map((d) => d.amount.toFixed(6))).toEqual([new Decimal(100).div(1.1).toFixed(6), new Decimal(100).div(1.125).toFixed(6), new Decimal(100).div(1.08).toFixed(6)]);
    // the whole value is the terminal's (one flow, growth 0, the terminal at the last flow's time … as dcf says), and a figure
    expect(isNotMeaningful(v.terminalShare)).toBe(false);
  });

  it("through derive: a leaf that is n.m. at the point stays n.m., one that is n.m. where the intervals reach becomes n.m. saying so", () => {
    // EV = −100 / r < 0 at every rate: terminalShare is n.m. at the point, and EV keeps its interval
    const negative = derive("EV", dcf, { cashFlows: [usd(-100)], discountRate: figure(ratio(0.1), { interval: { low: ratio(0.08), high: ratio(0.125) } }), terminal: { growth: 0 } });
    expect(isNotMeaningful(negative.terminalShare)).toBe(true);
    expect(isNotMeaningful(negative.enterpriseValue)).toBe(false);
    expect(negative.enterpriseValue.interval.low.amount.toFixed(0)).toBe("-1250");
    // A share that is n.m. only at one end of an interval: no honest interval, so n.m., naming where.
    const share = (x: Decimal) => (x.gt(0) ? ratio(new Decimal(1).div(x)) : notMeaningful("no share of a non-positive total"));
    const edge = derive("share", share, figure(new Decimal(1), { interval: { low: new Decimal(-1), high: new Decimal(2) } }));
    expect(isNotMeaningful(edge)).toBe(true);
    expect((edge as NotMeaningful).reason).toContain("n.m. where the inputs' intervals reach: no share of a non-positive total");
    // Inside the domain it is a figure as before.
    const inside = derive("share", share, figure(new Decimal(2), { interval: { low: new Decimal(1), high: new Decimal(4) } }));
    expect(isNotMeaningful(inside)).toBe(false);
    expect((inside as { interval: { low: { value: Decimal } } }).interval.low.value.toString()).toBe("0.25");
  });
});

describe("dcf: a model line as its cash flows", () => {
  it("takes r.series(line) as period entries", () => {
    const m = model({
      periods: ["FY2025", "FY2026", "FY2027"],
      inputs: { fcf0: money(100, "USD"), growth: ratio(0.1) },
      lines: { fcf: (c) => (c.first ? c.input("fcf0") : c.prev("fcf").times(c.input("growth").plus(1))) },
    });
    // FY2026 = 110 and FY2027 = 121, each year ending 365 and 730 days after 2025-12-31:
    // 110/1.1 + 121/1.21 + (121/0.1)/1.21 = 100 + 100 + 1,000 = 1,200.
    const flows = m.evaluate().series("fcf").slice(1);
    const v = dcf({ cashFlows: flows, discountRate: 0.1, terminal: { growth: 0 }, valuationDate: "2025-12-31" });
    expect(v.enterpriseValue.amount.toFixed(10)).toBe("1200.0000000000");
    const same = dcf({ cashFlows: flows.map((p) => ({ period: p.period, amount: p.value as ReturnType<typeof money> })), discountRate: 0.1, terminal: { growth: 0 }, valuationDate: "2025-12-31" });
    expect(v.enterpriseValue.amount.eq(same.enterpriseValue.amount)).toBe(true);
  });
});
