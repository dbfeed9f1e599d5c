// Types of the chart builders: figures and plain values in, a Vega-Lite spec out.
import { describe, expectTypeOf, it } from "vitest";
import { type Figure, type Money, money, statedFigure } from "finmodel";
import { type VegaLiteSpec, bridgeChart, distributionChart, seriesChart } from "finmodel/charts";

declare const revenue: Figure<Money<"USD">>;

describe("chart types", () => {
  it("return a VegaLiteSpec", () => {
    expectTypeOf(seriesChart([revenue, { period: "FY2026", value: money(1, "USD"), status: "estimate" }])).toEqualTypeOf<VegaLiteSpec>();
    expectTypeOf(distributionChart(new Float64Array(3), { bins: 10 })).toEqualTypeOf<VegaLiteSpec>();
    expectTypeOf(bridgeChart).returns.toEqualTypeOf<VegaLiteSpec>();
  });

  it("refuse what a chart cannot plot", () => {
    // @ts-expect-error a series point needs a period and a value
    seriesChart([{ value: 1 }]);
    // @ts-expect-error a status is reported, estimate or derived
    seriesChart([{ period: "FY2025", value: 1, status: "guess" }]);
    // @ts-expect-error draws are numbers
    distributionChart(["1", "2"]);
    // @ts-expect-error bins is a number
    distributionChart([1, 2], { bins: "ten" });
    void statedFigure;
  });
});
