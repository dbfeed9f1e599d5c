/**
 * The workbook's layout as plain data (sheets of cells: values, formulas with their cached results,
 * names, formats), built from a model's graph without the xlsx library, so that every refusal
 * happens before anything is written.
 *
 * @packageDocumentation
 */
import type { Decimal } from "../core/decimal.js";
import { schemaError, unitMismatch } from "../core/errors.js";
import { field, readRecord } from "../core/fields.js";
import { describeValue } from "../core/messages.js";
import { type KeyPattern, readOptions } from "../core/options.js";
import { isCurrencyCode } from "../units/currency.js";
import { formulaOf, valueOf } from "./formula.js";
import type { ModelGraph, ModelGraphInput, ModelInputSource, ModelUnit } from "../model/graph.js";
import { readGraph } from "../model/graph-reader.js";
import { address, checkSheetName, definedName, NameRegistry, sheetRef } from "./names.js";

/** A key of {@link ToWorkbookOptions.numberFormats}: a unit kind, or `money:<currency>` for one currency. */
export type NumberFormatKey = ModelUnit["kind"] | `money:${string}`;

/** The names of the sheets {@link toWorkbook} writes. */
export interface WorkbookSheetNames {
  /** Default `"Inputs"`. */
  readonly inputs?: string;
  /** Default `"Model"`. */
  readonly model?: string;
  /** Default `"Scenarios"` (written only with `scenarios`). */
  readonly scenarios?: string;
  /** Default `"Notes"` (written only with `source`). */
  readonly notes?: string;
}

/** Anything with the model's `graph(overrides?)`: a model from `model({...})`. */
export interface WorkbookModel<O = never> {
  /** The model's graph, with input overrides (a scenario's) applied. */
  graph(overrides?: O): ModelGraph;
}

/** Options of {@link toWorkbook} and {@link writeWorkbook}. */
export interface ToWorkbookOptions<O = never> {
  /**
   * Which inputs fill the input cells: the name of one of `scenarios` (default: the first), or, without
   * `scenarios`, input overrides as `m.evaluate(overrides)` takes them.
   */
  readonly scenario?: string | O;
  /**
   * Scenarios as `m.scenarios(defs)` takes them (name → input overrides): a Scenarios sheet with one
   * column per scenario, and a selector cell (named `scenario`) on the Inputs sheet that switches every
   * input cell, and so the whole workbook, to the chosen column.
   */
  readonly scenarios?: Readonly<Record<string, O>>;
  /** Names of the sheets. */
  readonly sheetNames?: WorkbookSheetNames;
  /**
   * Spreadsheet number formats by unit kind (`money`, `ratio`, `pp`, `multiple`, `count`, `fx`,
   * `number`) or for one currency (`"money:USD"`). Money cells hold currency units, so
   * `'#,##0.0,," m"'` shows 510000000 as `510.0 m`.
   */
  readonly numberFormats?: Readonly<Partial<Record<NumberFormatKey, string>>>;
  /** A title for the first row of the Inputs and Model sheets and the file's properties. */
  readonly title?: string;
  /**
   * Adds a Notes sheet with the provenance of every input (document, locator, period, status, stated
   * text); a string is also written at its top as the workbook's source.
   */
  readonly source?: string | true;
  /** Loads `exceljs` instead of the default `import("exceljs")`: for a page or bundle that provides it. */
  readonly importer?: () => Promise<unknown> | unknown;
}

/** @internal One cell of the plan. */
export interface PlannedCell {
  readonly value?: string | number;
  /** A formula without the leading `=`. */
  readonly formula?: string;
  /** The cached value of the formula. */
  readonly result?: number | string;
  readonly numFmt?: string;
  readonly bold?: boolean;
  /** An input cell (blue, as analysts mark inputs). */
  readonly input?: boolean;
  /** A defined name for this cell. */
  readonly name?: string;
  readonly note?: string;
  /** A list validation: the formula of the allowed values. */
  readonly list?: string;
}

/** @internal */
export interface PlannedSheet {
  readonly name: string;
  /** rows[r][c]: 0-based here, 1-based in the workbook. */
  readonly rows: readonly (readonly (PlannedCell | undefined)[])[];
  readonly widths: readonly number[];
  /** Rows and columns kept in view (frozen panes). */
  readonly freeze?: { readonly rows: number; readonly columns: number };
}

