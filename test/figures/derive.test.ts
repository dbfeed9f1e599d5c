import { describe, expect, it } from "vitest";
import { Decimal, derive, figure, FinModelError, growthMultiple, money, percent, statedFigure, cagr, type Money, type Ratio } from "finmodel";

const dp = (d: Decimal, n = 12) => d.toDecimalPlaces(n).toString();

describe("derive", () => {
  it("evaluates the function at the values and at the corners of the intervals", () => {
    // "US$75M" is [74.5M, 75.5M]; "US$700M" is [699.5M, 700.5M].
    // growth multiple = to / from: value 700/75 = 9.3333…, low 699.5/75.5 = 9.264900662251…, high 700.5/74.5 = 9.402684563758…
    const x = derive("growth", growthMultiple, statedFigure("US$75M"), statedFigure("US$700M"));
    expect(x.value.kind).toBe("multiple");
    expect(dp(x.value.value)).toBe("9.333333333333");
    expect(dp(x.interval.low.value)).toBe("9.264900662252");
    expect(dp(x.interval.high.value)).toBe("9.402684563758");
    expect(x.status).toBe("derived");
    expect(x.operation).toBe("growthMultiple");
    expect(x.inputs.map((f) => f.text)).toEqual(["US$75M", "US$700M"]);
  });

  it("is exact to the private Decimal's precision (market CAGR 2024–2029)", () => {
    // Reference computed independently at 50 digits: (206.5/10.7)^(1/5) − 1 = 0.80762049040392030127…
    const g = derive("CAGR", cagr, statedFigure("US$10.7B"), statedFigure("US$206.5B"), 5);
    expect(g.value.value.toSignificantDigits(20).toString()).toBe("0.80762049040392030127");
    // low uses (206.45 / 10.75), high (206.55 / 10.65)
    expect(g.interval.low.value.toSignificantDigits(15).toString()).toBe("0.805848382834379");
    expect(g.interval.high.value.toSignificantDigits(15).toString()).toBe("0.809402217833537");
    // the plain 5 is recorded as an exact input
    expect(g.inputs).toHaveLength(3);
    expect(g.inputs[2]!.interval.low.toString()).toBe("5");
  });

  it("passes non-figure arguments through unchanged", () => {
    const calls: unknown[][] = [];
    const fn = (a: Decimal, opts: { scale: number }) => {
      calls.push([a, opts]);
      return a.times(opts.scale);
    };
    const r = derive("scaled", fn, figure(2, { interval: { low: 1, high: 3 } }), { scale: 10 });
    expect([r.value, r.interval.low, r.interval.high].map(String)).toEqual(["20", "10", "30"]);
    expect(calls.every((c) => (c[1] as { scale: number }).scale === 10)).toBe(true);
    // the plain number in the options object is recorded as an exact input named by its field
    expect(r.inputs.map((f) => f.label)).toEqual(["2", "scale"]);
  });

  it("finds the extremes of a function decreasing in one argument and increasing in another", () => {
    const ratio = (a: Decimal, b: Decimal) => a.div(b);
    const r = derive("a/b", ratio, figure(10, { interval: { low: 9, high: 11 } }), figure(2, { interval: { low: 1, high: 4 } }));
    expect(r.interval.low.toString()).toBe("2.25"); // 9/4
    expect(r.interval.high.toString()).toBe("11"); // 11/1
  });

  it("refuses a function that is not monotone over the interval instead of understating it", () => {
    // x(1 − x) on [0, 1] with value 0.1: corners give 0 and 0, the value 0.09, but the true maximum is 0.25 at 0.5.
    const hump = (x: Decimal) => x.times(new Decimal(1).minus(x));
    let error: unknown;
    try {
      derive("hump", hump, figure(0.1, { interval: { low: 0, high: 1 } }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FinModelError);
    expect((error as FinModelError).code).toBe("OUT_OF_DOMAIN");
    expect((error as FinModelError).message).toMatch(/not monotone in args\.0/);
  });

  it("passes on an error the function raises at a corner", () => {
    // a start value whose interval reaches below zero makes CAGR undefined at that corner
    const start = figure(money(0.4, "USD"), { interval: { low: money(-0.1, "USD"), high: money(0.9, "USD") } });
    expect(() => derive("cagr", cagr, start, figure(money(10, "USD")), 5)).toThrow(FinModelError);
  });

  it("keeps quantities' kinds and currencies", () => {
    const r = derive("same ratio", (a: Ratio) => a, figure(percent(25.4)));
    expect(r.value.kind).toBe("ratio");
    const m = derive("same money", (x: Money<"USD">) => x, figure(money(1, "USD")));
    expect(m.value.currency).toBe("USD");
  });

  it("rejects a function that does not return a number or quantity", () => {
    expect(() => derive("bad", (_x: unknown) => "x" as never, figure(1))).toThrowError(/returning a Decimal or a typed quantity/);
    expect(() => derive("", cagr, figure(1), figure(2), 1)).toThrow(FinModelError);
  });
});

describe("derive with figures inside arrays and options objects", () => {
  it("treats array elements and object fields as uncertain inputs", async () => {
    const { shareTotal, impliedMarketCap, multiple } = await import("finmodel");
    // "61%" + "24%" + "15%": value 1, each ±0.005 → [0.985, 1.015]
    const total = derive("regions", shareTotal, [statedFigure("61%"), statedFigure("24%"), statedFigure("15%")]);
    expect(total.value.value.toString()).toBe("1");
    expect([total.interval.low.value.toString(), total.interval.high.value.toString()]).toEqual(["0.985", "1.015"]);
    expect(total.inputs).toHaveLength(3);
    // impliedMarketCap(revenue, multiple): US$700M [650M, 750M] × 54 [53.5, 54.5]
    const cap = derive("cap", impliedMarketCap, statedFigure("7 億美元"), figure(multiple(54), { interval: { low: 53.5, high: 54.5 } }));
    expect((cap.interval.low as Money).amount.toString()).toBe("34775000000"); // 650e6 × 53.5
    expect((cap.interval.high as Money).amount.toString()).toBe("40875000000"); // 750e6 × 54.5
  });
});
