// docs/excel-parity.md must describe every function of finmodel/excel.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as excel from "finmodel/excel";

const page = readFileSync(new URL("../../docs/excel-parity.md", import.meta.url), "utf8");
const headings = new Set([...page.matchAll(/^### ([A-Z]+)\s*$/gm)].map((m) => m[1]));
const functions = Object.entries(excel)
  .filter(([, v]) => typeof v === "function")
  .map(([name]) => name)
  .sort();

describe("docs/excel-parity.md", () => {
  it("sees the functions: the export list is not empty and holds the new depreciation set", () => {
    expect(functions).toEqual(expect.arrayContaining(["XIRR", "VDB", "DB", "PDURATION"]));
  });

  it.each(functions)("has a section for %s", (name) => {
    expect(headings.has(name), `no "### ${name}" heading in docs/excel-parity.md`).toBe(true);
  });

  it("has no section for a function that does not exist", () => {
    expect([...headings].filter((h) => !functions.includes(h!))).toEqual([]);
  });

  it("says how parity is tested", () => {
    expect(page).toMatch(/## How parity is tested/);
  });
});
