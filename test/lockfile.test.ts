// The lockfile must list every platform's optional binary packages, or `npm ci` refuses it
// (see scripts/complete-lockfile.mjs: run it after changing dependencies).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { root } from "./support/examples.js";

it("package-lock.json lists the optional dependencies of every package", () => {
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
    packages: Record<string, { optionalDependencies?: Record<string, string> }>;
  };
  const missing: string[] = [];
  for (const [key, entry] of Object.entries(lock.packages)) {
    for (const dep of Object.keys(entry.optionalDependencies ?? {})) {
      const nested = key === "" ? `node_modules/${dep}` : `${key}/node_modules/${dep}`;
      if (!lock.packages[nested] && !lock.packages[`node_modules/${dep}`]) missing.push(`${dep} (of ${key || "the root"})`);
    }
  }
  expect(missing, "run `node scripts/complete-lockfile.mjs`").toEqual([]);
});
