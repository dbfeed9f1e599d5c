import { Decimal, isDecimal } from "../core/decimal.js";
import { formatCount, formatMoney, formatMultiple, formatPp, formatRatio } from "../units/format.js";
import { type FigureValue, magnitude } from "./quantity.js";

// Enough digits to see a difference that matters, few enough to read.
const SIGNIFICANT = 5;

/** @internal A figure value as a reader would write it: 80.762%, US$10.7B, +13.2 pp, 9.3333x. */
export function showValue(v: FigureValue): string {
  return trimZeros(formatted(v));
}

// "US$75.000M" → "US$75M", "25.400%" → "25.4%": the digits shown are not a precision claim.
function trimZeros(s: string): string {
  return s.replace(/\.(\d*?)0+(?![\d,])/, (_m, kept: string) => (kept ? `.${kept}` : ""));
}

function formatted(v: FigureValue): string {
  const m = magnitude(v);
  if (isDecimal(v)) return m.toSignificantDigits(SIGNIFICANT).toString();
  switch (v.kind) {
    case "money":
      // Compact (US$10.7B) for large amounts; a share price reads better in full (HK$1,240).
      return m.abs().gte(1e6)
        ? formatMoney(v, { notation: "compact", digits: decimalsFor(m.abs().div(compactScale(m))) })
        : formatMoney(v, { digits: decimalsFor(m.abs()) });
    case "ratio":
      return formatRatio(v, { digits: decimalsFor(m.abs().times(100)) });
    case "pp":
      return formatPp(v, { digits: decimalsFor(m.abs()) });
    case "multiple":
      return formatMultiple(v, { digits: decimalsFor(m.abs()) });
    case "count":
      return formatCount(v, { notation: "compact", digits: decimalsFor(m.abs().div(compactScale(m))) });
  }
}

// The divisor compact notation uses (thousand, million, billion, trillion).
function compactScale(m: Decimal): Decimal {
  const a = m.abs();
  for (const e of [12, 9, 6, 3]) if (a.gte(`1e${e}`)) return new Decimal(`1e${e}`);
  return new Decimal(1);
}

// Decimal places that show about SIGNIFICANT significant digits (1 to 4).
function decimalsFor(x: Decimal): number {
  const intDigits = x.lt(1) ? 1 : x.floor().toFixed().length;
  return Math.min(4, Math.max(1, SIGNIFICANT - intDigits));
}
