import { describe, expect, it } from "vitest";
import DecimalJs from "decimal.js";
import { Decimal } from "finmodel";
import { formulaOf, valueOf } from "../../src/workbook/formula.js";
import type { ModelNode } from "finmodel";
import { columnLetters, definedName } from "../../src/workbook/names.js";
import { thrown } from "../support/errors.js";
import { add, call, div, I, iff, K, L, max, min, mul, neg, pow, sub, sum } from "./graphs.js";

// Inputs are spelled by their name and period, lines by a fixed address per line, so that every
// expected formula below is written by hand.
const refs = {
  input: (name: string, period: string) => `${name}_${period}`,
  line: (name: string, period: string) => (name === "rev" && period === "FY2026" ? "D3" : name === "rev" ? "C3" : "C4"),
};
const f = (node: ModelNode) => formulaOf(node, refs, "test cell");

describe("formulaOf writes every node kind as a spreadsheet formula", () => {
  it("writes the issue's example: the previous revenue times one plus this period's growth", () => {
    expect(f(mul(L("rev", "FY2025"), add(K(1), I("growth", "FY2026"))))).toBe("C3*(1+growth_FY2026)");
  });

  it("keeps the tree's grouping exactly", () => {
    expect(f(sub(K(1), sub(K(2), K(3))))).toBe("1-(2-3)");
    expect(f(sub(sub(K(1), K(2)), K(3)))).toBe("1-2-3");
    expect(f(div(K(8), mul(K(2), K(2))))).toBe("8/(2*2)");
    expect(f(div(mul(K(8), K(2)), K(2)))).toBe("8*2/2");
    expect(f(mul(add(K(1), K(2)), K(3)))).toBe("(1+2)*3");
    expect(f(add(K(1), mul(K(2), K(3))))).toBe("1+2*3");
  });

  it("parenthesizes powers and negation, which spreadsheets read differently from algebra", () => {
    // Spreadsheets read -2^2 as 4 and 2^3^2 as (2^3)^2.
    expect(f(neg(pow(K(2), K(2))))).toBe("-(2^2)");
    expect(f(pow(neg(K(2)), K(2)))).toBe("(-2)^2");
    expect(f(pow(K(2), pow(K(3), K(2))))).toBe("2^(3^2)");
    expect(f(pow(pow(K(2), K(3)), K(2)))).toBe("(2^3)^2");
    expect(f(mul(K(-1.5), I("a", "FY2025")))).toBe("(-1.5)*a_FY2025");
    expect(f(mul(K(2), neg(I("a", "FY2025"))))).toBe("2*(-a_FY2025)");
  });

  it("writes SUM, MIN, MAX, IF and calls by their spreadsheet names", () => {
    expect(f(sum(L("rev", "FY2025"), L("cost", "FY2025"), K(10)))).toBe("SUM(C3,C4,10)");
    expect(f(min(K(1), K(2)))).toBe("MIN(1,2)");
    expect(f(max(K(1), add(K(2), K(3))))).toBe("MAX(1,2+3)");
    expect(f(iff(I("flag", "FY2025"), K(1), K(2)))).toBe("IF(flag_FY2025,1,2)");
    expect(f(call("NPV", I("rate", "FY2025"), L("rev", "FY2025"), L("rev", "FY2026")))).toBe("NPV(rate_FY2025,C3,D3)");
    expect(f(call("pmt", K(0.1), K(5), K(-100)))).toBe("PMT(0.1,5,-100)");
  });

  it("writes constants as the shortest text that reads back as the same number", () => {
    expect(f(K("1e-7"))).toBe("1E-7");
    expect(f(K("2.5e21"))).toBe("2.5E+21");
    expect(f(K("0.1"))).toBe("0.1");
  });

  it("refuses a node with no spreadsheet formula, naming it, instead of dropping it", () => {
    const unknown = { op: "modulo", args: [K(1), K(2)], unit: { kind: "number" } } as unknown as ModelNode;
    const e = thrown(() => f(add(K(1), unknown)));
    expect(e.code).toBe("SCHEMA");
    expect(e.message).toContain('"modulo"');
    expect(e.message).toContain("test cell");
    const c = thrown(() => f(call("XIRR", K(1))));
    expect(c.code).toBe("SCHEMA");
    expect(c.message).toContain('"XIRR"');
    expect(thrown(() => f(call("PMT", K(1)))).code).toBe("SCHEMA"); // too few arguments
    expect(thrown(() => f({ op: "sum", args: [], unit: { kind: "number" } } as ModelNode)).code).toBe("SCHEMA");
  });
});

