/**
 * Claims: checking what a document states against what finmodel computes. The
 * one reader of stated text (`readStated`: a figure or a range), `checkClaim`,
 * the registry of metrics a claim written as data may name (`claimOperations`,
 * `evaluateClaims`, `resolveDerived`), and claims files (`claimsFileSchema`,
 * `loadClaimsFile`), the JSON that `finmodel check` reads.
 *
 * Layering: claims/ builds on figures/ and metrics/ (and the layers they build
 * on); neither of them imports claims/. Everything here except the claims-file
 * schema and loader (zod) is also exported by `finmodel`.
 *
 * @packageDocumentation
 */
export { checkClaim } from "./check.js";
export type { CheckClaimOptions, ClaimCheck, Comparator, Verdict } from "./check.js";
export { claimsFileSchema, loadClaimsFile } from "./file.js";
export type { ClaimsFile, ClaimsFileInput } from "./file.js";
export { claimOperations, evaluateClaims, resolveDerived } from "./registry.js";
export type { ClaimArg, ClaimOperation, ClaimResult, ClaimSpec, ClaimSubject, ComputationSpec, DerivedSpec } from "./registry.js";
export { type StatedRangeMeta, isFigureRange, readStated, statedRange } from "./stated.js";
export type { FigureRange } from "./stated.js";
