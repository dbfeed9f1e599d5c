// Schedules of any length answer at once: DB, VDB, CUMIPMT and CUMPRINC looped over the periods
// (as spreadsheets do), so a life or a term of 1e15 periods ran for days. Beyond LOOP_PERIODS
// they take closed forms, checked here against a 60-digit reference and against the loop.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, cumipmt, db, vdb } from "finmodel";
import { CUMIPMT, CUMPRINC, DB, DDB, VDB } from "finmodel/excel";
import { LOOP_PERIODS, cumulativeKernel } from "../../../src/metrics/tvm/kernels.js";
import { vdbKernel } from "../../../src/metrics/tvm/depreciation-kernels.js";

const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN });
type D = InstanceType<typeof D>;
/** A double's exact binary value. */
const d = (x: number): D => new D(x.toPrecision(100));

/** VDB from its definition, period by period, in 60 digits: the spreadsheet's loop without its rounding. */
function vdbReference(cost: number, salvage: number, life: number, start: number, end: number, factor: number, noSwitch: boolean): D {
  const c = d(cost);
  const s = d(salvage);
  const n = d(life);
  const rate = d(factor).div(n);
  const keep = new D(1).minus(rate);
  let accrued = new D(0);
  let straight: D | undefined;
  let atStart = new D(0);
  let atEnd = new D(0);
  const last = Math.ceil(end);
  for (let i = 1; i <= last; i++) {
    let p: D;
    if (straight) p = straight;
    else {
      const before = rate.gte(1) ? (i === 1 ? c : new D(0)) : c.times(keep.pow(i - 1));
      const after = rate.gte(1) ? new D(0) : c.times(keep.pow(i));
      p = D.max(new D(0), before.minus(D.max(after, s)));
      if (!noSwitch) {
        const line = c.minus(s).minus(accrued).div(n.minus(i - 1));
        if (line.gt(p)) straight = p = line;
      }
    }
    if (i === Math.floor(start) + 1) atStart = accrued.plus(d(start - Math.floor(start)).times(p));
    if (i === Math.floor(end) + 1) atEnd = accrued.plus(d(end - Math.floor(end)).times(p));
    accrued = accrued.plus(p);
  }
  if (Math.floor(start) >= last) atStart = accrued;
  if (Math.floor(end) >= last) atEnd = accrued;
  return atEnd.minus(atStart);
}

/** |got − ref|, relative to |ref| or, for a result near zero, to the cost. */
function error(got: number, ref: D, scale: number): number {
  const diff = d(got).minus(ref).abs();
  return diff.isZero() ? 0 : diff.div(D.max(ref.abs(), d(scale))).toNumber();
}

describe("schedules of 1e15 periods answer (they looped over every period)", () => {
  it("CUMPRINC over the whole loan repays the loan; CUMIPMT is n·PMT + pv", () => {
    const n = 1e15;
    expect(CUMPRINC(1e-9, n, 1000, 1, n, 0)).toBeCloseTo(-1000, 9);
    // 60 digits: PMT = −1000·r·g/(g − 1), g = (1 + r)^n; n·PMT + 1000 = −999,999,000.000000 (to 15 digits)
    expect(CUMIPMT(1e-9, n, 1000, 1, n, 0)).toBeCloseTo(-999_999_000, 5);
    expect(cumipmt(1e-9, n, 1000, 1, n).toNumber()).toBeCloseTo(-999_999_000, 5);
  });

  it("VDB over the whole life depreciates cost − salvage; DB of a late period is its closed form", () => {
    expect(VDB(1000, 100, 1e15, 0, 1e15)).toBeCloseTo(900, 6);
    expect(vdb(1000, 100, 1e15, 0, 1e15).toNumber()).toBeCloseTo(900, 6);
    // salvage 0: the rate is 1 − 0^(1/life) = 100 %, so period 1 takes everything and period 1e15 nothing
    expect(DB(1000, 0, 1e15, 1e15)).toBe(0);
    expect(db(1000, 0, 1e15, 1e15).toNumber()).toBe(0);
  });

  it("VDB over lives past 2^53 periods, where neighbouring doubles are more than a period apart (the bisection for the switch must still end)", () => {
    expect(VDB(1000, 100, 1e300, 0, 1e300)).toBeCloseTo(900, 9);
    expect(VDB(1000, 100, 2 ** 60, 0, 2 ** 60)).toBeCloseTo(900, 9);
    // From the middle of the life on, the book value 1000·e^(−1) goes down to the salvage of 1.
    expect(VDB(1000, 1, 1e20, 5e19, 1e20)).toBeCloseTo(1000 * Math.exp(-1) - 1, 9);
  });

  it("DDB over a long life keeps the digits of its small rate (1 − rate dropped them, and before − after cancelled)", () => {
    // 1000·r·(1 − r)^(5e14 − 1), r = 2/1e15, in 60 digits: 2e-12·e^(−1)·(1 + …)
    const r = new D(2).div(1e15);
    const ref = new D(1000).times(r).times(new D(1).minus(r).pow(5e14 - 1));
    expect(error(DDB(1000, 0, 1e15, 5e14), ref, 0)).toBeLessThanOrEqual(1e-12);
  });

  it("LibreOffice's CUMIPMT(1E-9; 1E8; 1000; 1; 1E8; 0) = −50.8331907711 loses digits in its loop; the closed form keeps them", () => {
    // 60 digits: n·PMT + pv = −50.833194977088503905575567…
    expect(error(CUMIPMT(1e-9, 1e8, 1000, 1, 1e8, 0), new D("-50.833194977088503905575567"), 0)).toBeLessThanOrEqual(1e-12);
  });
});

