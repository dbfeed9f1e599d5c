export { checkClaim, statedRange } from "./claim.js";
export type { CheckClaimOptions, ClaimCheck, Comparator, FigureRange, Verdict } from "./claim.js";
export { derive } from "./derive.js";
export type { FigureArg, FigureArgs } from "./derive.js";
export { explain } from "./explain.js";
export type { ExplainOptions } from "./explain.js";
export { figure, isFigure, statedFigure } from "./figure.js";
export type { Figure, FigureMeta, FigureSource, FigureStatus, Interval } from "./figure.js";
export type { FigureValue } from "./quantity.js";
