import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./support/examples.js";

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

describe("README quick start", () => {
  it("runs, and its //=> results hold", async () => {
    const { generatedDir, toModule, writeExampleModules } = await import("./support/examples.js");
    const { normalize } = await import("./support/normalize.js");
    const code = /## Quick start\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(code, "README has a ts block under Quick start").toBeTruthy();
    const example = { file: "README.md", symbol: "quickstart", line: 1, code: code! };
    expect(toModule(example).checks).toBeGreaterThanOrEqual(2);
    const [path] = writeExampleModules([example], "readme");
    const logged: unknown[] = [];
    const log = console.log;
    console.log = (...a: unknown[]) => logged.push(a.join(" "));
    try {
      const mod = (await import(/* @vite-ignore */ path!)) as { run: (c: unknown, t: unknown) => Promise<void> };
      await mod.run(
        (actual: unknown, expected: unknown, line: string) => expect(normalize(actual), line).toEqual(normalize(expected)),
        async () => undefined,
      );
    } finally {
      console.log = log;
      rmSync(generatedDir("readme"), { recursive: true, force: true });
    }
    expect(String(logged[0])).toMatch(/^Market CAGR 2024–2029 = 80\.762% .*\n├── 107 億美元 = US\$10\.7B/);
  });
});
