import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comps, Decimal, isNotMeaningful, money, type Multiple, type NotMeaningful } from "finmodel";
import { footballFieldChart } from "finmodel/charts";
import { thrown } from "../support/errors.js";

const usd = (n: number) => money(n, "USD");
const hkd = (n: number) => money(n, "HKD");
const str = (v: Multiple | NotMeaningful) => (isNotMeaningful(v) ? `n.m. (${v.reason})` : v.value.toString());

// Five peers, one loss-making (C). EV/EBITDA: A 1,000/100 = 10, B 1,200/100 = 12, C n.m., D 750/50 = 15, E 400/50 = 8.
// P/E: A 900/60 = 15, B 1,100/50 = 22, C loss n.m., D 700/35 = 20, E 360/40 = 9.
const peers = [
  { name: "A", enterpriseValue: usd(1000), marketCap: usd(900), ebitda: usd(100), earnings: usd(60), revenue: usd(400) },
  { name: "B", enterpriseValue: usd(1200), marketCap: usd(1100), ebitda: usd(100), earnings: usd(50), revenue: usd(300) },
  { name: "C", enterpriseValue: hkd(500), marketCap: hkd(450), ebitda: hkd(-50), earnings: hkd(-80), revenue: hkd(250) },
  { name: "D", enterpriseValue: usd(750), marketCap: usd(700), ebitda: usd(50), earnings: usd(35), revenue: usd(150) },
  { name: "E", enterpriseValue: usd(400), marketCap: usd(360), ebitda: usd(50), earnings: usd(40), revenue: usd(100) },
];

