// Random numbers in every numeric argument: each function answers a finite value or refuses
// with a FinModelError, never a raw error (a DecimalError from a root past Decimal's range
// escaped `cagr`), a NaN or an Infinity. The bad-input sweep (sweep.test.ts) covers values of
// the wrong type; this covers values of the right type anywhere in their range, the extremes
// included (1e300, 5e-324, 1e15 periods: DB, VDB, CUMIPMT and CUMPRINC looped for days).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as excel from "finmodel/excel";
import { FinModelError } from "finmodel";
import * as metrics from "../../src/metrics/index.js";
import { endsWithin } from "../support/watchdog.js";

/** Far above any property's time here (seconds at most): a loop that regresses to never ending fails, naming its call, rather than hanging the run. */
const LIMIT_MS = 120_000;
/** The call under way, described only if the watchdog stops it. */
let running = () => "no call yet";
const endsInTime = (property: () => void) => endsWithin(LIMIT_MS, property, () => running());

/** Numbers across the whole range, the edges and a spreadsheet's usual sizes, plus numeric strings and a bigint for the typed face. */
const anyNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -2, max: 2, noNaN: true }),
  fc.constantFrom(0, -0, 1, -1, 0.5, -0.5, 2, 10, 100, 1e15, -0.9999999, 1e-300, -1e-300, 1e300, -1e300, 5e-324),
);
const typedNumber = fc.oneof(anyNumber, fc.constantFrom<unknown>("1e15", "1e-15", "1e100", "-1e100", "0.1", 10n ** 20n));

/** Fails with `what` when one call answers or refuses badly. */
function expectSound(call: () => unknown, what: () => string): void {
  running = what;
  expect(problem(call), what()).toBeUndefined();
}

/** What went wrong with one call, or undefined when it answered well or refused well. */
function problem(call: () => unknown): string | undefined {
  let v: unknown;
  try {
    v = call();
  } catch (e) {
    return e instanceof FinModelError ? undefined : `threw ${String(e)}`;
  }
  if (typeof v === "number") return Number.isFinite(v) ? undefined : `returned ${v}`;
  const text = JSON.stringify(v, (_, x: unknown) => (typeof x === "bigint" ? String(x) : x)) ?? "";
  return /NaN|Infinity/.test(text) ? `returned ${text.slice(0, 200)}` : undefined;
}

function checkAll(fns: Record<string, unknown>, numbers: fc.Arbitrary<unknown>, arity: (name: string, f: (...args: unknown[]) => unknown) => readonly number[]) {
  for (const [name, f] of Object.entries(fns)) {
    if (typeof f !== "function") continue;
    const fn = f as (...args: unknown[]) => unknown;
    for (const n of arity(name, fn)) {
      it(`${name} with ${n} random numbers`, () => {
        endsInTime(() => fc.assert(
          fc.property(fc.array(numbers, { minLength: n, maxLength: n }), (args) => {
            expectSound(() => fn(...args), () => `${name}(${args.map(String).join(", ")})`);
          }),
          { numRuns: 150 },
        ));
      });
    }
  }
}

// Each spreadsheet function with its required arguments up to all of them (the array ones get arrays below).
const EXCEL_ARITY: Record<string, readonly [number, number]> = {
  DB: [4, 5], DDB: [4, 5], SLN: [3, 3], SYD: [4, 4], VDB: [5, 7], CUMIPMT: [6, 6], CUMPRINC: [6, 6], EFFECT: [2, 2], FV: [3, 5], IPMT: [4, 6],
  ISPMT: [4, 4], NOMINAL: [2, 2], NPER: [3, 5], PDURATION: [3, 3], PMT: [3, 5], PPMT: [4, 6], PV: [3, 5], RATE: [3, 6], RRI: [3, 3],
};

