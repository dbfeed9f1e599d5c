// Every exported type guard (a function named is…) answers a question about any value: given an
// object whose getters or Proxy traps throw, it answers false, and never lets the trap's error out.
import { describe, expect, it } from "vitest";
import * as finmodel from "finmodel";
import * as claims from "finmodel/claims";
import * as excel from "finmodel/excel";
import * as charts from "finmodel/charts";
import * as workbook from "finmodel/workbook";

function thrower(): never {
  throw new Error("hostile input");
}

const HOSTILE: readonly [string, unknown][] = [
  ["a Proxy whose every trap throws", new Proxy({}, { get: thrower, has: thrower, ownKeys: thrower, getPrototypeOf: thrower, getOwnPropertyDescriptor: thrower })],
  ["an object whose kind getter throws", { get kind(): never { return thrower(); } }],
  ["a notMeaningful whose reason getter throws", { kind: "notMeaningful", get reason(): never { return thrower(); } }],
  ["a money whose amount getter throws", { kind: "money", currency: "USD", get amount(): never { return thrower(); } }],
  ["a money whose currency getter throws", { kind: "money", amount: "1", get currency(): never { return thrower(); } }],
  ["a calendar date whose year getter throws", { get year(): never { return thrower(); }, month: 1, day: 1 }],
];

const modules = { finmodel, "finmodel/claims": claims, "finmodel/excel": excel, "finmodel/charts": charts, "finmodel/workbook": workbook } as unknown as Record<string, Record<string, unknown>>;
const guards: [string, (v: unknown) => unknown][] = [];
for (const [entry, mod] of Object.entries(modules)) {
  for (const [name, fn] of Object.entries(mod)) {
    if (/^is[A-Z]/.test(name) && typeof fn === "function") guards.push([`${entry} ${name}`, fn as (v: unknown) => unknown]);
  }
}

describe("exported type guards", () => {
  it("are found (the check below is not empty)", () => {
    const names = guards.map(([n]) => n);
    expect(names).toEqual(expect.arrayContaining(["finmodel isMoney", "finmodel isCalendarDate", "finmodel isNotMeaningful", "finmodel isFinModelError"]));
  });

  it.each(guards)("%s never throws for objects whose reads throw, and answers false when even the kind cannot be read", (_, guard) => {
    for (const [label, value] of HOSTILE) {
      let answer: unknown;
      expect(() => (answer = guard(value)), label).not.toThrow();
      // A guard of a kind is a check of the tag (isMoney answers true for any { kind: "money" });
      // where the tag itself cannot be read, the answer is no.
      expect(typeof answer, label).toBe("boolean");
      if (label === HOSTILE[0]![0] || label === HOSTILE[1]![0]) expect(answer, label).toBe(false);
    }
  });

  it("isMoney with a currency answers false when the currency cannot be read", () => {
    const [, value] = HOSTILE.find(([label]) => label.includes("currency getter"))!;
    expect(finmodel.isMoney(value, "USD")).toBe(false);
    expect(finmodel.isMoney(finmodel.money(1, "USD"), "USD")).toBe(true);
  });

  it("isNotMeaningful and isCalendarDate answer false when a field cannot be read", () => {
    expect(finmodel.isNotMeaningful(HOSTILE[2]![1])).toBe(false);
    expect(finmodel.isCalendarDate(HOSTILE[4]![1])).toBe(false);
    expect(finmodel.isCalendarDate({ year: 2025, month: 9, day: 30 })).toBe(true);
  });
});
