// The built binary, spawned as a user runs it (package stage: dist/ is built by the
// global setup). A handful of runs: the rest of the command line is tested in
// process through `main` (cli.test.ts, check.test.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { expectBadInput, root, spawnFinmodel } from "./run.js";

// Each test spawns node; a loaded machine must not fail them on time.
vi.setConfig({ testTimeout: 60_000 });

describe("dist/cli.js", () => {
  it("is a Node script that prints its help and exits 0", () => {
    expect(readFileSync(join(root, "dist", "cli.js"), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    const r = spawnFinmodel("--help");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Usage: finmodel <command>/);
  });

  it("answers on stdout with exit 0", () => {
    // 1 − 55.95 / 75 = 19.05 / 75 = 0.254
    const r = spawnFinmodel("margin", "US$55.95M", "US$75M", "--json");
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ margin: { kind: "ratio", value: "0.254" } });
  });

  it("exits 1 on an inconsistent claim, reading the claims file from disk", () => {
    const r = spawnFinmodel("check", "examples/claims/minimax-claims.json");
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain("11 claims: 6 consistent, 2 consistent within rounding, 3 inconsistent");
  });

  it("exits 2 with one line on bad input, and the stack trace only with --debug", () => {
    expect(expectBadInput(spawnFinmodel("cagr", "abc", "1", "5"), "<from>:")).toContain('"abc"');
    const debug = spawnFinmodel("cagr", "abc", "1", "5", "--debug");
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});
