// The committed API report (etc/finmodel.api.md) is what the built declarations say
// now: any change to the public surface must show in review as a diff of that file.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { apiReport, REPORT_PATH, splitUnion, wrap } from "../../scripts/api-report.js";
import { entrySpecifiers, pkg, root } from "./support.js";

let report: string;

beforeAll(() => {
  report = apiReport({ root });
}, 60_000);

/** The ```ts block of one entry point's section. */
function section(text: string, specifier: string): string {
  const start = text.indexOf(`## \`${specifier}\`\n`);
  if (start < 0) return "";
  const open = text.indexOf("```ts\n", start) + "```ts\n".length;
  return text.slice(open, text.indexOf("\n```", open));
}

describe("etc/finmodel.api.md", () => {
  it("is up to date with the built declarations", () => {
    const committed = readFileSync(join(root, REPORT_PATH), "utf8");
    expect(report, "the public API changed: run `npm run api-report` and commit etc/finmodel.api.md").toBe(committed);
  });
});

describe("the report", () => {
  it("has one section per entry point, in order", () => {
    const headings = [...report.matchAll(/^## `([^`]+)`$/gm)].map((m) => m[1]);
    expect(headings).toEqual([...entrySpecifiers()].sort());
  });

  it("lists every value export of every built entry point in its section", async () => {
    for (const specifier of entrySpecifiers()) {
      const file = specifier === pkg.name ? "index" : specifier.slice(pkg.name.length + 1).replace("/", "-");
      const mod = (await import(pathToFileURL(join(root, "dist", `${file}.js`)).href)) as Record<string, unknown>;
      const text = section(report, specifier);
      for (const name of Object.keys(mod)) {
        expect(text, `${specifier}: ${name}`).toMatch(new RegExp(`^(function|const|let|class|abstract class) ${name.replace("$", "\\$")}\\b`, "m"));
      }
    }
  });

  it("prints signatures with parameter and return types, as the declarations state them", () => {
    const core = section(report, "finmodel");
    // From src/metrics/growth.ts: cagr(from: AmountInput<C>, to: AmountInput<NoInfer<C>>, years: Numeric): Ratio
    expect(core).toContain("function cagr<C extends string>(from: AmountInput<C>, to: AmountInput<NoInfer<C>>, years: Numeric): Ratio;");
    // Interfaces with their members, one a line.
    expect(core).toContain('interface Ratio {\n  readonly kind: "ratio";\n  readonly value: DecimalJs;\n}');
    // A class with its own members, the constructor without a return type.
    expect(core).toMatch(/^class FinModelError extends Error \{\n(  .*\n)*  readonly code: FinModelErrorCode;\n/m);
    expect(core).toMatch(/^  constructor\(code: FinModelErrorCode, message: string, /m);
    // A name that is both a value and a type is listed as both.
    expect(core).toContain("const Decimal: typeof DecimalJs;\n\ntype Decimal = DecimalJs;");
    expect(section(report, "finmodel/excel")).toContain("function RRI(nper: number, pv: number, fv: number): number;");
  });

  it("is the same from the CommonJS declarations (.d.cts)", () => {
    expect(apiReport({ root, condition: "require" })).toBe(report);
  }, 60_000);

  it("holds no machine paths or build hashes, and is the same when generated again", () => {
    expect(report).not.toContain(root);
    expect(report).not.toMatch(/import\(|chunk-|\/dist\/|[A-Za-z]:\\/);
    expect(apiReport({ root })).toBe(report);
  }, 60_000);
});

describe("wrap", () => {
  it("leaves a short line alone", () => {
    expect(wrap("type A = { a: string; };")).toBe("type A = { a: string; };");
  });

  it("puts each member of a long object type on its own line, nested, and ignores braces in strings", () => {
    const text = 'const x: { readonly a: "{ not; a brace }"; readonly b: Readonly<{ c: 1; d: 2; }>; readonly e: {}; };';
    expect(wrap(text, 20)).toBe(
      [
        "const x: {",
        '  readonly a: "{ not; a brace }";',
        "  readonly b: Readonly<{",
        "    c: 1;",
        "    d: 2;",
        "  }>;",
        "  readonly e: {};",
        "};",
      ].join("\n"),
    );
  });
});

describe("splitUnion", () => {
  it("splits at the top level only", () => {
    expect(splitUnion('"a" | Record<string, 1 | 2> | (() => "x | y") | { k: 3 | 4; }')).toEqual([
      '"a"',
      "Record<string, 1 | 2>",
      '(() => "x | y")',
      "{ k: 3 | 4; }",
    ]);
    expect(splitUnion("string")).toEqual(["string"]);
  });
});