describe("DB in closed form", () => {
  it("equals the spreadsheet's period-by-period recursion, in 60 digits, over long lives", () => {
    for (const [cost, salvage, life, month] of [
      [1e6, 1e5, 6, 7],
      [1, 1e-300, 1e5, 12],
      [5000, 10, 400, 3],
    ] as const) {
      const rate = new D(Math.round((1 - (salvage / cost) ** (1 / life)) * 1000) / 1000);
      const c = d(cost);
      let total = c.times(rate).times(month).div(12);
      for (let p = 2; p <= Math.min(life, 5000); p++) {
        const full = c.minus(total).times(rate);
        if (p === 2 || p === 17 || p === Math.min(life, 5000)) {
          expect(error(DB(cost, salvage, life, p, month), full, 0), `DB(${cost}, ${salvage}, ${life}, ${p}, ${month})`).toBeLessThanOrEqual(1e-12);
        }
        total = total.plus(full);
      }
    }
  });
});

describe("the closed forms beyond LOOP_PERIODS", () => {
  it("LOOP_PERIODS is 10,000 periods", () => {
    expect(LOOP_PERIODS).toBe(10_000);
  });

  it("VDB: property, relative error ≤ 1e-9 (or 1e-12 of the cost near zero) against the 60-digit reference", () => {
    const schedule = fc
      .record({
        life: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0.3, max: 60, noNaN: true })),
        cost: fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1e6, noNaN: true })),
        salvageShare: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1.5, noNaN: true })),
        factor: fc.oneof(fc.constant(2), fc.double({ min: 0.05, max: 80, noNaN: true })),
        // where in the life the range starts and ends, in thousandths (no subnormal fractions)
        a: fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000),
        b: fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000),
        whole: fc.boolean(),
        noSwitch: fc.boolean(),
      })
      .map(({ life, cost, salvageShare, factor, a, b, whole, noSwitch }) => {
        let start = Math.min(a, b) * life;
        let end = Math.max(a, b) * life;
        if (whole) [start, end] = [Math.floor(start), Math.min(life, Math.ceil(end))];
        return { life, cost, salvage: cost * salvageShare, factor, start, end, noSwitch };
      });
    fc.assert(
      fc.property(schedule, ({ life, cost, salvage, factor, start, end, noSwitch }) => {
        const closed = vdbKernel(cost, salvage, life, start, end, factor, noSwitch, 0);
        const ref = vdbReference(cost, salvage, life, start, end, factor, noSwitch);
        expect(error(closed, ref, 1e-12 * cost)).toBeLessThanOrEqual(1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it("VDB: the vendors' examples, in closed form", () => {
    const closed = (...args: [number, number, number, number, number, number?, boolean?]) => {
      const [cost, salvage, life, start, end, factor = 2, noSwitch = false] = args;
      return vdbKernel(cost, salvage, life, start, end, factor, noSwitch, 0);
    };
    expect(closed(2400, 300, 10 * 365, 0, 1)).toBeCloseTo(1.32, 2);
    expect(closed(2400, 300, 10 * 12, 0, 1)).toBeCloseTo(40, 9);
    expect(closed(2400, 300, 10, 0, 1)).toBeCloseTo(480, 9);
    expect(closed(2400, 300, 10 * 12, 6, 18)).toBeCloseTo(396.31, 2);
    expect(closed(2400, 300, 10 * 12, 6, 18, 1.5)).toBeCloseTo(311.81, 2);
    expect(closed(2400, 300, 10, 0, 0.875, 1.5)).toBeCloseTo(315, 9);
    expect(closed(100, 10, 20, 10, 11, 2, true)).toBeCloseTo(3.49, 2);
    expect(closed(100, 33, 20, 10, 11, 2, false)).toBeCloseTo(1.87, 2);
  });

  it("CUMIPMT and CUMPRINC: property, the closed form agrees with the period-by-period sum", () => {
    const loan = fc
      .record({
        n: fc.integer({ min: 1, max: 400 }),
        r: fc.oneof(fc.double({ min: -0.9, max: 2, noNaN: true }), fc.double({ min: 1e-12, max: 1e-2, noNaN: true }), fc.constant(0)),
        a: fc.double({ min: 0, max: 1, noNaN: true }),
        b: fc.double({ min: 0, max: 1, noNaN: true }),
        type: fc.constantFrom(0 as const, 1 as const),
        which: fc.constantFrom(0 as const, 1 as const),
      })
      .map(({ n, r, a, b, type, which }) => {
        const start = 1 + Math.floor(Math.min(a, b) * (n - 1));
        const end = Math.max(start, 1 + Math.floor(Math.max(a, b) * (n - 1)));
        return { n, r, start, end, type, which };
      });
    fc.assert(
      fc.property(loan, ({ n, r, start, end, type, which }) => {
        const closed = cumulativeKernel(r, n, 125000, start, end, type, which, 0);
        const loop = cumulativeKernel(r, n, 125000, start, end, type, which, Number.POSITIVE_INFINITY);
        // Each period's part is accurate to a few ulps, so the loop is within about n ulps of the truth.
        expect(Math.abs(closed - loop)).toBeLessThanOrEqual(1e-12 * Math.max(Math.abs(loop), 1e-290) * (end - start + 2));
      }),
      { numRuns: 500 },
    );
  });
});
