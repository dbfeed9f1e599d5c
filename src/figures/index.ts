// Figures: a value with its interval, period, status and source; derive() lifts a
// metric to figures, explain() prints the derivation. Layering: figures/ builds on
// metrics/, units/, time/ and core/; claims/ builds on figures/ (checkClaim,
// statedRange and the claim registry live there), never the other way round.
export { derive, sumToOne } from "./derive.js";
export type { DeriveValues, Derived, FigureArg, FigureArgs, FigureResult, FigureResultShape, SumToOne } from "./derive.js";
export { explain } from "./explain.js";
export type { ExplainOptions } from "./explain.js";
export { figure, isFigure, statedFigure } from "./figure.js";
export type { Figure, FigureMeta, FigureSource, FigureStatus, Interval, StatedFigureMeta } from "./figure.js";
export type { FigureValue } from "./quantity.js";
