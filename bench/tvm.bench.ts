// Side-by-side timings of the spreadsheet face against peer libraries.
// Run (after npm run build: the benchmarks time dist/): npx vitest bench --run bench/tvm.bench.ts
import * as formulajs from "@formulajs/formulajs";
import * as financial from "financial";
import { bench, describe } from "vitest";
// @ts-expect-error -- the xirr package ships no type declarations
import xirrPeer from "xirr";
import { xirr, irr } from "finmodel";
import { FV, IRR, NPER, PMT, PV, RATE, XIRR } from "finmodel/excel";

// 50 irregular flows: an outlay, then 49 mostly positive flows 5–60 days apart
// (deterministic pseudo-random, so every run times the same input).
let seed = 42;
const next = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const values: number[] = [-10000];
const dates: Date[] = [new Date(Date.UTC(2020, 0, 15))];
for (let i = 1; i < 50; i++) {
  values.push(Math.round((next() < 0.1 ? -200 : 300) + next() * 200));
  dates.push(new Date(dates[i - 1]!.getTime() + Math.round(5 + next() * 55) * 86_400_000));
}
// Every result goes to an exported binding, so that no engine can drop a call whose result
// is unused (pure peer code would otherwise be timed at the harness floor). The closed forms
// also get a rate that moves in the 7th decimal, the same for every library, so that no call
// is constant-folded.
export let sink: unknown;
let tick = 0;
const jitter = () => (tick++ & 15) * 1e-9;

const transactions = values.map((amount, i) => ({ amount, when: dates[i]! }));
const periodic = [...values];

describe("XIRR, 50 irregular flows", () => {
  bench("finmodel/excel XIRR", () => {
    sink = XIRR(values, dates);
  });
  bench("xirr", () => {
    sink = xirrPeer(transactions);
  });
  bench("formulajs XIRR", () => {
    sink = formulajs.XIRR(values, dates);
  });
});

// ---------------------------------------------------------------------------------------------
// The floor: a bare Newton iteration with the analytic derivative over Float64Arrays, from the
// same start (0.1) with the same stopping rule (a step ≤ 1e-10·max(1, |r|)), on the same flows.
// No argument checks, no fallback, no root verification: what the arithmetic alone costs.

function floorXirr(values: Float64Array, years: Float64Array): number {
  let r = 0.1;
  for (let it = 0; it < 50; it++) {
    const l = Math.log1p(r);
    let f = 0;
    let d = 0;
    for (let i = 0; i < values.length; i++) {
      const t = years[i]!;
      const c = values[i]! * Math.exp(-t * l);
      f += c;
      d -= t * c;
    }
    const next = r - (f * (1 + r)) / d;
    if (Math.abs(next - r) <= 1e-10 * Math.max(1, Math.abs(next))) return next;
    r = next;
  }
  return Number.NaN;
}

function floorIrr(values: Float64Array): number {
  let r = 0.1;
  for (let it = 0; it < 50; it++) {
    const v = 1 / (1 + r);
    let pw = 1;
    let f = 0;
    let d = 0;
    for (let i = 0; i < values.length; i++) {
      const c = values[i]! * pw;
      f += c;
      d -= i * c;
      pw *= v;
    }
    const next = r - f / (d * v);
    if (Math.abs(next - r) <= 1e-10 * Math.max(1, Math.abs(next))) return next;
    r = next;
  }
  return Number.NaN;
}

/**
 * A random walk of flows in the manner of pyxirr's public rw-50 / rw-1000 samples (generated
 * here, not copied): an outlay, then amounts of either sign on dates 1–30 days apart, with a
 * drift that makes the annual rate moderate.
 */
function randomWalk(n: number, seedValue: number) {
  let state = seedValue;
  const rand = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const amounts: number[] = [-400 * n];
  const when: Date[] = [new Date(Date.UTC(2015, 0, 1))];
  for (let i = 1; i < n; i++) {
    amounts.push(Math.round((rand() - 0.25) * 2000 * 100) / 100 + 25);
    when.push(new Date(when[i - 1]!.getTime() + Math.ceil(rand() * 30) * 86_400_000));
  }
  const years = Float64Array.from(when, (d) => (d.getTime() - when[0]!.getTime()) / 86_400_000 / 365);
  // The same dates as spreadsheet serial numbers (days since 1899-12-30).
  const serials = when.map((d) => d.getTime() / 86_400_000 + 25_569);
  return { amounts, when, serials, values: Float64Array.from(amounts), years };
}

