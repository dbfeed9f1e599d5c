import { describe, expect, it } from "vitest";
import { FinModelError, money, psTargetPrice, tornado } from "finmodel";
import { codeOf } from "../support/errors.js";

describe("tornado", () => {
  const base = { revenue: 700e6, multiple: 54, fx: 7.8, shares: 300e6 };
  const t = tornado(psTargetPrice, base, {
    swings: { fx: [7.75, 7.85], shares: [280e6, 320e6], multiple: [30, 70], revenue: [400e6, 1e9] },
  });

  it("swings one input at a time, others at base (checked by hand)", () => {
    // base: 700M × 54 × 7.8 / 300M = 982.8
    expect(t.base.toString()).toBe("982.8");
    const revenue = t.bars.find((b) => b.input === "revenue")!;
    // 400M → 561.6; 1B → 1,404; spread 842.4
    expect([revenue.outputLow.toString(), revenue.outputHigh.toString(), revenue.spread.toString()]).toEqual(["561.6", "1404", "842.4"]);
    const multiple = t.bars.find((b) => b.input === "multiple")!;
    // 30 → 546; 70 → 1,274; spread 728
    expect(multiple.spread.toString()).toBe("728");
    const shares = t.bars.find((b) => b.input === "shares")!;
    // 294,840M / 280M = 1,053; / 320M = 921.375; spread 131.625 (a price falls as shares rise)
    expect([shares.outputLow.toString(), shares.outputHigh.toString(), shares.spread.toString()]).toEqual(["1053", "921.375", "131.625"]);
    const fx = t.bars.find((b) => b.input === "fx")!;
    // 700M × 54 / 300M = 126 per unit of fx: × 0.1 = 12.6
    expect(fx.spread.toString()).toBe("12.6");
  });

  it("sorts the bars by spread, widest first", () => {
    expect(t.bars.map((b) => b.input)).toEqual(["revenue", "multiple", "shares", "fx"]);
    expect(Object.isFrozen(t) && Object.isFrozen(t.bars) && Object.isFrozen(t.bars[0])).toBe(true);
  });

  it("compares Money outputs by amount, one currency", () => {
    const m = tornado(({ x }: { x: number }) => money(x * 2, "HKD"), { x: 1 }, { swings: { x: [0, 3] } });
    expect(m.bars[0]?.spread.toString()).toBe("6");
    let code: string | undefined;
    try {
      tornado(({ c }: { c: string }) => money(1, c), { c: "HKD" }, { swings: { c: ["USD", "HKD"] } });
    } catch (e) {
      code = (e as FinModelError).code;
    }
    expect(code).toBe("CURRENCY_MISMATCH");
  });

  it("refuses a swing that is not a pair, and no swings", () => {
    expect(codeOf(() => tornado(psTargetPrice, base, { swings: { fx: [7.8] as never } }))).toBe("UNIT_MISMATCH");
    expect(codeOf(() => tornado(psTargetPrice, base, { swings: {} }))).toBe("OUT_OF_DOMAIN");
  });
});
