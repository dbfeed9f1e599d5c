import { outOfDomain, unitMismatch } from "../core/errors.js";
import { readOptions } from "../core/options.js";
import { type Figure, GIVEN, isFigure } from "./figure.js";
import { magnitude } from "./quantity.js";
import { showValue } from "./show.js";

/** Options of {@link explain}. */
export interface ExplainOptions {
  /** `"text"` (a tree drawn with box characters, the default) or `"markdown"` (a nested list). */
  readonly format?: "text" | "markdown";
}

function describeNode(f: Figure, markdown: boolean): string {
  const exact = magnitude(f.interval.low).eq(magnitude(f.interval.high));
  const value = showValue(f.value);
  const range = exact ? "" : ` [${showValue(f.interval.low)}, ${showValue(f.interval.high)}]`;
  const label = markdown ? `**${f.label}**` : f.label;
  const facts: string[] = [];
  // A plain value passed to derive is given, not anyone's estimate.
  if (f.source === GIVEN) return `${label} = ${value}${range} (given; ${GIVEN.note})`;
  if (f.status === "derived") facts.push(`derived by ${f.operation ?? "a function"}`);
  else facts.push(f.status);
  if (f.text !== undefined) facts.push(`stated as "${f.text}"`);
  if (f.period) facts.push(f.period.label);
  if (f.source) {
    facts.push([f.source.document, f.source.locator].filter(Boolean).join(", "));
    if (f.source.note) facts.push(f.source.note);
  }
  return `${label} = ${value}${range} (${facts.join("; ")})`;
}

/**
 * The derivation tree of a figure, down to its sources: at each node the
 * label, value, interval, and either the operation that computed it or its
 * status, stated text, period and source.
 *
 * @param figure - any figure; derived figures show their inputs beneath them
 * @param options - `{ format: "text" | "markdown" }`
 * @returns the tree as a string (one node a line)
 * @throws FinModelError `UNIT_MISMATCH` if `figure` is not a figure
 *
 * @example
 * ```ts
 * import { derive, explain, statedFigure, growthMultiple } from "finmodel";
 * const r2025 = statedFigure("US$75M", { label: "Revenue 2025", source: { document: "broker-note", locator: "line 6" } });
 * const r2027 = statedFigure("US$700M", { label: "Revenue 2027E", status: "estimate" });
 * const x = derive("Revenue growth 2025–2027E", growthMultiple, r2025, r2027);
 * explain(x).split("\n")[0] //=> "Revenue growth 2025–2027E = 9.3333x [9.2649x, 9.4027x] (derived by growthMultiple)"
 * explain(x).split("\n")[1] //=> '├── Revenue 2025 = US$75M [US$74.5M, US$75.5M] (reported; stated as "US$75M"; broker-note, line 6)'
 * ```
 */
export function explain(figure: Figure, options?: ExplainOptions): string {
  const opts = readOptions(options, "options", ["format"]);
  if (!isFigure(figure)) throw unitMismatch("figure", "a Figure", figure);
  const format = opts.format === undefined ? "text" : opts.format;
  if (format !== "text" && format !== "markdown") throw outOfDomain("options.format", format, 'must be "text" or "markdown"');
  const lines: string[] = [];
  const walk = (f: Figure, prefix: string, childPrefix: string, depth: number) => {
    if (format === "markdown") lines.push(`${"  ".repeat(depth)}- ${describeNode(f, true)}`);
    else lines.push(`${prefix}${describeNode(f, false)}`);
    f.inputs.forEach((input, i) => {
      const last = i === f.inputs.length - 1;
      walk(input, `${childPrefix}${last ? "└── " : "├── "}`, `${childPrefix}${last ? "    " : "│   "}`, depth + 1);
    });
  };
  walk(figure, "", "", 0);
  return lines.join("\n");
}
