import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, FinModelError, addPp, percent, pp, ratio, shiftRatio } from "finmodel";
import { codeOf } from "../support/errors.js";


describe("addPp / shiftRatio", () => {
  it("adds points and moves ratios by points", () => {
    // 13.2 + (−0.5) = 12.7 points
    expect(addPp(pp(13.2), pp("-0.5")).value.toString()).toBe("12.7");
    // 12.2% + 13.2 pp = 25.4% → 0.122 + 0.132 = 0.254
    expect(shiftRatio(percent(12.2), pp(13.2)).value.toString()).toBe("0.254");
    // overseas share 19% + 54 pp = 73%
    expect(shiftRatio(ratio("0.19"), pp(54)).value.toString()).toBe("0.73");
    expect(Object.isFrozen(addPp(pp(1), pp(2)))).toBe(true);
  });

  it("refuses a Ratio where points are expected, and the reverse", () => {
    expect(codeOf(() => addPp(pp(1), percent(1) as never))).toBe("UNIT_MISMATCH");
    expect(codeOf(() => shiftRatio(pp(12.2) as never, pp(1)))).toBe("UNIT_MISMATCH");
    expect(codeOf(() => shiftRatio(ratio(0.1), ratio(0.1) as never))).toBe("UNIT_MISMATCH");
    expect(codeOf(() => addPp(13.2 as never, pp(1)))).toBe("UNIT_MISMATCH");
  });

  it("law: addPp is commutative and associative; shifting by a then b equals shifting by a + b", () => {
    const points = fc.integer({ min: -100000, max: 100000 }).map((n) => pp(new Decimal(n).div(100)));
    fc.assert(
      fc.property(points, points, points, (a, b, c) => {
        expect(addPp(a, b).value.eq(addPp(b, a).value)).toBe(true);
        expect(addPp(addPp(a, b), c).value.eq(addPp(a, addPp(b, c)).value)).toBe(true);
        const r = ratio("0.25");
        expect(shiftRatio(shiftRatio(r, a), b).value.eq(shiftRatio(r, addPp(a, b)).value)).toBe(true);
      }),
    );
  });
});
