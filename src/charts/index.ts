/**
 * Vega-Lite chart specs built from finmodel results: plain JSON, no runtime dependency.
 * Render them with `renderSvg` from `finmodel/charts/render` (needs the optional peers
 * `vega` and `vega-lite`), or embed them in a page with vega-embed.
 *
 * @packageDocumentation
 * @module finmodel/charts
 */
export { bridgeChart } from "./bridge.js";
export type { BridgeEnd, BridgeOptions, BridgePoint, BridgeStep } from "./bridge.js";
export { distributionChart } from "./distribution.js";
export type { DistributionOptions } from "./distribution.js";
export { footballFieldChart } from "./football-field.js";
export type { FootballFieldFigure, FootballFieldOptions, FootballFieldRange, FootballFieldRow, FootballFieldRows, ReferenceRule } from "./football-field.js";
export { mixShiftChart } from "./mix-shift.js";
export type { MixBar, MixShiftOptions, ShareValue } from "./mix-shift.js";
export { sensitivityHeatmap } from "./sensitivity-heatmap.js";
export type { GridAxis, SensitivityGrid, SensitivityHeatmapOptions } from "./sensitivity-heatmap.js";
export { seriesChart } from "./series.js";
export type { SeriesOptions, SeriesPoint } from "./series.js";
export type { ChartOptions, ChartValue, JsonValue, VegaLiteSpec } from "./spec.js";
