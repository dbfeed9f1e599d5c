// convertMoney takes money in either currency of the rate's pair and returns the other;
// a third currency does not compile.
import { describe, expectTypeOf, it } from "vitest";
import { type Money, convertMoney, fxRate, money } from "finmodel";

describe("convertMoney types", () => {
  const eurUsd = fxRate("EUR", "USD", 1.08);

  it("returns the other currency of the pair", () => {
    expectTypeOf(convertMoney(money(1, "EUR"), eurUsd)).toEqualTypeOf<Money<"USD">>();
    expectTypeOf(convertMoney(money(1, "USD"), eurUsd)).toEqualTypeOf<Money<"EUR">>();
  });

  it("refuses a currency outside the pair", () => {
    // @ts-expect-error JPY is neither EUR nor USD
    convertMoney(money(1, "JPY"), eurUsd);
  });
});
