import * as formulajs from "@formulajs/formulajs";
import * as financial from "financial";
import { describe, expect, it } from "vitest";
import { FinModelError } from "finmodel";
import { CUMIPMT, CUMPRINC, EFFECT, FV, IPMT, IRR, MIRR, NOMINAL, NPER, NPV, PMT, PPMT, PV, RATE, RRI, XIRR, XNPV } from "finmodel/excel";
import { thrown } from "../support/errors.js";

/** Asserts |actual − expected| ≤ tol (absolute). */
function near(actual: number, expected: number, tol: number): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tol);
}


// Independent evaluators of the equations, used to verify every root found.
const npv0 = (r: number, v: readonly number[]) => v.reduce((s, c, i) => s + c / (1 + r) ** i, 0);
const xnpv0 = (r: number, v: readonly number[], days: readonly number[]) => v.reduce((s, c, i) => s + c / (1 + r) ** ((days[i]! - days[0]!) / 365), 0);
const annuity = (r: number, n: number, pmt: number, pv: number, fv: number, type: number) =>
  pv * (1 + r) ** n + (pmt * (1 + r * type) * ((1 + r) ** n - 1)) / r + fv;
const dayOf = (iso: string) => Date.parse(iso) / 86_400_000;

const docValues = [-10000, 2750, 4250, 3250, 2750];
const docDates = ["2008-01-01", "2008-03-01", "2008-10-30", "2009-02-15", "2009-04-01"];

