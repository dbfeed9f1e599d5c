import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FinModelError, figure, fiscalYear, model, money, multiple, notMeaningful, percent, pp, psTargetPrice, ratio, sensitivity } from "finmodel";
import {
  bridgeChart,
  distributionChart,
  footballFieldChart,
  mixShiftChart,
  sensitivityHeatmap,
  seriesChart,
  type VegaLiteSpec,
} from "finmodel/charts";
import { renderSvg } from "finmodel/charts/render";
import { minimax } from "finmodel/fixtures";
import { codeOf } from "../support/errors.js";
import { vegaLiteValidator } from "../support/vega-lite-schema.js";

const validate = vegaLiteValidator();
const f = minimax.figures;
const hkd = (n: number) => money(n, "HKD");


// margin = (revenue − cost) / revenue over revenue 0, 100, 200 (across) and cost 50, 80 (down):
// revenue 0 has no margin (n.m.); 50/100 = 50%, 150/200 = 75%; 20/100 = 20%, 120/200 = 60%.
const marginGrid = () =>
  model({
    periods: ["FY2025"],
    inputs: { revenue: money(100, "USD"), cost: money(50, "USD") },
    lines: { margin: (c) => c.input("revenue").minus(c.input("cost")).div(c.input("revenue")) },
  }).sensitivity({
    x: { input: "revenue", values: [money(0, "USD"), money(100, "USD"), money(200, "USD")] },
    y: { input: "cost", values: [money(50, "USD"), money(80, "USD")] },
    output: { line: "margin", period: "FY2025" },
  });

// One spec per builder, built from MiniMax data where the data exist.
const specs: Record<string, () => VegaLiteSpec> = {
  footballFieldChart: () =>
    footballFieldChart(
      [
        { label: "Bear", figure: f.targetPriceBear },
        { label: "Base", figure: f.targetPriceBase },
        { label: "Bull", figure: f.targetPriceBull },
        { label: "Bear to bull", low: f.targetPriceBear, high: f.targetPriceBull, value: f.targetPriceBase },
      ],
      { valueTitle: "Target price", rules: [{ label: "Base target", value: f.targetPriceBase }] },
    ),
  mixShiftChart: () =>
    mixShiftChart(
      [
        { label: "FY2023", shares: { Overseas: f.overseasRevenueShare2023 } },
        { label: "9M2025", shares: { Overseas: f.overseasRevenueShare9M2025 } },
        { label: "By region", shares: { APAC: f.revenueShareApac, Americas: f.revenueShareAmericas, EMEA: f.revenueShareEmea } },
      ],
      { remainder: "Domestic", title: "Revenue mix" },
    ),
  bridgeChart: () =>
    bridgeChart({ label: "FY2024", value: f.grossMarginFy2024 }, [{ label: "Change", delta: pp(13.2) }], { label: "FY2025", value: f.grossMarginFy2025 }),
  distributionChart: () => distributionChart(Float64Array.from({ length: 1000 }, (_, i) => 300 + (i * 7919) % 1000), { unit: "HKD" }),
  sensitivityHeatmap: () =>
    sensitivityHeatmap(
      {
        x: { name: "P/S multiple", values: [multiple(40), multiple(54), multiple(70)] },
        y: { name: "FY2027 revenue", values: [money(1e9, "USD"), money(1.6e9, "USD")] },
        cells: [
          [hkd(690), hkd(930), hkd(1200)],
          [hkd(1100), hkd(1490), hkd(1900)],
        ],
      },
      { reference: f.targetPriceBase },
    ),
  // A model's own grid, passed as it is, with an n.m. cell where revenue is zero.
  sensitivityHeatmapModel: () => sensitivityHeatmap(marginGrid()),
  seriesBar: () => seriesChart([{ period: "FY2024", value: money(30.5e6, "USD") }, f.revenueFy2025, f.revenueFy2027Base]),
  seriesLine: () =>
    seriesChart([{ period: "FY2024", value: money(30.5e6, "USD") }, f.revenueFy2025, f.revenueFy2027Base], { mark: "line", title: "Revenue" }),
};

