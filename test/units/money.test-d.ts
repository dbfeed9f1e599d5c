import { describe, expectTypeOf, it } from "vitest";
import {
  type Money,
  type ParsedQuantity,
  addMoney,
  addPp,
  allocateMoney,
  compareMoney,
  count,
  formatMoney,
  formatRatio,
  money,
  multiple,
  parseQuantity,
  percent,
  pp,
  ratio,
  scaleMoney,
  shiftRatio,
  subtractMoney,
  sumMoney,
} from "finmodel";

describe("money arithmetic keeps currencies apart at compile time", () => {
  const usd = money(1, "USD");
  const hkd = money(1, "HKD");

  it("same-currency operations type-check and keep the currency", () => {
    expectTypeOf(addMoney(usd, money(2, "USD"))).toEqualTypeOf<Money<"USD">>();
    expectTypeOf(subtractMoney(hkd, hkd)).toEqualTypeOf<Money<"HKD">>();
    expectTypeOf(scaleMoney(usd, 3)).toEqualTypeOf<Money<"USD">>();
    expectTypeOf(sumMoney([usd, usd])).toEqualTypeOf<Money<"USD">>();
    expectTypeOf(compareMoney(usd, usd)).toEqualTypeOf<-1 | 0 | 1>();
    expectTypeOf(allocateMoney(usd, [1, 2])).toEqualTypeOf<readonly Money<"USD">[]>();
  });

  it("mixing two literal currencies does not compile", () => {
    // @ts-expect-error USD + HKD
    addMoney(usd, hkd);
    // @ts-expect-error USD − HKD
    subtractMoney(usd, hkd);
    // @ts-expect-error comparing USD with HKD
    compareMoney(usd, hkd);
    // @ts-expect-error a list in two currencies
    sumMoney([usd, hkd]);
  });

  it("money and other quantities do not mix", () => {
    // @ts-expect-error a Count is not Money
    addMoney(money(1, "USD"), count(1, "users"));
    // @ts-expect-error a Ratio is not Money
    addMoney(money(1, "USD"), ratio(0.5));
    // @ts-expect-error a Multiple is not a plain factor
    scaleMoney(usd, multiple(2));
    // @ts-expect-error a Ratio is not Money
    formatMoney(ratio(0.5));
    // @ts-expect-error Money is not a Ratio
    formatRatio(usd);
  });

  it("money typed with a wide currency still works (checked at run time)", () => {
    const wide: Money<string> = hkd;
    expectTypeOf(addMoney(wide, usd)).toEqualTypeOf<Money<string>>();
    const list: Money<string>[] = [usd, hkd];
    expectTypeOf(sumMoney(list)).toEqualTypeOf<Money<string>>();
  });
});

describe("ratios and percentage points do not mix", () => {
  it("adding a Ratio to PercentagePoints does not compile", () => {
    expectTypeOf(addPp(pp(1), pp(2))).toEqualTypeOf<ReturnType<typeof pp>>();
    // @ts-expect-error a Ratio is not percentage points
    addPp(pp(1), percent(1));
    // @ts-expect-error a Ratio is not percentage points
    addPp(ratio(0.1), pp(1));
    // @ts-expect-error the change must be in pp, not a Ratio
    shiftRatio(ratio(0.1), ratio(0.1));
    // @ts-expect-error pp is not a Ratio to start from
    shiftRatio(pp(1), pp(1));
  });
});

describe("parseQuantity narrows on kind", () => {
  it("each kind carries its typed quantity", () => {
    const p: ParsedQuantity = parseQuantity("25.4%");
    if (p.kind === "ratio") expectTypeOf(p.quantity).toEqualTypeOf<ReturnType<typeof ratio>>();
    if (p.kind === "money") expectTypeOf(p.quantity).toEqualTypeOf<Money>();
    if (p.kind === "count") expectTypeOf(p.quantity.unit).toEqualTypeOf<string>();
  });
});