describe("published spreadsheet-help examples", () => {
  it("NPV(10%, -10000, 3000, 4200, 6800) = 1188.44", () => {
    // -10000/1.1 + 3000/1.21 + 4200/1.331 + 6800/1.4641 = -9090.909 + 2479.339 + 3155.522 + 4644.491
    near(NPV(0.1, -10000, 3000, 4200, 6800), 1188.44, 0.005);
    near(NPV(0.1, -10000, 3000, 4200, 6800), -10000 / 1.1 + 3000 / 1.21 + 4200 / 1.331 + 6800 / 1.4641, 1e-9);
  });
  it("NPV(8%, 8000, 9200, 10000, 12000, 14500) - 40000 = 1922.06 and with a loss of 9000 in year 6: -3749.47", () => {
    near(NPV(0.08, 8000, 9200, 10000, 12000, 14500) - 40000, 1922.06, 0.005);
    near(NPV(0.08, [8000, 9200, 10000, 12000, 14500], -9000) - 40000, -3749.47, 0.005);
  });
  it("XNPV(0.09, …) = 2086.65", () => {
    near(XNPV(0.09, docValues, docDates), 2086.65, 0.005);
    near(XNPV(0.09, docValues, docDates), xnpv0(0.09, docValues, docDates.map(dayOf)), 1e-9);
  });
  it("XIRR(…) = 0.373362535 (the help's value; the exact root is 0.37336253352)", () => {
    const r = XIRR(docValues, docDates);
    near(r, 0.373362535, 2e-9); // the help shows Excel's value at its own 1e-8 tolerance
    expect(Math.abs(xnpv0(r, docValues, docDates.map(dayOf)))).toBeLessThan(1e-8);
  });
  it("IRR examples: 0.086630948, -0.021244848 and -0.443506941 with a guess of -10%", () => {
    const flows = [-70000, 12000, 15000, 18000, 21000, 26000];
    near(IRR(flows), 0.086630948, 5e-10);
    near(IRR(flows.slice(0, 5)), -0.021244848, 5e-10);
    near(IRR(flows.slice(0, 3), -0.1), -0.443506941, 5e-10);
    for (const v of [flows, flows.slice(0, 5), flows.slice(0, 3)]) expect(Math.abs(npv0(IRR(v, -0.1), v))).toBeLessThan(1e-7);
  });
  it("RATE(48, -200, 8000) = 0.007701472 (monthly)", () => {
    near(RATE(48, -200, 8000), 0.007701472, 5e-10);
    expect(Math.abs(annuity(RATE(48, -200, 8000), 48, -200, 8000, 0, 0))).toBeLessThan(1e-8);
  });
  it("PMT(8%/12, 10, 10000) = -1037.03 and PMT(8%/12, 10, 10000, 0, 1) = -1030.16", () => {
    near(PMT(0.08 / 12, 10, 10000), -1037.03, 0.005);
    near(PMT(0.08 / 12, 10, 10000, 0, 1), -1030.16, 0.005);
  });
  it("PMT(6%/12, 18*12, 0, 50000) = -129.08", () => {
    near(PMT(0.06 / 12, 18 * 12, 0, 50000), -129.08, 0.005);
  });
  it("NPER(1%, -100, -1000, 10000, 1) = 59.6738657, NPER(1%, -100, -1000, 10000) = 60.0821229, NPER(1%, -100, -1000) = -9.57859404", () => {
    near(NPER(0.01, -100, -1000, 10000, 1), 59.6738657, 5e-8);
    near(NPER(0.01, -100, -1000, 10000), 60.0821229, 5e-8);
    near(NPER(0.01, -100, -1000), -9.57859404, 5e-9);
  });
  it("FV examples: 2581.40, 12682.50, 82846.25", () => {
    near(FV(0.06 / 12, 10, -200, -500, 1), 2581.4, 0.005);
    near(FV(0.12 / 12, 12, -1000), 12682.5, 0.005);
    near(FV(0.11 / 12, 35, -2000, 0, 1), 82846.25, 0.005);
  });
  it("PV(8%/12, 12*20, 500) = -59777.15", () => {
    near(PV(0.08 / 12, 12 * 20, 500), -59777.15, 0.005);
  });
  it("MIRR examples: 12.61%, -4.80%, 13.48%", () => {
    const flows = [-120000, 39000, 30000, 21000, 37000, 46000];
    near(MIRR(flows, 0.1, 0.12), 0.126094, 5e-7);
    near(MIRR(flows.slice(0, 4), 0.1, 0.12), -0.048, 5e-4); // the help shows -4.80%
    near(MIRR(flows, 0.1, 0.14), 0.1348, 5e-5); // the help shows 13.48%
    // Independently: (Σ positive·1.12^(5−i) / 120000)^(1/5) − 1.
    const fvPos = 39000 * 1.12 ** 4 + 30000 * 1.12 ** 3 + 21000 * 1.12 ** 2 + 37000 * 1.12 + 46000;
    near(MIRR(flows, 0.1, 0.12), (fvPos / 120000) ** (1 / 5) - 1, 1e-14);
  });
  it("EFFECT(5.25%, 4) = 0.053542667 and NOMINAL(5.3543%, 4) = 0.052500319", () => {
    near(EFFECT(0.0525, 4), 0.053542667, 5e-10);
    // The help shows 0.052500319; 4·(1.053543^(1/4) − 1) = 0.05250031986835586 (50-digit check).
    near(NOMINAL(0.053543, 4), 0.052500319, 1e-9);
    near(NOMINAL(0.053543, 4), 0.05250031986835586, 1e-15);
  });
  it("RRI(96, 10000, 11000) = 0.0009933", () => {
    near(RRI(96, 10000, 11000), 0.0009933, 5e-8);
    near(RRI(96, 10000, 11000), 1.1 ** (1 / 96) - 1, 1e-15);
  });
  it("CUMIPMT(9%/12, 360, 125000, 13, 24, 0) = -11135.23 and (…, 1, 1, 0) = -937.50", () => {
    near(CUMIPMT(0.09 / 12, 360, 125000, 13, 24, 0), -11135.23, 0.005);
    near(CUMIPMT(0.09 / 12, 360, 125000, 1, 1, 0), -937.5, 1e-9); // 125000 × 0.0075
  });
  it("CUMPRINC(9%/12, 360, 125000, 13, 24, 0) = -934.1071 and (…, 1, 1, 0) = -68.27827", () => {
    near(CUMPRINC(0.09 / 12, 360, 125000, 13, 24, 0), -934.1071, 5e-5);
    near(CUMPRINC(0.09 / 12, 360, 125000, 1, 1, 0), -68.27827118, 5e-9);
  });
  it("IPMT(10%/12, 1, 36, 8000) = -66.67 and IPMT(10%, 3, 3, 8000) = -292.45", () => {
    near(IPMT(0.1 / 12, 1, 36, 8000), -66.67, 0.005);
    near(IPMT(0.1, 3, 3, 8000), -292.45, 0.005);
  });
  it("PPMT(10%/12, 1, 24, 2000) = -75.62 and PPMT(8%, 10, 10, 200000) = -27598.05", () => {
    near(PPMT(0.1 / 12, 1, 24, 2000), -75.62, 0.005);
    near(PPMT(0.08, 10, 10, 200000), -27598.05, 0.005);
  });
});