describe("the spreadsheet face, random numbers in every argument", () => {
  it("lists every scalar function of finmodel/excel", () => {
    const arrays = new Set(["IRR", "MIRR", "NPV", "XIRR", "XNPV", "FVSCHEDULE"]);
    const scalar = Object.keys(excel).filter((k) => typeof (excel as Record<string, unknown>)[k] === "function" && !arrays.has(k));
    expect(scalar.sort()).toEqual(Object.keys(EXCEL_ARITY).sort());
  });
  checkAll(
    Object.fromEntries(Object.entries(excel).filter(([k]) => k in EXCEL_ARITY)),
    anyNumber,
    (name) => {
      const [lo, hi] = EXCEL_ARITY[name]!;
      return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
    },
  );
  it("IRR, MIRR, NPV and FVSCHEDULE with random flows and rates", () => {
    endsInTime(() => fc.assert(
      fc.property(fc.array(anyNumber, { maxLength: 12 }), anyNumber, anyNumber, (flows, a, b) => {
        for (const [name, call] of [
          ["IRR", () => excel.IRR(flows, a)],
          ["MIRR", () => excel.MIRR(flows, a, b)],
          ["NPV", () => excel.NPV(a, ...flows)],
          ["FVSCHEDULE", () => excel.FVSCHEDULE(a, flows)],
        ] as const) {
          expectSound(call, () => `${name}(${[flows.join(", "), a, b].join("; ")})`);
        }
      }),
      { numRuns: 400 },
    ));
  });
});

describe("the depreciation schedules, valid arguments across the whole range", () => {
  // Random numbers rarely make a valid schedule (start ≤ end ≤ life): these do, with lives up
  // to 1e300 periods, where VDB's search for its switch once never ended.
  const schedule = fc.record({
    cost: fc.oneof(fc.double({ min: 0, max: 1e300, noNaN: true }), fc.constantFrom(0, 1000)),
    share: fc.double({ min: 0, max: 1.5, noNaN: true }),
    life: fc.oneof(fc.double({ min: 1, max: 1e300, noNaN: true }), fc.integer({ min: 1, max: 50 }), fc.constantFrom(2 ** 53, 2 ** 60, 1e15, 1e20)),
    factor: fc.oneof(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.constant(2)),
    a: fc.double({ min: 0, max: 1, noNaN: true }),
    b: fc.double({ min: 0, max: 1, noNaN: true }),
    noSwitch: fc.boolean(),
  });
  it("VDB, DDB and DB answer or refuse, and end", () => {
    endsInTime(() => fc.assert(
      fc.property(schedule, ({ cost, share, life, factor, a, b, noSwitch }) => {
        const salvage = cost * share;
        const [start, end] = [Math.min(a, b) * life, Math.max(a, b) * life];
        const period = Math.max(1, Math.ceil(b * life));
        for (const [name, call] of [
          ["VDB", () => excel.VDB(cost, salvage, life, start, end, factor, noSwitch)],
          ["DDB", () => excel.DDB(cost, salvage, life, Math.min(period, life), factor)],
          ["DB", () => excel.DB(cost, salvage, Math.ceil(life), Math.min(period, Math.ceil(life)))],
        ] as const) {
          expectSound(call, () => `${name}(${[cost, salvage, life, start, end, factor, noSwitch].join(", ")})`);
        }
      }),
      { numRuns: 500 },
    ));
  });
});

describe("the cumulative payment splits, valid arguments across the whole range", () => {
  const loan = fc.record({
    rate: fc.oneof(fc.double({ min: 1e-15, max: 10, noNaN: true }), fc.double({ min: 1e-300, max: 1e-15, noNaN: true })),
    nper: fc.oneof(fc.integer({ min: 1, max: 500 }), fc.double({ min: 1, max: 1e15, noNaN: true }).map(Math.floor)),
    pv: fc.oneof(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), fc.constant(1000)),
    a: fc.double({ min: 0, max: 1, noNaN: true }),
    b: fc.double({ min: 0, max: 1, noNaN: true }),
    type: fc.constantFrom(0, 1),
  });
  it("CUMIPMT and CUMPRINC answer or refuse, and end, for terms up to 1e15 periods", () => {
    endsInTime(() => fc.assert(
      fc.property(loan, ({ rate, nper, pv, a, b, type }) => {
        const start = 1 + Math.floor(Math.min(a, b) * (nper - 1));
        const end = Math.max(start, 1 + Math.floor(Math.max(a, b) * (nper - 1)));
        for (const [name, call] of [
          ["CUMIPMT", () => excel.CUMIPMT(rate, nper, pv, start, end, type)],
          ["CUMPRINC", () => excel.CUMPRINC(rate, nper, pv, start, end, type)],
        ] as const) {
          expectSound(call, () => `${name}(${[rate, nper, pv, start, end, type].join(", ")})`);
        }
      }),
      { numRuns: 500 },
    ));
  });
});

describe("the typed face, random numbers in every positional argument", () => {
  // comps, mix and the record-taking functions get numbers where records belong: refused, which is checked too.
  checkAll(metrics, typedNumber, (_, f) => [Math.min(Math.max(f.length, 1), 6)]);
});