describe("every builder's spec", () => {
  for (const [name, build] of Object.entries(specs)) {
    describe(name, () => {
      const spec = build();
      it("validates against the Vega-Lite JSON schema", () => {
        const ok = validate(spec);
        expect(validate.errors ?? [], name).toEqual([]);
        expect(ok).toBe(true);
      });
      it("is plain JSON, frozen at every level", () => {
        expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
        expect(Object.isFrozen(spec)).toBe(true);
        expect(Object.isFrozen(spec.data.values)).toBe(true);
        expect(spec.data.values.every((r) => Object.isFrozen(r))).toBe(true);
        expect(() => (spec.data.values as unknown[]).push({})).toThrow(TypeError);
      });
      it("renders to SVG without error", async () => {
        const svg = await renderSvg(spec);
        expect(svg.startsWith("<svg")).toBe(true);
        expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
      });
      it("keeps its data", () => {
        expect(spec.data.values).toMatchSnapshot();
      });
    });
  }
});

describe("footballFieldChart", () => {
  it("spans each figure's interval and marks its value; a narrow bar is labelled once", () => {
    const rows = specs.footballFieldChart!().data.values;
    // "300 港元" is stated to the unit: [299.5, 300.5].
    expect(rows[0]).toEqual({ kind: "range", label: "Bear", order: 0, low: 299.5, high: 300.5, value: 300, lowText: "", highText: "", valueText: "HK$300" });
    expect(rows[3]).toMatchObject({ label: "Bear to bull", low: 300, high: 1240, value: 930, lowText: "HK$300", highText: "HK$1,240" });
    expect(rows[4]).toEqual({ kind: "rule", label: "Base target", value: 930, valueText: "HK$930" });
  });
  it("puts the currency in the axis title", () => {
    const spec = specs.footballFieldChart!();
    expect(JSON.stringify(spec.layer)).toContain('"title":"Target price (HKD)"');
    const plain = footballFieldChart([{ label: "A", low: 1, high: 2 }], { unit: "US$ m" });
    expect(JSON.stringify(plain.layer)).toContain('"title":"Value (US$ m)"');
  });
  it("refuses bad rows", () => {
    expect(codeOf(() => footballFieldChart([]))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => footballFieldChart([{ label: "A", low: 2, high: 1 }]))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => footballFieldChart([{ label: "A", low: 1, high: 2, value: 3 }]))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => footballFieldChart([{ label: "A", low: 1, high: 2 }, { label: "A", low: 1, high: 2 }]))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => footballFieldChart([{ label: "A", low: hkd(1), high: money(2, "USD") }]))).toBe("CURRENCY_MISMATCH");
    expect(codeOf(() => footballFieldChart([{ label: "A", low: hkd(1), high: multiple(2) }]))).toBe("UNIT_MISMATCH");
    expect(codeOf(() => footballFieldChart([{ label: "", low: 1, high: 2 }]))).toBe("UNIT_MISMATCH");
    expect(codeOf(() => footballFieldChart([{ label: "A", low: Number.NaN, high: 2 }]))).toBe("INVALID_NUMBER");
    expect(codeOf(() => footballFieldChart([{ label: "A", figure: 5 as never }]))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => footballFieldChart([{ label: "A", low: 1, high: 2 }], { rules: [{ label: "R", value: hkd(1) }, { label: "S", value: money(1, "USD") }] }))).toBe("CURRENCY_MISMATCH");
    expect(codeOf(() => footballFieldChart([{ label: "A", low: 1, high: 2 }], { colour: "red" } as never))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => footballFieldChart([{ label: "A", low: 1, high: 2 }], { width: 5 }))).toBe("OUT_OF_DOMAIN");
  });
});