describe("agreement with formulajs and financial where they converge", () => {
  it("closed forms agree to 1e-12 relative", () => {
    const cases: [number, number, number, number, 0 | 1][] = [
      [0.05, 10, 1000, 0, 0],
      [0.08 / 12, 360, 250000, -10000, 1],
      [0.001, 7, -300, 50, 0],
    ];
    for (const [r, n, a, b, t] of cases) {
      const rel = (x: number, y: number) => Math.abs(x - y) / Math.max(1, Math.abs(y));
      expect(rel(PMT(r, n, a, b, t), financial.pmt(r, n, a, b, t ? financial.PaymentDueTime.Begin : financial.PaymentDueTime.End))).toBeLessThan(1e-12);
      expect(rel(PV(r, n, a, b, t), formulajs.PV(r, n, a, b, t) as number)).toBeLessThan(1e-12);
      expect(rel(FV(r, n, a, b, t), formulajs.FV(r, n, a, b, t) as number)).toBeLessThan(1e-12);
      expect(rel(IPMT(r, 3, n, a, b, t), formulajs.IPMT(r, 3, n, a, b, t) as number)).toBeLessThan(1e-12);
      expect(rel(PPMT(r, 3, n, a, b, t), formulajs.PPMT(r, 3, n, a, b, t) as number)).toBeLessThan(1e-12);
    }
  });
  it("solvers agree with formulajs on ordinary inputs", () => {
    const flows = [-1000, 200, 300, 400, 500];
    expect(Math.abs(IRR(flows) - (formulajs.IRR(flows) as number))).toBeLessThan(1e-9);
    expect(Math.abs(RATE(60, -10, 1000) - (formulajs.RATE(60, -10, 1000) as number))).toBeLessThan(1e-9);
  });
});

