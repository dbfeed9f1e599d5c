// Reading a model graph that comes from outside (a producer other than `model`, or a graph revived
// from JSON) into the shape every back end reads, checked once: a wrong shape is SCHEMA naming
// where it is, never a TypeError deep inside the spreadsheet export.
import type { Decimal } from "../core/decimal.js";
import { readData } from "../core/depth.js";
import { FinModelError, schemaError } from "../core/errors.js";
import { describeValue, unreadableDataMessage } from "../core/messages.js";
import { toDecimal } from "../core/numeric.js";
import { isCurrencyCode } from "../units/currency.js";
import type { ModelGraph, ModelGraphCell, ModelGraphInput, ModelInputSource, ModelNode, ModelUnit } from "./graph.js";

/** The graphs `model` made: taken as they are. */
const made: WeakSet<object> = /* @__PURE__ */ new WeakSet();

/** @internal Marks a graph `model` made (frozen, checked by construction), so that {@link readGraph} takes it as it is. */
export function madeGraph(graph: ModelGraph): ModelGraph {
  made.add(graph);
  return graph;
}

/**
 * How deeply a graph from outside may nest: an expression tree of about 1,000 levels (each level
 * is a node and its `args` array), far beyond any formula a model traces, and still shallow
 * enough for the recursive reader below.
 */
const GRAPH_DEPTH = 2_000;

const OPS_2 = new Set(["add", "sub", "mul", "div", "pow"]);
const OPS_N = new Set(["sum", "min", "max"]);
const STATUSES = new Set(["reported", "estimate", "derived"]);
const UNIT_KINDS = "number, money, ratio, pp, multiple, count, fx";

/**
 * @internal A model graph given by a caller, read into a fresh, frozen graph: every field is
 * checked (units, node operators and their arguments, period labels), and the numbers (input
 * values, constants) become finmodel's Decimals, from a Decimal, a number or a numeric string (so a
 * graph revived from JSON is read as the graph it was). A graph `model` made is returned as it is.
 * A wrong shape is `SCHEMA` naming the field; a getter or Proxy trap that throws is `SCHEMA` too,
 * naming where it sits.
 */
export function readGraph(value: unknown, path: string): ModelGraph {
  if (typeof value === "object" && value !== null && made.has(value)) return value as ModelGraph;
  try {
    const g = record(readData(value, path, GRAPH_DEPTH), path, "a model graph (periods, inputs, lines, cells)");
    const periods = labels(g["periods"], `${path}.periods`, "period label");
    const inputs = list(g["inputs"], `${path}.inputs`).map((x, i) => readInput(x, `${path}.inputs[${i}]`));
    const lines = labels(g["lines"], `${path}.lines`, "line name");
    const cells = list(g["cells"], `${path}.cells`).map((x, i) => readCell(x, `${path}.cells[${i}]`));
    return Object.freeze({ periods, inputs, lines, cells });
  } catch (e) {
    // readData copies plain objects and arrays; an object of a class of the producer's own is
    // read as it is, and its getter may throw.
    if (e instanceof FinModelError) throw e;
    throw schemaError(path, unreadableDataMessage);
  }
}

/**
 * @internal The unit of a graph's node, input or cell (or of a table's row), checked: a kind
 * finmodel knows, with its currency codes or its count's unit. It reads the fields as they are:
 * give it a snapshot (readData, readRecord) of a caller's object.
 */
export function readModelUnit(value: unknown, path: string): ModelUnit {
  const u = record(value, path, `a unit (${UNIT_KINDS})`);
  const kind = u["kind"];
  switch (kind) {
    case "number":
    case "ratio":
    case "pp":
    case "multiple":
      return Object.freeze({ kind });
    case "money":
      return Object.freeze({ kind, currency: currency(u["currency"], `${path}.currency`) });
    case "count":
      return Object.freeze({ kind, unit: text(u["unit"], `${path}.unit`, "the name of what is counted") });
    case "fx":
      return Object.freeze({ kind, base: currency(u["base"], `${path}.base`), quote: currency(u["quote"], `${path}.quote`) });
    default:
      throw schemaError(`${path}.kind`, `must be a unit kind (${UNIT_KINDS}), got ${describeValue(kind)}`);
  }
}

function readInput(value: unknown, path: string): ModelGraphInput {
  const x = record(value, path, "an input (name, unit, perPeriod, values)");
  const perPeriod = x["perPeriod"];
  if (typeof perPeriod !== "boolean") throw schemaError(`${path}.perPeriod`, `must be true or false, got ${describeValue(perPeriod)}`);
  const given = record(x["values"], `${path}.values`, "a record of values by period label");
  const values: Record<string, Decimal> = {};
  for (const [period, v] of Object.entries(given)) values[period] = number(v, `${path}.values.${period}`);
  const out: Record<string, unknown> = {
    name: text(x["name"], `${path}.name`, "an input name"),
    unit: readModelUnit(x["unit"], `${path}.unit`),
    perPeriod,
    values: Object.freeze(values),
  };
  if (x["source"] !== undefined) out["source"] = readSource(x["source"], `${path}.source`);
  if (x["sources"] !== undefined) {
    const sources: Record<string, ModelInputSource> = {};
    for (const [period, s] of Object.entries(record(x["sources"], `${path}.sources`, "a record of sources by period label"))) {
      sources[period] = readSource(s, `${path}.sources.${period}`);
    }
    out["sources"] = Object.freeze(sources);
  }
  return Object.freeze(out) as unknown as ModelGraphInput;
}

