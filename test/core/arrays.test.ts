// The one reader of array arguments: a snapshot that no hostile array can turn into a raw error,
// a hang or a hole that later code skips.
import { describe, expect, it } from "vitest";
import { distributionChart } from "finmodel/charts";
import { IRR, XIRR } from "finmodel/excel";
import { FinModelError, fvschedule, npv, xirr } from "finmodel";
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
