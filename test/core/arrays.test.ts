// The one reader of array arguments: a snapshot that no hostile array can turn into a raw error,
// a hang or a hole that later code skips.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resolveDerived } from "finmodel/claims";
import { loadSeeds } from "finmodel/fixtures";
import { distributionChart } from "finmodel/charts";
import { IRR, XIRR } from "finmodel/excel";
import { FinModelError, comps, dcf, dilutedShares, fvschedule, model, money, monteCarlo, normal, npv, statedFigure, xirr } from "finmodel";
import { MAX_ELEMENTS, elements } from "../../src/core/arrays.js";

function refusal(f: () => unknown): FinModelError {
  try {
    f();
  } catch (e) {
    if (e instanceof FinModelError) return e;
    throw e;
  }
  throw new Error("not refused");
}

/** `[first]` with its length set to `length`: one element, and a length that says otherwise. */
function sparse(first: unknown, length: number): unknown[] {
  const a = [first];
  a.length = length;
  return a;
}

describe("elements", () => {
  it("copies the elements, in order, into an array of finmodel's own", () => {
    const input = [1, "2", 3n];
    const out = elements(input, "xs");
    expect(out).toEqual([1, "2", 3n]);
    expect(out).not.toBe(input);
    expect(Object.getPrototypeOf(out)).toBe(Array.prototype);
  });

  it("turns a hole into an own undefined, which map visits", () => {
    // eslint-disable-next-line no-sparse-arrays
    const out = elements([1, , 3], "xs");
    expect(out).toHaveLength(3);
    expect(1 in out).toBe(true);
    expect(out.map((v) => v === undefined)).toEqual([false, true, false]);
  });

  it("never runs an Array subclass's species or iterator", () => {
    let ran = 0;
    class Rigged extends Array {
      static override get [Symbol.species](): ArrayConstructor {
        ran++;
        return Array;
      }
      override [Symbol.iterator](): ArrayIterator<unknown> {
        ran++;
        return [][Symbol.iterator]();
      }
    }
    const out = elements(Rigged.from([1, 2]), "xs");
    expect(out).toEqual([1, 2]);
    expect(Object.getPrototypeOf(out)).toBe(Array.prototype);
    expect(ran).toBe(0);
  });

  it("refuses an array longer than MAX_ELEMENTS before reading it, naming its length", () => {
    const e = refusal(() => elements(sparse(1, 2 ** 32 - 1), "flows"));
    expect(e.code).toBe("OUT_OF_DOMAIN");
    expect(e.path).toBe("flows");
    expect(e.message).toBe('flows must hold at most 16,777,216 (2^24) elements, got "an array of length 4294967295"');
    expect(MAX_ELEMENTS).toBe(16_777_216);
    // The limit itself is accepted: an array of that length is read (and its holes become undefined).
    expect(elements(sparse(1, MAX_ELEMENTS), "flows")).toHaveLength(MAX_ELEMENTS);
  });

  it("refuses an array that does not spread, or whose length changes as it is read", () => {
    const unspread = [1, 2];
    Object.defineProperty(unspread, Symbol.isConcatSpreadable, { value: false });
    expect(refusal(() => elements(unspread, "xs")).message).toMatch(/^xs must be plain data/);
    const one = [1];
    Object.defineProperty(one, Symbol.isConcatSpreadable, { value: false });
    expect(refusal(() => elements(one, "xs")).code).toBe("OUT_OF_DOMAIN");
    let reads = 0;
    const shifting = new Proxy([1, 2, 3], { get: (t, k, r) => (k === "length" ? 3 + reads++ : Reflect.get(t, k, r)) });
    expect(refusal(() => elements(shifting, "xs")).code).toBe("OUT_OF_DOMAIN");
  });
});