describe("regressions from other libraries' bug reports (each root verified by plugging it back in)", () => {
  it("formulajs#174: IRR([-15000, 6630]) is -0.558 (two flows: closed form)", () => {
    // -15000 + 6630/(1 + r) = 0  ⇒  1 + r = 6630/15000 = 0.442
    near(IRR([-15000, 6630]), -0.558, 1e-15);
  });
  it("formulajs#184 (RATE gives #NUM! although a root exists): we find and verify the root", () => {
    // formulajs 4.6 returns #NUM! on each of these; the roots below solve the annuity equation.
    for (const [n, pmt, pv, fv] of [
      [25, -692, 1570, -413],
      [16, -769, 913, -2430],
      [10, -1000, 1000, 0],
      [24, -1000, 1000, 0],
    ] as const) {
      const r = RATE(n, pmt, pv, fv);
      expect(r).toBeGreaterThan(-1);
      const scale = Math.abs(pv) * (1 + r) ** n + Math.abs(pmt) * n * (1 + r) ** n;
      expect(Math.abs(annuity(r, n, pmt, pv, fv, 0)) / scale).toBeLessThan(1e-10);
    }
    near(RATE(25, -692, 1570, -413), 0.44072908645957, 1e-11);
  });
  it("nodejs-xirr#14 / #21 (Newton fails to converge): heavy losses over short spans", () => {
    // The xirr package throws "failed to converge" on each; the roots are real.
    const cases: [number[], string[], number][] = [
      [[-4421, 2672], ["2020-01-01", "2020-03-17"], -0.91092803725],
      [[-5630, -849, -983, -1482, 1333], ["2020-01-01", "2020-04-02", "2020-05-16", "2020-05-30", "2020-07-14"], -0.99841747333],
      [[-9942, -1294, 2325], ["2020-01-01", "2020-06-13", "2020-06-26"], -0.98687064661],
    ];
    for (const [v, d, expected] of cases) {
      const r = XIRR(v, d);
      near(r, expected, 1e-10);
      const days = d.map(dayOf);
      const scale = v.reduce((s, c, i) => s + Math.abs(c) / (1 + r) ** ((days[i]! - days[0]!) / 365), 0);
      expect(Math.abs(xnpv0(r, v, days)) / scale).toBeLessThan(1e-10);
    }
    // The two-flow case has a closed form: (1 + r)^(76/365) = 2672/4421.
    near(XIRR([-4421, 2672], ["2020-01-01", "2020-03-17"]), (2672 / 4421) ** (365 / 76) - 1, 1e-14);
  });
  it("finance.js#48 (large losses need a guess far from 10%): found from the default guess", () => {
    for (const [flows, expected] of [
      [[-10000, 100, 50, 20], -0.85708825065],
      [[-1000000, 1000, 1000], -0.96787327080],
      [[-1000, 100, 100, 100], -0.42441744383],
    ] as const) {
      const r = IRR(flows);
      near(r, expected, 1e-10);
      expect(Math.abs(npv0(r, flows)) / flows.reduce((s, c, i) => s + Math.abs(c) / (1 + r) ** i, 0)).toBeLessThan(1e-10);
    }
    const far = XIRR([-10000, 100, 100, 100], ["2020-01-01", "2020-06-01", "2021-01-01", "2021-06-01"]);
    near(far, -0.9526217359143133, 1e-10);
  });
  it("numpy-financial#126: rate(8, -440000, 263175, 25500) — the only root above −100% is 1.67118, not 0.584 and not −1.9", () => {
    const r = RATE(8, -440000, 263175, 25500);
    // f(r) = 263175·(1+r)^8 − 440000·((1+r)^8 − 1)/r + 25500
    const f = (x: number) => annuity(x, 8, -440000, 263175, 25500, 0);
    near(r, 1.67118382756, 1e-10);
    expect(Math.abs(f(r)) / (263175 * (1 + r) ** 8)).toBeLessThan(1e-10);
    // No sign change anywhere else on (−1, 1.67): e.g. f(0.584) ≈ −18.6 million.
    expect(f(0.584)).toBeLessThan(-1e7);
    for (let x = -0.99; x < 1.67; x += 0.01) expect(f(x)).toBeLessThan(0);
  });
});

