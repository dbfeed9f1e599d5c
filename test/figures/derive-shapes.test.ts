// derive on record- and array-valued metrics, on groups that must sum to one, and
// the names it records. Expected intervals are worked out by hand in the comments.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import * as metrics from "../../src/metrics/index.js";
import { type Decimal, cagr, derive, explain, figure, mixShares, partValues, ratio, statedFigure, sumToOne, type Ratio } from "finmodel";
import { bundle } from "../package/bundle.js";
import { tempDir } from "../package/support.js";
import { codeOf } from "../support/errors.js";
import { metricName } from "../../src/figures/operation-names.js";

const n = (q: { value: Decimal } | { amount: Decimal }) => ("amount" in q ? q.amount : q.value).toString();

describe("derive lifts record- and array-valued results field by field", () => {
  it("mixShares: a record of figures, each with its own interval", () => {
    // US$30M and US$10M stand for [29.5, 30.5] and [9.5, 10.5]: a's share 30/40 = 0.75 lies in
    // [29.5 / (29.5 + 10.5), 30.5 / (30.5 + 9.5)] = [0.7375, 0.7625]; b's in [0.2375, 0.2625].
    const mix = derive("Mix", mixShares, { a: statedFigure("US$30M"), b: statedFigure("US$10M") });
    expect(Object.keys(mix)).toEqual(["a", "b"]);
    expect([n(mix.a.value), n(mix.a.interval.low), n(mix.a.interval.high)]).toEqual(["0.75", "0.7375", "0.7625"]);
    expect([n(mix.b.value), n(mix.b.interval.low), n(mix.b.interval.high)]).toEqual(["0.25", "0.2375", "0.2625"]);
    expect(mix.a.label).toBe("Mix: a");
    expect(mix.a.operation).toBe("mixShares");
    expect(mix.a.inputs.map((f) => f.text)).toEqual(["US$30M", "US$10M"]);
    expect(Object.isFrozen(mix)).toBe(true);
  });

  it("an array result gives an array of figures", () => {
    const both = derive("both", (x: Decimal) => [x.times(2), x.neg()], figure(3, { interval: { low: 2, high: 4 } }));
    expect(both.map((f) => [n({ value: f.value }), n({ value: f.interval.low }), n({ value: f.interval.high })])).toEqual([
      ["6", "4", "8"],
      ["-3", "-4", "-2"],
    ]);
    expect(both[1]!.label).toBe("both: 1");
  });

  it("refuses a result that is neither a value nor a record or array of values", () => {
    expect(codeOf(() => derive("bad", () => ({}) as never, figure(1)))).toBe("UNIT_MISMATCH");
  });
});

