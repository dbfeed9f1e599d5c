/**
 * finmodel: exact, typed, traceable financial modeling.
 *
 * @packageDocumentation
 * @module finmodel
 */
export * from "./core/index.js";
export * from "./units/index.js";
export * from "./time/index.js";
export * from "./metrics/index.js";
export * from "./figures/index.js";
// claims/ without its zod-based claims files (those are in `finmodel/claims`)
export { checkClaim } from "./claims/check.js";
export type { CheckClaimOptions, ClaimCheck, Comparator, Verdict } from "./claims/check.js";
export { claimOperations, evaluateClaims, resolveDerived } from "./claims/registry.js";
export type { ClaimArg, ClaimOperation, ClaimResult, ClaimSpec, ClaimSubject, ComputationSpec, DerivedSpec } from "./claims/registry.js";
export { type StatedRangeMeta, isFigureRange, readStated, statedRange } from "./claims/stated.js";
export type { FigureRange } from "./claims/stated.js";
export * from "./scenarios/index.js";
export * from "./model/index.js";