describe("spreadsheet errors", () => {
  it("IRR without a sign change, all zeros, too few values", () => {
    expect(thrown(() => IRR([100, 200])).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => IRR([100, 200])).excelError).toBe("#NUM!");
    expect(thrown(() => IRR([0, 0, 0])).message).toMatch(/all zero/);
    expect(thrown(() => IRR([-100])).message).toMatch(/at least two/);
    expect(thrown(() => IRR([-100, 50], -1)).code).toBe("OUT_OF_DOMAIN");
  });
  it("XIRR/XNPV: mismatched lengths, a date before the first, serial 60", () => {
    expect(thrown(() => XIRR(docValues, docDates.slice(1))).code).toBe("OUT_OF_DOMAIN");
    const early = [...docDates];
    early[3] = "2007-12-31";
    const e = thrown(() => XIRR(docValues, early));
    expect(e.code).toBe("INVALID_PERIOD");
    expect(e.path).toBe("dates[3]");
    expect(e.excelError).toBe("#NUM!");
    expect(thrown(() => XNPV(0.09, docValues, early)).code).toBe("INVALID_PERIOD");
    expect(thrown(() => XNPV(0.09, [-100, 110], [59, 60])).message).toMatch(/1900-02-29/);
  });
  it("XIRR with no representable root says what it tried", () => {
    // (1 + r)^(9/365) = 10/1000 needs r = −1 + 1e-81, which rounds to −1.
    const e = thrown(() => XIRR([-1000, 10], ["2020-01-01", "2020-01-10"]));
    expect(e.code).toBe("NO_SOLUTION");
    expect(e.excelError).toBe("#NUM!");
    expect(e.message).toMatch(/Newton/);
    expect(e.details).toMatchObject({ methods: expect.arrayContaining(["newton", "scan"]) });
  });
  it("RATE with no root above −100% is NO_SOLUTION with the bracket in details", () => {
    // pv and payments both outflows, fv 0: pv(1+r)^n + pmt·annuity < 0 for every r > −1.
    const e = thrown(() => RATE(10, -100, -1000));
    expect(e.code).toBe("NO_SOLUTION");
    expect(e.details).toMatchObject({ bracket: [-1, 1e6] });
  });
  it("MIRR without positive or negative flows is #DIV/0!", () => {
    const e = thrown(() => MIRR([-100, -50], 0.1, 0.1));
    expect(e.code).toBe("DIVISION_BY_ZERO");
    expect(e.excelError).toBe("#DIV/0!");
  });
  it("NPV at −100%, PMT over zero periods: #DIV/0!", () => {
    expect(thrown(() => NPV(-1, 100)).excelError).toBe("#DIV/0!");
    expect(thrown(() => PMT(0, 0, 100)).code).toBe("DIVISION_BY_ZERO");
  });
  it("non-numbers are #VALUE! (INVALID_NUMBER), never NaN", () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, "1", null]) {
      const e = thrown(() => PMT(bad as number, 10, 100));
      expect(e.code).toBe("INVALID_NUMBER");
      expect(e.excelError).toBe("#VALUE!");
    }
    expect(thrown(() => NPV(0.1, [1, Number.NaN])).path).toBe("values[0][1]");
  });
  it("results that overflow are #NUM!, never Infinity", () => {
    expect(thrown(() => FV(10, 1000, -1)).code).toBe("NO_SOLUTION");
  });
  it("CUMIPMT/CUMPRINC domain: rate ≤ 0, start > end, end > nper, type 2", () => {
    expect(thrown(() => CUMIPMT(0, 360, 125000, 1, 2, 0)).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => CUMIPMT(0.01, 360, 125000, 5, 2, 0)).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => CUMIPMT(0.01, 360, 125000, 5, 361, 0)).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => CUMPRINC(0.01, 360, 125000, 1, 2, 2 as 1)).code).toBe("OUT_OF_DOMAIN");
  });
});

describe("dates", () => {
  it("Date, ISO string and 1900-system serial give the same XNPV; fractional serials are truncated", () => {
    const serials = [39448, 39508, 39751, 39859, 39904];
    const asDates = docDates.map((d) => new Date(d));
    const a = XNPV(0.09, docValues, docDates);
    expect(XNPV(0.09, docValues, serials)).toBe(a);
    expect(XNPV(0.09, docValues, asDates)).toBe(a);
    expect(XNPV(0.09, docValues, serials.map((s) => s + 0.75))).toBe(a);
    // A local-midnight Date reads as that calendar day too.
    expect(XNPV(0.09, docValues, docDates.map((d) => new Date(`${d}T00:00:00`)))).toBe(a);
  });
  it("serials 59 and 61 are 1900-02-28 and 1900-03-01: one real day apart", () => {
    // A year of 365 days from 1900-03-01 (serial 61) is 1901-03-01 (serial 426).
    near(XIRR([-100, 110], [61, 426]), 0.1, 1e-12);
    // From serial 59 (1900-02-28) to 1901-02-28 (serial 425) is also 365 real days.
    near(XIRR([-100, 110], [59, 425]), 0.1, 1e-12);
  });
});