describe("an array argument whose length cannot be read", () => {
  const lengthless = (values: unknown[]) =>
    new Proxy(values, {
      get: (t, k, r) => {
        if (k === "length") throw new Error("trap");
        return Reflect.get(t, k, r) as unknown;
      },
    });
  const r = model({
    periods: ["FY2024", "FY2025"],
    inputs: { a0: money(1, "USD"), b0: money(3, "USD") },
    lines: { a: (c) => c.input("a0"), b: (c) => c.input("b0"), sum: (c) => c.line("a").plus(c.line("b")) },
  }).evaluate();

  it("is OUT_OF_DOMAIN naming it where a list must not be empty (the length was read before the snapshot)", () => {
    const cases: [string, () => unknown][] = [
      ["lines", () => r.mix(lengthless(["a", "b"]) as never)],
      ["options.lines", () => r.toMarkdown({ lines: lengthless(["a"]) as never })],
      ["options.lines", () => r.toTsv({ lines: lengthless(["a"]) as never })],
      ["options.parts", () => r.bridge("sum", { parts: lengthless(["a", "b"]) as never })],
      ["options.metrics", () => comps([{ name: "A", enterpriseValue: money(100, "USD"), ebitda: money(10, "USD") }], { metrics: lengthless(["evToEbitda"]) as never })],
    ];
    for (const [path, call] of cases) {
      const e = refusal(call);
      expect([e.code, e.path, e.message]).toEqual(["OUT_OF_DOMAIN", path, `${path} must be plain data (reading it threw: a getter or a Proxy), got "an array that cannot be read"`]);
    }
  });

  it("an empty list there is still refused in the reader's own words", () => {
    expect(refusal(() => r.mix([])).message).toBe("lines must name at least one line, got []");
  });
});

describe("array arguments whose length says more than they hold", () => {
  // Each call reads at most the first two elements; without the limit, these tests never end.
  const huge = 2 ** 32 - 1;

  it("are refused by the finmodel face at once", () => {
    expect(refusal(() => npv(0.1, sparse(-100, huge) as number[])).code).toBe("OUT_OF_DOMAIN");
    expect(refusal(() => xirr(sparse(-100, huge) as number[], sparse("2025-01-01", huge) as string[])).code).toBe("OUT_OF_DOMAIN");
    expect(refusal(() => fvschedule(1, sparse(0.1, huge) as number[])).code).toBe("OUT_OF_DOMAIN");
  });

  it("are refused by the spreadsheet face at their first missing element", () => {
    const e = refusal(() => IRR(sparse(-100, huge) as number[]));
    expect([e.code, e.path]).toEqual(["INVALID_NUMBER", "values[1]"]);
    const x = refusal(() => XIRR(sparse(-100, huge) as number[], sparse(45000, huge) as number[]));
    expect([x.code, x.path]).toEqual(["INVALID_NUMBER", "values[1]"]);
  });

  it("are refused by distributionChart beyond what monteCarlo can draw, and at their first hole below it", () => {
    expect(refusal(() => distributionChart(sparse(1, huge) as number[])).message).toMatch(/^draws must hold at most 100,000,000 draws/);
    const e = refusal(() => distributionChart(sparse(1, 99_999_999) as number[]));
    expect([e.code, e.path]).toEqual(["INVALID_NUMBER", "draws[1]"]);
  });

  it("a long plain array of draws is read whole as the copy grows", () => {
    // 200,001 draws 0 … 200,000, more than the first 65,536 the copy starts with: the median
    // is the middle draw, 100,000, and two bins hold 100,000 and 100,001 of them.
    const draws = Array.from({ length: 200_001 }, (_, i) => i);
    const rows = (distributionChart(draws, { percentiles: [50], bins: 2 }) as unknown as { data: { values: { kind: string; value?: number; count?: number }[] } }).data.values;
    expect(rows.find((r) => r.kind === "percentile")?.value).toBe(100_000);
    expect(rows.filter((r) => r.kind === "bin").map((r) => r.count)).toEqual([100_000, 100_001]);
  });
});

