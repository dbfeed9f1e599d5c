// Runs a script from examples/ the way a user does (tsx), in a given time zone, and
// returns what it printed. The test fails if it writes to stderr or exits non-zero.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect } from "vitest";
import { root } from "./examples.js";

export function runExample(script: string, options: { tz?: string; args?: readonly string[]; timeout?: number } = {}): string {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(root, "examples", script), ...(options.args ?? [])], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, TZ: options.tz ?? "UTC", NO_COLOR: "1" },
    timeout: options.timeout ?? 60_000,
  });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r.stdout;
}
