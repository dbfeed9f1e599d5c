// `npm pack` from a clean checkout: the files git tracks (no dist/, no node_modules)
// copied to a fresh folder, node_modules linked from the repository so it works
// offline. The package's `prepack` script must build dist/ before npm packs it, or
// `npm publish` from a fresh clone ships a package without code.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILD_TIMEOUT_MS, SHIPPED, declaredFiles, packAndInstall, pkg, root, run, tempDir, type Installed } from "./support.js";

let clone: string;
let installed: Installed;
let paths: string[];

/** The files a clone of the repository holds: tracked and new files, minus deleted ones, none that .gitignore lists. */
function cloneFiles(): string[] {
  const list = run("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], { cwd: root });
  return list.split("\0").filter((p) => p !== "" && existsSync(join(root, p)) && statSync(join(root, p)).isFile());
}

beforeAll(() => {
  clone = tempDir("clone");
  for (const p of cloneFiles()) {
    mkdirSync(dirname(join(clone, p)), { recursive: true });
    copyFileSync(join(root, p), join(clone, p));
  }
  symlinkSync(join(root, "node_modules"), join(clone, "node_modules"), "dir");
  installed = packAndInstall({ from: clone, scripts: true });
  paths = installed.files.map((f) => f.path);
}, BUILD_TIMEOUT_MS + 60_000);

afterAll(() => {
  if (clone) rmSync(clone, { recursive: true, force: true });
  if (installed) rmSync(dirname(installed.app), { recursive: true, force: true });
});

describe("npm pack from a clean checkout", () => {
  it("starts from a tree without dist/", () => {
    expect(cloneFiles().filter((p) => p.startsWith("dist/"))).toEqual([]);
  });

  it("builds first: the tarball holds every file exports and bin name", () => {
    const declared = declaredFiles().filter((p) => p !== "package.json");
    expect(declared.filter((p) => !paths.includes(p))).toEqual([]);
    expect(paths).toEqual(expect.arrayContaining(["package.json", "README.md", "LICENSE", "CHANGELOG.md"]));
  });

  it("holds dist/, the guides, the top-level documents and the example claims file, nothing else", () => {
    expect(paths.filter((p) => !SHIPPED.test(p))).toEqual([]);
    expect(paths).toEqual(expect.arrayContaining(["docs/getting-started.md", "docs/images/minimax-football-field.svg"]));
  });

  it("ships a source map beside each library file, with the sources inside", () => {
    const code = paths.filter((p) => /^dist\/.+\.c?js$/.test(p) && p !== "dist/cli.js");
    expect(code.length).toBeGreaterThanOrEqual(10);
    expect(code.filter((p) => !paths.includes(`${p}.map`))).toEqual([]);
    const pkgDir = join(installed.app, "node_modules", pkg.name);
    for (const p of code) {
      expect(readFileSync(join(pkgDir, p), "utf8"), p).toMatch(new RegExp(`//# sourceMappingURL=${p.slice(5).replace(/[.]/g, "\\.")}\\.map\\s*$`));
      const map = JSON.parse(readFileSync(join(pkgDir, `${p}.map`), "utf8")) as { sources: string[]; sourcesContent?: (string | null)[] };
      if (map.sources.length === 0) {
        // An entry point of re-exports only (src/claims/index.ts) has no code of its own to map:
        // its file holds nothing but imports of chunks and re-exports.
        expect(ownCode(readFileSync(join(pkgDir, p), "utf8")), p).toEqual([]);
        continue;
      }
      // Every source the map names is inside it: src/ is not in the tarball.
      expect(map.sourcesContent?.length, p).toBe(map.sources.length);
      expect(map.sourcesContent?.filter((s) => typeof s !== "string" || s.length === 0), p).toEqual([]);
    }
  });

  it("stays under 1.5 MB packed", () => {
    // 0.1.0 without source maps packed to about 300 KB; the maps (sources inlined) add about 400 KB.
    // 0.2.0's model, valuation, claims and workbook code (each in ESM and CommonJS, each with its
    // map) bring it to about 1.11 MB (1,165,429 B); the guides and their images, which the README
    // links to, to about 1.21 MB (1,273,921 B); simulateAsync's worker script to 1.33 MB
    // (1,391,355 B); the readers of outside arrays, records and graphs, the faster time-value
    // paths and the guides' growth to 1.40 MB (1,470,435 B, over the 1.4 MB ceiling of then).
    // The ceiling is 1.5 MB.
    expect(statSync(installed.tarball).size).toBeLessThan(1.5 * 1024 * 1024);
  });

  it("runs the check example that `finmodel check --help` prints, from the installed package", () => {
    const bin = join(installed.app, "node_modules", pkg.name, "dist", "cli.js");
    const help = spawnSync(process.execPath, [bin, "check", "--help"], { cwd: installed.app, encoding: "utf8" });
    expect(help.status).toBe(0);
    const example = /finmodel check ([^\s<]+\.json)/.exec(help.stdout)?.[1];
    expect(example, help.stdout).toBeDefined();
    const r = spawnSync(process.execPath, [bin, "check", example!], { cwd: installed.app, encoding: "utf8" });
    // The MiniMax claims file: 11 claims, 3 of them inconsistent, so the command exits 1.
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("11 claims: 6 consistent, 2 consistent within rounding, 3 inconsistent");
    expect(r.status).toBe(1);
  });
});

/** The lines of a built entry file that are more than imports of chunks and re-exports of their names. */
function ownCode(text: string): string[] {
  const plumbing = [
    /^\s*$/,
    /^'use strict';$/,
    /^\/\/# sourceMappingURL=/,
    /^(var \w+ = )?require\('\.\/[\w.-]+'\);$/,
    /^import '\.\/[\w.-]+';$/,
    /^export \{[\w\s,]*\} from '\.\/[\w.-]+';$/,
    /^Object\.defineProperty\(exports, "\w+", \{$/,
    /^\s+enumerable: true,$/,
    /^\s+get: function \(\) \{ return \w+\.\w+; \}$/,
    /^\}\);$/,
  ];
  return text.split("\n").filter((line) => !plumbing.some((re) => re.test(line)));
}
