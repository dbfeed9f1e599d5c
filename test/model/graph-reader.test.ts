import { describe, expect, it } from "vitest";
import { Decimal, FinModelError, model, money, percent, statedFigure } from "finmodel";
import { toWorkbook } from "finmodel/workbook";
import { readGraph } from "../../src/model/graph-reader.js";
import { load } from "../workbook/support.js";
import { rejection } from "../support/errors.js";

const m = model({
  periods: ["FY2025", "FY2026", "FY2027"],
  inputs: {
    revenue0: statedFigure("US$75m", { label: "FY2025 revenue", source: { document: "broker.md", locator: "table 1" }, status: "reported" }),
    growth: { FY2026: percent(150), FY2027: percent(80) },
    margin: percent(25),
  },
  lines: {
    revenue: (c) => (c.first ? c.input("revenue0") : c.prev("revenue").times(c.input("growth").plus(1))),
    grossProfit: (c) => c.line("revenue").times(c.input("margin")).minus(money(1, "USD")),
  },
});
const graph = m.graph();

function refusal(value: unknown): FinModelError {
  try {
    readGraph(value, "graph");
  } catch (e) {
    if (e instanceof FinModelError) return e;
    throw new Error(`not a FinModelError: ${String(e)}`);
  }
  throw new Error("no error");
}

describe("readGraph", () => {
  it("takes a graph the model made as it is", () => {
    expect(readGraph(graph, "graph")).toBe(graph);
  });

  it("reads a graph revived from JSON back into the graph it was, with finmodel's Decimals", () => {
    const revived: unknown = JSON.parse(JSON.stringify(graph));
    const read = readGraph(revived, "graph");
    expect(read).not.toBe(revived);
    expect(JSON.stringify(read)).toBe(JSON.stringify(graph));
    expect(read.inputs[0]!.values["FY2025"]).toBeInstanceOf(Decimal);
    expect(read.inputs[0]!.values["FY2025"]!.toString()).toBe("75000000");
    expect(read.inputs[0]!.source).toEqual(graph.inputs[0]!.source);
    expect(Object.isFrozen(read.cells[0]!.node)).toBe(true);
  });

  it("gives the same workbook from a graph revived from JSON as from the model", async () => {
    const fromModel = await load(await toWorkbook(m));
    const fromJson = await load(await toWorkbook(JSON.parse(JSON.stringify(graph)) as never));
    for (const sheet of ["Inputs", "Model"]) {
      const a = fromModel.getWorksheet(sheet)!;
      const b = fromJson.getWorksheet(sheet)!;
      expect(b.rowCount).toBe(a.rowCount);
      for (let r = 1; r <= a.rowCount; r++) expect(b.getRow(r).values, `${sheet} row ${r}`).toEqual(a.getRow(r).values);
    }
  });

  it("refuses a graph of the wrong shape with SCHEMA naming the field", () => {
    const json = JSON.parse(JSON.stringify(graph)) as { inputs: object[]; cells: { node: Record<string, unknown>; unit: Record<string, unknown> }[] };
    const cases: [unknown, string, RegExp][] = [
      [{ ...json, periods: "FY2025" }, "graph.periods", /must be an array/],
      [{ ...json, periods: ["FY2025", "FY2025"] }, "graph.periods[1]", /repeats/],
      [{ ...json, inputs: [{ ...json.inputs[0], perPeriod: "no" }] }, "graph.inputs[0].perPeriod", /true or false/],
      [{ ...json, inputs: [{ ...json.inputs[0], values: { FY2025: "75m" } }] }, "graph.inputs[0].values.FY2025", /finite number/],
      [{ ...json, inputs: [{ ...json.inputs[0], source: { label: "x", status: "rumour" } }] }, "graph.inputs[0].source.status", /reported, estimate or derived/],
      [{ ...json, cells: [{ ...json.cells[0], unit: { kind: "percent" } }] }, "graph.cells[0].unit.kind", /unit kind/],
      [{ ...json, cells: [{ ...json.cells[0], unit: { kind: "money", currency: "usd" } }] }, "graph.cells[0].unit.currency", /currency code/],
      [{ ...json, cells: [{ ...json.cells[0], node: { op: "magic", unit: { kind: "number" } } }] }, "graph.cells[0].node.op", /node operator .* in the cell revenue, FY2025/],
      [{ ...json, cells: [{ ...json.cells[0], node: { op: "add", args: [{ op: "const", value: "1", unit: { kind: "number" } }], unit: { kind: "number" } } }] }, "graph.cells[0].node.args", /must hold 2 nodes/],
      [{ ...json, cells: [{ ...json.cells[0], node: { op: "const", value: null, unit: { kind: "number" } } }] }, "graph.cells[0].node.value", /finite number/],
    ];
    for (const [value, path, message] of cases) {
      const e = refusal(value);
      expect([e.code, e.path], path).toEqual(["SCHEMA", path]);
      expect(e.message).toMatch(message);
    }
  });

  it("refuses what it cannot read, and nesting too deep for any formula, with SCHEMA", () => {
    const hostile = new Proxy({}, { get: () => { throw new Error("hostile"); }, ownKeys: () => { throw new Error("hostile"); } });
    expect(refusal({ periods: hostile, inputs: [], lines: [], cells: [] }).code).toBe("SCHEMA");
    class Node {
      get op(): never {
        throw new Error("hostile");
      }
    }
    expect(refusal({ periods: ["FY2025"], inputs: [], lines: ["y"], cells: [{ line: "y", period: "FY2025", unit: { kind: "number" }, node: new Node() }] }).code).toBe("SCHEMA");
    let deep: unknown = { op: "const", value: 1, unit: { kind: "number" } };
    for (let i = 0; i < 5_000; i++) deep = { op: "neg", args: [deep], unit: { kind: "number" } };
    const e = refusal({ periods: ["FY2025"], inputs: [], lines: ["y"], cells: [{ line: "y", period: "FY2025", unit: { kind: "number" }, node: deep }] });
    expect(e.code).toBe("SCHEMA");
    expect(e.message).toMatch(/nested more than 2000 levels/);
  });

  it("is what toWorkbook reads a graph through: a TypeError before, SCHEMA now", async () => {
    const e = await rejection(toWorkbook({ periods: ["FY2025"], cells: [] } as never));
    expect([e.code, e.path]).toEqual(["SCHEMA", "model.inputs"]);
  });
});
