// Runs the command line: in process through cli/main.ts's `main` (most tests), or
// as the built binary dist/cli.js, spawned as a user runs it (the smoke tests of
// the package stage, whose global setup builds dist/).
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { main } from "../../cli/main.js";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `finmodel ...args` in process, from the repository root (the test run's working directory). */
export async function finmodel(...args: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

/** Runs with --json and parses stdout. */
export async function finmodelJson<T = Record<string, unknown>>(...args: string[]): Promise<{ code: number | null; json: T; stderr: string }> {
  const r = await finmodel(...args, "--json");
  return { code: r.code, json: JSON.parse(r.stdout) as T, stderr: r.stderr };
}

/** Spawns the built binary `node dist/cli.js ...args` from the repository root. */
export function spawnFinmodel(...args: string[]): Run {
  const r = spawnSync(process.execPath, [join(root, "dist", "cli.js"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), "finmodel-cli-"));

/** Writes a temporary file and returns its path. */
export function tempFile(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A bad-input run: exit 2, nothing on stdout, one line on stderr naming the argument, no stack trace. */
export function expectBadInput(r: Run, argument: string): string {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe("");
  const lines = r.stderr.split("\n").filter((l) => l !== "");
  expect(lines).toHaveLength(1);
  expect(lines[0]!.startsWith(`finmodel: ${argument}`), lines[0]).toBe(true);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return lines[0]!;
}
