// Bundles imports of the built package the way an application's bundler would
// (esbuild, minified ESM, neutral platform) and reports what ends up inside.
//
// Run it to print the table of docs/packaging.md (after `npm run build`):
//   npx tsx test/package/bundle.ts
import { mkdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type BuildOptions, type Plugin } from "esbuild";
import { entrySpecifiers, pkg, root, tempDir } from "./support.js";

export interface Bundle {
  /** minified size in bytes */
  readonly bytes: number;
  /** the same, gzipped (level 9) */
  readonly gzip: number;
  /** the files that contributed bytes, relative to the repository, sorted */
  readonly inputs: readonly string[];
  readonly text: string;
}

/** The options an application bundler would use; the brief of the size budget. */
const common = {
  bundle: true,
  minify: true,
  format: "esm",
  platform: "neutral",
  mainFields: ["module", "main"],
  write: false,
  metafile: true,
  logLevel: "silent",
  // The optional peers that finmodel/charts/render and finmodel/workbook load on demand: an
  // application that renders charts or writes workbooks pays for them whatever library it uses.
  external: ["vega", "vega-lite", "exceljs"],
} as const satisfies BuildOptions;

/** `finmodel*` resolved to the sources (tsconfig `paths`), to see which source files a bundle holds. */
function sourcePaths(): Plugin {
  const tsconfig = JSON.parse(readFileSync(join(root, "tsconfig.json"), "utf8")) as {
    compilerOptions: { paths: Record<string, readonly string[]> };
  };
  const paths = tsconfig.compilerOptions.paths;
  return {
    name: "finmodel-sources",
    setup(b) {
      b.onResolve({ filter: new RegExp(`^${pkg.name}(/.*)?$`) }, (args) => {
        const target = paths[args.path]?.[0];
        if (!target) return { errors: [{ text: `no tsconfig path for ${args.path}` }] };
        return { path: resolve(root, target) };
      });
    },
  };
}

let installDir: string | undefined;

/** A folder whose node_modules/finmodel is the repository, so `finmodel` resolves through `exports` to dist/. */
function consumerDir(): string {
  if (installDir) return installDir;
  const dir = tempDir("bundle");
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(root, join(dir, "node_modules", pkg.name), "dir");
  installDir = dir;
  return dir;
}

/** Removes the folder made for resolution (call once, after the last bundle). */
export function cleanup(): void {
  if (installDir) rmSync(installDir, { recursive: true, force: true });
  installDir = undefined;
}

function summarize(result: Awaited<ReturnType<typeof build>>): Bundle {
  const [file] = result.outputFiles ?? [];
  if (!file) throw new Error("esbuild wrote no output");
  const output = Object.values(result.metafile?.outputs ?? {})[0];
  const inputs = Object.entries(output?.inputs ?? {})
    .filter(([, info]) => info.bytesInOutput > 0)
    .map(([path]) => relative(root, resolve(process.cwd(), path)).split("\\").join("/"))
    .sort();
  return { bytes: file.contents.byteLength, gzip: gzipSync(file.contents, { level: 9 }).byteLength, inputs, text: file.text };
}

/**
 * Bundles a module whose source is `code` (say `export { cagr } from "finmodel"`).
 *
 * @param from - `"dist"`: `finmodel` is the built package, resolved through its
 *   `exports` as an application sees it; `"src"`: the sources, to see which
 *   source files end up inside
 */
export async function bundle(code: string, from: "dist" | "src" = "dist"): Promise<Bundle> {
  const result = await build({
    ...common,
    stdin: { contents: code, resolveDir: from === "dist" ? consumerDir() : root, loader: "js", sourcefile: "entry.js" },
    plugins: from === "src" ? [sourcePaths()] : [],
  });
  return summarize(result);
}

/** decimal.js alone, minified the same way: the floor under any bundle that computes anything. */
export async function decimalJsAlone(): Promise<Bundle> {
  const result = await build({ ...common, entryPoints: [join(root, "node_modules", "decimal.js", "decimal.mjs")] });
  return summarize(result);
}

/** The one-function import measured for each entry point (the most typical call of each). */
export const representative: Readonly<Record<string, string>> = {
  finmodel: "cagr",
  "finmodel/excel": "NPV",
  "finmodel/fixtures": "minimax",
  "finmodel/workbook": "toWorkbook",
};

/** The value exports of a built entry point, sorted. */
export async function valueExports(specifier: string): Promise<string[]> {
  const sub = specifier === pkg.name ? "index" : specifier.slice(pkg.name.length + 1).replace("/", "-");
  const mod = (await import(pathToFileURL(join(root, "dist", `${sub}.js`)).href)) as Record<string, unknown>;
  return Object.keys(mod).sort();
}

export interface SizeRow {
  readonly entry: string;
  /** the one name imported, or undefined when the entry point exports no values */
  readonly name: string | undefined;
  readonly one: Bundle | undefined;
  readonly all: Bundle;
}

/** One-function and whole-entry bundles for every entry point of the package. */
export async function sizeTable(): Promise<SizeRow[]> {
  const rows: SizeRow[] = [];
  for (const entry of entrySpecifiers()) {
    const names = await valueExports(entry);
    const name = representative[entry] ?? names[0];
    const one = name === undefined ? undefined : await bundle(`export { ${name} } from "${entry}";`);
    const all = await bundle(`export * from "${entry}";`);
    rows.push({ entry, name, one, all });
  }
  return rows;
}

/** Whether decimal.js is inside a bundle. */
export const holdsDecimalJs = (b: Bundle): boolean => b.inputs.some((p) => p.startsWith("node_modules/decimal.js/"));

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The table of docs/packaging.md. */
export async function sizeReport(): Promise<string> {
  const base = await decimalJsAlone();
  const lines = [
    "| import | minified | gzip | over decimal.js alone |",
    "| --- | ---: | ---: | ---: |",
    `| decimal.js alone (\`decimal.mjs\`) | ${kb(base.bytes)} | ${kb(base.gzip)} | — |`,
  ];
  for (const row of await sizeTable()) {
    const line = (what: string, b: Bundle) =>
      `| ${what} | ${kb(b.bytes)} | ${kb(b.gzip)} | ${holdsDecimalJs(b) ? `+${kb(b.bytes - base.bytes)}` : "(no decimal.js)"} |`;
    if (row.one && row.name) lines.push(line(`\`import { ${row.name} } from "${row.entry}"\``, row.one));
    lines.push(line(`\`import * as all from "${row.entry}"\``, row.all));
  }
  cleanup();
  return lines.join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(await sizeReport());
}
