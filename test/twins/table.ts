// THE table of twins: every formula that finmodel computes twice, once exactly
// (Decimal) and once in float64 (for simulation, grids and spreadsheet parity).
// test/twins/twins.test.ts walks it: both faces on generated inputs, and on bad
// inputs (the same error code). A formula computed twice anywhere else is a bug:
// write it once (as the tvm functions and their spreadsheet names share one
// float kernel, listed in SHARED_KERNELS) or add the pair here.
import fc from "fast-check";
import { cagr, compound, fv, psTargetPrice, psTargetPriceFloat, rri } from "finmodel";

/** A formula with a Decimal face and a float64 face over the same inputs. */
export interface Twin<I> {
  /** What the formula is. */
  readonly name: string;
  /** The exact face (its result read as a number). */
  readonly decimal: (input: I) => number;
  /** The float64 face. */
  readonly float: (input: I) => number;
  /** The exported names of the two faces (the test checks no other twin exists). */
  readonly faces: readonly [decimal: string, float: string];
  /** Inputs where both faces must agree to `tolerance` (relative). */
  readonly inputs: fc.Arbitrary<I>;
  readonly tolerance: number;
  /** Inputs both faces must refuse with the same FinModelError code. */
  readonly bad: readonly I[];
}

const n = (x: { toString(): string } | { value: { toString(): string } }) => Number(("value" in x ? x.value : x).toString());
const positive = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

interface Ps {
  revenue: number;
  multiple: number;
  fx: number;
  shares: number;
}
interface Growth {
  from: number;
  to: number;
  years: number;
}
interface Compounding {
  value: number;
  rate: number;
  years: number;
}

const psTarget: Twin<Ps> = {
  name: "P/S target price: revenue × multiple × fx / shares",
  faces: ["psTargetPrice", "psTargetPriceFloat"],
  decimal: (x) => n(psTargetPrice(x)),
  float: (x) => psTargetPriceFloat(x),
  inputs: fc.record({ revenue: positive(0, 1e12), multiple: positive(0, 500), fx: positive(1e-3, 1e3), shares: positive(1, 1e11) }),
  tolerance: 1e-12,
  bad: [
    { revenue: 7e8, multiple: 54, fx: 7.8, shares: 0 },
    { revenue: 7e8, multiple: 54, fx: 7.8, shares: -1 },
    { revenue: -1, multiple: 54, fx: 7.8, shares: 3e8 },
    { revenue: 7e8, multiple: -54, fx: 7.8, shares: 3e8 },
    { revenue: 7e8, multiple: 54, fx: 0, shares: 3e8 },
    { revenue: Number.NaN, multiple: 54, fx: 7.8, shares: 3e8 },
    { revenue: 7e8, multiple: Number.POSITIVE_INFINITY, fx: 7.8, shares: 3e8 },
  ],
};

const growth: Twin<Growth> = {
  name: "CAGR: (to / from)^(1 / years) − 1",
  faces: ["cagr", "rri"],
  decimal: (x) => n(cagr(x.from, x.to, x.years)),
  float: (x) => n(rri(x.years, x.from, x.to)),
  // to / from within [1e-3, 1e3]: for a steeper fall the float face's log1p((to − from) / from)
  // loses digits (1 + x is tiny), so the faces agree only to about 1e-7 there.
  inputs: fc
    .record({ from: positive(1e-3, 1e12), ratio: positive(1e-3, 1e3), years: positive(0.1, 100) })
    .map(({ from, ratio, years }) => ({ from, to: from * ratio, years })),
  tolerance: 1e-9,
  bad: [
    { from: 100, to: 121, years: 0 },
    { from: 100, to: 121, years: -2 },
    { from: 0, to: 121, years: 2 },
    { from: -100, to: 121, years: 2 },
    { from: Number.NaN, to: 121, years: 2 },
    { from: 100, to: Number.POSITIVE_INFINITY, years: 2 },
  ],
};

const compounding: Twin<Compounding> = {
  name: "Compounding: value × (1 + rate)^years (the spreadsheet FV with no payments)",
  faces: ["compound", "fv"],
  decimal: (x) => n(compound(x.value, x.rate, x.years)),
  float: (x) => n(fv(x.rate, x.years, 0, { pv: -x.value })),
  // years > 0: compound also discounts (years < 0) and takes 0 years, where fv wants nper > 0
  inputs: fc.record({ value: positive(-1e12, 1e12), rate: positive(-0.99, 5), years: positive(0.01, 50) }),
  tolerance: 1e-9,
  bad: [
    { value: 100, rate: -1, years: 2 },
    { value: 100, rate: -1.5, years: 2 },
    { value: Number.NaN, rate: 0.1, years: 2 },
    { value: 100, rate: Number.POSITIVE_INFINITY, years: 2 },
  ],
};

/** Every twin in finmodel. */
export const TWINS: readonly Twin<never>[] = [psTarget, growth, compounding] as unknown as readonly Twin<never>[];

/**
 * Spreadsheet functions (finmodel/excel) written once: each calls the same float
 * kernel as the finmodel function named beside it, so there is no twin to test.
 */
export const SHARED_KERNELS: Readonly<Record<string, readonly [metric: string, kernel: string]>> = {
  NPV: ["npv", "npvKernel"],
  XNPV: ["xnpv", "xnpvKernel"],
  IRR: ["irr", "irrKernel"],
  XIRR: ["xirr", "xirrKernel"],
  MIRR: ["mirr", "mirrKernel"],
  PMT: ["pmt", "pmtKernel"],
  IPMT: ["ipmt", "ipmtKernel"],
  PPMT: ["ppmt", "ppmtKernel"],
  PV: ["pv", "pvKernel"],
  FV: ["fv", "fvKernel"],
  RATE: ["rate", "rateKernel"],
  NPER: ["nper", "nperKernel"],
  RRI: ["rri", "rriKernel"],
  EFFECT: ["effect", "effectKernel"],
  NOMINAL: ["nominal", "nominalKernel"],
  CUMIPMT: ["cumipmt", "cumulativeKernel"],
  CUMPRINC: ["cumprinc", "cumulativeKernel"],
  PDURATION: ["pduration", "pdurationKernel"],
  FVSCHEDULE: ["fvschedule", "fvscheduleKernel"],
  ISPMT: ["ispmt", "ispmtKernel"],
  SLN: ["sln", "slnKernel"],
  SYD: ["syd", "sydKernel"],
  DB: ["db", "dbKernel"],
  DDB: ["ddb", "ddbKernel"],
  VDB: ["vdb", "vdbKernel"],
};