/** @internal */
export interface WorkbookPlan {
  readonly title: string | undefined;
  readonly sheets: readonly PlannedSheet[];
}

const DEFAULT_FORMATS: Readonly<Record<ModelUnit["kind"], string>> = {
  money: "#,##0",
  ratio: "0.0%",
  pp: '0.0" pp"',
  multiple: '0.0"x"',
  count: "#,##0",
  fx: "0.0000",
  number: "General",
};

const OPTION_KEYS = ["scenario", "scenarios", "sheetNames", "numberFormats", "title", "source", "importer"] as const;
const SHEET_KEYS = ["inputs", "model", "scenarios", "notes"] as const;
/** The keys of `numberFormats` beside the unit kinds: `money:` and a currency code (as `currencyCode` accepts it). */
const FORMAT_KEYS: KeyPattern = {
  accepts: (key) => key.startsWith("money:") && isCurrencyCode(key.slice("money:".length)),
  describe: `a unit kind (${Object.keys(DEFAULT_FORMATS).join(", ")}) or "money:" and a currency code ("money:USD")`,
};

function unitLabel(unit: ModelUnit): string {
  switch (unit.kind) {
    case "money":
      return unit.currency;
    case "ratio":
      return "%";
    case "pp":
      return "pp";
    case "multiple":
      return "x";
    case "count":
      return unit.unit;
    case "fx":
      return `${unit.quote} per ${unit.base}`;
    default:
      return "";
  }
}

function numberFormat(unit: ModelUnit, formats: Readonly<Partial<Record<string, string>>>): string {
  if (unit.kind === "money") return formats[`money:${unit.currency}`] ?? formats.money ?? DEFAULT_FORMATS.money;
  return formats[unit.kind] ?? DEFAULT_FORMATS[unit.kind] ?? "General";
}

const text = (value: string | undefined): string => value ?? "";

const inputPath = (input: string, period?: string) => (period === undefined ? `input ${input}` : `input ${input}, ${period}`);

/** The value cells of one input: one for a one-value input, else one per period it covers, in model order. */
function valueCells(input: ModelGraphInput, periods: readonly string[]): { period: string | undefined; value: Decimal }[] {
  const covered = periods.filter((p) => Object.hasOwn(input.values, p));
  if (covered.length === 0) throw schemaError(inputPath(input.name), "covers no period of the model");
  if (!input.perPeriod) return [{ period: undefined, value: input.values[covered[0] as string] as Decimal }];
  return covered.map((p) => ({ period: p, value: input.values[p] as Decimal }));
}

/** A graph's shape as text: two scenarios must give the same one. */
function shape(g: ModelGraph): string {
  return JSON.stringify([g.periods, g.lines, g.inputs.map((i) => [i.name, i.perPeriod, g.periods.filter((p) => Object.hasOwn(i.values, p))])]);
}

interface Layout {
  readonly graph: ModelGraph;
  readonly inputCell: Map<string, { readonly row: number; readonly column: number; readonly name: string }>;
}

/**
 * @internal Lays out a model as sheets of cells.
 *
 * @throws FinModelError `SCHEMA` for a graph node with no spreadsheet formula, an unknown scenario, names
 *   that collide, scenarios that change a formula; `OUT_OF_DOMAIN` for unknown options
 */
