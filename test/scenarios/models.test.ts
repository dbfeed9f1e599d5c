import { describe, expect, it } from "vitest";
import { FinModelError, fxRate, impliedPrice, money, psTargetPrice, psTargetPriceFloat } from "finmodel";
import { codeOf as code } from "../support/errors.js";

describe("psTargetPrice (Decimal) and psTargetPriceFloat (its float twin)", () => {
  it("gives the MiniMax base-case price by hand", () => {
    // 700M × 54 × 7.8 / 317M = 294,840M / 317M = 930.0946…
    expect(psTargetPrice({ revenue: 700e6, multiple: 54, fx: 7.8, shares: 317e6 }).toFixed(4)).toBe("930.0946");
    expect(psTargetPriceFloat({ revenue: 700e6, multiple: 54, fx: 7.8, shares: 317e6 }).toFixed(4)).toBe("930.0946");
  });

  it("equals impliedPrice with an FxRate on the same figures", () => {
    const p = impliedPrice({ revenue: money(700e6, "USD"), multiple: 54, shares: 317e6, fx: fxRate("USD", "HKD", 7.8) });
    expect(psTargetPrice({ revenue: 700e6, multiple: 54, fx: 7.8, shares: 317e6 }).eq(p.amount)).toBe(true);
  });

  it("without fx is revenue × multiple / shares", () => {
    expect(psTargetPrice({ revenue: 10, multiple: 5, shares: 2 }).toString()).toBe("25");
  });

  // The float twin agrees with it on generated inputs and bad ones: test/twins/ (the one table of twins).
  it("refuses bad inputs with the documented codes", () => {
    const base = { revenue: 700e6, multiple: 54, fx: 7.8, shares: 317e6 };
    for (const [patch, expected] of [
      [{ shares: 0 }, "DIVISION_BY_ZERO"],
      [{ shares: -1 }, "OUT_OF_DOMAIN"],
      [{ revenue: -1 }, "OUT_OF_DOMAIN"],
      [{ multiple: -1 }, "OUT_OF_DOMAIN"],
      [{ fx: 0 }, "OUT_OF_DOMAIN"],
      [{ revenue: Number.NaN }, "INVALID_NUMBER"],
    ] as const) {
      expect(code(() => psTargetPrice({ ...base, ...patch })), JSON.stringify(patch)).toBe(expected);
    }
    expect(code(() => psTargetPrice({ revenue: money(1, "USD") as never, multiple: 1, shares: 1, fx: 7.8 }))).toBe("UNIT_MISMATCH");
  });
});
