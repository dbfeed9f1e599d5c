// Helpers for the tests of the built package (dist/, built once per test run by
// test/global-setup.ts) and of the tarball `npm pack` makes from it.
import { execFileSync, type ExecFileSyncOptions } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Whether this run is CI's (`CI=true`): a program the tests need is then required, never skipped. */
export const inCi = process.env["CI"] === "true";

/** A program a package test needs that npm does not install (`.ci/run` does). */
export interface NeededProgram {
  /** its name, as the check and the warning say it (`"Chromium"`) */
  readonly name: string;
  /** where it is, or must be; undefined when a search (on `PATH`) found none */
  readonly path: string | undefined;
  /** the test file that needs it, and what it then does not prove (`"the package is NOT run in a browser here"`) */
  readonly file: string;
  readonly notProved: string;
  /** how to install it, for the warning */
  readonly install: string;
  /** how `.ci/run` installs it, for the failure in CI */
  readonly ciInstalls: string;
}

/**
 * Whether a program a test needs is here. In CI its absence fails the check this registers
 * (`has <name> where it must run`); elsewhere the tests that need it skip, and the run says
 * loudly what it did not prove.
 */
export function neededProgram(program: NeededProgram): boolean {
  const present = program.path !== undefined && existsSync(program.path);
  if (!present && !inCi) {
    console.warn(`\n!!! ${program.file}: ${program.name} is not installed, so ${program.notProved}.\n!!! ${program.install} (in CI it is required).\n`);
  }
  it(`has ${program.name} where it must run`, () => {
    if (inCi) expect(present, `${program.path ?? program.name} must exist in CI (${program.ciInstalls})`).toBe(true);
  });
  return present;
}

/** Every spawned process gets a deadline: a hung child fails the test instead of the run. */
export const SPAWN_TIMEOUT_MS = 60_000;

export interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly files?: readonly string[];
  readonly bin?: Readonly<Record<string, string>>;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly exports: Readonly<Record<string, unknown>>;
}

/** Every path the tarball may hold: the build, the guides and their images, the top-level documents, the claims example. */
export const SHIPPED = /^(dist\/.+|docs\/[a-z-]+\.md|docs\/images\/[a-z-]+\.svg|package\.json|README\.md|LICENSE|CHANGELOG\.md|examples\/claims\/minimax-claims\.json)$/;

export const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as PackageJson;

/** The package's entry points as import specifiers (`finmodel`, `finmodel/excel`, …), `./package.json` excluded. */
export function entrySpecifiers(): string[] {
  return Object.keys(pkg.exports)
    .filter((key) => key !== "./package.json")
    .map((key) => (key === "." ? pkg.name : `${pkg.name}/${key.slice(2)}`));
}

/** Every file path (relative, without `./`) that the `exports` and `bin` fields point at. */
export function declaredFiles(): string[] {
  const out = new Set<string>();
  const walk = (node: unknown): void => {
    if (typeof node === "string") out.add(node.replace(/^\.\//, ""));
    else if (node && typeof node === "object") for (const value of Object.values(node)) walk(value);
  };
  walk(pkg.exports);
  walk(pkg.bin ?? {});
  return [...out].sort();
}

/** Runs a command with a deadline and returns its stdout; throws with stderr on failure. */
export function run(command: string, args: readonly string[], options: ExecFileSyncOptions = {}): string {
  try {
    return execFileSync(command, args, {
      encoding: "utf8",
      timeout: SPAWN_TIMEOUT_MS,
      killSignal: "SIGKILL",
      stdio: ["ignore", "pipe", "pipe"],
      ...options,
    }) as string;
  } catch (error) {
    const e = error as { stderr?: unknown; stdout?: unknown; message: string };
    throw new Error(`${command} ${args.join(" ")} failed: ${e.message}\nstdout: ${String(e.stdout ?? "")}\nstderr: ${String(e.stderr ?? "")}`);
  }
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `finmodel-${prefix}-`));
}

export interface PackedFile {
  readonly path: string;
  readonly size: number;
}

export interface Installed {
  /** the folder of the consuming app: `<app>/node_modules/finmodel` is the unpacked tarball */
  readonly app: string;
  /** the files npm put in the tarball */
  readonly files: readonly PackedFile[];
  readonly tarball: string;
}

/** How {@link packAndInstall} packs. */
export interface PackOptions {
  /** the package folder to pack (the repository by default) */
  readonly from?: string;
  /** run the lifecycle scripts (`prepack` builds dist/); off by default, the test run built dist/ already */
  readonly scripts?: boolean;
}

/** The deadline of an `npm pack` that builds (tsup with declarations, on a shared machine). */
export const BUILD_TIMEOUT_MS = 300_000;

/**
 * Packs the package with `npm pack` and unpacks the tarball into a fresh app's
 * node_modules, with the runtime dependencies linked from the repository's
 * node_modules so that everything resolves offline.
 */
export function packAndInstall(options: PackOptions = {}): Installed {
  const from = options.from ?? root;
  const dir = tempDir("pack");
  const args = ["pack", "--pack-destination", dir, "--json", ...(options.scripts ? [] : ["--ignore-scripts"]), "--silent"];
  const out = run("npm", args, { cwd: from, ...(options.scripts ? { timeout: BUILD_TIMEOUT_MS } : {}) });
  // With scripts, the build's own output comes first; npm's JSON is the array that starts a line.
  const at = options.scripts ? out.search(/^\[\n {2}\{/m) : out.indexOf("[");
  const [info] = JSON.parse(out.slice(at)) as { filename: string; files: PackedFile[] }[];
  if (!info) throw new Error(`npm pack printed no result: ${out}`);
  const tarball = join(dir, info.filename);
  const app = join(dir, "app");
  const target = join(app, "node_modules", pkg.name);
  mkdirSync(target, { recursive: true });
  run("tar", ["-xzf", tarball, "-C", target, "--strip-components=1"]);
  for (const dep of Object.keys(pkg.dependencies ?? {})) {
    const source = join(root, "node_modules", dep);
    if (!existsSync(source)) throw new Error(`dependency ${dep} is not installed in the repository`);
    const to = join(app, "node_modules", dep);
    mkdirSync(dirname(to), { recursive: true });
    symlinkSync(source, to, "dir");
  }
  return { app, files: info.files.map(({ path, size }) => ({ path, size })), tarball };
}