export function planWorkbook<O>(model: WorkbookModel<O> | ModelGraph, options?: ToWorkbookOptions<O>): WorkbookPlan {
  const o = readWorkbookOptions(options);
  const hasGraph = typeof model === "object" && model !== null && typeof field(model, "graph", "model") === "function";
  // Neither a model nor anything shaped like a graph: the wrong kind of argument, not a graph of the wrong shape.
  if (!hasGraph && !looksLikeGraph(model)) throw unitMismatch("model", "a model (from model({...})) or its graph", model);
  const bare = hasGraph ? undefined : readGraph(model, "model");
  const graphOf = (overrides?: O): ModelGraph => {
    if (bare !== undefined) {
      if (overrides !== undefined) throw schemaError("options", "scenarios need a model with graph(overrides), not a bare graph");
      return bare;
    }
    const g = overrides === undefined ? (model as WorkbookModel<O>).graph() : (model as WorkbookModel<O>).graph(overrides);
    return readGraph(g, "model.graph()");
  };

  // Scenarios: each one's graph; the selected one gives the formulas and cached values.
  const scenarioNames = o.scenarios === undefined ? [] : Object.keys(o.scenarios);
  if (o.scenarios !== undefined && scenarioNames.length === 0) throw schemaError("options.scenarios", "names no scenario");
  let selected: string | undefined;
  let overrides: O | undefined;
  if (o.scenarios !== undefined) {
    if (o.scenario !== undefined && (typeof o.scenario !== "string" || !scenarioNames.includes(o.scenario))) {
      throw schemaError("options.scenario", `must name one of the scenarios (${scenarioNames.join(", ")}), got ${describeValue(o.scenario)}`);
    }
    selected = (o.scenario as string | undefined) ?? scenarioNames[0];
  } else if (typeof o.scenario === "string") {
    throw schemaError("options.scenario", `names the scenario ${JSON.stringify(o.scenario)} but no options.scenarios are given`);
  } else {
    overrides = o.scenario;
  }
  const graphs = new Map<string, ModelGraph>(scenarioNames.map((s) => [s, graphOf((o.scenarios as Record<string, O>)[s])]));
  // An input one scenario sets per period is laid out per period in all of them (a one-value input
  // lists its value for every period), so that every scenario has the same cells and formulas.
  const varying = new Set([...graphs.values()].flatMap((g) => g.inputs.filter((i) => i.perPeriod).map((i) => i.name)));
  for (const [name, g] of graphs) {
    graphs.set(name, { ...g, inputs: g.inputs.map((i) => (varying.has(i.name) && !i.perPeriod ? { ...i, perPeriod: true } : i)) });
  }
  const graph = selected === undefined ? graphOf(overrides) : (graphs.get(selected) as ModelGraph);
  for (const [name, g] of graphs) {
    if (shape(g) !== shape(graph)) throw schemaError(`options.scenarios.${name}`, "gives a model of another shape (periods, lines or input periods) than the others");
  }

  const names = {
    inputs: checkSheetName(o.sheetNames?.inputs ?? "Inputs", "options.sheetNames.inputs"),
    model: checkSheetName(o.sheetNames?.model ?? "Model", "options.sheetNames.model"),
    scenarios: checkSheetName(o.sheetNames?.scenarios ?? "Scenarios", "options.sheetNames.scenarios"),
    notes: checkSheetName(o.sheetNames?.notes ?? "Notes", "options.sheetNames.notes"),
  };
  const used = [names.inputs, names.model, ...(selected === undefined ? [] : [names.scenarios]), ...(o.source === undefined ? [] : [names.notes])];
  if (new Set(used.map((n) => n.toUpperCase())).size !== used.length) throw schemaError("options.sheetNames", `must be distinct, got ${used.join(", ")}`);
  const formats = o.numberFormats ?? {};
  const title = o.title;

  const layout = inputsLayout(graph, selected);
  const inputs = inputsSheet(layout, names, formats, title, selected, scenarioNames);
  const modelSheet = modelSheetOf(layout, graph, formats, title, names.model);
  for (const [name, g] of graphs) {
    if (name === selected) continue;
    const other = modelSheetOf(inputsLayout(g, name), g, formats, title, names.model, false);
    modelSheet.formulas.forEach((f, key) => {
      if (other.formulas.get(key) !== f) throw schemaError(`options.scenarios.${name}`, `changes the formula of ${key}; a workbook has one formula per cell`);
    });
  }
  const sheets: PlannedSheet[] = [inputs, modelSheet.sheet];
  if (selected !== undefined) sheets.push(scenariosSheet(layout, graphs, names, formats, scenarioNames));
  if (o.source !== undefined) sheets.push(notesSheet(graph, o.source, names.notes, title));
  return Object.freeze({ title, sheets: Object.freeze(sheets) });
}

/**
 * The options, read once: a snapshot of the options object and of its records (`scenarios`,
 * `sheetNames`, `numberFormats`), so that a getter or Proxy trap that throws is a FinModelError
 * naming where it sits, and a getter cannot answer one check and then another value.
 */
