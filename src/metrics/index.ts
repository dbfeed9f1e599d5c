// One line per topic file; keep sorted.
export { equityValue } from "./bridge.js";
export type { EquityValueInput } from "./bridge.js";
export * from "./comps.js";
export * from "./cost-of-capital.js";
export * from "./dcf.js";
export * from "./dilution.js";
export * from "./growth.js";
export type { AmountInput, AmountResult, MultipleInput, RateInput, ShareCountInput } from "./inputs.js";
export * from "./margin.js";
export * from "./mix.js";
export * from "./runway.js";
export * from "./share.js";
export * from "./tvm/index.js";
export * from "./valuation.js";
