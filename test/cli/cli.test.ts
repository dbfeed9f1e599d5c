// The finmodel command line, run in process through its `main` (the built binary is
// spawned in smoke.test.ts). Expected numbers are worked out independently in the
// comments (float64 arithmetic is enough to check them).
import { describe, expect, it } from "vitest";
import { expectBadInput, finmodel, finmodelJson, tempFile } from "./run.js";

interface Q {
  kind: string;
  value: string;
}

describe("finmodel cagr", () => {
  it("answers the market CAGR and judges the stated 80.7%", async () => {
    // (206.5 / 10.7)^(1/5) − 1 = 19.2991^0.2 − 1 = 0.80762…; the inputs stand for
    // [10.65, 10.75] and [206.45, 206.55], so the CAGR lies in
    // [(206.45/10.75)^0.2 − 1, (206.55/10.65)^0.2 − 1] = [0.80585…, 0.80940…].
    const r = await finmodelJson<{ cagr: Q; interval: { low: Q; high: Q }; claim: { verdict: string } }>("cagr", "US$10.7B", "US$206.5B", "5", "--claim", "80.7%");
    expect(r.code).toBe(0);
    expect(Number(r.json.cagr.value)).toBeCloseTo((206.5 / 10.7) ** 0.2 - 1, 12);
    expect(Number(r.json.interval.low.value)).toBeCloseTo((206.45 / 10.75) ** 0.2 - 1, 12);
    expect(Number(r.json.interval.high.value)).toBeCloseTo((206.55 / 10.65) ** 0.2 - 1, 12);
    // 80.762% is outside [80.65%, 80.75%] but the intervals overlap.
    expect(r.json.claim.verdict).toBe("consistent-within-rounding");
  });

  it("prints aligned text with units", async () => {
    const r = await finmodel("cagr", "US$10.7B", "US$206.5B", "5", "--claim", "80.7%");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("CAGR      80.76%");
    expect(r.stdout).toContain("interval  80.58% – 80.94%");
    expect(r.stdout).toContain("from      US$10.7B (± US$50M)");
    expect(r.stdout).toContain("verdict   consistent-within-rounding");
  });

  it("takes two dates and a day count", async () => {
    // 30/360 from 2024-01-01 to 2026-01-01 is exactly 2 years: √(121/100) − 1 = 0.1
    const r = await finmodelJson<{ cagr: Q }>("cagr", "100", "121", "2024-01-01", "2026-01-01", "--basis", "30/360 US");
    expect(r.json.cagr.value).toBe("0.1");
    // ACT/365F: 731 days = 2.00274 years: 1.21^(365/731) − 1 = 0.099857…
    const act = await finmodelJson<{ cagr: Q }>("cagr", "100", "121", "2024-01-01", "2026-01-01");
    expect(Number(act.json.cagr.value)).toBeCloseTo(1.21 ** (365 / 731) - 1, 12);
  });

  it("exits 1 when the claim is inconsistent", async () => {
    // 100 → 121 over 2 years is 10% a year, nowhere near 5%
    const r = await finmodel("cagr", "100", "121", "2", "--claim", "5%");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("inconsistent");
  });

  it("refuses bad input with one line and exit 2", async () => {
    expect(expectBadInput(await finmodel("cagr", "abc", "1", "5"), "<from>:")).toContain('"abc"');
    expectBadInput(await finmodel("cagr", "1", "2"), "cagr: expected <from> <to> <years | start end>");
    expect(expectBadInput(await finmodel("cagr", "US$1", "HK$2", "5"), "<to>:")).toContain("HKD");
    expectBadInput(await finmodel("cagr", "1", "2", "5", "--claim", "2x"), "--claim:");
    expectBadInput(await finmodel("cagr", "1", "2", "0"), "<years>: must be positive");
    expectBadInput(await finmodel("cagr", "1", "2", "-5"), "<years>: must be positive");
    expectBadInput(await finmodel("cagr", "1", "2", "2024-01-01", "2024-13-01"), "<end>:");
    expectBadInput(await finmodel("cagr", "1", "2", "5", "--basis", "30/360 US"), "--basis:");
    expectBadInput(await finmodel("cagr", "1", "2", "5", "--bogus"), "--bogus:");
  });

  it("prints the stack trace only with --debug", async () => {
    const r = await finmodel("cagr", "abc", "1", "5", "--debug");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\n\s+at /);
    expect(r.stderr).toContain("finmodel: <from>:");
  });
});

