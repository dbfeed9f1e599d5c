// The README's, the guides' and the TSDoc examples' TypeScript compiles: they also run
// (test/readme.test.ts, test/docs.test.ts, test/examples.test.ts), but running erases the
// types, and code a TypeScript user copies must compile as it is written (a `.amount` read off
// a union of kinds ran and did not compile; so did a line starting with `[` that a copy joins
// to the line before).
// Each README block is a module of its own; each guide's blocks are one module, as they run:
// tsc checks them with the project's settings (strict, exactOptionalPropertyTypes,
// noUncheckedIndexedAccess), `finmodel` resolving to the sources. Each TSDoc example is a
// module checked as a user's project checks it: strict, nodenext, against the built
// declarations (the package's own name resolves to itself from inside it).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractExamples, generatedDir, root, sourceFiles } from "./support/examples.js";
import { asOneModule, tsBlocks } from "./support/markdown-blocks.js";
import { run } from "./package/support.js";

const dir = generatedDir("doc-types");
const examplesDir = generatedDir("example-types");
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(examplesDir, { recursive: true, force: true });
});

const tsc = join(root, "node_modules", "typescript", "bin", "tsc");

/** tsc's output for the project at `tsconfig` (empty when it compiles). */
function typeCheck(tsconfig: string): string {
  try {
    run(process.execPath, [tsc, "-p", tsconfig, "--pretty", "false"], { cwd: join(tsconfig, ".."), timeout: 180_000 });
    return "";
  } catch (error) {
    return (error as Error).message;
  }
}

/** Every module to check: its file name and source. */
function modules(): [string, string][] {
  const out: [string, string][] = tsBlocks(readFileSync(join(root, "README.md"), "utf8")).map((code, i) => [`README-${i}.ts`, code]);
  for (const f of readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).sort()) {
    const blocks = tsBlocks(readFileSync(join(root, "docs", f), "utf8"));
    if (blocks.length > 0) out.push([`docs-${f.replace(/\.md$/, "")}.ts`, asOneModule(blocks)]);
  }
  // A module each (a top-level await, names that two blocks of the README share).
  return out.map(([name, code]) => [name, `${code}\nexport {};\n`]);
}

describe("the README's and the guides' TypeScript", () => {
  it("type-checks as written", () => {
    const files = modules();
    expect(files.length).toBeGreaterThan(10);
    mkdirSync(dir, { recursive: true });
    for (const [name, code] of files) writeFileSync(join(dir, name), code);
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ extends: join(root, "tsconfig.json"), compilerOptions: { noEmit: true, incremental: false }, include: ["*.ts"] }));
    // The errors name the module: README-4.ts is the README's fifth block, docs-model.ts the model guide.
    expect(typeCheck(join(dir, "tsconfig.json"))).toBe("");
  }, 200_000);

  it("and every TSDoc example type-checks against the built declarations, as a user's strict project", () => {
    const examples = sourceFiles().flatMap(extractExamples);
    expect(examples.length).toBeGreaterThan(200);
    mkdirSync(examplesDir, { recursive: true });
    examples.forEach((ex, i) => writeFileSync(join(examplesDir, `${ex.file.replace(/[\\/]/g, "_").replace(/\.ts$/, "")}-${ex.symbol}-${i}.ts`), `${ex.code}\nexport {};\n`));
    const options = { strict: true, target: "es2022", lib: ["es2022", "dom"], module: "nodenext", moduleResolution: "nodenext", types: ["node"], skipLibCheck: true, noEmit: true };
    writeFileSync(join(examplesDir, "tsconfig.json"), JSON.stringify({ compilerOptions: options, include: ["*.ts"] }));
    // The errors name the example: src_figures_figure-statedFigure-56.ts is statedFigure's.
    expect(typeCheck(join(examplesDir, "tsconfig.json"))).toBe("");
  }, 200_000);
});
