// The installed tarball type-checks in a TypeScript app under every moduleResolution
// the README names: node16 (nodenext resolves the same way), bundler, and node10 (the old `node`), which
// ignores `exports` and finds the subpath entry points through `typesVersions`.
import { rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entrySpecifiers, packAndInstall, pkg, root, run, type Installed } from "./support.js";

interface PackageWithTypes {
  readonly typesVersions?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  readonly exports: Readonly<Record<string, { require?: { types?: string } } | string>>;
}

const withTypes = pkg as unknown as PackageWithTypes;
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");

let installed: Installed;

beforeAll(() => {
  installed = packAndInstall();
  // One file that uses a typed export of each entry point: an unresolved import is TS2307,
  // an import resolved to the wrong file makes the typed uses fail.
  writeFileSync(
    join(installed.app, "main.ts"),
    [
      `import { cagr, type Ratio } from "finmodel";`,
      `import { RRI } from "finmodel/excel";`,
      `import { minimax } from "finmodel/fixtures";`,
      `import { footballFieldChart } from "finmodel/charts";`,
      `import { renderSvg } from "finmodel/charts/render";`,
      `import { statedRange } from "finmodel/claims";`,
      `import { toTsv } from "finmodel/workbook";`,
      `const growth: Ratio = cagr(10.7, 206.5, 5);`,
      `const spreadsheet: number = RRI(5, 10.7, 206.5);`,
      `const label: string = minimax.figures.foundationModelMarket2024.label;`,
      `const tsv: string = toTsv({ periods: ["FY2025"], rows: [] });`,
      `export const used = [growth, spreadsheet, label, footballFieldChart, renderSvg, statedRange, tsv];`,
      "",
    ].join("\n"),
  );
}, 120_000);

afterAll(() => {
  if (installed) rmSync(dirname(installed.app), { recursive: true, force: true });
});

function typecheck(module: string, moduleResolution: string): string {
  // The settings of `tsc --init` (strict, esModuleInterop, skipLibCheck): resolution is what is tested.
  const options = ["--strict", "--esModuleInterop", "--skipLibCheck", "--target", "es2022"];
  return run(process.execPath, [tsc, "--noEmit", ...options, "--module", module, "--moduleResolution", moduleResolution, "main.ts"], {
    cwd: installed.app,
    timeout: 120_000,
  });
}

describe("TypeScript resolves every entry point", () => {
  it("the test file imports every entry point", () => {
    expect(entrySpecifiers().sort()).toEqual(["finmodel", "finmodel/charts", "finmodel/charts/render", "finmodel/claims", "finmodel/excel", "finmodel/fixtures", "finmodel/workbook"]);
  });

  it.each([
    ["node16", "node16"],
    ["esnext", "bundler"],
    ["commonjs", "node10"],
  ])("with module %s, moduleResolution %s", (module, moduleResolution) => {
    expect(typecheck(module, moduleResolution)).toBe("");
  }, 150_000);

  it("typesVersions maps every subpath export to its CommonJS declarations, as node10 resolves them", () => {
    const map = withTypes.typesVersions?.["*"] ?? {};
    const subpaths = Object.keys(withTypes.exports).filter((k) => k !== "." && k !== "./package.json");
    const expected = Object.fromEntries(
      subpaths.map((k) => {
        const entry = withTypes.exports[k];
        return [k.slice(2), [typeof entry === "string" ? entry : entry?.require?.types]];
      }),
    );
    expect(map).toEqual(expected);
  });
});