describe("finmodel margin", () => {
  it("computes a gross margin from cost and revenue (the part before the whole)", async () => {
    // 1 − 55.95 / 75 = 19.05 / 75 = 0.254
    const r = await finmodelJson<{ margin: Q }>("margin", "US$55.95M", "US$75M");
    expect(r.code).toBe(0);
    expect(r.json.margin).toEqual({ kind: "ratio", value: "0.254" });
    expect((await finmodel("margin", "US$55.95M", "US$75M")).stdout).toContain("gross margin     25.40%");
  });

  it("refuses the old order (revenue first) instead of printing a wrong margin", async () => {
    // the first argument (the part) is the one that exceeds the whole
    expect(expectBadInput(await finmodel("margin", "US$75M", "US$55.95M"), "<cost-or-profit>:")).toContain("are the arguments swapped?");
  });

  it("computes a margin from a profit, in CJK notation with --locale zh-CN", async () => {
    // −10.24 / 15.05 = −0.680398…
    const r = await finmodelJson<{ margin: Q }>("margin", "-10.24亿元", "15.05亿元", "--profit");
    expect(Number(r.json.margin.value)).toBeCloseTo(-10.24 / 15.05, 12);
    const zh = await finmodel("margin", "-10.24亿元", "15.05亿元", "--profit", "--locale", "zh-CN");
    expect(zh.stdout).toContain("15.05亿元 (± 50万元)");
    expect(zh.stdout).toContain("-68.04%");
  });

  it("refuses mixed currencies and text that is not an amount", async () => {
    // the cost fixes the currency; the revenue in another one is the argument named
    expectBadInput(await finmodel("margin", "US$1", "HK$1"), "<revenue>:");
    expectBadInput(await finmodel("margin", "US$1", "25%"), "<revenue>:");
    expectBadInput(await finmodel("margin", "US$1"), "margin: expected");
  });
});

describe("finmodel change", () => {
  it("gives the change in points and the multiple", async () => {
    // 25.4 − 12.2 = 13.2 pp; 25.4 / 12.2 = 2.08197x
    const r = await finmodelJson<{ change: Q; multiple: Q }>("change", "12.2%", "25.4%");
    expect(r.json.change).toEqual({ kind: "pp", value: "13.2" });
    expect(Number(r.json.multiple.value)).toBeCloseTo(25.4 / 12.2, 12);
    const text = (await finmodel("change", "12.2%", "25.4%")).stdout;
    expect(text).toContain("+13.20 pp");
    expect(text).toContain("2.08x");
  });

  it("has no multiple from zero, and refuses plain numbers", async () => {
    const r = await finmodelJson<{ multiple: unknown }>("change", "0%", "5%");
    expect(r.json.multiple).toBeNull();
    expectBadInput(await finmodel("change", "12", "25%"), "<from%>:");
  });
});

describe("finmodel implied", () => {
  const fx = ["--fx", "USD/HKD=7.8"];
  it("implies the share count of the base case", async () => {
    // 54 × US$700M × 7.8 HKD/USD / HK$930 = 294.84e9 / 930 = 317,032,258.06
    const r = await finmodelJson<{ result: { kind: string; value: string; unit: string } }>("implied", "shares", "--price", "HK$930", "--revenue", "US$700M", "--multiple", "54x", ...fx);
    expect(r.json.result.unit).toBe("shares");
    expect(Number(r.json.result.value)).toBeCloseTo(294.84e9 / 930, 4);
  });

  it("implies a price and a multiple", async () => {
    // 54 × 700e6 × 7.8 / 317,032,258 = 930.0000002 HKD
    const p = await finmodelJson<{ result: { amount: string; currency: string } }>("implied", "price", "--revenue", "US$700M", "--multiple", "54", "--shares", "317032258", ...fx);
    expect(p.json.result.currency).toBe("HKD");
    expect(Number(p.json.result.amount)).toBeCloseTo((54 * 700e6 * 7.8) / 317032258, 9);
    // HK$1240 × 317,032,258 / (US$1B × 7.8) = 50.4000 (the bull case at 50.4x, not 54x)
    const m = await finmodel("implied", "multiple", "--price", "HK$1240", "--shares", "317032258", "--revenue", "US$1B", ...fx);
    expect(m.code).toBe(0);
    expect(m.stdout).toContain("implied multiple  50.40x");
    // without FX everything is in one currency: 10 × 100 / 4 = 250
    expect((await finmodelJson<{ result: string }>("implied", "price", "--revenue", "100", "--multiple", "10x", "--shares", "4")).json.result).toBe("250");
  });

  it("names the missing or misused option", async () => {
    expect(expectBadInput(await finmodel("implied", "price", "--revenue", "US$1"), "--multiple:")).toContain("needs --revenue, --multiple, --shares");
    expectBadInput(await finmodel("implied", "foo"), "implied: expected price, shares or multiple");
    expectBadInput(await finmodel("implied", "price", "--revenue", "US$700M", "--multiple", "54x", "--shares", "3", "--fx", "USD-HKD"), "--fx:");
    expectBadInput(await finmodel("implied", "price", "--revenue", "US$700M", "--multiple", "54x", "--shares", "3", "--price", "HK$1"), "--price:");
    // revenue must be in the FX rate's base currency
    expect(expectBadInput(await finmodel("implied", "price", "--revenue", "HK$700M", "--multiple", "54x", "--shares", "3", ...fx), "--revenue:")).toContain("USD");
  });
});