describe("mixShiftChart", () => {
  it("fills each bar with the remainder and stacks to 100%", () => {
    const rows = specs.mixShiftChart!().data.values;
    // FY2023: overseas 19%, the rest 100 − 19 = 81%; 9M2025: 73% and 27%; regions 61 + 24 + 15 = 100.
    expect(rows.map((r) => [r.bar, r.part, r.share])).toEqual([
      ["FY2023", "Overseas", 19],
      ["FY2023", "Domestic", 81],
      ["9M2025", "Overseas", 73],
      ["9M2025", "Domestic", 27],
      ["By region", "APAC", 61],
      ["By region", "Americas", 24],
      ["By region", "EMEA", 15],
    ]);
    // Americas sits on APAC: from 0.61 to 0.61 + 0.24 = 0.85.
    expect(rows[5]).toMatchObject({ start: 0.61, end: 0.85, text: "24%" });
  });
  it("normalises a bar whose rounded shares sum to 99%", () => {
    const rows = mixShiftChart([{ label: "Now", shares: { a: 0.33, b: 0.33, c: 0.33 } }], { tolerance: 0.011 }).data.values;
    // each third: 0.33 / 0.99 = 1/3 of the bar
    expect(rows.at(-1)).toMatchObject({ end: 1 });
    expect(rows[0]!.end as number).toBeCloseTo(1 / 3, 12);
  });
  it("property: each bar's segments tile [0, 1] in order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 6 }).filter((xs) => xs.some((x) => x > 0)), (parts) => {
        const total = parts.reduce((a, b) => a + b, 0);
        // Shares in thousandths of the total, so that they are exact decimals; the last takes the rest.
        const shares: Record<string, string> = {};
        let used = 0;
        parts.forEach((p, i) => {
          const s = i === parts.length - 1 ? 1000 - used : Math.floor((p * 1000) / total);
          used += s;
          shares[`p${i}`] = String(s / 1000);
        });
        const rows = mixShiftChart([{ label: "X", shares }], { tolerance: 0 }).data.values;
        expect(rows[0]!.start).toBe(0);
        expect(rows.at(-1)!.end).toBe(1);
        for (let i = 1; i < rows.length; i++) expect(rows[i]!.start).toBe(rows[i - 1]!.end);
      }),
    );
  });
  it("refuses shares that are not shares", () => {
    expect(codeOf(() => mixShiftChart([{ label: "A", shares: { a: 0.5, b: 0.4 } }]))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => mixShiftChart([{ label: "A", shares: { a: 1.2 } }]))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => mixShiftChart([{ label: "A", shares: { a: -0.1, b: 1.1 } }]))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => mixShiftChart([{ label: "A", shares: {} }]))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => mixShiftChart([{ label: "A", shares: { a: multiple(1) as never } }]))).toBe("UNIT_MISMATCH");
    expect(codeOf(() => mixShiftChart([{ label: "A", shares: { a: 0.4, Rest: 0.1 } }], { remainder: "Rest" }))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => mixShiftChart([{ label: "A", shares: { a: 1 } }, { label: "A", shares: { a: 1 } }]))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => mixShiftChart([{ label: "A", shares: { a: 1 } }], { tolerance: 1 }))).toBe("OUT_OF_DOMAIN");
  });
  it("accepts a Period as a bar label", () => {
    expect(mixShiftChart([{ label: fiscalYear(2025), shares: { a: ratio(1) } }]).data.values[0]!.bar).toBe("FY2025");
  });
});

