export { npv, xnpv } from "./npv.js";
export type { NpvConvention, NpvOptions, XnpvOptions } from "./npv.js";
export { irr, irrDetails, mirr, xirr, xirrDetails } from "./irr.js";
export type { IrrOptions, SolveInfo, SolveMethod, SolverOptions, XirrOptions } from "./irr.js";
export { cumipmt, cumprinc, fv, ipmt, nper, pmt, ppmt, pv, rate, rateDetails } from "./annuity.js";
export type { AnnuityOptions, CumulativeOptions, FvOptions, RateOptions } from "./annuity.js";
export { effect, nominal, rri } from "./rates.js";
export type { AmountOf, SameUnit, Timing } from "./inputs.js";
