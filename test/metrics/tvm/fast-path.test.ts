// The common case of IRR and XIRR runs a Newton loop of its own (kernels.ts) and reads
// serial numbers and Dates on a path of their own (dates.ts). These tests hold both to the
// general code: the same dates, the same roots, and every root passing the solver's root test
// where it is evaluated, not only where the fast path's bound says it passes.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { FinModelError, irr, money, toCalendarDate, xirr } from "finmodel";
import { IRR, XIRR } from "finmodel/excel";
import { ACCEPT, findRate, type RateEquation, rateOut } from "../../../src/metrics/solve.js";
import { dayNumbers, quickOffsets } from "../../../src/metrics/tvm/dates.js";
import { irrEquation, irrKernel, xirrEquation, xirrKernel } from "../../../src/metrics/tvm/kernels.js";

const SEARCH = { guess: 0.1, tolerance: 1e-10, maxIterations: 50, allRoots: false };
const DAY = 86_400_000;

/** |f| / Σ|terms| of an equation at r, evaluated. */
function residual(eq: RateEquation, r: number): number {
  const out = rateOut();
  eq(r, out);
  return Math.abs(out[0]!) / out[2]!;
}

/**
 * How far a root may move when every term of its equation moves by a relative 1e-12 (the bound
 * of the multiplied discount factors; float rounding is far below it): 1e-12·Σ|terms| / |f′| at
 * the root, and at least 1e-12·max(1, |r|). Where f′ is small against the terms (flows that
 * nearly cancel on the same day), no float evaluation tells such roots apart, and each passes
 * the root test.
 */
function rootSlack(eq: RateEquation, r: number): number {
  const out = rateOut();
  eq(r, out);
  return 1e-12 * Math.max(1, Math.abs(r)) + (1e-12 * out[2]!) / Math.abs(out[1]!);
}

