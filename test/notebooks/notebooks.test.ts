// The committed notebooks and the runner's pure helpers. Nothing here starts Jupyter:
// `npm run notebooks -- --check` executes the notebooks (see .ci/run).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  cellSource,
  chartImages,
  codeCells,
  expectsOutput,
  importProblem,
  importSpecifiers,
  notebookProblems,
  parseNotebook,
  toTypeScript,
  type Notebook,
} from "../../scripts/notebooks/cells.js";
import { root } from "../support/examples.js";

const folder = join(root, "examples", "notebooks");
const names = readdirSync(folder).filter((name) => name.endsWith(".ipynb")).sort();
const read = (name: string): Notebook => parseNotebook(readFileSync(join(folder, name), "utf8"), name);

const code = (source: string, outputs: Notebook["cells"][number]["outputs"] = []): Notebook["cells"][number] => ({ cell_type: "code", source, outputs });
const nb = (...cells: Notebook["cells"]): Notebook => ({ nbformat: 4, metadata: { kernelspec: { name: "deno" } }, cells });
const printed = [{ output_type: "stream", name: "stdout", text: "x\n" }];

describe("the committed notebooks", () => {
  it("include the report, valuation, spreadsheet-parity and template notebooks", () => {
    for (const prefix of ["01-minimax-report", "02-valuation-scenarios", "03-excel-parity", "04-your-own-company"]) {
      expect(names).toContain(`${prefix}.ipynb`);
    }
  });

  describe.each(names)("%s", (name) => {
    const notebook = read(name);

    it("runs on the deno kernel, without errors, with an output for every cell that should have one, importing by package name", () => {
      expect(notebookProblems(notebook)).toEqual([]);
    });

    it("is committed with its outputs and execution counts 1, 2, 3… as the runner writes them", () => {
      const cells = codeCells(notebook);
      expect(cells.length).toBeGreaterThan(3);
      expect(cells.map(({ cell }) => cell.execution_count)).toEqual(cells.map((_, i) => i + 1));
      expect(cells.filter(({ cell }) => (cell.outputs ?? []).length > 0).length).toBeGreaterThan(cells.length / 2);
    });

    it("imports finmodel by its package name", () => {
      const specifiers = codeCells(notebook).flatMap(({ source }) => importSpecifiers(source));
      expect(specifiers.some((s) => s === "finmodel" || s.startsWith("finmodel/"))).toBe(true);
      expect(specifiers.filter((s) => importProblem(s) !== undefined)).toEqual([]);
    });

    it("carries no ANSI colour codes and no machine paths in its outputs", () => {
      const outputs = JSON.stringify(notebook.cells.map((cell) => cell.outputs ?? []));
      expect(outputs).not.toMatch(/\\u001b\[/);
      expect(outputs).not.toMatch(/\/tmp\/|\/home\/|\/root\/|file:\/\//);
    });
  });

  it("uses fixed as-of dates, never today's", () => {
    for (const name of names) {
      const sources = codeCells(read(name)).map(({ source }) => source).join("\n");
      expect(sources, name).not.toMatch(/new Date\(\)|Date\.now\(\)|Math\.random\(\)/);
    }
  });
});

describe("the kernelspec and the scripts", () => {
  it("starts deno from PATH without colours", () => {
    const spec = JSON.parse(readFileSync(join(root, ".jupyter", "kernels", "deno", "kernel.json"), "utf8"));
    expect(spec.argv).toEqual(["deno", "jupyter", "--kernel", "--conn", "{connection_file}"]);
    expect(spec.env).toEqual({ NO_COLOR: "1" });
  });

  it("builds before it runs the notebooks, and CI checks them before the final test command", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(pkg.scripts.notebooks).toMatch(/^npm run build && /);
    const ci = readFileSync(join(root, ".ci", "run"), "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
    const check = ci.indexOf("npm run notebooks -- --check");
    expect(check).toBeGreaterThan(-1);
    expect(check).toBeLessThan(ci.length - 1);
    expect(ci.at(-1)).toBe("npm test");
  });
});

describe("cell helpers", () => {
  it("joins a cell's source lines", () => {
    expect(cellSource({ cell_type: "code", source: ["a\n", "b"] })).toBe("a\nb");
    expect(cellSource({ cell_type: "code", source: "a" })).toBe("a");
  });

  it("extracts the code cells in order with their notebook index, skipping markdown and empty cells", () => {
    const notebook = nb({ cell_type: "markdown", source: "# t" }, code("const a = 1;"), code("  \n"), { cell_type: "code", source: ["a", " + 1"], outputs: [] });
    expect(codeCells(notebook).map(({ index, source }) => [index, source])).toEqual([
      [1, "const a = 1;"],
      [3, "a + 1"],
    ]);
    expect(toTypeScript(notebook)).toBe("// cell 1\nconst a = 1;\n\n// cell 3\na + 1\n\nexport {};\n");
  });

  it("expects an output from cells that do something, not from cells that only declare", () => {
    expect(expectsOutput('import { cagr } from "finmodel";\nconst x = 1;\nfunction f() { console.log(x); }\ntype T = number;')).toBe(false);
    expect(expectsOutput("const row = (s: string): void => console.log(s);")).toBe(false);
    expect(expectsOutput("const x = 1;\nx + 1")).toBe(true);
    expect(expectsOutput("console.log(1);")).toBe(true);
    expect(expectsOutput("for (const x of [1]) console.log(x);")).toBe(true);
    expect(expectsOutput('await Deno.jupyter.svg("<svg/>");')).toBe(true);
    expect(expectsOutput("// only a comment\n")).toBe(false);
  });

  it("finds every import specifier", () => {
    const source = 'import { a } from "finmodel";\nimport type { B } from \'finmodel/excel\';\nimport "vega";\nexport { c } from "./c.ts";\nconst d = await import("decimal.js");';
    expect(importSpecifiers(source).sort()).toEqual(["./c.ts", "decimal.js", "finmodel", "finmodel/excel", "vega"]);
  });

  it("accepts package names and refuses schemes, paths and files inside a package", () => {
    for (const ok of ["finmodel", "finmodel/charts/render", "decimal.js", "vega-lite"]) expect(importProblem(ok), ok).toBeUndefined();
    for (const bad of ["npm:finmodel", "jsr:@std/assert", "../../dist/index.js", "/abs/x.js", "finmodel/dist/index.js", "finmodel/src/index.ts", "node:fs"]) {
      expect(importProblem(bad), bad).toBeDefined();
    }
  });

  it("reports errors, stderr, missing outputs, forbidden imports and another kernel", () => {
    const bad: Notebook = {
      nbformat: 4,
      metadata: { kernelspec: { name: "python3" } },
      cells: [
        code("1 + 1"),
        code("console.log(1);", [{ output_type: "error", ename: "TypeError", evalue: "boom" }]),
        code('console.log(2);', [{ output_type: "stream", name: "stderr", text: "warn" }]),
        code('import { x } from "npm:finmodel";'),
        code("console.log(3);", printed),
      ],
    };
    expect(notebookProblems(bad)).toEqual([
      'kernelspec is "python3", expected "deno"',
      "cell 0: expected an output, found none",
      "cell 1: error TypeError: boom",
      "cell 2: wrote to stderr: warn",
      'cell 3: "npm:finmodel": import by package name, without a scheme',
    ]);
    expect(notebookProblems(nb(code("console.log(3);", printed)))).toEqual([]);
  });

  it("refuses files that are not nbformat 4 notebooks", () => {
    expect(() => parseNotebook('{"cells": []}', "x.ipynb")).toThrow("x.ipynb: not an nbformat 4 notebook");
  });
});

describe("the report notebook's charts", () => {
  const images = chartImages(read("01-minimax-report.ipynb"));

  it("shows the football field, the mix shift and the margin bridge as images", () => {
    expect(images.map((i) => i.alt)).toEqual([
      "MiniMax target prices by scenario",
      "MiniMax overseas share of revenue, FY2023 and 9M2025",
      "MiniMax gross margin bridge, FY2024 to FY2025",
    ]);
  });

  it("embeds each as an SVG data URL, the form nbconvert's HTML export keeps", () => {
    for (const { alt, src } of images) {
      const svg = Buffer.from(src.slice("data:image/svg+xml;base64,".length), "base64").toString("utf8");
      expect(svg.startsWith("<svg"), alt).toBe(true);
      expect(svg.trimEnd().endsWith("</svg>"), alt).toBe(true);
    }
  });
});
