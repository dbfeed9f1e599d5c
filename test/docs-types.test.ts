// The README's and the guides' TypeScript compiles: the blocks also run (test/readme.test.ts,
// test/docs.test.ts), but running erases the types, and a block a TypeScript user copies must
// compile as it is written (a `.amount` read off a union of kinds ran and did not compile).
// Each README block is a module of its own; each guide's blocks are one module, as they run.
// tsc checks them with the project's settings (strict, exactOptionalPropertyTypes,
// noUncheckedIndexedAccess), `finmodel` resolving to the sources.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generatedDir, root } from "./support/examples.js";
import { asOneModule, tsBlocks } from "./support/markdown-blocks.js";
import { run } from "./package/support.js";

const dir = generatedDir("doc-types");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
    let out = "";
    try {
      run(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(dir, "tsconfig.json"), "--pretty", "false"], { cwd: dir, timeout: 180_000 });
    } catch (error) {
      out = (error as Error).message;
    }
    // The errors name the module: README-4.ts is the README's fifth block, docs-model.ts the model guide.
    expect(out).toBe("");
  }, 200_000);
});