const savedTz = process.env.TZ;
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe("a Date is read as its local calendar day on the fast path too", () => {
  // Zones on both sides of UTC, a half-hour one, ±13–14 h (where a local hour alone cannot
  // tell the day), one with daylight saving, and Apia, which moved across the date line.
  for (const tz of ["UTC", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Pacific/Apia", "Europe/London"]) {
    it(`in ${tz}: the day toCalendarDate gives, at every hour, from 1000 to 9999`, () => {
      process.env.TZ = tz;
      const reference = (d: Date) => {
        const c = toCalendarDate(d);
        return Date.UTC(c.year, c.month - 1, c.day) / DAY + 25_569;
      };
      const instants = fc.integer({ min: Date.UTC(1000, 0, 2), max: Date.UTC(9999, 11, 30) }).map((t) => new Date(t));
      fc.assert(
        fc.property(fc.array(instants, { minLength: 1, maxLength: 8 }), (dates) => {
          const sorted = [...dates].sort((a, b) => a.getTime() - b.getTime());
          expect(dayNumbers(sorted, sorted.length, true)).toEqual(sorted.map(reference));
        }),
        { numRuns: 300 },
      );
      // Apia skipped 2011-12-30: the local days of the instants around it.
      const around = [Date.UTC(2011, 11, 29, 9), Date.UTC(2011, 11, 29, 11), Date.UTC(2011, 11, 30, 12)].map((t) => new Date(t));
      expect(dayNumbers(around, 3, true)).toEqual(around.map(reference));
    });
  }

  it("XIRR of Dates equals XIRR of the ISO strings of their local days (Apia, across its skipped day)", () => {
    process.env.TZ = "Pacific/Apia";
    const dates = [new Date(2011, 11, 1), new Date(2011, 11, 29, 23), new Date(2011, 11, 31, 1), new Date(2012, 5, 1, 12)];
    const iso = dates.map((d) => {
      const c = toCalendarDate(d);
      return `${c.year}-${String(c.month).padStart(2, "0")}-${String(c.day).padStart(2, "0")}`;
    });
    expect(iso).toEqual(["2011-12-01", "2011-12-29", "2011-12-31", "2012-06-01"]);
    const values = [-1000, 300, 400, 500];
    expect(XIRR(values, dates)).toBe(XIRR(values, iso));
  });

  it("leaves to the general reader what it does not read: ISO strings, early serials, invalid Dates, a date before the first", () => {
    expect(quickOffsets([-1, 2], ["2020-01-01", "2021-01-01"], true)).toBeUndefined();
    expect(quickOffsets([-1, 2], [59, 425], true)).toBeUndefined();
    expect(quickOffsets([-1, 2], [new Date(Number.NaN), 425], true)).toBeUndefined();
    expect(quickOffsets([-1, 2], [43000, 42999], true)).toBeUndefined();
    expect(quickOffsets([-1, Number.NaN], [43000, 43001], true)).toBeUndefined();
    expect(quickOffsets([-1, 2], [43000, 43365.75], true)).toEqual({ flows: [-1, 2], offsets: [0, 365], longest: 365, widest: 365 });
    // Serials far below the first: their offsets are negative, whatever 32-bit wrapping would make of them.
    expect(quickOffsets([-1, 2], [43000, -1e300], true)).toBeUndefined();
    expect(quickOffsets([-1, 2], [43000, 43000 - 2 ** 32], true)).toBeUndefined();
    expect(() => XIRR([-1, 2], [43000, 43000 - 2 ** 32])).toThrow(expect.objectContaining({ code: "INVALID_PERIOD" }));
    // Flows the kernel would refuse or scale: one sign only, all zero, the subnormal range.
    expect(quickOffsets([1, 2], [43000, 43001], true)).toBeUndefined();
    expect(quickOffsets([0, 0], [43000, 43001], true)).toBeUndefined();
    expect(quickOffsets([-1e-300, 2e-300], [43000, 43365], true)).toBeUndefined();
    expect(quickOffsets([-(2 ** 100), 2 ** 100], [43000, 43365], true)).toEqual({ flows: [-(2 ** 100), 2 ** 100], offsets: [0, 365], longest: 365, widest: 365 });
    expect(XIRR([-1e-300, 2e-300], [43000, 43365])).toBeCloseTo(1, 12);
  });
});

/**
 * Flows with a root at `rate`: random flows after the first, the first making the NPV zero.
 * With `minLater` 0 the later flows are all ≥ 0, so the flows change sign once and the root is
 * the only one, and a simple one; with −500, several roots and double roots can occur.
 */
const withRoot = (times: (n: number) => fc.Arbitrary<number[]>, minLater = -500) =>
  fc
    .record({
      rate: fc.double({ min: -0.97, max: 3, noNaN: true }),
      n: fc.integer({ min: 3, max: 60 }),
    })
    .chain(({ rate, n }) =>
      fc.record({
        rate: fc.constant(rate),
        times: times(n),
        later: fc.array(fc.double({ min: minLater, max: 2000, noNaN: true }), { minLength: n - 1, maxLength: n - 1 }),
      }),
    )
    .filter(({ later }) => later.some((c) => c > 1))
    .map(({ rate, times: t, later }) => {
      const first = -later.reduce((s, c, i) => s + c * (1 + rate) ** -t[i + 1]!, 0);
      return { rate, times: t, flows: [first, ...later] };
    })
    .filter(({ flows }) => Number.isFinite(flows[0]!) && flows.some((c) => c < 0) && flows.some((c) => c > 0))
    // Non-zero flows all on one day make an equation that does not depend on the rate (every
    // rate is a root, and XIRR refuses two such flows with NO_SOLUTION): no root to find.
    .filter(({ flows, times: t }) => new Set(t.filter((_, i) => flows[i] !== 0)).size > 1);

const periods = (n: number) => fc.constant(Array.from({ length: n }, (_, i) => i));
const dayGaps = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 400 }), { minLength: n - 1, maxLength: n - 1 }).map((gaps) => {
    const days = [40_000];
    for (const g of gaps) days.push(days[days.length - 1]! + g);
    return days;
  });

/** The general solver's rate (Newton from the guess, then the full search), or undefined for NO_SOLUTION. */
function generalRate(eq: RateEquation, what: string): number | undefined {
  try {
    return findRate(eq, { what, ...SEARCH }).rate;
  } catch {
    return undefined;
  }
}

