import { describe, expect, it } from "vitest";
import { derive, explain, figure, FinModelError, fiscalYear, growthMultiple, priorValue, statedFigure, cagr, type Money } from "finmodel";

describe("explain", () => {
  // A two-level derivation: 2024 revenue is implied from two documents, then used in a growth multiple.
  const revenue2025 = statedFigure("7500 萬美元", {
    label: "Revenue FY2025",
    status: "estimate",
    period: fiscalYear(2025),
    source: { document: "minimax-broker-initiation", locator: "line 6" },
  });
  const growth2025 = statedFigure("158.9%", {
    label: "Revenue growth FY2025",
    period: fiscalYear(2025),
    source: { document: "minimax-fy2025-results", locator: "line 18" },
  });
  const revenue2024 = derive("Revenue FY2024 (implied)", priorValue, revenue2025, growth2025);
  const revenue2027 = statedFigure("7 億美元", { label: "Revenue FY2027E", status: "estimate", source: { document: "minimax-broker-initiation", locator: "line 6" } });
  const multiple = derive("Revenue multiple FY2024–FY2027E", growthMultiple, revenue2024, revenue2027);

  it("shows every source of a two-level derived figure, in a tree", () => {
    const text = explain(multiple);
    const lines = text.split("\n");
    expect(lines[0]).toMatch(/^Revenue multiple FY2024–FY2027E = .*x \[.*x, .*x\] \(derived by growthMultiple\)$/);
    expect(lines[1]).toMatch(/^├── Revenue FY2024 \(implied\) = US\$.*\(derived by priorValue\)$/);
    expect(lines[2]).toBe('│   ├── Revenue FY2025 = US$75M [US$74.995M, US$75.005M] (estimate; stated as "7500 萬美元"; FY2025; minimax-broker-initiation, line 6)');
    expect(lines[3]).toBe('│   └── Revenue growth FY2025 = 158.9% [158.85%, 158.95%] (reported; stated as "158.9%"; FY2025; minimax-fy2025-results, line 18)');
    expect(lines[4]).toMatch(/^└── Revenue FY2027E = US\$700M \[US\$650M, US\$750M\] \(estimate; stated as "7 億美元"; minimax-broker-initiation, line 6\)$/);
    expect(lines).toHaveLength(5);
  });

  it("writes the same tree as a nested Markdown list", () => {
    const md = explain(multiple, { format: "markdown" }).split("\n");
    expect(md[0]).toMatch(/^- \*\*Revenue multiple FY2024–FY2027E\*\* = /);
    expect(md[2]).toMatch(/^    - \*\*Revenue FY2025\*\* = US\$75M/);
    expect(md).toHaveLength(5);
  });

  it("computes the implied value it shows: US$75M / 2.589 = US$28.97M", () => {
    // "7500 萬" is stated to the 萬: [74.995M, 75.005M]; "158.9%" is [158.85%, 158.95%].
    // 75 / 2.589 = 28.96871…; low 74.995 / 2.5895 = 28.96119…, high 75.005 / 2.5885 = 28.97624…
    expect((revenue2024.value as Money).amount.div(1e6).toDecimalPlaces(4).toString()).toBe("28.9687");
    expect((revenue2024.interval.low as Money).amount.div(1e6).toDecimalPlaces(4).toString()).toBe("28.9612");
    expect((revenue2024.interval.high as Money).amount.div(1e6).toDecimalPlaces(4).toString()).toBe("28.9762");
  });

  it("marks plain arguments as given", () => {
    const g = derive("CAGR", cagr, figure(1), figure(2), 5);
    expect(explain(g).split("\n")[3]).toBe("└── 5 = 5 (given; passed as a plain value; exact)");
  });

  it("rejects what is not a figure and unknown formats", () => {
    expect(() => explain(5 as never)).toThrow(FinModelError);
    expect(() => explain(figure(1), { format: "html" as never })).toThrow(FinModelError);
  });
});
