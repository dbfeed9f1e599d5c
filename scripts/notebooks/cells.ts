// Pure helpers over notebook JSON: extract the code for type-checking, find the cells
// that must show an output, and list the problems of a committed notebook.
// Used by scripts/notebooks/main.ts and by test/notebooks/ (which never starts Jupyter).
import ts from "typescript";

/** The part of an nbformat 4 cell these helpers read. */
export interface NotebookCell {
  cell_type: string;
  source: string | string[];
  outputs?: NotebookOutput[];
  execution_count?: number | null;
}

/** The part of an nbformat 4 output these helpers read. */
export interface NotebookOutput {
  output_type: string;
  name?: string;
  ename?: string;
  evalue?: string;
  data?: Record<string, unknown>;
  text?: string | string[];
}

/** The part of an nbformat 4 notebook these helpers read. */
export interface Notebook {
  cells: NotebookCell[];
  metadata?: { kernelspec?: { name?: string } };
  nbformat?: number;
}

/** Reads notebook JSON; throws if it is not an nbformat 4 notebook. */
export function parseNotebook(text: string, name = "notebook"): Notebook {
  const nb = JSON.parse(text) as Partial<Notebook>;
  if (nb.nbformat !== 4 || !Array.isArray(nb.cells)) throw new Error(`${name}: not an nbformat 4 notebook`);
  return nb as Notebook;
}

/** A cell's source as one string. */
export function cellSource(cell: NotebookCell): string {
  return Array.isArray(cell.source) ? cell.source.join("") : cell.source;
}

/** The code cells with their index among all cells. */
export function codeCells(nb: Notebook): { index: number; source: string; cell: NotebookCell }[] {
  return nb.cells.flatMap((cell, index) =>
    cell.cell_type === "code" && cellSource(cell).trim() !== "" ? [{ index, source: cellSource(cell), cell }] : [],
  );
}

/**
 * The notebook's code cells as one TypeScript module, in order, each preceded by a
 * `// cell N` marker (N = the cell's index in the notebook), for `deno check`.
 * The cells of a notebook share one scope in the kernel, as they do in the module.
 */
export function toTypeScript(nb: Notebook): string {
  const parts = codeCells(nb).map(({ index, source }) => `// cell ${index}\n${source.replace(/\s+$/, "")}\n`);
  return `${parts.join("\n")}\nexport {};\n`;
}

/**
 * Whether a cell must produce an output when it runs: it has a top-level statement
 * that does something (an expression such as a call or a displayed value, a loop, an
 * `if`), not only imports and declarations. Cells that only declare are set-up cells.
 */
export function expectsOutput(source: string): boolean {
  const file = ts.createSourceFile("cell.ts", source, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  return file.statements.some((statement) => !isDeclaration(statement));
}

function isDeclaration(statement: ts.Statement): boolean {
  return (
    ts.isImportDeclaration(statement) ||
    ts.isImportEqualsDeclaration(statement) ||
    ts.isExportDeclaration(statement) ||
    ts.isVariableStatement(statement) ||
    ts.isFunctionDeclaration(statement) ||
    ts.isClassDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isInterfaceDeclaration(statement) ||
    ts.isEnumDeclaration(statement) ||
    ts.isEmptyStatement(statement)
  );
}

/** Every module specifier a cell imports (static imports, re-exports and `import()`). */
export function importSpecifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [/\bfrom\s*["']([^"']+)["']/g, /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g, /^\s*import\s*["']([^"']+)["']/gm];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) if (match[1] !== undefined) found.push(match[1]);
  return found;
}

/**
 * Why a specifier may not appear in a committed notebook, or undefined if it may:
 * the library and its dependencies are imported by package name only.
 */
export function importProblem(specifier: string): string | undefined {
  if (/^(npm|jsr|https?|file|node):/.test(specifier)) return `"${specifier}": import by package name, without a scheme`;
  if (specifier.startsWith(".") || specifier.startsWith("/")) return `"${specifier}": import by package name, not by path`;
  if (/(^|\/)(dist|src)(\/|$)/.test(specifier)) return `"${specifier}": import the package's entry point, not its files`;
  return undefined;
}

/** The text of an output, for messages. */
function outputText(output: NotebookOutput): string {
  const text = output.text ?? (output.data?.["text/plain"] as string | string[] | undefined) ?? "";
  return Array.isArray(text) ? text.join("") : text;
}

/**
 * Everything wrong with a notebook as committed: a kernel other than `deno`, an error
 * output, a cell that should show an output but has none, an import that is not by
 * package name. Empty when the notebook is fine.
 */
export function notebookProblems(nb: Notebook): string[] {
  const problems: string[] = [];
  if (nb.metadata?.kernelspec?.name !== "deno") problems.push(`kernelspec is ${JSON.stringify(nb.metadata?.kernelspec?.name)}, expected "deno"`);
  for (const { index, source, cell } of codeCells(nb)) {
    const outputs = cell.outputs ?? [];
    for (const output of outputs) {
      if (output.output_type === "error") problems.push(`cell ${index}: error ${output.ename ?? ""}: ${output.evalue ?? ""}`);
      if (output.output_type === "stream" && output.name === "stderr") problems.push(`cell ${index}: wrote to stderr: ${outputText(output).slice(0, 200)}`);
    }
    if (expectsOutput(source) && outputs.length === 0) problems.push(`cell ${index}: expected an output, found none`);
    for (const specifier of importSpecifiers(source)) {
      const problem = importProblem(specifier);
      if (problem !== undefined) problems.push(`cell ${index}: ${problem}`);
    }
  }
  return problems;
}

/**
 * The charts a notebook shows as `<img>` elements with SVG data URLs in its HTML outputs
 * (the form that survives `jupyter nbconvert --to html`): each image's alt text and data URL.
 */
export function chartImages(nb: Notebook): { alt: string; src: string }[] {
  const images: { alt: string; src: string }[] = [];
  for (const { cell } of codeCells(nb)) {
    for (const output of cell.outputs ?? []) {
      const html = output.data?.["text/html"] as string | string[] | undefined;
      const text = Array.isArray(html) ? html.join("") : (html ?? "");
      for (const m of text.matchAll(/<img alt="([^"]*)" src="(data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+)">/g)) images.push({ alt: m[1]!, src: m[2]! });
    }
  }
  return images;
}