for (const n of [50, 1000]) {
  const rw = randomWalk(n, n);
  describe(`XIRR against the floor, rw-${n}`, () => {
    bench("floor: bare Newton over Float64Arrays", () => {
      sink = floorXirr(rw.values, rw.years);
    });
    bench("finmodel/excel XIRR", () => {
      sink = XIRR(rw.amounts, rw.when);
    });
    bench("finmodel/excel XIRR, serial-number dates", () => {
      sink = XIRR(rw.amounts, rw.serials);
    });
    bench("finmodel xirr", () => {
      sink = xirr(rw.amounts, rw.when);
    });
  });
  describe(`IRR against the floor, ${n} periodic flows`, () => {
    // The same amounts as periodic flows after an outlay of 10,000: an IRR of about 5% a period.
    const periodic = Float64Array.from(rw.amounts, (c, i) => (i === 0 ? -10000 : c));
    const plain = Array.from(periodic);
    bench("floor: bare Newton over a Float64Array", () => {
      sink = floorIrr(periodic);
    });
    bench("finmodel/excel IRR", () => {
      sink = IRR(plain);
    });
    bench("finmodel irr", () => {
      sink = irr(plain);
    });
  });
}

describe("IRR, 50 flows", () => {
  bench("finmodel/excel IRR", () => {
    sink = IRR(periodic);
  });
  bench("financial irr", () => {
    sink = financial.irr(periodic);
  });
  bench("formulajs IRR", () => {
    sink = formulajs.IRR(periodic);
  });
});

describe("RATE(48, -200, 8000)", () => {
  bench("finmodel/excel RATE", () => {
    sink = RATE(48, -200, 8000);
  });
  bench("financial rate", () => {
    sink = financial.rate(48, -200, 8000, 0);
  });
  bench("formulajs RATE", () => {
    sink = formulajs.RATE(48, -200, 8000);
  });
});

describe("PMT", () => {
  bench("finmodel/excel PMT", () => {
    sink = PMT(0.08 / 12 + jitter(), 10, 10000);
  });
  bench("financial pmt", () => {
    sink = financial.pmt(0.08 / 12 + jitter(), 10, 10000);
  });
  bench("formulajs PMT", () => {
    sink = formulajs.PMT(0.08 / 12 + jitter(), 10, 10000);
  });
});

describe("PV", () => {
  bench("finmodel/excel PV", () => {
    sink = PV(0.08 / 12 + jitter(), 240, 500);
  });
  bench("financial pv", () => {
    sink = financial.pv(0.08 / 12 + jitter(), 240, 500);
  });
  bench("formulajs PV", () => {
    sink = formulajs.PV(0.08 / 12 + jitter(), 240, 500);
  });
});

describe("FV", () => {
  bench("finmodel/excel FV", () => {
    sink = FV(0.06 / 12 + jitter(), 10, -200, -500, 1);
  });
  bench("financial fv", () => {
    sink = financial.fv(0.06 / 12 + jitter(), 10, -200, -500, financial.PaymentDueTime.Begin);
  });
  bench("formulajs FV", () => {
    sink = formulajs.FV(0.06 / 12 + jitter(), 10, -200, -500, 1);
  });
});

describe("NPER", () => {
  bench("finmodel/excel NPER", () => {
    sink = NPER(0.01 + jitter(), -100, -1000, 10000, 1);
  });
  bench("financial nper", () => {
    sink = financial.nper(0.01 + jitter(), -100, -1000, 10000, financial.PaymentDueTime.Begin);
  });
  bench("formulajs NPER", () => {
    sink = formulajs.NPER(0.01 + jitter(), -100, -1000, 10000, 1);
  });
});