function readSource(value: unknown, path: string): ModelInputSource {
  const s = record(value, path, "a source (label, status, and document, locator, period, stated if known)");
  const status = s["status"];
  if (typeof status !== "string" || !STATUSES.has(status)) throw schemaError(`${path}.status`, `must be reported, estimate or derived, got ${describeValue(status)}`);
  const out: Record<string, unknown> = { label: text(s["label"], `${path}.label`, "a label"), status };
  for (const key of ["document", "locator", "period", "stated"] as const) {
    if (s[key] !== undefined) out[key] = text(s[key], `${path}.${key}`, "a text");
  }
  return Object.freeze(out) as unknown as ModelInputSource;
}

function readCell(value: unknown, path: string): ModelGraphCell {
  const c = record(value, path, "a cell (line, period, unit, node)");
  const line = text(c["line"], `${path}.line`, "a line name");
  const period = text(c["period"], `${path}.period`, "a period label");
  return Object.freeze({ line, period, unit: readModelUnit(c["unit"], `${path}.unit`), node: readNode(c["node"], `${path}.node`, `${line}, ${period}`) });
}

/** A node of the formula of the cell `cell` ("revenue, FY2026"), which the node's errors name. */
function readNode(value: unknown, path: string, cell: string): ModelNode {
  const n = record(value, path, `a formula node (op, unit, and its arguments) in the cell ${cell}`);
  const op = n["op"];
  const unit = readModelUnit(n["unit"], `${path}.unit`);
  const args = (count?: number): readonly ModelNode[] => {
    const given = list(n["args"], `${path}.args`);
    if (count !== undefined ? given.length !== count : given.length === 0) {
      throw schemaError(`${path}.args`, `must hold ${count ?? "at least one"} node${count === 1 ? "" : "s"} for op "${String(op)}" in the cell ${cell}, got ${given.length}`);
    }
    return Object.freeze(given.map((a, i) => readNode(a, `${path}.args[${i}]`, cell)));
  };
  if (op === "input" || op === "line") {
    return Object.freeze({ op, name: text(n["name"], `${path}.name`, `the ${op} it reads`), period: text(n["period"], `${path}.period`, "a period label"), unit });
  }
  if (op === "const") return Object.freeze({ op, value: number(n["value"], `${path}.value`), unit });
  if (typeof op === "string" && OPS_2.has(op)) return Object.freeze({ op, args: args(2), unit }) as ModelNode;
  if (op === "neg") return Object.freeze({ op, args: args(1), unit }) as ModelNode;
  if (op === "if") return Object.freeze({ op, args: args(3), unit }) as ModelNode;
  if (typeof op === "string" && OPS_N.has(op)) return Object.freeze({ op, args: args(), unit }) as ModelNode;
  if (op === "call") {
    const fn = text(n["fn"], `${path}.fn`, "a function name");
    return Object.freeze({ op, fn, args: Object.freeze(list(n["args"], `${path}.args`).map((a, i) => readNode(a, `${path}.args[${i}]`, cell))), unit });
  }
  throw schemaError(`${path}.op`, `must be a node operator (input, line, const, add, sub, mul, div, pow, neg, sum, min, max, if, call) in the cell ${cell}, got ${describeValue(op)}`);
}

function record(value: unknown, path: string, what: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw schemaError(path, `must be ${what}, got ${describeValue(value)}`);
  return value as Record<string, unknown>;
}

function list(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) throw schemaError(path, `must be an array, got ${describeValue(value)}`);
  return value;
}

function text(value: unknown, path: string, what: string): string {
  if (typeof value !== "string" || value === "") throw schemaError(path, `must be ${what} (a non-empty string), got ${describeValue(value)}`);
  return value;
}

function labels(value: unknown, path: string, what: string): readonly string[] {
  const out = list(value, path).map((x, i) => text(x, `${path}[${i}]`, `a ${what}`));
  const seen = new Set<string>();
  out.forEach((x, i) => {
    if (seen.has(x)) throw schemaError(`${path}[${i}]`, `repeats the ${what} ${JSON.stringify(x)}`);
    seen.add(x);
  });
  return Object.freeze(out);
}

/** A currency code as `currencyCode` accepts it; anything else is the graph's shape gone wrong there (SCHEMA). */
function currency(value: unknown, path: string): string {
  if (!isCurrencyCode(value)) throw schemaError(path, `must be a currency code such as "USD", got ${describeValue(value)}`);
  return value;
}

function number(value: unknown, path: string): Decimal {
  try {
    return toDecimal(value as never, path);
  } catch (e) {
    // A value that is not a finite number: the graph's shape is wrong there.
    if (e instanceof FinModelError) throw schemaError(path, `must be a finite number (a Decimal, a number or a numeric string), got ${describeValue(value)}`, { cause: e });
    throw e;
  }
}