describe("finmodel runway", () => {
  it("gives the months and the cash-out date", async () => {
    // 10.5亿美元 / 2790萬美元 = 1050 / 27.9 = 37.634 months; from 2026-01-01, 37 months
    // reach 2029-02-01 and 0.634 × 28 days (February 2029) = 17.8 days → 2029-02-18
    const r = await finmodelJson<{ months: string; cashOut: string }>("runway", "10.5亿美元", "2790萬美元", "--as-of", "2026-01-01");
    expect(Number(r.json.months)).toBeCloseTo(1050 / 27.9, 12);
    expect(r.json.cashOut).toBe("2029-02-18");
    expect((await finmodel("runway", "10.5亿美元", "2790萬美元")).stdout).toContain("runway        37.63 months");
  });

  it("lets the burn grow", async () => {
    // burn growing 2% a month: Σ 27.9 × 1.02^k = 1050 ⇔ t = ln(1 + 1050 × 0.02 / 27.9) / ln 1.02 = 28.34
    const r = await finmodelJson<{ months: string }>("runway", "US$1.05B", "US$27.9M", "--burn-growth", "2%");
    expect(Number(r.json.months)).toBeCloseTo(Math.log(1 + (1050 * 0.02) / 27.9) / Math.log(1.02), 10);
  });

  it("refuses a negative burn, a bad date and a bad growth", async () => {
    expectBadInput(await finmodel("runway", "100", "-5"), "<monthly-burn>: must be positive");
    expectBadInput(await finmodel("runway", "100", "5", "--as-of", "2026-13-01"), "--as-of:");
    expectBadInput(await finmodel("runway", "100", "5", "--burn-growth", "2x"), "--burn-growth:");
  });
});

describe("finmodel mix", () => {
  it("gives shares and shifts in points", async () => {
    // total 75: 45.75/75 = 61%, 18/75 = 24%, 11.25/75 = 15%; shifts +11, −6, −5 pp
    const r = await finmodelJson<{ name: string; share: Q; shift: Q }[]>("mix", "APAC=45.75", "Americas=18", "EMEA=11.25", "--before", "APAC=50%", "--before", "Americas=30%", "--before", "EMEA=20%");
    expect(r.json.map((p) => [p.name, Number(p.share.value), Number(p.shift.value)])).toEqual([
      ["APAC", 0.61, 11],
      ["Americas", 0.24, -6],
      ["EMEA", 0.15, -5],
    ]);
    const text = (await finmodel("mix", "APAC=US$45.75M", "Americas=US$18M")).stdout.split("\n");
    // 45.75 / 63.75 = 71.76%, 18 / 63.75 = 28.24%
    expect(text[0]).toMatch(/^part\s+amount\s+share$/);
    expect(text[2]).toMatch(/^APAC\s+US\$45\.75M\s+71\.76%$/);
    expect(text[2]!.length).toBe(text[3]!.length);
  });

  it("refuses repeated names, missing shares and shares that do not sum to 100%", async () => {
    expectBadInput(await finmodel("mix"), "mix: expected at least one part");
    expectBadInput(await finmodel("mix", "A=1", "A=2"), "<name=amount>:");
    expectBadInput(await finmodel("mix", "A"), "<name=amount>:");
    expectBadInput(await finmodel("mix", "A=1", "B=1", "--before", "A=50%"), "--before:");
    expectBadInput(await finmodel("mix", "A=1", "B=1", "--before", "A=50%", "--before", "B=40%"), "--before: must sum to 1");
    expect(expectBadInput(await finmodel("mix", "A=US$1", "B=HK$1"), "part B:")).toContain("HKD");
  });
});