describe("bridgeChart", () => {
  it("walks from 12.2% through +13.2 pp to 25.4%", () => {
    expect(specs.bridgeChart!().data.values.map((r) => [r.kind, r.from, r.to, r.text])).toEqual([
      ["start", 0, 12.2, "12.2%"],
      ["increase", 12.2, 25.4, "+13.2 pp"],
      ["end", 0, 25.4, "25.4%"],
    ]);
  });
  it("bridges revenue by segment, with increases and decreases, and computes the end", () => {
    // 100 + 60 − 25 + 15 = 150
    const rows = bridgeChart(
      { label: "2025", value: money(100e6, "USD") },
      [
        { label: "Overseas", delta: money(60e6, "USD") },
        { label: "Domestic", delta: money(-25e6, "USD") },
        { label: "Enterprise", delta: 15e6 },
      ],
      { label: "2027" },
    ).data.values;
    expect(rows.map((r) => [r.label, r.kind, r.from, r.to, r.top])).toEqual([
      ["2025", "start", 0, 100e6, 100e6],
      ["Overseas", "increase", 100e6, 160e6, 160e6],
      ["Domestic", "decrease", 160e6, 135e6, 160e6],
      ["Enterprise", "increase", 135e6, 150e6, 150e6],
      ["2027", "end", 0, 150e6, 150e6],
    ]);
    expect(rows[2]!.text).toBe("-US$25M");
  });
  it("a ratio delta moves a ratio total by its fraction", () => {
    const rows = bridgeChart({ label: "A", value: percent(10) }, [{ label: "d", delta: ratio(0.05) }], { label: "B" }).data.values;
    expect(rows.at(-1)).toMatchObject({ to: 15, text: "15%" });
  });
  it("refuses a bridge that does not reach its end, unless a residual step is named", () => {
    expect(codeOf(() => bridgeChart({ label: "A", value: percent(12.2) }, [{ label: "d", delta: pp(13) }], { label: "B", value: percent(25.4) }))).toBe("OUT_OF_DOMAIN");
    const rows = bridgeChart({ label: "A", value: percent(12.2) }, [{ label: "d", delta: pp(13) }], { label: "B", value: percent(25.4) }, { residual: "Other" }).data.values;
    // 25.4 − 12.2 − 13 = 0.2 pp
    expect(rows[2]).toMatchObject({ label: "Other", from: 25.2, to: 25.4, text: "+0.2 pp" });
    expect(codeOf(() => bridgeChart({ label: "A", value: money(1, "USD") }, [{ label: "d", delta: hkd(1) }], { label: "B" }))).toBe("CURRENCY_MISMATCH");
    expect(codeOf(() => bridgeChart({ label: "A", value: 1 }, [{ label: "A", delta: 1 }], { label: "B" }))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => bridgeChart({ label: "A", value: 1 }, [], { label: "B" }, { tolerance: -1 }))).toBe("OUT_OF_DOMAIN");
  });
  it("accepts figures at both ends", () => {
    const start = figure(percent(12.2), { label: "FY2024" });
    const end = figure(percent(25.4), { label: "FY2025" });
    expect(bridgeChart(start, [{ label: "d", delta: pp(13.2) }], end).data.values.map((r) => r.label)).toEqual(["FY2024", "d", "FY2025"]);
  });
});

describe("distributionChart", () => {
  it("bins every draw and interpolates percentiles like numpy", () => {
    // 0..99: P5 = 0 + 0.05·99 = 4.95, P50 = 49.5, P95 = 94.05
    const draws = Array.from({ length: 100 }, (_, i) => i);
    const rows = distributionChart(draws, { bins: 10 }).data.values;
    const bins = rows.filter((r) => r.kind === "bin");
    expect(bins.map((r) => r.count)).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 10]);
    expect(bins[0]).toMatchObject({ start: 0, end: 9.9 });
    expect(bins.at(-1)!.end).toBe(99);
    const ps = rows.filter((r) => r.kind === "percentile");
    expect(ps.map((r) => r.label)).toEqual(["P5", "P50", "P95"]);
    expect(ps[0]!.value as number).toBeCloseTo(4.95, 12);
    expect(ps[1]!.value).toBe(49.5);
    expect(ps[2]!.value as number).toBeCloseTo(94.05, 12);
  });
  it("property: the bins count every draw, and percentiles are ordered within [min, max]", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (draws, bins) => {
        const rows = distributionChart(draws, { bins, percentiles: [0, 25, 50, 75, 100] }).data.values;
        const total = rows.filter((r) => r.kind === "bin").reduce((s, r) => s + (r.count as number), 0);
        expect(total).toBe(draws.length);
        const ps = rows.filter((r) => r.kind === "percentile").map((r) => r.value as number);
        // + 0 turns a -0 into 0, as the builder does
        expect(ps[0]).toBe(Math.min(...draws) + 0);
        expect(ps[4]).toBe(Math.max(...draws) + 0);
        expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
        for (let i = 1; i < ps.length; i++) expect(ps[i]!).toBeGreaterThanOrEqual(ps[i - 1]!);
      }),
    );
  });
  it("holds one bin around equal draws", () => {
    const bins = distributionChart([5, 5, 5]).data.values.filter((r) => r.kind === "bin");
    expect(bins).toEqual([{ kind: "bin", start: 4.5, end: 5.5, count: 3 }]);
  });
  it("refuses bad draws and options", () => {
    expect(codeOf(() => distributionChart([]))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => distributionChart([1, Number.POSITIVE_INFINITY]))).toBe("INVALID_NUMBER");
    expect(codeOf(() => distributionChart(new Float64Array([1, Number.NaN])))).toBe("INVALID_NUMBER");
    expect(codeOf(() => distributionChart(["1"] as never))).toBe("INVALID_NUMBER");
    expect(codeOf(() => distributionChart([1], { percentiles: [101] }))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => distributionChart([1], { percentiles: [50, 50] }))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => distributionChart([1], { bins: 0 }))).toBe("OUT_OF_DOMAIN");
  });
});