describe("a hole in an array inside an argument", () => {
  // Each of these was skipped by a map or forEach over the caller's array: the model lost a
  // period, the correlation an input; or it reached later code as a raw TypeError.
  const usd = (n: number) => money(n, "USD");
  /** `xs` with a hole in front of them: index 0 is missing, not undefined. */
  const holed = <T>(...xs: T[]): T[] => {
    const a = [undefined as T, ...xs];
    delete a[0];
    return a;
  };
  /** `xs` with a hole at `at`. */
  const holedAt = <T>(xs: T[], at: number): T[] => {
    const a = [...xs];
    delete a[at];
    return a;
  };

  it("is a missing period of a model, not one period fewer", () => {
    const e = refusal(() => model({ periods: holedAt(["FY2025", "", "FY2026"], 1), inputs: { r: usd(1) }, lines: { a: (c) => c.input("r") } }));
    expect([e.code, e.path]).toEqual(["INVALID_PERIOD", "periods[1]"]);
  });

  it("is a missing input of monteCarlo's correlation, not a smaller matrix", () => {
    const e = refusal(() =>
      monteCarlo((x) => x.a! + x.b!, { inputs: { a: normal(1, 0.3), b: normal(2, 0.5) }, draws: 10, seed: 1, correlation: { inputs: holed<"a" | "b">("a", "b"), matrix: [[1, 0.5, 0], [0.5, 1, 0], [0, 0, 1]] } }),
    );
    expect([e.code, e.path]).toEqual(["OUT_OF_DOMAIN", "options.correlation.inputs[0]"]);
  });

  it("is a missing tranche, cash flow, metric or rate, named", () => {
    expect(refusal(() => dilutedShares({ basic: 50, price: usd(20), options: holed({ count: 6, strike: usd(10) }) })).path).toBe("options[0]");
    expect(refusal(() => dcf({ cashFlows: holed(usd(100)), discountRate: 0.1, terminal: { growth: 0.02 } })).path).toBe("cashFlows[0]");
    expect(refusal(() => comps([{ name: "A", enterpriseValue: usd(100), revenue: usd(10) }], { metrics: holed("evToSales" as const) })).path).toBe("options.metrics[0]");
    const f = refusal(() => fvschedule(1, holed(0.1)));
    expect([f.code, f.path]).toEqual(["INVALID_NUMBER", "rates[0]"]);
  });
});

describe("data that a schema or a spread call cannot take whole", () => {
  it("a computation lists at most 16 arguments: 200,000 overflowed the stack when spread into the call", () => {
    const known = { a: statedFigure("12.2%") };
    const e = refusal(() => resolveDerived([{ id: "x", label: "x", operation: "margin", args: Array.from({ length: 200_000 }, () => "@a") }], known));
    expect([e.code, e.path]).toEqual(["OUT_OF_DOMAIN", "steps.0.args"]);
    expect(e.message).toMatch(/must hold at most 16 arguments/);
  });

  it("a seeds file with more problems than the schema can gather is SCHEMA, not a RangeError", () => {
    const doc = JSON.parse(readFileSync(new URL("../../seeds/minimax-fy2025-results.json", import.meta.url), "utf8")) as Record<string, unknown>;
    const e = refusal(() => loadSeeds([{ ...doc, figures: new Array(1_000_000).fill(null) }]));
    expect([e.code, e.path]).toEqual(["SCHEMA", "data"]);
    expect(e.message).toMatch(/too many problems to list/);
    // Fewer problems are listed as before, the first one named.
    expect(refusal(() => loadSeeds([{ ...doc, figures: [null] }])).path).toBe("0.figures.0");
  });
});

describe("a record that claims to be plain but cannot list its keys", () => {
  // Object.prototype as its prototype passes the plain-record test; its key listing throws.
  const sneaky = new Proxy({}, { getPrototypeOf: () => Object.prototype, ownKeys: () => { throw new Error("hostile"); } });
  const m = model({ periods: ["FY2025", "FY2026"], inputs: { r: money(75, "USD"), g: 1.5 }, lines: { rev: (c) => (c.first ? c.input("r") : c.prev("rev").times(c.input("g").plus(1))) } });
  const run = (vary: unknown) => () => m.simulate({ draws: 10, seed: 1, vary: vary as never, outputs: [{ line: "rev", period: "FY2026" }] });

  it("is refused by a model's simulate as its vary record, or as a period record inside it, naming it", () => {
    expect([refusal(run(sneaky)).code, refusal(run(sneaky)).path]).toEqual(["UNIT_MISMATCH", "options.vary"]);
    expect(refusal(run({ g: sneaky })).path).toBe("options.vary.g");
  });
});
