import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./support/examples.js";
import { runBlock, tsBlocks } from "./support/markdown-blocks.js";

const readme = readFileSync(join(root, "README.md"), "utf8");
const ci = readFileSync(join(root, ".ci", "run"), "utf8");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };

describe("README", () => {
  const shBlocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const lines = (block: string) => block.split("\n").map((l) => l.replace(/#.*$/, "").trim()).filter(Boolean);
  const clone = readme.slice(readme.indexOf("## From a clone"));
  const commands = lines(/```sh\n([\s\S]*?)```/.exec(clone)?.[1] ?? "");

  it("opens with the install command", () => {
    expect(lines(shBlocks[0] ?? "")).toEqual(["npm install finmodel"]);
    expect(readme.indexOf("```sh")).toBeLessThan(800);
    expect(readme.indexOf("npm install finmodel")).toBeLessThan(readme.indexOf("## Quick start"));
  });

  it("starts the From a clone section with the two commands for a fresh machine", () => {
    expect(readme.indexOf("## From a clone")).toBeGreaterThan(0);
    expect(commands).toEqual(["npm ci && npm run example", "npm test"]);
  });

  it("gives the test command that CI runs last", () => {
    const ciCommands = ci.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
    expect(ciCommands.at(-1)).toBe(commands[1]);
    expect(ciCommands).toContain("npm ci --no-audit --no-fund");
  });

  it("names scripts that exist", () => {
    for (const script of ["build", "test", "lint", "docs", "bench", "example", "notebooks"]) expect(pkg.scripts[script]).toBeTruthy();
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
