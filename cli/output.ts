// Shared output: how a value prints (units, currency, the locale's notation),
// aligned label/value lines and tables for people, and JSON for machines.
import {
  type Decimal,
  type Figure,
  type FigureRange,
  type FigureValue,
  formatCount,
  formatMoney,
  formatMultiple,
  formatPp,
  formatRatio,
  isCount,
  isMoney,
  isMultiple,
  isPercentagePoints,
  isRatio,
  money,
} from "../src/index.js";

/** What every command gets besides its own arguments. */
export interface Context {
  /** A BCP 47 locale for digit grouping; a Chinese locale also writes amounts with 万 and 亿. */
  readonly locale: string;
  /** Print JSON instead of text. */
  readonly json: boolean;
}

/** What a command returns: text for people, a value for `--json`, and an exit code. */
export interface Output {
  readonly text: string;
  readonly json: unknown;
  /** 0 unless the answer is "no" (an inconsistent claim). */
  readonly exitCode?: number;
}

function cjk(ctx: Context): boolean {
  return /^(?:zh|ja)\b/i.test(ctx.locale);
}

/** A value as a person reads it: `80.76%`, `US$10.7B` (or `107亿美元` in zh-CN), `+13.20 pp`, `9.33x`. */
export function show(value: FigureValue, ctx: Context, digits = 2): string {
  const locale = ctx.locale;
  if (isMoney(value)) return formatMoney(value, { notation: cjk(ctx) ? "cjk" : "compact", locale });
  if (isRatio(value)) return formatRatio(value, { digits, locale });
  if (isPercentagePoints(value)) return formatPp(value, { digits, locale });
  if (isMultiple(value)) return formatMultiple(value, { digits, locale });
  if (isCount(value)) return formatCount(value, { notation: cjk(ctx) ? "cjk" : "compact", locale });
  return showNumber(value as Decimal, ctx, digits);
}

/** A plain number, rounded half away from zero for display, grouped for the locale. */
export function showNumber(value: Decimal, ctx: Context, digits = 2): string {
  const fixed = value.toDecimalPlaces(digits, 4 /* ROUND_HALF_UP */).toFixed(digits);
  const [int, frac] = fixed.replace("-", "").split(".");
  const grouped = new Intl.NumberFormat(ctx.locale, { useGrouping: true, maximumFractionDigits: 0 }).format(BigInt(int!));
  const sign = fixed.startsWith("-") && /[1-9]/.test(fixed) ? "-" : "";
  const point = new Intl.NumberFormat(ctx.locale).formatToParts(1.5).find((p) => p.type === "decimal")?.value ?? ".";
  return `${sign}${grouped}${frac === undefined ? "" : `${point}${frac}`}`;
}

/** A figure's interval as `low – high`. */
export function showInterval(f: Figure, ctx: Context, digits = 2): string {
  return `${show(f.interval.low, ctx, digits)} – ${show(f.interval.high, ctx, digits)}`;
}

/** A stated amount as written with the half unit its precision implies: `US$10.7B (± US$50M)`. */
export function showWritten(text: string, f: Figure, ctx: Context): string {
  const low = f.interval.low;
  const value = f.value;
  if (isMoney(value) && isMoney(low)) return `${text} (± ${formatMoney(money(value.amount.minus(low.amount), value.currency), { notation: cjk(ctx) ? "cjk" : "compact", locale: ctx.locale })})`;
  if (!isMoney(value) && !isMoney(low) && !("kind" in value) && !("kind" in low)) {
    const half = (value as Decimal).minus(low as Decimal);
    return `${text} (± ${half.toString()})`;
  }
  return text;
}

/** A stated figure or range as written, with the interval it stands for. */
export function showStated(s: Figure | FigureRange, ctx: Context, digits = 2): string {
  if (s.kind === "figure-range") return `${s.text} (${show(s.low.interval.low, ctx, digits)} – ${show(s.high.interval.high, ctx, digits)})`;
  return `${s.text ?? show(s.value, ctx, digits)} (${showInterval(s, ctx, digits)})`;
}

/** Label/value lines with the values aligned; a value may span several lines. */
export function pairs(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows
    .map(([label, value]) => value.split("\n").map((line, i) => `${(i === 0 ? label : "").padEnd(width)}  ${line}`.trimEnd()).join("\n"))
    .join("\n");
}

/** Display width: CJK characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch) ? 2 : 1;
  return w;
}

/** A table with a header row; columns listed in `right` are right-aligned (numbers). */
export function table(header: readonly string[], rows: readonly (readonly string[])[], right: readonly number[] = []): string {
  const widths = header.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c] ?? ""))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => {
        const pad = " ".repeat(widths[c]! - width(cell));
        return right.includes(c) ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** A value for JSON: Decimals become exact strings (their `toJSON`), everything else as it is. */
export function toJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}