describe("the fast Newton loop", () => {
  it("IRR: its root is the general solver's root when the flows change sign once (one simple root)", () => {
    fc.assert(
      fc.property(withRoot(periods, 0), ({ flows }) => {
        const general = generalRate(irrEquation(flows), "IRR");
        expect(general).toBeDefined();
        const fast = irrKernel(flows, SEARCH).rate;
        expect(residual(irrEquation(flows), fast)).toBeLessThanOrEqual(ACCEPT);
        expect(Math.abs(fast - general!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(general!)));
      }),
      { numRuns: 300 },
    );
  });

  it("XIRR: the same, over dates up to 400 days apart (serial numbers through the spreadsheet face)", () => {
    fc.assert(
      fc.property(withRoot((n) => dayGaps(n).map((d) => d.map((x) => (x - d[0]!) / 365)), 0), ({ flows, times }) => {
        const general = generalRate(xirrEquation(flows, times), "XIRR");
        expect(general).toBeDefined();
        const fast = XIRR(flows, times.map((t) => 40_000 + Math.round(t * 365)));
        expect(residual(xirrEquation(flows, times), fast)).toBeLessThanOrEqual(ACCEPT);
        // 1e-12, not the search's 1e-10: from 16 flows the factors are multiplied (a few 1e-13 off).
        expect(Math.abs(fast - general!)).toBeLessThanOrEqual(rootSlack(xirrEquation(flows, times), general!));
      }),
      { numRuns: 300 },
    );
  });

  // With several sign changes the roots may be several or double; near a double root two
  // Newton runs that round differently stop at different points of the flat NPV, both roots
  // by the test (so only the test and the outcome are compared).
  it("IRR, flows of either sign: a rate exactly when the general solver finds one, passing the root test where evaluated", () => {
    fc.assert(
      fc.property(withRoot(periods), ({ flows }) => {
        let general: number | undefined;
        try {
          general = findRate(irrEquation(flows), { what: "IRR", ...SEARCH }).rate;
        } catch {
          general = undefined;
        }
        let fast: number | undefined;
        try {
          fast = irrKernel(flows, SEARCH).rate;
        } catch {
          fast = undefined;
        }
        expect(fast === undefined).toBe(general === undefined);
        if (fast === undefined || general === undefined) return;
        expect(residual(irrEquation(flows), fast)).toBeLessThanOrEqual(ACCEPT);
      }),
      { numRuns: 400 },
    );
  });

  it("XIRR, flows of either sign: the same, and the one-pass reader agrees with the general one", () => {
    fc.assert(
      fc.property(withRoot((n) => dayGaps(n).map((d) => d.map((x) => (x - d[0]!) / 365))), ({ flows, times }) => {
        const serials = times.map((t) => 40_000 + Math.round(t * 365));
        let general: number | undefined;
        try {
          general = findRate(xirrEquation(flows, times), { what: "XIRR", ...SEARCH }).rate;
        } catch {
          general = undefined;
        }
        let fast: number | undefined;
        try {
          fast = XIRR(flows, serials);
        } catch {
          fast = undefined;
        }
        expect(fast === undefined).toBe(general === undefined);
        if (fast === undefined || general === undefined) return;
        expect(residual(xirrEquation(flows, times), fast)).toBeLessThanOrEqual(ACCEPT);
        // The general reader gives the same answer as the one-pass reader.
        expect(xirrKernel(flows, dayNumbers(serials, serials.length, true), SEARCH).rate).toBe(fast);
      }),
      { numRuns: 400 },
    );
  });

  // XIRR's loop multiplies discount factors along the dates (kernels.ts): these hold it to the
  // equation evaluated with an exponential per flow where the chain is at its longest (a table
  // of 400 days, runs of thousands of days), where it breaks (a step backwards, a step wider than
  // the table) and on a thousand flows, where its rounding builds up most.
  const scatteredDays = (n: number) =>
    fc
      .array(fc.oneof(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 20_000 })), { minLength: n - 1, maxLength: n - 1 })
      .map((later) => [0, ...later]);
  const longRuns = (n: number) =>
    fc.array(fc.oneof(fc.constant(400), fc.integer({ min: 1, max: 400 }), fc.constant(0)), { minLength: n - 1, maxLength: n - 1 }).map((gaps) => {
      const days = [0];
      for (const g of gaps) days.push(days[days.length - 1]! + g);
      return days;
    });
  for (const [name, days] of [
    ["dates in any order after the first, steps wider than the table", scatteredDays],
    ["steps of up to 400 days, in runs as long as the chain allows", longRuns],
  ] as const) {
    it(`XIRR's multiplied factors, ${name}: the root passes the root test evaluated with exponentials`, () => {
      fc.assert(
        fc.property(
          withRoot((n) => days(n).map((d) => d.map((x) => x / 365)), 0),
          ({ flows, times }) => {
            const serials = times.map((t) => 40_000 + Math.round(t * 365));
            const general = generalRate(xirrEquation(flows, times), "XIRR");
            expect(general).toBeDefined();
            const fast = XIRR(flows, serials);
            expect(residual(xirrEquation(flows, times), fast)).toBeLessThanOrEqual(ACCEPT);
            expect(Math.abs(fast - general!)).toBeLessThanOrEqual(rootSlack(xirrEquation(flows, times), general!));
          },
        ),
        { numRuns: 300 },
      );
    });
  }

  it("XIRR's multiplied factors on an ill-conditioned equation: a root of the root test, within what the equation can tell", () => {
    // Found by the property above: −A and B ≈ A on the first day nearly cancel, and a flow of
    // 8.8e-8 ≈ A − B 33.7 years later decides the root (−5.69e-8 to 20 digits). f′ is 3e-6
    // against terms of 2,048, so float evaluations (an ulp of 1,024 is 2.3e-13) leave the root
    // uncertain by about 1e-7, and the general solver and the fast loop land 7.6e-11 apart.
    const times = [0, 0, 0, 0, 12_303 / 365, ...Array<number>(12).fill(0), 5_088 / 365, 0, 0, 0, 0];
    const flows = [-1024.0005029542542, 0, 0, 0, 8.841303028938136e-8, 0, 0, 0, 0, 0, 0, 0, 0, 1024.000502865841, 0, 0, 0, 0, 0, 0, 0, 0];
    const eq = xirrEquation(flows, times);
    const general = generalRate(eq, "XIRR")!;
    const fast = XIRR(flows, times.map((t) => 40_000 + Math.round(t * 365)));
    for (const r of [general, fast]) {
      expect(residual(eq, r)).toBeLessThanOrEqual(ACCEPT);
      expect(Math.abs(r - -5.694743294703690e-8)).toBeLessThan(1e-7);
    }
    expect(Math.abs(fast - general)).toBeLessThanOrEqual(rootSlack(eq, general));
    expect(rootSlack(eq, general)).toBeGreaterThan(1e-5); // the slack is the equation's, not a loose constant
  });

  it("XIRR's multiplied factors over a thousand daily to monthly flows: the root of the equation evaluated with exponentials", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.double({ min: -0.5, max: 2, noNaN: true }), fc.integer({ min: 1, max: 2 ** 30 }), (gap, rate, seed) => {
        let state = seed;
        const next = () => {
          state = (state * 1103515245 + 12345) % 2147483648;
          return state / 2147483648;
        };
        const n = 1000;
        const times = Array.from({ length: n }, (_, i) => (i * gap + (i > 0 && next() < 0.3 ? 1 : 0)) / 365);
        const later = times.slice(1).map(() => Math.round(next() * 1000));
        const first = -later.reduce((s, c, i) => s + c * (1 + rate) ** -times[i + 1]!, 0);
        const flows = [first, ...later];
        if (!Number.isFinite(first) || !(first < 0)) return;
        const serials = times.map((t) => 40_000 + Math.round(t * 365));
        const fast = XIRR(flows, serials);
        expect(residual(xirrEquation(flows, times), fast)).toBeLessThanOrEqual(ACCEPT);
        expect(Math.abs(fast - rate)).toBeLessThanOrEqual(1e-8 * Math.max(1, Math.abs(rate)));
      }),
      { numRuns: 60 },
    );
  });

  it("the finmodel face reads Dates and plain numbers in one pass too, and never serial numbers", () => {
    expect(quickOffsets([-1, 2], [43000, 43365], false)).toBeUndefined();
    const dates = [new Date(2020, 0, 1), new Date(2020, 6, 1), new Date(2021, 0, 1)];
    expect(quickOffsets([-1, 0.5, 0.7], dates, false)).toEqual({ flows: [-1, 0.5, 0.7], offsets: [0, 182, 366], longest: 366, widest: 184 });
    // The same root by both readers: plain numbers in one pass, and Money through amountsIn.
    const flows = [-1000, 400, 750];
    const usd = flows.map((a) => money(a, "USD"));
    expect(xirr(flows, dates).value.toString()).toBe(xirr(usd, dates).value.toString());
    expect(xirr(flows, dates).value.toString()).toBe(xirr(flows, dates, { basis: "ACT/365F" }).value.toString());
  });

  // The finmodel face and XIRR copy the flows (a typed face's copy is of values it reads anyway);
  // the spreadsheet IRR and NPV check the caller's array in place and read it on every pass, since
  // a copy of 1,000 flows costs IRR about a third of its time.
  it("reads each flow and date once (a Proxy over them sees one read per element), so the kernels see the values checked", () => {
    const counting = (values: number[]) => {
      const reads = new Map<string, number>();
      const proxy = new Proxy(values, {
        get(target, key, receiver) {
          if (typeof key === "string" && /^\d+$/.test(key)) reads.set(key, (reads.get(key) ?? 0) + 1);
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
      return { proxy, reads };
    };
    const flows = [-1000, 300, 400, 500];
    const dates = [new Date(2020, 0, 1), new Date(2020, 6, 1), new Date(2021, 0, 1), new Date(2021, 6, 1)];
    for (const [name, run] of [
      ["irr", (v: number[]) => irr(v).value.toNumber()],
      ["xirr", (v: number[]) => xirr(v, dates).value.toNumber()],
      ["XIRR", (v: number[]) => XIRR(v, dates)],
    ] as const) {
      const { proxy, reads } = counting([...flows]);
      expect(run(proxy), name).toBe(run([...flows]));
      expect([...reads.values()].every((n) => n === 1), `${name} reads ${JSON.stringify([...reads])}`).toBe(true);
    }
    // The dates too, as Dates and as serial numbers.
    const serials = [43831, 44013, 44197, 44378];
    for (const [name, run] of [
      ["xirr", (d: unknown[]) => xirr(flows, d as Date[]).value.toNumber()],
      ["XIRR", (d: unknown[]) => XIRR(flows, d as Date[])],
      ["XIRR, serial numbers", (d: unknown[]) => XIRR(flows, d as number[])],
    ] as const) {
      const given = name.endsWith("numbers") ? serials : dates;
      const { proxy, reads } = counting(given as never);
      expect(run(proxy), name).toBe(run([...given]));
      expect([...reads.values()].every((n) => n === 1), `${name} reads its dates ${JSON.stringify([...reads])}`).toBe(true);
    }
  });

  it("near −100%, from guesses near and far, the root holds", () => {
    // −1 + 0.0001·v + 0.0001·v² = 0 with v = 1/(1+r): v = (√40001 − 1)/2 = 99.50125, r ≈ −0.98995.
    const flows = [-1, 0.0001, 0.0001];
    const v = (Math.sqrt(1 + 4 / 0.0001) - 1) / 2;
    const exact = 1 / v - 1;
    expect(exact).toBeCloseTo(-0.98995, 5);
    for (const guess of [-0.9899, -0.98, 0.1]) {
      const r = IRR(flows, guess);
      expect(Math.abs(r - exact)).toBeLessThan(1e-12);
      expect(residual(irrEquation(flows), r)).toBeLessThanOrEqual(ACCEPT);
    }
  });

  it("with a loose tolerance (a last step too long for the bound to vouch for) the rate is evaluated, and a non-root goes to the full search", () => {
    const flows = [-70000, 12000, 15000, 18000, 21000, 26000];
    const dated = [-10000, 2750, 4250, 3250, 2750];
    const days = [39448, 39508, 39751, 39859, 39904];
    for (const tolerance of [1e-3, 1e-2, 0.1, 0.5]) {
      const search = { ...SEARCH, tolerance };
      const r = irrKernel(flows, search).rate;
      expect(residual(irrEquation(flows), r)).toBeLessThanOrEqual(ACCEPT);
      // The spreadsheet help's IRR of these flows, 8.6630948%, and XIRR's exact root 0.37336253352.
      expect(Math.abs(r - 0.086630948)).toBeLessThan(5e-10);
      const years = days.map((d) => (d - days[0]!) / 365);
      const x = xirrKernel(dated, [...days], search).rate;
      expect(residual(xirrEquation(dated, years), x)).toBeLessThanOrEqual(ACCEPT);
      expect(Math.abs(x - 0.37336253352)).toBeLessThan(1e-10);
    }
  });
});

describe("flows or dates that cannot be read", () => {
  const unreadable = (values: unknown[]) =>
    new Proxy(values, {
      get(target, key, receiver) {
        if (key === "1") throw new Error("hostile input");
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  const flows = [-1000, 300, 400, 500];
  const dates = [new Date(2020, 0, 1), new Date(2020, 6, 1), new Date(2021, 0, 1), new Date(2021, 6, 1)];
  const serials = [43831, 44013, 44197, 44378];

  it("are refused with a FinModelError naming the argument, on both faces, never a raw error", () => {
    const cases: [string, () => unknown, string][] = [
      ["irr", () => irr(unreadable([...flows]) as number[]), "flows"],
      ["xirr flows", () => xirr(unreadable([...flows]) as number[], dates), "flows"],
      ["xirr dates", () => xirr(flows, unreadable([...dates]) as Date[]), "dates"],
      ["IRR", () => IRR(unreadable([...flows]) as number[]), "values"],
      ["XIRR values", () => XIRR(unreadable([...flows]) as number[], serials), "values"],
      ["XIRR dates", () => XIRR(flows, unreadable([...serials]) as number[]), "dates"],
      ["XIRR Date dates", () => XIRR(flows, unreadable([...dates]) as Date[]), "dates"],
    ];
    for (const [name, call, path] of cases) {
      let error: unknown;
      try {
        call();
      } catch (e) {
        error = e;
      }
      expect(error, name).toBeInstanceOf(FinModelError);
      expect((error as FinModelError).code, name).toBe("OUT_OF_DOMAIN");
      expect((error as FinModelError).path, name).toBe(path);
    }
  });
});
