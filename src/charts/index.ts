/**
 * Vega-Lite chart specs built from finmodel results: plain JSON, no runtime dependency.
 *
 * @packageDocumentation
 */
export {};
