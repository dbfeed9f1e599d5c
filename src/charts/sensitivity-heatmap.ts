import { outOfDomain, unitMismatch } from "../core/errors.js";
import type { SensitivityGrid as ScenarioSensitivityGrid } from "../scenarios/sensitivity.js";
import { NOT_MEANINGFUL_TEXT, type NotMeaningful, isNotMeaningful } from "../units/not-meaningful.js";
import {
  type ChartOptions,
  type ChartValue,
  type JsonValue,
  type VegaLiteSpec,
  UnitScope,
  axisTitle,
  baseSpec,
  formatValue,
  labelPlaces,
  freezeSpec,
  plotted,
  readChartOptions,
  readFields,
  readLabel,
  readList,
  uniqueLabels,
} from "./spec.js";

/** One input of a sensitivity grid: its name and the values tried. */
export interface GridAxis {
  /** The input's name: `"P/S multiple"`, `"FY2027 revenue"`. */
  readonly name: string;
  /** The values tried, in order. */
  readonly values: readonly ChartValue[] | Float64Array;
}

/**
 * A two-way sensitivity grid: `cells[i][j]` is the result at `y.values[i]` and `x.values[j]`. The grid
 * `sensitivity()` and `m.sensitivity(...)` return fits as it is.
 */
export interface SensitivityGrid {
  /** The input across (columns). */
  readonly x: GridAxis;
  /** The input down (rows). */
  readonly y: GridAxis;
  /** One row per `y` value, each with one result per `x` value; a `notMeaningful(...)` cell is drawn as an "n.m." cell. */
  readonly cells: readonly (readonly (ChartValue | NotMeaningful)[] | Float64Array)[];
}

/** Options of {@link sensitivityHeatmap}. */
export interface SensitivityHeatmapOptions extends ChartOptions {
  /** A value to centre a diverging colour scale on (the current price): cells above are blue, below red. */
  readonly reference?: ChartValue;
}

/** The fill of an n.m. cell: a light grey that no colour scheme here uses. */
const NM_GREY = "#e0e0e0";

function readAxis(input: unknown, path: string) {
  const a = readFields(input, path);
  const name = readLabel(a.name, `${path}.name`);
  const values = a.values instanceof Float64Array ? Array.from(a.values) : readList(a.values, `${path}.values`);
  if (values.length === 0) throw outOfDomain(`${path}.values`, a.values, "must have at least 1 item");
  const scope = new UnitScope();
  const ds = values.map((v, i) => scope.read(v, `${path}.values[${i}]`));
  const labels = ds.map((d) => formatValue(d, scope.unit));
  uniqueLabels(labels, `${path}.values`);
  return { name, labels, unit: scope.unit };
}

/**
 * A heatmap of a two-way sensitivity grid: a coloured cell per pair of input values, labelled
 * with the result.
 *
 * Notes: `cells[i][j]` is the result for `y.values[i]` and `x.values[j]`; rows and columns keep
 * the order given (y from the top). Input values are shown in their unit (`54x`, `US$1.6B`,
 * `25.4%`), results in theirs; all results share one unit. With `reference`, the colour scale
 * diverges around it. A grid from `sensitivity()` or `m.sensitivity(...)` is taken as it is (it
 * needs a `y` input). A cell that is `notMeaningful(...)` (a margin on zero revenue) is a grey cell
 * labelled `n.m.`, with `value: null` and its `reason` in `data.values`, and stays out of the colour
 * scale.
 *
 * @param grid - `{ x: { name, values }, y: { name, values }, cells }`, or the grid `sensitivity()` returns
 * @param options - `title`, `valueTitle` (default `"Value"`, the colour legend), `unit`, `width`, `height`, `reference`
 * @returns a frozen Vega-Lite spec; `data.values` holds one row per cell: `{ x, y, value, text }`
 * @throws FinModelError `OUT_OF_DOMAIN` (a row or column count that does not match, empty axes, repeated axis
 *   values, a one-input grid with no `y`), `CURRENCY_MISMATCH`, `UNIT_MISMATCH`, `INVALID_NUMBER`
 *
 * @example
 * ```ts
 * import { money, multiple } from "finmodel";
 * import { sensitivityHeatmap } from "finmodel/charts";
 * const spec = sensitivityHeatmap({
 *   x: { name: "P/S multiple", values: [multiple(40), multiple(54)] },
 *   y: { name: "FY2027 revenue", values: [money(1e9, "USD"), money(1.6e9, "USD")] },
 *   cells: [[money(690, "HKD"), money(930, "HKD")], [money(1100, "HKD"), money(1490, "HKD")]],
 * });
 * spec.data.values[1] //=> { x: "54x", y: "US$1B", xOrder: 1, yOrder: 0, value: 930, text: "HK$930", textColor: "black" }
 * sensitivityHeatmap({ x: { name: "a", values: [1, 2] }, y: { name: "b", values: [1] }, cells: [[1]] }) // throws FinModelError OUT_OF_DOMAIN
 *
 * // A model's grid, as it is: revenue 0 leaves the margin not meaningful.
 * import { model } from "finmodel";
 * const m = model({
 *   periods: ["FY2025"],
 *   inputs: { profit: money(10, "USD"), revenue: money(100, "USD"), scale: 1 },
 *   lines: { margin: (c) => c.input("profit").times(c.input("scale")).div(c.input("revenue")) },
 * });
 * const grid = m.sensitivity({
 *   x: { input: "revenue", values: [money(0, "USD"), money(50, "USD")] },
 *   y: { input: "scale", values: [1, 2] },
 *   output: { line: "margin", period: "FY2025" },
 * });
 * sensitivityHeatmap(grid).data.values.map((r) => r.text) //=> ["n.m.", "20%", "n.m.", "40%"]
 * ```
 */
