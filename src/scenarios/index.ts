export { xoshiro128ss, type RandomStream } from "./random.js";
export {
  normal,
  lognormal,
  uniform,
  triangular,
  pert,
  discrete,
  fixed,
  type Distribution,
  type DistributionType,
} from "./distributions.js";
export {
  monteCarlo,
  type Correlation,
  type FloatModel,
  type Histogram,
  type MonteCarloOptions,
  type MonteCarloResult,
  type MonteCarloSummary,
} from "./monte-carlo.js";
export { psTargetPrice, psTargetPriceFloat, type PsTargetPriceFloatInputs, type PsTargetPriceInputs } from "./models.js";
export {
  scenarioSet,
  evaluate,
  expectedValue,
  scenarioRange,
  type ScenarioRange,
  type ScenarioResults,
  type ScenarioSet,
  type ScenarioSetOptions,
} from "./scenario-set.js";
export {
  sensitivity,
  steps,
  around,
  type AroundOptions,
  type SensitivityAxes,
  type SensitivityAxis,
  type SensitivityFormatOptions,
  type SensitivityGrid,
} from "./sensitivity.js";
export { tornado, type Tornado, type TornadoBar, type TornadoOptions } from "./tornado.js";
