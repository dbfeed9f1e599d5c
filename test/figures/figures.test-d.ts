// Types of figures and derive: a typed figure keeps the metric's compile-time checks.
import { describe, expectTypeOf, it } from "vitest";
import {
  type Decimal,
  type Figure,
  type Money,
  type Multiple,
  type Ratio,
  cagr,
  derive,
  figure,
  growthMultiple,
  impliedPrice,
  mixShares,
  money,
  partValues,
  percent,
  statedFigure,
  statedRange,
  sumToOne,
} from "finmodel";

declare const usd: Figure<Money<"USD">>;
declare const usd2: Figure<Money<"USD">>;
declare const hkd: Figure<Money<"HKD">>;
declare const share: Figure<Ratio>;

describe("figure types", () => {
  it("figure and statedFigure", () => {
    expectTypeOf(figure(5)).toEqualTypeOf<Figure<Decimal>>();
    expectTypeOf(figure(money(1, "USD"))).toEqualTypeOf<Figure<Money<"USD">>>();
    expectTypeOf(figure(percent(25))).toEqualTypeOf<Figure<Ratio>>();
    // a stated figure's kind is known only when the text is read
    expectTypeOf(statedFigure("80.7%")).toEqualTypeOf<Figure>();
  });
});

describe("derive types", () => {
  it("gives a figure of the metric's result type", () => {
    expectTypeOf(derive("g", cagr, usd, usd2, 5)).toEqualTypeOf<Figure<Ratio>>();
    expectTypeOf(derive("x", growthMultiple, usd, usd2)).toEqualTypeOf<Figure<Multiple>>();
    // a figure of a kind known only at run time is accepted: the metric checks it then
    expectTypeOf(derive("g", cagr, statedFigure("US$1"), statedFigure("US$2"), figure(5))).toEqualTypeOf<Figure<Ratio>>();
  });

  it("keeps the metric's one-currency check", () => {
    // @ts-expect-error USD → HKD is not a growth
    derive("x", cagr, usd, hkd, 5);
    // @ts-expect-error a share is not an amount
    derive("x", cagr, share, usd, 5);
    // options objects are read field by field: a typed figure in a field keeps its type
    derive("p", impliedPrice, { revenue: usd, multiple: 54, shares: 3 });
  });

  it("lifts record results to records of figures, with the result's keys", () => {
    const mix = derive("m", mixShares, { apac: usd, americas: usd2 });
    expectTypeOf(mix.apac).toEqualTypeOf<Figure<Ratio>>();
    // @ts-expect-error no such region
    void mix.emea;
    const parts = derive("p", partValues, usd, sumToOne({ a: share, b: share }));
    expectTypeOf(parts.a).toEqualTypeOf<Figure<Money<"USD">>>();
  });

  it("statedFigure with a kind is a figure of that kind; without one, of any", () => {
    expectTypeOf(statedFigure("80.7%", { kind: "ratio" })).toEqualTypeOf<Figure<Ratio>>();
    expectTypeOf(statedFigure("US$10.7B", { kind: "money" })).toEqualTypeOf<Figure<Money>>();
    expectTypeOf(statedFigure("9x", { kind: "multiple" }).value.value).toEqualTypeOf<Decimal>();
    expectTypeOf(statedFigure("80.7%")).toEqualTypeOf<Figure>();
    // @ts-expect-error: no value is of kind "percent"
    statedFigure("80.7%", { kind: "percent" });
  });

  it("statedRange with a kind is a range of that kind", () => {
    expectTypeOf(statedRange("9-10x", { kind: "multiple" }).low).toEqualTypeOf<Figure<Multiple>>();
    expectTypeOf(statedRange("9-10x").low).toEqualTypeOf<Figure>();
  });
});