describe("comps: a table with one loss-making peer", () => {
  const table = comps(peers, { metrics: ["evToEbitda", "priceToEarnings", "evToSales"], subject: { name: "Target", ebitda: usd(80), earnings: usd(-5), revenue: usd(200) } });

  it("rows: multiples, and n.m. for the loss", () => {
    expect(table.rows.map((r) => r.name)).toEqual(["A", "B", "C", "D", "E"]);
    expect(table.rows.map((r) => str(r.evToEbitda))).toEqual(["10", "12", "n.m. (EBITDA is negative (a loss))", "15", "8"]);
    expect(table.rows.map((r) => str(r.priceToEarnings))).toEqual(["15", "22", "n.m. (earnings are negative (a loss))", "20", "9"]);
    // C's EV/S is meaningful (its own currency, HKD/HKD): 500 / 250 = 2
    expect(str(table.rows[2]!.evToSales)).toBe("2");
    expect(Object.isFrozen(table.rows[0])).toBe(true);
  });

  it("carries a peer's growth beside its multiples", () => {
    const t = comps([{ name: "G", enterpriseValue: 10, revenue: 2, growth: 0.35 }], { metrics: ["evToSales"] });
    expect(t.rows[0]!.growth?.value.toString()).toBe("0.35");
    expect(t.rows[0]!.growth?.kind).toBe("ratio");
  });

  it("summary: QUARTILE.INC over the meaningful values only", () => {
    // EV/EBITDA sorted 8, 10, 12, 15 (n = 4): Q1 at h = 0.75 → 8 + 0.75 × 2 = 9.5; median at 1.5 → 11;
    // Q3 at 2.25 → 12 + 0.25 × 3 = 12.75; mean 45 / 4 = 11.25
    const s = table.summary.evToEbitda;
    expect(s.count).toBe(4);
    expect([s.low, s.q1, s.median, s.mean, s.q3, s.high].map(str)).toEqual(["8", "9.5", "11", "11.25", "12.75", "15"]);
    // P/E sorted 9, 15, 20, 22: Q1 9 + 0.75 × 6 = 13.5, median 17.5, Q3 20 + 0.25 × 2 = 20.5
    const pe = table.summary.priceToEarnings;
    expect([pe.q1, pe.median, pe.q3].map(str)).toEqual(["13.5", "17.5", "20.5"]);
  });

  it("implied: the subject's EV at Q1, median and Q3; nothing for its own loss", () => {
    // EBITDA 80 × [9.5, 11, 12.75] = [760, 880, 1,020]
    const i = table.implied!.evToEbitda!;
    expect([i.low, i.value, i.high].map((m) => m.amount.toString())).toEqual(["760", "880", "1020"]);
    expect([i.label, i.basis]).toEqual(["EV/EBITDA", "enterprise value"]);
    expect(table.implied!.priceToEarnings).toBeUndefined();
    expect(Object.keys(table.implied!)).toEqual(["evToEbitda", "evToSales"]);
  });

  it("footballFieldChart takes implied directly", () => {
    const spec = footballFieldChart(table.implied!);
    const bars = (spec.data as { values: { label: string; low: number; high: number }[] }).values;
    expect(bars.map((b) => [b.label, b.low, b.high])).toEqual([
      ["EV/EBITDA", 760, 1020],
      // EV/S sorted 2, 2.5, 4, 4, 5: Q1 2.5, median 4, Q3 4; × 200
      ["EV/Sales", 500, 800],
    ]);
  });

  it("toMarkdown prints n.m., never a number", () => {
    const md = table.toMarkdown();
    expect(md.split("\n")).toEqual([
      "| Peer | EV/EBITDA | P/E | EV/Sales |",
      "|---|---:|---:|---:|",
      "| A | 10.0x | 15.0x | 2.5x |",
      "| B | 12.0x | 22.0x | 4.0x |",
      "| C | n.m. | n.m. | 2.0x |",
      "| D | 15.0x | 20.0x | 5.0x |",
      "| E | 8.0x | 9.0x | 4.0x |",
      "| Q1 | 9.5x | 13.5x | 2.5x |",
      "| Median | 11.0x | 17.5x | 4.0x |",
      "| Mean | 11.3x | 16.5x | 3.5x |",
      "| Q3 | 12.8x | 20.5x | 4.0x |",
      "| n | 4 | 4 | 5 |",
    ]);
  });

  it("matches the spreadsheet vendor's QUARTILE.INC example (1, 2, 4, 7, 8, 9, 10, 12 → Q1 3.5)", () => {
    const xs = [1, 2, 4, 7, 8, 9, 10, 12];
    const t = comps(
      xs.map((x, i) => ({ name: `P${i}`, marketCap: x, revenue: 1 })),
      { metrics: ["priceToSales"] },
    );
    // Q1 = 3.5 (the documented result); median (4th and 5th) 7.5; Q3 at h = 5.25: 9 + 0.25 = 9.25
    expect([t.summary.priceToSales.q1, t.summary.priceToSales.median, t.summary.priceToSales.q3].map(str)).toEqual(["3.5", "7.5", "9.25"]);
  });

  it("missing figures and negative EVs are n.m.; no meaningful peer gives an n.m. summary", () => {
    const t = comps([{ name: "X", enterpriseValue: -10, revenue: 5 }, { name: "Y", revenue: 5 }], { metrics: ["evToSales", "priceToSales"], subject: { revenue: 1 } });
    expect(t.rows.map((r) => str(r.evToSales))).toEqual(["n.m. (enterprise value is negative)", "n.m. (no enterprise value given)"]);
    expect(t.summary.evToSales.count).toBe(0);
    expect(isNotMeaningful(t.summary.evToSales.median)).toBe(true);
    expect(t.implied).toEqual({});
  });

  it("refuses bad tables", () => {
    expect(thrown(() => comps([], { metrics: ["evToSales"] })).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => comps([{ name: "A" }, { name: "A" }], { metrics: ["evToSales"] })).path).toBe("peers[1].name");
    expect(thrown(() => comps([{ name: "A" }], { metrics: ["evToRevenue" as never] })).path).toBe("options.metrics[0]");
    expect(thrown(() => comps([{ name: "A", enterpriseValue: usd(1), revenue: hkd(1) }], { metrics: ["evToSales"] })).code).toBe("CURRENCY_MISMATCH");
    expect(thrown(() => comps([{ name: "A", marketCap: -1, revenue: 1 }], { metrics: ["priceToSales"] })).code).toBe("OUT_OF_DOMAIN");
  });

  it("property: quartiles ignore n.m. entries", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: -1000, max: 0 }), { maxLength: 6 }),
        fc.integer(),
        (good, losses, seed) => {
          const meaningful = good.map((v, i) => ({ name: `g${i}`, enterpriseValue: v, ebitda: 10 }));
          const notMeaningful = losses.map((e, i) => ({ name: `l${i}`, enterpriseValue: 100, ebitda: e }));
          // shuffle the n.m. peers in among the others
          const all = [...meaningful, ...notMeaningful].sort((a, b) => ((a.name.length * 31 + seed) % 7) - ((b.name.length * 31 + seed) % 7));
          const a = comps(all, { metrics: ["evToEbitda"] }).summary.evToEbitda;
          const b = comps(meaningful, { metrics: ["evToEbitda"] }).summary.evToEbitda;
          expect(a.count).toBe(good.length);
          expect([a.q1, a.median, a.mean, a.q3].map(str)).toEqual([b.q1, b.median, b.mean, b.q3].map(str));
          // and the quartiles are QUARTILE.INC of the values, computed here directly
          const sorted = good.map((v) => new Decimal(v).div(10)).sort((x, y) => x.cmp(y));
          const q = (p: number) => {
            const h = (sorted.length - 1) * p;
            const lo = Math.floor(h);
            return sorted[lo]!.plus((sorted[Math.min(lo + 1, sorted.length - 1)]!.minus(sorted[lo]!)).times(h - lo));
          };
          expect(str(a.q1)).toBe(q(0.25).toString());
          expect(str(a.q3)).toBe(q(0.75).toString());
        },
      ),
    );
  });
});