describe("sumToOne: shares that must sum to one", () => {
  const apac = statedFigure("61%");
  const americas = statedFigure("24%");
  const emea = statedFigure("15%");

  it("without it, the corners of 61/24/15 % sum to 98.5% and partValues refuses them", () => {
    expect(codeOf(() => derive("regions", partValues, statedFigure("US$75M"), { apac, americas, emea }))).toBe("OUT_OF_DOMAIN");
  });

  it("with it, the corners are taken where the shares sum to one", () => {
    const r = derive("regions", partValues, statedFigure("US$75M"), sumToOne({ apac, americas, emea }));
    // 75M × 61% = 45.75M; apac reaches 61.5% (with americas 23.5% and emea 15%) and 60.5%:
    // [74.5M × 60.5%, 75.5M × 61.5%] = [45,072,500, 46,432,500] (74.5 × 0.605 = 45.0725)
    expect([n(r.apac.value), n(r.apac.interval.low), n(r.apac.interval.high)]).toEqual(["45750000", "45072500", "46432500"]);
    // emea: 75M × 15% = 11.25M in [74.5M × 14.5%, 75.5M × 15.5%] = [10,802,500, 11,702,500]
    expect([n(r.emea.value), n(r.emea.interval.low), n(r.emea.interval.high)]).toEqual(["11250000", "10802500", "11702500"]);
    // the shares that sum to one exactly are passed as stated
    expect(r.apac.inputs.slice(1).map((f) => f.label)).toEqual(["61%", "24%", "15%"]);
  });

  it("normalises shares that sum to one only within rounding, says so in the lineage, and narrows the interval", () => {
    const w = (s: { a: Ratio; b: Ratio; c: Ratio }) => s.a.value.times(100).plus(s.b.value.times(200)).plus(s.c.value.times(300));
    const third = () => statedFigure("33%");
    const r = derive("weighted", w, sumToOne({ a: third(), b: third(), c: third() }));
    // 33% × 3 = 99%: normalised to 1/3 each, the value is (100 + 200 + 300) / 3 = 200
    expect(r.value.toString()).toBe("200");
    // on the set where they sum to one, within [32.5%, 33.5%] each: the maximum puts c and b at 33.5%
    // and a at 33%: 33 + 67 + 100.5 = 200.5; the minimum mirrors it: 33.5 + 67 + 99 = 199.5.
    // (The box alone would give [195, 201].)
    expect([r.interval.low.toString(), r.interval.high.toString()]).toEqual(["199.5", "200.5"]);
    expect(r.inputs.map((f) => f.label)).toEqual(["33% (normalised to sum to 1)", "33% (normalised to sum to 1)", "33% (normalised to sum to 1)"]);
    expect(explain(r)).toContain("├── 33% (normalised to sum to 1) = 33.333% [32.5%, 33.5%] (derived by sumToOne)\n│   └── 33% = 33% [32.5%, 33.5%] (reported; stated as \"33%\")");
  });

  it("refuses shares that cannot sum to one, and a normalised share outside its own interval", () => {
    // 50% + 30%: at most 80.5%
    expect(codeOf(() => derive("w", (s: readonly Ratio[]) => s[0]!, sumToOne([statedFigure("50%"), statedFigure("30%")])))).toBe("OUT_OF_DOMAIN");
    // 0.5 in [0.4, 0.6] and 45% in [44.5%, 45.5%] sum to 0.95; 45% normalised is 47.4%, outside its interval
    const loose = figure(ratio(0.5), { interval: { low: ratio(0.4), high: ratio(0.6) } });
    expect(codeOf(() => derive("w", (s: readonly Ratio[]) => s[0]!, sumToOne([loose, statedFigure("45%")])))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => sumToOne([statedFigure("1%")]))).toBe("UNIT_MISMATCH");
    expect(codeOf(() => derive("w", (s: readonly Ratio[]) => s[0]!, sumToOne([statedFigure("US$1"), statedFigure("US$2")])))).toBe("UNIT_MISMATCH");
  });
});

describe("the operation a derived figure records", () => {
  it("is the export name of every exported metric (a new metric needs its line in src/figures/operation-names.ts)", () => {
    const byName = metrics as unknown as Record<string, unknown>;
    // looked up in the table itself: here fn.name would give the right answer for a metric left out
    const missing = Object.keys(byName).filter((name) => typeof byName[name] === "function" && metricName(byName[name]) !== name);
    expect(missing).toEqual([]);
  });

  it("survives a minifier: derive and explain in a minified bundle still say cagr", async () => {
    const b = await bundle(
      `import { cagr, derive, explain, figure } from "finmodel";
       const g = derive("g", cagr, figure(1), figure(2), 5);
       export const out = [cagr.name, g.operation, explain(g).split("\\n")[0]];`,
      "src",
    );
    const dir = tempDir("minified");
    writeFileSync(join(dir, "m.mjs"), b.text);
    const { out } = (await import(pathToFileURL(join(dir, "m.mjs")).href)) as { out: string[] };
    // the check can fail: the minifier renamed the function itself
    expect(out[0]).not.toBe("cagr");
    expect(out[1]).toBe("cagr");
    expect(out[2]).toMatch(/\(derived by cagr\)$/);
  }, 30_000);

  it("is the function's own name for a function of one's own, and a plain number is shown as given", () => {
    const twice = (x: Decimal) => x.times(2);
    expect(derive("twice", twice, figure(4)).operation).toBe("twice");
    const g = derive("g", cagr, figure(1), figure(2), 4);
    expect(explain(g).split("\n")[3]).toBe("└── 4 = 4 (given; passed as a plain value; exact)");
  });
});