function readWorkbookOptions<O>(options: ToWorkbookOptions<O> | undefined): ToWorkbookOptions<O> {
  const o: Record<string, unknown> = readOptions(options, "options", OPTION_KEYS);
  if (o["title"] !== undefined && typeof o["title"] !== "string") throw unitMismatch("options.title", "a string", o["title"]);
  if (o["source"] !== undefined && o["source"] !== true && typeof o["source"] !== "string") {
    throw unitMismatch("options.source", "true or a string", o["source"]);
  }
  if (o["importer"] !== undefined && typeof o["importer"] !== "function") throw unitMismatch("options.importer", "a function", o["importer"]);
  if (o["scenarios"] !== undefined) {
    const v = o["scenarios"];
    if (typeof v !== "object" || v === null || Array.isArray(v)) throw unitMismatch("options.scenarios", "an object", v);
    o["scenarios"] = readRecord(v, "options.scenarios");
  }
  // Records of known keys: a misspelt sheet or unit kind is refused, not ignored.
  if (o["sheetNames"] !== undefined) o["sheetNames"] = readOptions(o["sheetNames"] as WorkbookSheetNames, "options.sheetNames", SHEET_KEYS);
  if (o["numberFormats"] !== undefined) {
    const formats = readOptions(o["numberFormats"] as Record<string, unknown>, "options.numberFormats", Object.keys(DEFAULT_FORMATS), FORMAT_KEYS);
    for (const [key, f] of Object.entries(formats)) {
      if (typeof f !== "string" || f === "") throw unitMismatch(`options.numberFormats.${key}`, "a spreadsheet number format", f);
    }
    o["numberFormats"] = formats;
  }
  return o as ToWorkbookOptions<O>;
}

/** An object with a graph's `periods` or `cells` (read by {@link readGraph} then); false for anything else, a Proxy whose traps throw included. */
function looksLikeGraph(x: unknown): boolean {
  if (typeof x !== "object" || x === null) return false;
  try {
    return "periods" in x || "cells" in x;
  } catch {
    return false;
  }
}

// Inputs sheet: title, scenario selector, header, then one row per input.
const INPUT_HEADER_ROW = 3; // 1-based row of the header
const VALUE_COLUMN = 3; // "All periods"

function inputsLayout(graph: ModelGraph, selected: string | undefined): Layout {
  const registry = new NameRegistry();
  if (selected !== undefined) registry.claim("scenario", "the scenario selector");
  const inputCell = new Map<string, { row: number; column: number; name: string }>();
  const seen = new Set<string>();
  graph.inputs.forEach((input, i) => {
    if (seen.has(input.name)) throw schemaError(inputPath(input.name), "is declared twice");
    seen.add(input.name);
    const row = INPUT_HEADER_ROW + 1 + i;
    for (const { period } of valueCells(input, graph.periods)) {
      const base = definedName(input.name);
      const name = registry.claim(period === undefined ? base : definedName(`${base}_${period}`), inputPath(input.name, period));
      const column = period === undefined ? VALUE_COLUMN : VALUE_COLUMN + 1 + graph.periods.indexOf(period);
      inputCell.set(JSON.stringify([input.name, period ?? null]), { row, column, name });
    }
  });
  return { graph, inputCell };
}

