// Type-check and execute the example notebooks (npm run notebooks [-- --check]).
//
//   1. Install the built package (dist/, so run `npm run build` first) into a temporary
//      folder, as a user's project would have it: node_modules/finmodel with its
//      package.json, and the bare dependencies the notebooks import.
//   2. Extract each notebook's code cells into one .ts file there and `deno check` it.
//   3. Execute every notebook with the committed Deno kernelspec (scripts/notebooks/run.py,
//      Debian's python3 and nbclient), the kernel running in that folder; without --check
//      the notebooks are rewritten with their fresh outputs, with --check the run fails if
//      the committed outputs are stale.
//   4. Check the notebooks: no error output, every cell that should show something does,
//      imports by package name only.
//
// Options: --check; --dist DIR (a built dist/ other than the repository's); notebook
// paths (default: every examples/notebooks/*.ipynb). Exit status 1 on any failure.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { notebookProblems, parseNotebook, toTypeScript } from "./cells.js";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
// Debian's interpreter, which has nbclient; the first python3 on PATH may be another one.
const python = process.env["NOTEBOOKS_PYTHON"] ?? "/usr/bin/python3";
// The bare specifiers the notebooks may import besides finmodel itself.
const dependencies = ["decimal.js", "vega", "vega-lite"];

function parseArgs(argv: string[]): { check: boolean; dist: string; notebooks: string[] } {
  let check = false;
  let dist = join(repo, "dist");
  const notebooks: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--check") check = true;
    else if (arg === "--dist") dist = resolve(argv[++i] ?? "");
    else notebooks.push(resolve(arg));
  }
  if (notebooks.length === 0) {
    const folder = join(repo, "examples/notebooks");
    for (const name of readdirSync(folder).sort()) if (name.endsWith(".ipynb")) notebooks.push(join(folder, name));
  }
  return { check, dist, notebooks };
}

function installPackage(dist: string): string {
  const project = mkdtempSync(join(tmpdir(), "finmodel-notebooks-"));
  const modules = join(project, "node_modules");
  const pkg = join(modules, "finmodel");
  mkdirSync(pkg, { recursive: true });
  cpSync(join(repo, "package.json"), join(pkg, "package.json"));
  // A copy, so that a rebuild of dist/ during the run cannot change what is executed.
  cpSync(dist, join(pkg, "dist"), { recursive: true });
  // finmodel's own dependencies resolve from here, as npm would nest them.
  symlinkSync(join(repo, "node_modules"), join(pkg, "node_modules"), "dir");
  for (const name of dependencies) symlinkSync(join(repo, "node_modules", name), join(modules, name), "dir");
  const deps = Object.fromEntries(["finmodel", ...dependencies].map((name) => [name, "*"]));
  writeFileSync(join(project, "package.json"), `${JSON.stringify({ private: true, type: "module", dependencies: deps }, null, 2)}\n`);
  return project;
}

function run(command: string, args: string[], cwd: string): boolean {
  const result = spawnSync(command, args, { cwd, stdio: "inherit", env: { ...process.env, NO_COLOR: "1" } });
  if (result.error) console.error(`${command}: ${result.error.message}`);
  return result.status === 0;
}

function main(): number {
  const { check, dist, notebooks } = parseArgs(process.argv.slice(2));
  const project = installPackage(dist);
  try {
    const sources = notebooks.map((path) => {
      const file = join(project, `${basename(path, ".ipynb")}.ts`);
      writeFileSync(file, toTypeScript(parseNotebook(readFileSync(path, "utf8"), path)));
      return file;
    });
    console.log(`type-checking ${notebooks.length} notebook(s)`);
    if (!run("deno", ["check", "--quiet", ...sources.map((file) => basename(file))], project)) {
      console.error("FAIL type check (cell N in the messages is the cell's index in the notebook)");
      return 1;
    }
    const runner = join(repo, "scripts/notebooks/run.py");
    const executed = run(python, [runner, ...(check ? ["--check"] : []), "--cwd", project, ...notebooks], repo);
    // A notebook with a failing cell is not rewritten: its problems are the runner's report.
    if (!executed) return 1;
    let failed = false;
    for (const path of notebooks) {
      const problems = notebookProblems(parseNotebook(readFileSync(path, "utf8"), path));
      for (const problem of problems) console.error(`FAIL ${relative(repo, path)}: ${problem}`);
      if (problems.length > 0) failed = true;
    }
    return failed ? 1 : 0;
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

process.exitCode = main();