describe("valueOf computes what the formula computes, exactly", () => {
  const vrefs = { input: () => new Decimal(3), line: () => new Decimal(10) };
  const v = (node: ModelNode) => valueOf(node, vrefs, "test cell").toString();
  it("follows the tree", () => {
    expect(v(sub(K(1), sub(K(2), K(3))))).toBe("2");
    expect(v(neg(pow(K(2), K(2))))).toBe("-4");
    expect(v(pow(pow(K(2), K(3)), K(2)))).toBe("64");
    expect(v(pow(K(2), pow(K(3), K(2))))).toBe("512");
    expect(v(div(L("x", "p"), I("y", "p")))).toBe(new Decimal(10).div(3).toString());
    expect(v(sum(K(1), K(2), K(3.5)))).toBe("6.5");
    expect(v(min(K(4), K(-1), K(2)))).toBe("-1");
    expect(v(iff(K(0), K(1), K(2)))).toBe("2");
    expect(v(iff(K(-0.5), K(1), K(2)))).toBe("1");
  });
  it("computes calls with the spreadsheet's definition", () => {
    // NPV(10%, 110, 121) = 110/1.1 + 121/1.21 = 200
    expect(Number(v(call("NPV", K(0.1), K(110), K(121))))).toBeCloseTo(200, 10);
  });
  it("refuses a zero divisor", () => {
    expect(thrown(() => v(div(K(1), K(0)))).code).toBe("DIVISION_BY_ZERO");
  });
});

describe("names", () => {
  it("spells columns as spreadsheets do", () => {
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
  });
  it("makes defined names that cannot be read as cell references", () => {
    expect(definedName("growth_FY2027")).toBe("growth_FY2027");
    expect(definedName("abc1")).toBe("abc1_"); // column ABC, row 1
    expect(definedName("r2c3")).toBe("r2c3_"); // R1C1 style
    expect(definedName("c")).toBe("c_");
    expect(definedName("2x")).toBe("_2x");
    expect(definedName("true")).toBe("true_");
    expect(definedName("growth_Q3 2025")).toBe("growth_Q3_2025");
    expect(definedName("cash$")).toBe("cash_");
  });
});

describe("const nodes hold a finite Decimal of any copy of decimal.js", () => {
  const node = (value: unknown) => ({ op: "const", value, unit: { kind: "number" } }) as unknown as ModelNode;
  const values = { input: () => new Decimal(0), line: () => new Decimal(0) };

  it("reads finmodel's Decimals and the host's own decimal.js values alike", () => {
    expect(f(node(new Decimal("2.5")))).toBe("2.5");
    expect(f(node(new DecimalJs("0.125")))).toBe("0.125");
    const v = valueOf(node(new DecimalJs("1e-7")), values, "test cell");
    expect(v).toBeInstanceOf(Decimal);
    expect(v.eq("1e-7")).toBe(true);
  });

  it("refuses a NaN or infinite Decimal, a number and a look-alike with SCHEMA", () => {
    for (const bad of [new Decimal(Number.NaN), new DecimalJs(Number.POSITIVE_INFINITY), 2.5, { toString: () => "1" }]) {
      expect(thrown(() => f(node(bad))).code).toBe("SCHEMA");
      expect(thrown(() => valueOf(node(bad), values, "test cell")).code).toBe("SCHEMA");
    }
  });
});