function inputsSheet(
  layout: Layout,
  names: Readonly<Record<"inputs" | "model" | "scenarios" | "notes", string>>,
  formats: Readonly<Partial<Record<string, string>>>,
  title: string | undefined,
  selected: string | undefined,
  scenarioNames: readonly string[],
): PlannedSheet {
  const { graph } = layout;
  const rows: (PlannedCell | undefined)[][] = [[{ value: title ?? "Inputs", bold: true }], [], []];
  const last = VALUE_COLUMN + graph.periods.length; // the last period column
  if (selected !== undefined) {
    const headers = `${sheetRef(names.scenarios)}${address(INPUT_HEADER_ROW, 3, true)}:${address(INPUT_HEADER_ROW, 2 + scenarioNames.length, true)}`;
    rows[1] = [
      { value: "Scenario", bold: true },
      { value: selected, input: true, name: "scenario", list: headers, note: `Choose a scenario (${scenarioNames.join(", ")}); every input cell follows it.` },
    ];
  }
  rows[INPUT_HEADER_ROW - 1] = [
    ...["Input", "Unit", "All periods", ...graph.periods, "Source"].map((value) => ({ value, bold: true })),
  ];
  let scenarioRow = INPUT_HEADER_ROW;
  for (const input of graph.inputs) {
    const row: (PlannedCell | undefined)[] = [{ value: input.name }, { value: unitLabel(input.unit) }];
    for (const { period, value } of valueCells(input, graph.periods)) {
      const cell = layout.inputCell.get(JSON.stringify([input.name, period ?? null])) as { row: number; column: number; name: string };
      scenarioRow += 1;
      const numFmt = numberFormat(input.unit, formats);
      row[cell.column - 1] =
        selected === undefined
          ? { value: value.toNumber(), numFmt, input: true, name: cell.name }
          : {
              formula: `INDEX(${sheetRef(names.scenarios)}${address(scenarioRow, 3, true)}:${address(scenarioRow, 2 + scenarioNames.length, true)},MATCH(scenario,${sheetRef(names.scenarios)}${address(INPUT_HEADER_ROW, 3, true)}:${address(INPUT_HEADER_ROW, 2 + scenarioNames.length, true)},0))`,
              result: value.toNumber(),
              numFmt,
              name: cell.name,
            };
    }
    const source = sourcesOf(input)
      .map(([period, s]) => (period === undefined ? sourceText(s) : `${period}: ${sourceText(s)}`))
      .join("; ");
    if (source) row[last] = { value: source };
    rows.push(row);
  }
  return { name: names.inputs, rows, widths: [22, 12, 14, ...graph.periods.map(() => 14), 40], freeze: { rows: INPUT_HEADER_ROW, columns: 2 } };
}

/** An input's sources: one per period it has them for (a per-period input), else the one of the whole input. */
function sourcesOf(input: ModelGraphInput): [string | undefined, ModelInputSource][] {
  if (input.sources) return Object.entries(input.sources);
  return input.source ? [[undefined, input.source]] : [];
}

function sourceText(source: ModelInputSource): string {
  const where = [text(source.document), text(source.locator)].filter(Boolean).join(", ") || text(source.label);
  const status = text(source.status);
  return status ? `${where} (${status})` : where;
}

const MODEL_HEADER_ROW = 2;
const FIRST_PERIOD_COLUMN = 3;

function modelSheetOf(
  layout: Layout,
  graph: ModelGraph,
  formats: Readonly<Partial<Record<string, string>>>,
  title: string | undefined,
  sheetName: string,
  withValues = true,
): { sheet: PlannedSheet; formulas: Map<string, string> } {
  const lineRow = new Map<string, number>();
  graph.lines.forEach((line, i) => {
    if (lineRow.has(line)) throw schemaError(`line ${line}`, "is declared twice");
    lineRow.set(line, MODEL_HEADER_ROW + 1 + i);
  });
  const periodColumn = new Map(graph.periods.map((p, i) => [p, FIRST_PERIOD_COLUMN + i]));
  const inputs = new Map(graph.inputs.map((i) => [i.name, i]));
  const resolveInput = (name: string, period: string) => {
    const input = inputs.get(name);
    if (!input) throw schemaError(`input ${name}`, "is used by a formula but not an input of the graph");
    const key = JSON.stringify([name, input.perPeriod ? period : null]);
    const cell = layout.inputCell.get(key);
    if (!cell || !Object.hasOwn(input.values, period)) throw schemaError(inputPath(name, period), "is used by a formula but the input does not cover that period");
    return { cell, value: input.values[period] as Decimal };
  };
  const resolveLine = (name: string, period: string): [number, number] => {
    const row = lineRow.get(name);
    const column = periodColumn.get(period);
    if (row === undefined || column === undefined) throw schemaError(`line ${name}, ${period}`, "is used by a formula but is not a cell of the model");
    return [row, column];
  };
  const values = new Map<string, Decimal>();
  const formulas = new Map<string, string>();
  const rows: (PlannedCell | undefined)[][] = [[{ value: title ?? "Model", bold: true }], ["Line", "Unit", ...graph.periods].map((value) => ({ value, bold: true }))];
  graph.lines.forEach((line) => rows.push([{ value: line }]));
  for (const cell of graph.cells) {
    const key = `${cell.line}, ${cell.period}`;
    if (formulas.has(key)) throw schemaError(`line ${key}`, "appears twice among the graph's cells");
    const [row, column] = resolveLine(cell.line, cell.period);
    const formula = formulaOf(cell.node, { input: (n, p) => resolveInput(n, p).cell.name, line: (n, p) => address(...resolveLine(n, p)) }, `line ${key}`);
    formulas.set(key, formula);
    if (!withValues) continue;
    const value = valueOf(
      cell.node,
      {
        input: (n, p) => resolveInput(n, p).value,
        line: (n, p) => {
          const v = values.get(`${n}, ${p}`);
          if (v === undefined) throw schemaError(`line ${key}`, `uses ${n}, ${p} before the graph gives that cell (a cycle, or cells out of order)`);
          return v;
        },
      },
      `line ${key}`,
    );
    values.set(key, value);
    const r = rows[row - 1] as (PlannedCell | undefined)[];
    r[column - 1] = { formula, result: value.toNumber(), numFmt: numberFormat(cell.unit, formats) };
    if (r[1] === undefined) r[1] = { value: unitLabel(cell.unit) };
  }
  for (const line of graph.lines) for (const period of graph.periods) {
    if (!formulas.has(`${line}, ${period}`)) throw schemaError(`line ${line}, ${period}`, "has no cell in the graph");
  }
  return {
    sheet: { name: sheetName, rows, widths: [22, 10, ...graph.periods.map(() => 16)], freeze: { rows: MODEL_HEADER_ROW, columns: 2 } },
    formulas,
  };
}