export function sensitivityHeatmap(grid: SensitivityGrid | ScenarioSensitivityGrid, options?: SensitivityHeatmapOptions): VegaLiteSpec {
  const o = readChartOptions(options, ["reference"]);
  // The scenarios layer's grid carries `kind: "sensitivity"`; any other `kind` is a value, not a grid.
  // A getter or Proxy trap that throws makes the grid unreadable: UNIT_MISMATCH, not its error.
  let scenarioGrid: { x: unknown; y: unknown; cells: unknown } | undefined;
  let fromScenarios = false;
  try {
    fromScenarios = typeof grid === "object" && grid !== null && (grid as { kind?: unknown }).kind === "sensitivity";
    if (fromScenarios) scenarioGrid = { x: (grid as ScenarioSensitivityGrid).x, y: (grid as ScenarioSensitivityGrid).y, cells: (grid as ScenarioSensitivityGrid).cells };
  } catch {
    throw unitMismatch("grid", "a readable sensitivity grid", grid);
  }
  const g = scenarioGrid ?? readFields(grid, "grid");
  if (fromScenarios && g.y === undefined) {
    throw outOfDomain("grid.y", undefined, "a heatmap needs a grid of two inputs: give sensitivity() a y input as well");
  }
  const x = readAxis(g.x, "grid.x");
  const y = readAxis(g.y, "grid.y");
  const scope = new UnitScope();
  const cellRows = readList(g.cells, "grid.cells");
  if (cellRows.length !== y.labels.length) {
    throw outOfDomain("grid.cells", `${cellRows.length} rows`, `must have one row per y value (${y.labels.length})`);
  }
  const read = cellRows.map((row, i) => {
    // isView first: it reads no trap, so `instanceof` (which reads the prototype) only meets real typed arrays.
    const cells = ArrayBuffer.isView(row) && row instanceof Float64Array ? Array.from(row) : readList(row, `grid.cells[${i}]`);
    if (cells.length !== x.labels.length) {
      throw outOfDomain(`grid.cells[${i}]`, `${cells.length} cells`, `must have one cell per x value (${x.labels.length})`);
    }
    return cells.map((c, j) => (isNotMeaningful(c) ? c : scope.read(c, `grid.cells[${i}][${j}]`)));
  });
  const reference = o.reference === undefined ? undefined : scope.read(o.reference, "options.reference");
  const unit = scope.unit;
  const numbers = read.map((row, i) => row.map((d, j) => (isNotMeaningful(d) ? undefined : plotted(d, unit, `grid.cells[${i}][${j}]`))));
  const all = numbers.flat().filter((v): v is number => v !== undefined);
  const anyNm = all.length < x.labels.length * y.labels.length;
  const lo = all.length === 0 ? 0 : Math.min(...all);
  const hi = all.length === 0 ? 0 : Math.max(...all);
  const mid = reference === undefined ? undefined : plotted(reference, unit, "options.reference");
  // Labels on the darkest cells are white: the top third of a sequential scale, the outer
  // fifths of a diverging one.
  const dark = (v: number): boolean => {
    if (hi === lo) return false;
    if (mid === undefined) return (v - lo) / (hi - lo) > 2 / 3;
    const reach = Math.max(hi - mid, mid - lo);
    return reach > 0 && Math.abs(v - mid) / reach > 0.6;
  };
  // One number of decimal places for every cell label, so that €33.10 sits beside €33.12.
  const digits = Math.max(0, ...read.flat().map((d) => (isNotMeaningful(d) ? 0 : labelPlaces(d, unit))));
  const rows: Record<string, JsonValue>[] = [];
  read.forEach((row, i) =>
    row.forEach((d, j) => {
      const cell = { x: x.labels[j]!, y: y.labels[i]!, xOrder: j, yOrder: i };
      if (isNotMeaningful(d)) {
        rows.push({ ...cell, value: null, text: NOT_MEANINGFUL_TEXT, textColor: "black", reason: d.reason });
        return;
      }
      const value = numbers[i]![j]!;
      rows.push({ ...cell, value, text: formatValue(d, unit, false, digits), textColor: dark(value) ? "white" : "black" });
    }),
  );
  const colorScale: Record<string, JsonValue> =
    mid === undefined ? { scheme: "blues" } : { scheme: "redblue", domainMid: mid };
  const spec = {
    ...baseSpec(o, { width: Math.max(160, 96 * x.labels.length), height: Math.max(80, 36 * y.labels.length) }, rows),
    encoding: {
      x: { field: "x", type: "ordinal", sort: x.labels, title: axisTitle(x.name, x.unit, undefined), axis: { labelAngle: 0 } },
      y: { field: "y", type: "ordinal", sort: y.labels, title: axisTitle(y.name, y.unit, undefined) },
    },
    layer: [
      // n.m. cells: grey, and kept out of the colour scale (only numbers are coloured).
      ...(anyNm ? [{ transform: [{ filter: "datum.value === null" }], mark: { type: "rect", fill: NM_GREY, stroke: "white", strokeWidth: 1 } }] : []),
      {
        ...(anyNm ? { transform: [{ filter: "datum.value !== null" }] } : {}),
        mark: { type: "rect", stroke: "white", strokeWidth: 1 },
        encoding: { color: { field: "value", type: "quantitative", title: axisTitle(o.valueTitle ?? "Value", unit, o.unit), scale: colorScale } },
      },
      {
        mark: { type: "text", fontSize: 11 },
        encoding: { text: { field: "text" }, color: { condition: { test: "datum.textColor === 'white'", value: "white" }, value: "black" } },
      },
    ],
  };
  return freezeSpec(spec as Record<string, JsonValue>);
}
