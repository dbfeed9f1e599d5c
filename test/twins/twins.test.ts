// Walks the one table of twins (test/twins/table.ts): both faces of each formula
// agree on generated inputs and refuse bad inputs with the same code; and no
// other twin exists (every *Float export is in the table, every spreadsheet
// function shares its kernel with the function it names).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as finmodel from "finmodel";
import * as excel from "finmodel/excel";
import { root } from "../support/examples.js";
import { codeOf } from "../support/errors.js";
import { SHARED_KERNELS, TWINS } from "./table.js";

describe.each(TWINS.map((t) => [t.name, t] as const))("%s", (_name, twin) => {
  it("both faces agree on generated inputs", () => {
    fc.assert(
      fc.property(twin.inputs, (x) => {
        const exact = twin.decimal(x);
        const float = twin.float(x);
        expect(Number.isFinite(exact) && Number.isFinite(float)).toBe(true);
        expect(Math.abs(exact - float), `${JSON.stringify(x)}: ${exact} vs ${float}`).toBeLessThanOrEqual(twin.tolerance * Math.max(1, Math.abs(exact)));
      }),
      { numRuns: 300, seed: 20260112 },
    );
  });

  it.each(twin.bad.map((x) => [JSON.stringify(x), x] as const))("both faces refuse %s with the same code", (_label, x) => {
    const a = codeOf(() => twin.decimal(x));
    expect(a, "the Decimal face must refuse it").toBeDefined();
    expect(codeOf(() => twin.float(x))).toBe(a);
  });
});

/** The body of `function name(` (exported or not) in a source file. */
function body(source: string, name: string): string {
  const start = source.search(new RegExp(`^(?:export )?function ${name}\\b`, "m"));
  if (start < 0) return "";
  const end = source.indexOf("\n}\n", start);
  return source.slice(start, end < 0 ? undefined : end);
}

/** Whether `name` calls `kernel`, itself or through a function of the same file (one level). */
function reaches(source: string, name: string, kernel: string): boolean {
  const own = body(source, name);
  const called = [...own.matchAll(/\b(\w+)\(/g)].map((m) => m[1]!);
  return called.includes(kernel) || called.some((f) => f !== name && body(source, f).includes(`${kernel}(`));
}

describe("no twin outside the table", () => {
  const faces = new Set(TWINS.flatMap((t) => t.faces));

  it("every exported *Float function is a face in the table", () => {
    const floats = Object.keys(finmodel).filter((k) => /Float$/.test(k) && typeof (finmodel as Record<string, unknown>)[k] === "function");
    expect(floats.length).toBeGreaterThan(0);
    expect(floats.filter((k) => !faces.has(k))).toEqual([]);
  });

  it("every spreadsheet function is written once: it calls the float kernel of the finmodel function it names", () => {
    const names = Object.keys(excel).filter((k) => typeof (excel as Record<string, unknown>)[k] === "function");
    expect(names.filter((k) => !(k in SHARED_KERNELS)).sort()).toEqual([]);
    // The spreadsheet functions live in several files of src/excel/ (tvm.ts, depreciation.ts):
    // each is looked for in the file that defines it.
    const excelDir = join(root, "src", "excel");
    const excelFiles = readdirSync(excelDir).filter((f) => f.endsWith(".ts")).map((f) => readFileSync(join(excelDir, f), "utf8"));
    const tvm = join(root, "src", "metrics", "tvm");
    const metricFiles = readdirSync(tvm).map((f) => readFileSync(join(tvm, f), "utf8"));
    for (const [name, [metric, kernel]] of Object.entries(SHARED_KERNELS)) {
      const excelSource = excelFiles.find((f) => body(f, name).startsWith("export"));
      expect(excelSource, `${name} is defined in src/excel/`).toBeDefined();
      expect(reaches(excelSource!, name, kernel), `${name} calls ${kernel}`).toBe(true);
      const file = metricFiles.find((f) => body(f, metric).startsWith("export"));
      expect(file, `${metric} is defined in src/metrics/tvm/`).toBeDefined();
      expect(reaches(file!, metric, kernel), `${metric} calls ${kernel}`).toBe(true);
      expect(typeof (finmodel as Record<string, unknown>)[metric], metric).toBe("function");
    }
  });

  it("the Monte Carlo histogram and distributionChart bin the same draws the same way (one function, one default)", async () => {
    const { distributionChart } = await import("finmodel/charts");
    const mc = finmodel.monteCarlo(({ v }: { v: number }) => v, { inputs: { v: finmodel.normal(100, 15) }, draws: 5000, seed: 7, keepDraws: true });
    const bins = distributionChart(mc.values!).data.values.filter((r) => r.kind === "bin");
    expect(bins.map((r) => r.count)).toEqual(mc.histogram.counts);
    expect(bins.map((r) => r.start)).toEqual(mc.histogram.edges.slice(0, -1));
    expect(bins.at(-1)!.end).toBe(mc.histogram.edges.at(-1));
    // all 5000 draws are counted, in the 40 bins both use by default
    expect(mc.histogram.counts.reduce((s, c) => s + c, 0)).toBe(5000);
    expect(bins).toHaveLength(40);
  });
});
