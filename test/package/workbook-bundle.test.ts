// The browser build of finmodel/workbook holds no Node-only code, and exceljs stays an optional
// peer that an application's bundler sees (and may leave external) rather than a copy inside.
import { describe, expect, it } from "vitest";
import { build } from "esbuild";
import { mkdirSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll } from "vitest";
import { pkg, root, tempDir } from "./support.js";

const dir = tempDir("workbook-bundle");
mkdirSync(join(dir, "node_modules"));
symlinkSync(root, join(dir, "node_modules", pkg.name), "dir");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function bundle(code: string, platform: "browser" | "node"): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: dir, loader: "js", sourcefile: "entry.js" },
    bundle: true,
    format: "esm",
    platform,
    write: false,
    logLevel: "silent",
    external: ["exceljs"],
  });
  return result.outputFiles[0]?.text ?? "";
}

describe("finmodel/workbook in a bundle", () => {
  it("resolves, for browsers, to a module without writeWorkbook or node:fs", async () => {
    const text = await bundle(`export * from "finmodel/workbook";`, "browser");
    expect(text).toContain("toWorkbook");
    expect(text).toMatch(/import\(["']exceljs["']\)/);
    expect(text).not.toContain("writeWorkbook");
    expect(text).not.toContain("node:fs");
  }, 60_000);

  it("resolves, for Node, to the module with writeWorkbook", async () => {
    const text = await bundle(`export * from "finmodel/workbook";`, "node");
    expect(text).toContain("writeWorkbook");
    expect(text).toContain("node:fs/promises");
  }, 60_000);

  it("stays out of a bundle of the core entry point", async () => {
    const text = await bundle(`export * from "finmodel";`, "browser");
    expect(text).not.toContain("exceljs");
    expect(text).not.toContain("toWorkbook");
  }, 60_000);
});
