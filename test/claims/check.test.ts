import { describe, expect, it } from "vitest";
import { checkClaim, count, derive, figure, FinModelError, growthMultiple, marginRatio, money, multiple, percent, ratio, statedFigure, statedRange, cagr } from "finmodel";
import { codeOf } from "../support/errors.js";

describe("checkClaim", () => {
  it("consistent: the computed value rounds to the stated text", () => {
    // 0.2541 lies in "25.4%" = [0.2535, 0.2545]
    const r = checkClaim(figure(ratio("0.2541")), statedFigure("25.4%"));
    expect(r.verdict).toBe("consistent");
    expect(r.margin.isZero()).toBe(true); // inside the stated interval: nothing to make up
  });

  it("consistent within rounding: only the intervals overlap (market CAGR 80.7%)", () => {
    // computed 0.80762 ∉ [0.8065, 0.8075], but [0.80585, 0.80940] overlaps it
    const computed = derive("CAGR", cagr, statedFigure("US$10.7B"), statedFigure("US$206.5B"), 5);
    const r = checkClaim(computed, statedFigure("80.7%"));
    expect(r.verdict).toBe("consistent-within-rounding");
    expect(r.margin.toSignificantDigits(6).toString()).toBe("0.00012049"); // 0.80762049 − 0.8075
    expect(r.explanation).toContain('"80.7%"');
  });

  it("inconsistent: not even the intervals overlap", () => {
    const r = checkClaim(figure(ratio("0.2556")), statedFigure("25.4%"));
    expect(r.verdict).toBe("inconsistent");
    expect(r.margin.eq("0.0011")).toBe(true);
  });

  it(">= and <= for 'more than' / 'at most' claims", () => {
    expect(checkClaim(figure(ratio(2.1)), statedFigure("200%"), { comparator: ">=" }).verdict).toBe("consistent");
    // 1.997 < 2, but 200% stated to the unit allows [1.995, 2.005]
    expect(checkClaim(figure(ratio(1.997)), statedFigure("200%"), { comparator: ">=" }).verdict).toBe("consistent-within-rounding");
    expect(checkClaim(figure(ratio(1.9)), statedFigure("200%"), { comparator: ">=" }).verdict).toBe("inconsistent");
    expect(checkClaim(figure(ratio(0.1)), statedFigure("15%"), { comparator: "<=" }).verdict).toBe("consistent");
  });

  it("between for a stated range: revenue '9–10×'", () => {
    // 700/75 = 9.33× lies in [9, 10]
    const x = derive("growth", growthMultiple, statedFigure("US$75M"), statedFigure("US$700M"));
    expect(checkClaim(x, statedRange("9-10倍")).verdict).toBe("consistent");
    // 10.3× is outside [9, 10] but inside the rounding of "10" ([9.5, 10.5])
    expect(checkClaim(figure(multiple(10.3)), statedRange("9-10倍")).verdict).toBe("consistent-within-rounding");
    expect(checkClaim(figure(multiple(10.6)), statedRange("9-10倍")).verdict).toBe("inconsistent");
  });

  it("about with an explicit tolerance", () => {
    // "about 0.3%" with ±0.05 pp: 0.0034 is 0.04 pp away
    expect(checkClaim(figure(ratio("0.0034")), statedFigure("0.3%"), { comparator: "about", tolerance: "0.0005" }).verdict).toBe("consistent");
    // 0.0040 is exactly on the edge of [0.0025 − 0.0005, 0.0035 + 0.0005]: within rounding; 0.0041 is past it
    expect(checkClaim(figure(ratio("0.0040")), statedFigure("0.3%"), { comparator: "about", tolerance: "0.0005" }).verdict).toBe("consistent-within-rounding");
    expect(checkClaim(figure(ratio("0.0041")), statedFigure("0.3%"), { comparator: "about", tolerance: "0.0005" }).verdict).toBe("inconsistent");
    expect(checkClaim(figure(ratio("0.0031")), statedFigure("0.3%"), { comparator: "about", relativeTolerance: "0.1" }).verdict).toBe("consistent");
    expect(() => checkClaim(figure(ratio("0.0034")), statedFigure("0.3%"), { comparator: "about" })).toThrow(FinModelError);
  });

  it("'doubled': gross margin 12.2% → 25.4% is 2.08×, consistent with 2x only within rounding of 'doubled'", () => {
    const m = derive("ratio", marginRatio, statedFigure("12.2%"), statedFigure("25.4%"));
    // 25.4/12.2 = 2.0820 ∈ [25.35/12.25, 25.45/12.15] = [2.0694, 2.0947]
    expect(m.value.value.toDecimalPlaces(4).toString()).toBe("2.082");
    expect(checkClaim(m, statedFigure("2x"), { comparator: ">=" }).verdict).toBe("consistent");
  });

  it("refuses to compare different kinds or currencies", () => {
    expect(codeOf(() => checkClaim(figure(ratio(0.2)), statedFigure("54x")))).toBe("UNIT_MISMATCH");
    expect(codeOf(() => checkClaim(figure(money(1, "USD")), statedFigure("HK$1")))).toBe("CURRENCY_MISMATCH");
    expect(codeOf(() => checkClaim(figure(percent(1)), statedRange("1%-2%"), { comparator: "approx" }))).toBe("OUT_OF_DOMAIN");
  });
});

describe("statedRange", () => {
  it("reads ranges whose unit is written once or twice", () => {
    const a = statedRange("9–10×");
    expect([a.low.value, a.high.value].map((q) => (q as { value: { toString(): string } }).value.toString())).toEqual(["9", "10"]);
    const b = statedRange("40%-50%");
    expect((b.low.interval.low as { kind: string }).kind).toBe("ratio");
    expect((b.high.value as { value: { toString(): string } }).value.toString()).toBe("0.5");
  });
  it("rejects reversed or mixed ranges", () => {
    expect(() => statedRange("10-9x")).toThrow(FinModelError);
    expect(() => statedRange("9x-10%")).toThrow(FinModelError);
    expect(() => statedRange("9x")).toThrow(FinModelError);
  });
});

describe("figures and claims compare values of one unit", () => {
  it("a count of users is neither a bound of nor a claim about a count of shares", () => {
    // (the compiler refuses both; a value that lost its type, read from JSON for instance, is refused when it runs)
    expect(codeOf(() => figure(count(5, "users"), { interval: { low: count(4, "shares") as never, high: count(6, "users") } }))).toBe("UNIT_MISMATCH");
    expect(codeOf(() => checkClaim(figure(count(5, "users")), figure(count(5, "shares"))))).toBe("UNIT_MISMATCH");
    // the same unit compares: 5 users lie in [4, 6] users, and equal the stated 5 users
    expect(figure(count(5, "users"), { interval: { low: count(4, "users"), high: count(6, "users") } }).interval.low.value.toString()).toBe("4");
    expect(checkClaim(figure(count(5, "users")), figure(count(5, "users"))).verdict).toBe("consistent");
  });
});
