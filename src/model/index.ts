// The model: line items × periods, formulas traced once into an expression graph that is
// evaluated exactly, explained cell by cell, run under scenarios, solved and simulated.
// Its units are the value algebra's (ModelUnit is units/values.ts's ValueUnit | FxUnit): literals
// and inputs are read, and units compared, there; trace.ts keeps only the model's own rules of
// what money × ratio or money ÷ count gives.
export { model } from "./model.js";
export type { Model } from "./model.js";
export type { CellContext, LineFormula, ModelDefinition, ModelInput, ModelInputValue, ModelOverrides } from "./define.js";
export type { ModelConstant, ModelOperand, ModelValue } from "./trace.js";
export type { ModelGraph, ModelGraphCell, ModelGraphInput, ModelInputSource, ModelNode, ModelUnit } from "./graph.js";
export type {
  DerivedPoint,
  ModelBridge,
  ModelBridgeOptions,
  DerivedValue,
  ModelCellValue,
  ModelMarkdownOptions,
  ModelMixBar,
  ModelResult,
  ModelRow,
  ModelRunway,
  ModelSeriesPoint,
  ModelTable,
} from "./result.js";
export type { ToTsvOptions, TsvTable } from "./tsv.js";
export type { ModelCellRef, ModelScenarioRange, ModelScenarios, ModelScenariosOptions } from "./scenarios.js";
export type { GoalSeekOptions, GoalSeekResult, ModelInputValueOf } from "./goal-seek.js";
export type { ModelSensitivityAxis, ModelSensitivityOptions } from "./sensitivity.js";
export type { ModelSimulateOptions } from "./simulate.js";
export type { ModelSimulateAsyncOptions } from "./simulate-async.js";
