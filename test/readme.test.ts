import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./support/examples.js";
import { runBlock, tsBlocks } from "./support/markdown-blocks.js";

const readme = readFileSync(join(root, "README.md"), "utf8");
const ci = readFileSync(join(root, ".ci", "run"), "utf8");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };

describe("README", () => {
  const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
  const commands = firstBlock.split("\n").map((l) => l.replace(/#.*$/, "").trim()).filter(Boolean);

  it("starts with the two commands for a fresh machine", () => {
    expect(commands).toEqual(["npm ci && npm run example", "npm test"]);
    expect(readme.indexOf("```sh")).toBeLessThan(800);
  });

  it("gives the test command that CI runs last", () => {
    const ciCommands = ci.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
    expect(ciCommands.at(-1)).toBe(commands[1]);
    expect(ciCommands).toContain("npm ci --no-audit --no-fund");
  });

  it("names scripts that exist", () => {
    for (const script of ["build", "test", "lint", "docs", "bench", "example"]) expect(pkg.scripts[script]).toBeTruthy();
  });
});

describe("README code", () => {
  const blocks = tsBlocks(readme);

  it("has a quick start and a tour", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
  });

  it.each(blocks.map((code, i) => [i, code] as const))("block %i runs, and its //=> results hold", async (i, code) => {
    const { checks, logged } = await runBlock("README.md", i, code);
    expect(checks, "every README block shows its results with //=>").toBeGreaterThanOrEqual(1);
    if (i === 0) expect(String(logged[0])).toMatch(/^Market CAGR 2024–2029 = 80\.762% .*\n├── 107 億美元 = US\$10\.7B/);
  });
});