function scenariosSheet(
  layout: Layout,
  graphs: ReadonlyMap<string, ModelGraph>,
  names: Readonly<Record<"inputs" | "model" | "scenarios" | "notes", string>>,
  formats: Readonly<Partial<Record<string, string>>>,
  scenarioNames: readonly string[],
): PlannedSheet {
  const rows: (PlannedCell | undefined)[][] = [
    [{ value: "Scenarios", bold: true }],
    [{ value: `The input cells of ${names.inputs} take the column of the scenario chosen in its selector cell (named scenario).` }],
    ["Input", "Period", ...scenarioNames].map((value) => ({ value, bold: true })),
  ];
  for (const input of layout.graph.inputs) {
    for (const { period } of valueCells(input, layout.graph.periods)) {
      const row: PlannedCell[] = [{ value: input.name }, { value: period ?? "all periods" }];
      for (const s of scenarioNames) {
        const g = graphs.get(s) as ModelGraph;
        const same = g.inputs.find((i) => i.name === input.name) as ModelGraphInput;
        const value = period === undefined ? (valueCells(same, g.periods)[0] as { value: Decimal }).value : (same.values[period] as Decimal);
        row.push({ value: value.toNumber(), numFmt: numberFormat(input.unit, formats), input: true });
      }
      rows.push(row);
    }
  }
  return { name: names.scenarios, rows, widths: [22, 14, ...scenarioNames.map(() => 14)], freeze: { rows: 3, columns: 2 } };
}

function notesSheet(graph: ModelGraph, source: string | true, sheetName: string, title: string | undefined): PlannedSheet {
  const rows: (PlannedCell | undefined)[][] = [[{ value: title === undefined ? "Notes" : `${title}: notes`, bold: true }]];
  if (typeof source === "string") rows.push([{ value: "Source" }, { value: source }]);
  rows.push([{ value: "Every cell of the model sheet is a formula over the input cells, which are named (for example growth_FY2027)." }]);
  rows.push([]);
  rows.push(["Input", "Figure", "Document", "Locator", "Period", "Status", "Stated"].map((value) => ({ value, bold: true })));
  for (const input of graph.inputs) {
    const sources = sourcesOf(input);
    if (sources.length === 0) rows.push([{ value: input.name }, { value: "(given as a value, not a Figure: no source)" }]);
    for (const [period, s] of sources) {
      rows.push([input.name, text(s.label), text(s.document), text(s.locator), text(s.period) || (period ?? ""), text(s.status), text(s.stated)].map((value) => ({ value })));
    }
  }
  return { name: sheetName, rows, widths: [22, 32, 30, 20, 10, 10, 24] };
}
