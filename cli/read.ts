import { readFile } from "node:fs/promises";
// Reading command-line text into finmodel values. Every reader names the
// argument it reads, so that bad input becomes one line saying which argument
// was wrong and what was expected. All reading goes through the library
// (parseQuantity, statedFigure, readStated, toCalendarDate, fxRate).
import {
  type CalendarDate,
  type Decimal,
  type Figure,
  type FigureRange,
  type FxRate,
  type Money,
  type Multiple,
  type ParsedQuantity,
  type Ratio,
  FinModelError,
  fxRate,
  isFinModelError,
  parseQuantity,
  readStated as readStatedText,
  statedFigure,
  toCalendarDate,
} from "../src/index.js";
import { CliError } from "./errors.js";

/**
 * How command-line text is read: with English separators (`1,234.5`), whatever `--locale`
 * prints with, so that `1,234` is always twelve hundred thirty-four (the library refuses it
 * without a locale, since de-DE writes 1.234 so).
 */
export const READ_LOCALE = { locale: "en-US" } as const;

/** What an amount may be written as, for messages. */
export const AMOUNT = "an amount such as US$10.7B, 15.05亿元 or 27.6M";
const PERCENT = "a percentage such as 25.4%";

// What is left of `US$10.7B` (`US0.7B`), `HK$930` (`HK30`) or `US$1B` (`USB`) after an unquoted
// shell expands `$1`, `$9` or `$0` (`USbash`): a currency prefix with no `$` after it.
const EXPANDED = /^(?:US|HK|NT|NZ|MOP|A|C|S|R)(?:[\d.,-]|-?bash|zsh|sh|[KMBT]\b|$)/;

/** A hint for text that reads as an amount whose `$…` the shell expanded, or nothing. */
export function shellHint(text: string): string {
  if (text.includes("$") || !EXPANDED.test(text.trim())) return "";
  return `; the shell may have expanded the $ of an amount such as US$10.7B: quote it, 'US$10.7B'`;
}

function parsed(text: string, argument: string, expected: string): ParsedQuantity {
  try {
    return parseQuantity(text, READ_LOCALE);
  } catch (e) {
    if (isFinModelError(e)) throw new CliError(argument, `expected ${expected}, got ${JSON.stringify(text)}${shellHint(text)}`, { cause: e });
    throw e;
  }
}

/** An amount: Money (`US$75M`, `15.05亿元`) or a plain number (`27.6M`). */
export function readAmount(text: string, argument: string): Money | Decimal {
  const p = parsed(text, argument, AMOUNT);
  if (p.kind === "money") return p.quantity;
  if (p.kind === "number") return p.value;
  throw new CliError(argument, `expected ${AMOUNT}, got ${JSON.stringify(text)} (reads as ${p.kind})`);
}

/** An amount as a stated figure, keeping the precision it was written with. */
export function readStatedAmount(text: string, argument: string): Figure {
  readAmount(text, argument);
  return statedFigure(text, { label: text, ...READ_LOCALE });
}

/** A percentage (`25.4%`, `2%`); with `plainAllowed`, also a fraction (`0.02`). */
export function readPercent(text: string, argument: string, plainAllowed = false): Ratio | Decimal {
  const expected = plainAllowed ? `${PERCENT} or a fraction such as 0.02` : PERCENT;
  const p = parsed(text, argument, expected);
  if (p.kind === "ratio") return p.quantity;
  if (plainAllowed && p.kind === "number") return p.value;
  throw new CliError(argument, `expected ${expected}, got ${JSON.stringify(text)} (reads as ${p.kind})`);
}

/** A multiple (`54x`, `54 倍`) or a plain number. */
export function readMultiple(text: string, argument: string): Multiple | Decimal {
  const expected = "a multiple such as 54x";
  const p = parsed(text, argument, expected);
  if (p.kind === "multiple") return p.quantity;
  if (p.kind === "number") return p.value;
  throw new CliError(argument, `expected ${expected}, got ${JSON.stringify(text)} (reads as ${p.kind})`);
}

/** A share count: a plain number (`317M`) or a count (`317M shares`). */
export function readShares(text: string, argument: string): Decimal {
  const expected = "a share count such as 317M";
  const p = parsed(text, argument, expected);
  if (p.kind === "number" || p.kind === "count") return p.value;
  throw new CliError(argument, `expected ${expected}, got ${JSON.stringify(text)} (reads as ${p.kind})`);
}

/** A plain number (`5`, `2.5`). */
export function readNumber(text: string, argument: string, expected: string): Decimal {
  const p = parsed(text, argument, expected);
  if (p.kind === "number") return p.value;
  throw new CliError(argument, `expected ${expected}, got ${JSON.stringify(text)}`);
}

/** A calendar date, ISO `YYYY-MM-DD`. */
export function readDate(text: string, argument: string): CalendarDate {
  try {
    return toCalendarDate(text, argument);
  } catch (e) {
    if (isFinModelError(e)) throw new CliError(argument, `expected a date such as 2026-01-01, got ${JSON.stringify(text)}`, { cause: e });
    throw e;
  }
}

/** A stated figure or a stated range (`80.7%`, `9-10x`) of the given kind. */
export function readStated(text: string, argument: string, kind: string, expected: string): Figure | FigureRange {
  let stated: Figure | FigureRange;
  try {
    stated = readStatedText(text, READ_LOCALE);
  } catch (e) {
    if (isFinModelError(e)) throw new CliError(argument, `expected ${expected}, got ${JSON.stringify(text)}`, { cause: e });
    throw e;
  }
  const value = stated.kind === "figure-range" ? stated.low.value : stated.value;
  const read = typeof value === "object" && value !== null && "kind" in value ? value.kind : "number";
  if (read !== kind) throw new CliError(argument, `expected ${expected}, got ${JSON.stringify(text)} (reads as ${read})`);
  return stated;
}

const FX = /^\s*([A-Za-z]{3})\s*\/\s*([A-Za-z]{3})\s*=\s*(\S+)\s*$/;

/** An exchange rate written `BASE/QUOTE=rate`: `USD/HKD=7.8` is 1 USD = 7.8 HKD. */
export function readFx(text: string, argument: string): FxRate {
  const expected = "an exchange rate such as USD/HKD=7.8 (1 USD = 7.8 HKD)";
  const m = FX.exec(text);
  if (!m) throw new CliError(argument, `expected ${expected}, got ${JSON.stringify(text)}`);
  try {
    return fxRate(m[1]!.toUpperCase(), m[2]!.toUpperCase(), m[3]!);
  } catch (e) {
    if (e instanceof FinModelError) throw new CliError(argument, `expected ${expected}: ${e.message}`, { cause: e });
    throw e;
  }
}

/** `name=value` pairs in order; names must be unique and non-empty. */
export function readPairs(items: readonly string[], argument: string): [string, string][] {
  const seen = new Set<string>();
  return items.map((item) => {
    const at = item.indexOf("=");
    const name = at > 0 ? item.slice(0, at).trim() : "";
    if (name === "" || at === item.length - 1) throw new CliError(argument, `expected name=value such as APAC=61%, got ${JSON.stringify(item)}`);
    if (seen.has(name)) throw new CliError(argument, `expected each name once, got ${JSON.stringify(name)} twice`);
    seen.add(name);
    return [name, item.slice(at + 1)];
  });
}

/** The text of a file named on the command line, or a one-line error naming the argument. */
export async function readTextFile(path: string, argument: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new CliError(argument, `expected a readable file, got ${JSON.stringify(path)}${code ? ` (${code})` : ""}`, { cause: e });
  }
}
