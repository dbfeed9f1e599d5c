// The API reference as `npm run docs` builds it (typedoc.json), into a temporary folder:
// the sidebar names the main entry `finmodel`, lists every guide by its title with
// Getting started first, groups the symbols into categories, and the search finds `cagr`.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "./support/examples.js";

interface NavNode {
  readonly text: string;
  readonly path?: string;
  readonly children?: readonly NavNode[];
}

let out: string;
let nav: NavNode[];
let search: { rows: { name: string; url: string; parent?: string }[] };

/** TypeDoc writes its sidebar and search index as deflated, base64-encoded JSON. */
function readAsset(file: string): unknown {
  const text = readFileSync(join(out, "assets", file), "utf8");
  const data = /"([^"]+)"/.exec(text)?.[1] ?? "";
  return JSON.parse(inflateSync(Buffer.from(data, "base64")).toString("utf8"));
}

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "finmodel-docs-"));
  execFileSync(process.execPath, [join(root, "node_modules", "typedoc", "bin", "typedoc"), "--out", out], { cwd: root, stdio: ["ignore", "pipe", "pipe"], timeout: 300_000 });
  nav = readAsset("navigation.js") as NavNode[];
  search = readAsset("search.js") as typeof search;
}, 320_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

/** Each guide's title, from its front matter. */
function guideTitles(): string[] {
  return readdirSync(join(root, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => {
      const title = /^---\ntitle: (.+)\n---\n/.exec(readFileSync(join(root, "docs", f), "utf8"))?.[1];
      expect(title, `docs/${f} has a title in its front matter`).toBeDefined();
      return title!;
    });
}

describe("the docs site's sidebar", () => {
  it("lists every guide by its title, Getting started first, before the API", () => {
    const titles = guideTitles();
    const docs = nav.filter((n) => n.path?.startsWith("documents/"));
    expect(docs.map((d) => d.text).sort()).toEqual([...titles].sort());
    expect(nav[0]?.text).toBe("Getting started");
    // No commas (or spaces) in the guides' URLs.
    expect(docs.filter((d) => /[, ]/.test(d.path!))).toEqual([]);
  });

  it("names the main entry finmodel, with the other entry points beneath it", () => {
    const main = nav.find((n) => n.text === "finmodel");
    expect(main?.path).toBe("modules/finmodel.html");
    const names = main!.children!.map((c) => c.text);
    expect(names).toEqual(expect.arrayContaining(["excel", "fixtures", "charts"]));
    expect(nav.map((n) => n.text)).not.toContain("index");
  });

  it("groups the main entry's symbols into the categories, in order", () => {
    const main = nav.find((n) => n.text === "finmodel")!;
    const categories = main.children!.filter((c) => c.path === undefined).map((c) => c.text);
    const expected = ["units", "time", "metrics", "valuation", "figures", "claims", "scenarios", ...(existsSync(join(root, "src", "model")) ? ["model"] : []), "time-value"];
    expect(categories).toEqual(expected);
    for (const c of main.children!.filter((n) => n.path === undefined)) expect(c.children?.length, c.text).toBeGreaterThan(0);
    const units = main.children!.find((c) => c.text === "units")!;
    expect(units.children!.map((c) => c.text)).toEqual(expect.arrayContaining(["money", "FinModelError"]));
  });

  it("puts the chart builders under charts, and links each symbol to its source", () => {
    const charts = nav.find((n) => n.text === "finmodel")!.children!.find((c) => c.text === "charts")!;
    expect(charts.path).toBe("modules/finmodel_charts.html");
    const page = readFileSync(join(out, "functions", "finmodel.cagr.html"), "utf8");
    expect(page).toMatch(/href="\.\.\/\.\.\/\.\.\/src\/metrics\/growth\.ts#L\d+"/);
  });
});

describe("the docs site's search", () => {
  it("finds cagr as cagr, in finmodel", () => {
    // The function, and the method of the same name on a model's results (r.cagr(line)).
    const hits = search.rows.filter((r) => r.name === "cagr").map((r) => [r.url, r.parent]);
    expect(hits).toContainEqual(["functions/finmodel.cagr.html", "finmodel"]);
    expect(hits.filter(([url]) => url!.startsWith("functions/"))).toEqual([["functions/finmodel.cagr.html", "finmodel"]]);
  });
});
