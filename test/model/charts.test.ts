// A model's results feed the charts directly.
import { describe, expect, it } from "vitest";
import { model, money, normal } from "finmodel";
import { bridgeChart, distributionChart, mixShiftChart, seriesChart } from "finmodel/charts";
import { issueModel } from "./fixture.js";

const segments = model({
  periods: ["FY2025", "FY2026E"],
  inputs: { dom: { FY2025: money(60, "USD"), FY2026E: money(90, "USD") }, ovs: { FY2025: money(40, "USD"), FY2026E: money(110, "USD") } },
  lines: { domestic: (c) => c.input("dom"), overseas: (c) => c.input("ovs"), revenue: (c) => c.sum("domestic", "overseas") },
});

describe("results feed the charts", () => {
  it("series → seriesChart, estimates marked", () => {
    const points = segments.evaluate().series("revenue");
    expect(points.map((p) => p.status)).toEqual(["reported", "estimate"]);
    const spec = seriesChart(points);
    expect(JSON.stringify(spec.data)).toContain("US$200");
  });

  it("mix → mixShiftChart", () => {
    const bars = segments.evaluate().mix(["domestic", "overseas"]);
    // 60 / 100 = 60%, 90 / 200 = 45%: a shift of −15 pp
    expect(bars[1]!.shift.domestic).toMatchObject({ kind: "pp" });
    expect(String((bars[1]!.shift.domestic as { value: unknown }).value)).toBe("-15");
    const spec = mixShiftChart(bars.map((b) => ({ label: b.label, shares: b.shares as never })));
    expect(JSON.stringify(spec.data)).toContain("45");
  });

  it("bridge → bridgeChart: by parts, and period by period", () => {
    const r = segments.evaluate();
    const byParts = r.bridge("revenue", { parts: ["domestic", "overseas"] });
    // 100 + 30 + 70 = 200
    expect(byParts.steps.map((s) => String((s.delta as { amount: unknown }).amount))).toEqual(["30", "70"]);
    expect(bridgeChart(byParts.start, byParts.steps, byParts.end).data).toBeDefined();
    const walk = issueModel().evaluate().bridge("revenue");
    // 75 → 187.5 → 510: steps 112.5 and 322.5 (US$ m)
    expect(walk.steps.map((s) => String((s.delta as { amount: unknown }).amount))).toEqual(["112500000", "322500000"]);
    expect(bridgeChart(walk.start, walk.steps, walk.end).data).toBeDefined();
  });

  it("simulate → distributionChart", () => {
    const [r] = issueModel().simulate({ draws: 500, seed: 2, vary: { grossMargin: normal(0.3, 0.05) }, outputs: [{ line: "grossProfit", period: "FY2027" }], keepDraws: true });
    expect(distributionChart(r!.values!).data).toBeDefined();
  });
});