describe("sensitivityHeatmap", () => {
  it("lays the cells out as cells[y][x], with units on both axes", () => {
    const spec = specs.sensitivityHeatmap!();
    expect(spec.data.values.map((r) => `${r.y}|${r.x}|${r.text}`)).toEqual([
      "US$1B|40x|HK$690",
      "US$1B|54x|HK$930",
      "US$1B|70x|HK$1,200",
      "US$1.6B|40x|HK$1,100",
      "US$1.6B|54x|HK$1,490",
      "US$1.6B|70x|HK$1,900",
    ]);
    const enc = JSON.stringify(spec.encoding);
    expect(enc).toContain('"title":"P/S multiple (×)"');
    expect(enc).toContain('"title":"FY2027 revenue (USD)"');
    expect(JSON.stringify(spec.layer)).toContain('"domainMid":930');
  });
  it("labels every cell with the same decimal places: €33.10 beside €33.12, never €33.1", () => {
    const eur = (v: string) => money(v, "EUR");
    const rows = sensitivityHeatmap({
      x: { name: "a", values: [1, 2] },
      y: { name: "b", values: [1, 2] },
      cells: [
        [eur("33.1"), eur("33.12")],
        [eur("33"), eur("40.5")],
      ],
    }).data.values;
    expect(rows.map((r) => r.text)).toEqual(["€33.10", "€33.12", "€33.00", "€40.50"]);
    // Whole amounts stay whole.
    const whole = sensitivityHeatmap({ x: { name: "a", values: [1, 2] }, y: { name: "b", values: [1] }, cells: [[eur("33"), eur("40")]] }).data.values;
    expect(whole.map((r) => r.text)).toEqual(["€33", "€40"]);
  });
  it("takes Float64Array rows", () => {
    const rows = sensitivityHeatmap({ x: { name: "a", values: new Float64Array([1, 2]) }, y: { name: "b", values: [1] }, cells: [new Float64Array([3, 4])] }).data.values;
    expect(rows.map((r) => r.value)).toEqual([3, 4]);
  });
  it("refuses a grid whose shape does not match its axes", () => {
    expect(codeOf(() => sensitivityHeatmap({ x: { name: "a", values: [1, 2] }, y: { name: "b", values: [1, 2] }, cells: [[1, 2]] }))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => sensitivityHeatmap({ x: { name: "a", values: [1, 2] }, y: { name: "b", values: [1] }, cells: [[1, 2, 3]] }))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => sensitivityHeatmap({ x: { name: "a", values: [] }, y: { name: "b", values: [1] }, cells: [[]] }))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => sensitivityHeatmap({ x: { name: "a", values: [1, 1] }, y: { name: "b", values: [1] }, cells: [[1, 2]] }))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => sensitivityHeatmap({ x: { name: "a", values: [1] }, y: { name: "b", values: [1, 2] }, cells: [[hkd(1)], [money(1, "USD")]] }))).toBe("CURRENCY_MISMATCH");
  });
  it("takes the grid sensitivity() returns as it is", () => {
    // 300M × 20 × 7.8 / 300M = HK$156; 600M × 50 × 7.8 / 300M = HK$780
    const grid = sensitivity(psTargetPrice, { x: { name: "multiple", values: [20, 50] }, y: { name: "revenue", values: [300e6, 600e6] } }, { fx: 7.8, shares: 300e6 });
    const rows = sensitivityHeatmap(grid).data.values;
    expect(rows.map((r) => [r.y, r.x, r.value])).toEqual([
      ["300,000,000", "20", 156],
      ["300,000,000", "50", 390],
      ["600,000,000", "20", 312],
      ["600,000,000", "50", 780],
    ]);
    // A one-input grid has no rows to draw; a value with another kind is not a grid.
    expect(codeOf(() => sensitivityHeatmap(sensitivity(psTargetPrice, { x: { name: "multiple", values: [20, 50] } }, { revenue: 300e6, fx: 7.8, shares: 300e6 })))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => sensitivityHeatmap(money(1, "USD") as never))).toBe("UNIT_MISMATCH");
  });
  it("draws a model grid's n.m. cell as a grey n.m. cell, outside the colour scale", () => {
    const spec = specs.sensitivityHeatmapModel!();
    expect(spec.data.values.map((r) => `${r.y}|${r.x}|${r.text}|${r.value}`)).toEqual([
      "US$50|US$0|n.m.|null",
      "US$50|US$100|50%|50",
      "US$50|US$200|75%|75",
      "US$80|US$0|n.m.|null",
      "US$80|US$100|20%|20",
      "US$80|US$200|60%|60",
    ]);
    expect(spec.data.values[0]!.reason).toMatch(/./);
    // Ratios are plotted in percent. Dark labels over the numbers only (20…75): (75 − 20) / 55 = 1 and (60 − 20) / 55 = 0.73 are past 2/3.
    expect(spec.data.values.filter((r) => r.textColor === "white").map((r) => r.text)).toEqual(["75%", "60%"]);
    const [grey, coloured] = spec.layer as readonly Record<string, unknown>[];
    expect(grey).toMatchObject({ transform: [{ filter: "datum.value === null" }], mark: { type: "rect", fill: "#e0e0e0" } });
    expect(coloured).toMatchObject({ transform: [{ filter: "datum.value !== null" }], encoding: { color: { field: "value" } } });
  });
  it("never refuses a grid for its n.m. cells, even when every cell is one", () => {
    const nm = notMeaningful("no revenue");
    const spec = sensitivityHeatmap({ x: { name: "a", values: [1, 2] }, y: { name: "b", values: [1] }, cells: [[nm, nm]] });
    expect(spec.data.values.map((r) => [r.text, r.value])).toEqual([["n.m.", null], ["n.m.", null]]);
    expect(validate(spec)).toBe(true);
    // A grid without n.m. cells keeps the plain layers: no filters.
    expect(JSON.stringify(specs.sensitivityHeatmap!().layer)).not.toContain("filter");
  });
});