describe("finmodel parse", () => {
  it("shows what a figure reads as", async () => {
    // 15.05 × 1e8 = 1,505,000,000 CNY; the last digit is 0.01亿 = 1e6, half of it 5e5
    const r = await finmodelJson<Record<string, unknown>>("parse", "15.05亿元");
    expect(r.json).toMatchObject({ kind: "money", value: "1505000000", currency: "CNY", decimals: 2, halfUnit: "500000", interval: { low: "1504500000", high: "1505500000" } });
    const pct = (await finmodel("parse", "80.7%")).stdout;
    expect(pct).toContain("value      0.807");
    expect(pct).toContain("interval   0.8065 – 0.8075");
  });

  it("refuses what it cannot read", async () => {
    expectBadInput(await finmodel("parse", "abc"), "<text>:");
    expectBadInput(await finmodel("parse", ""), "<text>:");
  });
});

describe("finmodel xirr", () => {
  it("solves the published spreadsheet example", async () => {
    // The XIRR documentation example: −10000, 2750, 4250, 3250, 2750 → 0.373362535
    const csv = tempFile("flows.csv", "date,amount\n2008-01-01,-10000\n2008-03-01,2750\n2008-10-30,4250\n2009-02-15,3250\n2009-04-01,2750\n");
    const r = await finmodelJson<{ rate: Q }>("xirr", csv);
    expect(r.code).toBe(0);
    expect(Number(r.json.rate.value)).toBeCloseTo(0.373362535, 8);
    expect((await finmodel("xirr", csv)).stdout).toContain("XIRR    37.3363%");
  });

  it("reads quoted amounts with commas and money, without a header", async () => {
    // −1,000 then 1,100 a year later (365 days, ACT/365F): 10%
    const csv = tempFile("money.csv", '2023-01-01,"-US$1,000"\n2024-01-01,"US$1,100"\n');
    expect(Number((await finmodelJson<{ rate: Q }>("xirr", csv)).json.rate.value)).toBeCloseTo(0.1, 12);
  });

  it("says so when no rate solves the flows, with exit 1", async () => {
    // −100, +50, −100: the NPV is negative at every rate above −100%
    const r = await finmodel("xirr", tempFile("nosol.csv", "2020-01-01,-100\n2021-01-01,50\n2022-01-01,-100\n"));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^no solution: /);
  });

  it("answers no solution for flows of one sign; refuses bad rows and a missing file", async () => {
    const pos = await finmodel("xirr", tempFile("pos.csv", "2020-01-01,100\n2021-01-01,50\n"));
    expect(pos.code).toBe(1);
    expect(pos.stdout).toMatch(/^no solution: every flow is positive/);
    expect(expectBadInput(await finmodel("xirr", tempFile("bad.csv", "2020-01-01,-100\n2021-01-01,abc\n")), "")).toMatch(/bad\.csv:2: amount:/);
    expect(expectBadInput(await finmodel("xirr", tempFile("three.csv", "2020-01-01,-100,1\n2021-01-01,1\n")), "")).toMatch(/three\.csv:1: expected two fields/);
    expectBadInput(await finmodel("xirr", "no-such-file.csv"), "<file.csv>:");
  });
});

describe("help and the command line itself", () => {
  const commands = ["cagr", "margin", "change", "implied", "runway", "mix", "parse", "check", "xirr"];

  it("lists every command with an example", async () => {
    const r = await finmodel("--help");
    expect(r.code).toBe(0);
    for (const c of commands) expect(r.stdout).toMatch(new RegExp(`^  ${c} .*\\n\\s+e\\.g\\. finmodel ${c} `, "m"));
  });

  it.each(commands)("finmodel %s --help shows the usage and an example", async (c) => {
    const r = await finmodel(c, "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: finmodel ${c}`);
    expect(r.stdout).toMatch(new RegExp(`Examples?:\\n  finmodel ${c} `));
  });

  it("refuses an unknown command, an unknown option and a bad locale", async () => {
    expectBadInput(await finmodel("nope"), 'command: expected one of cagr, margin, change, implied, runway, mix, parse, check, xirr, got "nope"');
    expectBadInput(await finmodel("parse", "1", "--json=yes"), "--json:");
    expectBadInput(await finmodel("parse", "1", "--locale", "x_!"), "--locale:");
  });

  it("reads a negative number as a value, not an option", async () => {
    // −5% to −2%: +3 pp
    expect((await finmodelJson<{ change: Q }>("change", "-5%", "-2%")).json.change.value).toBe("3");
  });
});
