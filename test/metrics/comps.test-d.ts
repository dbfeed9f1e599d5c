import { describe, expectTypeOf, it } from "vitest";
import { type Decimal, type Money, type Multiple, type NotMeaningful, comps, money } from "finmodel";
import { footballFieldChart } from "finmodel/charts";

describe("comps types", () => {
  const t = comps([{ name: "A", enterpriseValue: money(1, "USD"), revenue: money(1, "USD") }], { metrics: ["evToSales", "priceToEarnings"], subject: { revenue: money(2, "HKD") } });

  it("rows and summaries are keyed by the metrics asked for", () => {
    expectTypeOf(t.rows[0]!.evToSales).toEqualTypeOf<Multiple | NotMeaningful>();
    expectTypeOf(t.summary.priceToEarnings.median).toEqualTypeOf<Multiple | NotMeaningful>();
    expectTypeOf(t.implied!.evToSales!.value).toEqualTypeOf<Money<"HKD">>();
    expectTypeOf(comps([{ name: "A" }], { metrics: ["evToSales"], subject: { revenue: 1 } }).implied!.evToSales!.low).toEqualTypeOf<Decimal>();
    // @ts-expect-error evToEbitda was not asked for
    t.rows[0]!.evToEbitda;
  });

  it("footballFieldChart takes implied directly", () => {
    footballFieldChart(t.implied!);
  });

  it("refuses unknown metrics", () => {
    // @ts-expect-error not a comps metric
    comps([{ name: "A" }], { metrics: ["evToRevenue"] });
  });
});
