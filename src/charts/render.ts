/**
 * Renders Vega-Lite specs to SVG with the optional peer dependencies `vega` and `vega-lite`.
 *
 * @packageDocumentation
 */
export {};
