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
//   5. Export each notebook that shows charts with `jupyter nbconvert --to html` and check
//      that every chart (an <img> with an SVG data URL) is in the page.
//
// Options: --check; --dist DIR (a built dist/ other than the repository's); notebook
// paths (default: every examples/notebooks/*.ipynb). Exit status 1 on any failure.
//
// --install-kernel instead installs the Deno kernelspec where Jupyter looks for a user's
// kernels (JUPYTER_DATA_DIR/kernels, by default ~/.local/share/jupyter/kernels), with the
// repository's deno binary, so that a plain `jupyter nbconvert --execute --to notebook
// examples/notebooks/01-minimax-report.ipynb` runs: the kernel starts in the notebook's
// folder, and `import "finmodel"` resolves to the built package (the repository's own
// package.json and dist/, which `npm run notebooks` has just built).
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chartImages, notebookProblems, parseNotebook, toTypeScript } from "./cells.js";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
// Debian's interpreter, which has nbclient; the first python3 on PATH may be another one.
const python = process.env["NOTEBOOKS_PYTHON"] ?? "/usr/bin/python3";
// The bare specifiers the notebooks may import besides finmodel itself.
const dependencies = ["decimal.js", "vega", "vega-lite", "exceljs"];

function parseArgs(argv: string[]): { check: boolean; installKernel: boolean; dist: string; notebooks: string[] } {
  let check = false;
  let installKernel = false;
  let dist = join(repo, "dist");
  const notebooks: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--check") check = true;
    else if (arg === "--install-kernel") installKernel = true;
    else if (arg === "--dist") dist = resolve(argv[++i] ?? "");
    else notebooks.push(resolve(arg));
  }
  if (notebooks.length === 0) {
    const folder = join(repo, "examples/notebooks");
    for (const name of readdirSync(folder).sort()) if (name.endsWith(".ipynb")) notebooks.push(join(folder, name));
  }
  return { check, installKernel, dist, notebooks };
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

/**
 * Exports a notebook with Debian's `jupyter nbconvert --to html` (whose sanitizer drops raw
 * `image/svg+xml` outputs) and checks that every chart image is still in the page.
 */
function chartsSurviveHtmlExport(path: string): boolean {
  const images = chartImages(parseNotebook(readFileSync(path, "utf8"), path));
  if (images.length === 0) return true;
  const result = spawnSync(python, ["-m", "nbconvert", "--to", "html", "--stdout", path], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    console.error(`FAIL ${relative(repo, path)}: nbconvert --to html failed: ${result.stderr}`);
    return false;
  }
  const missing = images.filter((image) => !result.stdout.includes(`src="${image.src}"`));
  for (const image of missing) console.error(`FAIL ${relative(repo, path)}: the chart "${image.alt}" is missing from the HTML export`);
  if (missing.length === 0) console.log(`ok   ${relative(repo, path)}: ${images.length} chart(s) in the HTML export`);
  return missing.length === 0;
}

/** Installs the committed Deno kernelspec for the current user, pointing at the repository's deno. */
function installKernel(): number {
  const spec = JSON.parse(readFileSync(join(repo, ".jupyter/kernels/deno/kernel.json"), "utf8")) as { argv: string[] };
  spec.argv[0] = join(repo, "node_modules", ".bin", "deno");
  const dir = mkdtempSync(join(tmpdir(), "finmodel-kernelspec-"));
  try {
    writeFileSync(join(dir, "kernel.json"), `${JSON.stringify(spec, null, 2)}\n`);
    if (!run(python, ["-m", "jupyter_client.kernelspecapp", "install", "--user", "--name", "deno", dir], repo)) return 1;
    console.log("installed the deno kernelspec; now: jupyter nbconvert --execute --to notebook examples/notebooks/01-minimax-report.ipynb");
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): number {
  const { check, installKernel: install, dist, notebooks } = parseArgs(process.argv.slice(2));
  if (install) return installKernel();
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
      if (!chartsSurviveHtmlExport(path)) failed = true;
    }
    return failed ? 1 : 0;
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

process.exitCode = main();