describe("seriesChart", () => {
  it("reads figures' periods and statuses, and styles estimates apart", () => {
    const spec = specs.seriesBar!();
    expect(spec.data.values.map((r) => [r.period, r.value, r.status])).toEqual([
      ["FY2024", 30.5e6, "reported"],
      [f.revenueFy2025.period!.label, 75e6, f.revenueFy2025.status],
      [f.revenueFy2027Base.period!.label, 700e6, "estimate"],
    ]);
    expect(JSON.stringify(spec.layer)).toContain('"strokeDash"');
  });
  it("as a line, repeats the last reported point to start the dashed part", () => {
    const rows = seriesChart([
      { period: "A", value: 1 },
      { period: "B", value: 2 },
      { period: "C", value: 3, status: "estimate" },
      { period: "D", value: 4, status: "estimate" },
    ], { mark: "line" }).data.values;
    expect(rows.map((r) => `${r.period}:${r.segment}`)).toEqual(["A:reported", "B:reported", "B:estimate", "C:estimate", "D:estimate"]);
  });
  it("refuses bad points", () => {
    expect(codeOf(() => seriesChart([figure(1)]))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => seriesChart([{ period: "A", value: 1, status: "guess" as never }]))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => seriesChart([{ period: "A", value: 1 }], { mark: "area" as never }))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => seriesChart([{ period: "A", value: percent(1) }, { period: "B", value: hkd(1) }]))).toBe("UNIT_MISMATCH");
  });
});
