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
export * from "./scenarios/index.js";
