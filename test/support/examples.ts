// Extracts the ```ts blocks of TSDoc `@example` tags from the source files and turns
// them into runnable modules. In an example:
//   expr //=> expected      checks that expr equals expected (a JS expression);
//                           Decimals on the left compare by their string form
//   expr // throws FinModelError CODE
//                           checks that expr throws a FinModelError with that code
//                           (at once, or as the rejection of the promise expr gives)
//   expr // rejects FinModelError CODE
//                           checks that expr gives a promise that rejects with a
//                           FinModelError with that code (and does not throw at once)
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface Example {
  /** source file, relative to the repository */
  readonly file: string;
  /** the exported name the comment documents */
  readonly symbol: string;
  /** 1-based line of the `@example` tag */
  readonly line: number;
  readonly code: string;
}

export function sourceFiles(dir = join(root, "src")): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .map((f) => join(dir, f))
    .sort();
}

const DOC_THEN_DECL = /\/\*\*([\s\S]*?)\*\/\s*export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|class|interface|type|abstract\s+class)\s+([A-Za-z_$][\w$]*)/g;

/** The TSDoc comments that precede exported declarations, by exported name. */
export function docComments(file: string): Map<string, { doc: string; line: number }> {
  const text = readFileSync(file, "utf8");
  const out = new Map<string, { doc: string; line: number }>();
  for (const m of text.matchAll(DOC_THEN_DECL)) {
    const body = m[1] ?? "";
    // A doc comment immediately followed by another doc comment belongs to the later one.
    const lastStart = body.lastIndexOf("/**");
    const doc = lastStart >= 0 ? body.slice(lastStart + 3) : body;
    const line = text.slice(0, m.index).split("\n").length;
    if (!out.has(m[2]!)) out.set(m[2]!, { doc, line });
  }
  return out;
}

export function extractExamples(file: string): Example[] {
  const examples: Example[] = [];
  for (const [symbol, { doc, line }] of docComments(file)) {
    const lines = doc.split("\n").map((l) => l.replace(/^\s*\* ?/, ""));
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i]!.trim().startsWith("@example")) continue;
      const open = lines.findIndex((l, j) => j > i && /^```(ts|typescript)?\s*$/.test(l.trim()));
      const close = lines.findIndex((l, j) => j > open && l.trim() === "```");
      if (open < 0 || close < 0) continue;
      examples.push({ file: relative(root, file), symbol, line: line + i, code: lines.slice(open + 1, close).join("\n") });
    }
  }
  return examples;
}

function stripSemicolon(s: string): string {
  return s.trim().replace(/;$/, "");
}

// Openers minus closers, ignoring brackets inside string literals.
function bracketBalance(code: string): number {
  const unquoted = code.replace(/(["'`])(?:\\.|(?!\1).)*\1/g, "");
  let n = 0;
  for (const ch of unquoted) {
    if ("([{".includes(ch)) n++;
    else if (")]}".includes(ch)) n--;
  }
  return n;
}

/** How an example's `// throws` or `// rejects` line is checked: the expression, the code, the line, and whether it must reject. */
export type ThrowsCheck = (fn: () => unknown, code: string, line: string, rejects: boolean) => Promise<void>;

/**
 * The check behind `// throws FinModelError CODE` and `// rejects FinModelError CODE`, given the
 * FinModelError class of the copy of finmodel the examples import.
 */
export function throwsCheck(errorClass: abstract new (...args: never[]) => { code: string }): ThrowsCheck {
  return async (fn, code, line, rejects) => {
    let error: unknown;
    let result: unknown;
    try {
      result = fn();
    } catch (e) {
      expect(rejects, `${line}: threw at the call; a promise that rejects was expected`).toBe(false);
      error = e;
    }
    if (error === undefined) {
      const promised = typeof (result as { then?: unknown } | null)?.then === "function";
      if (rejects) expect(promised, `${line}: expected a promise`).toBe(true);
      try {
        await result;
      } catch (e) {
        error = e;
      }
    }
    expect(error, `${line}: expected a FinModelError`).toBeInstanceOf(errorClass);
    expect((error as { code: string }).code, line).toBe(code);
  };
}

/** Rewrites an example into a module that exports `run(check, throws)`. */
export function toModule(example: Example): { source: string; checks: number } {
  const imports: string[] = [];
  const body: string[] = [];
  let checks = 0;
  for (const raw of example.code.split("\n")) {
    if (/^\s*import\s/.test(raw)) {
      imports.push(raw);
      continue;
    }
    const indent = raw.match(/^\s*/)?.[0] ?? "";
    const arrow = raw.indexOf("//=>");
    const thrown = raw.match(/^(.*?)\/\/\s*(throws|rejects)\s+FinModelError\s+([A-Z_]+)\s*$/);
    if (thrown) {
      checks++;
      body.push(`${indent}await __throws(() => (${stripSemicolon(thrown[1]!)}), ${JSON.stringify(thrown[3])}, ${JSON.stringify(raw.trim())}, ${thrown[2] === "rejects"});`);
    } else if (arrow >= 0) {
      checks++;
      let expr = stripSemicolon(raw.slice(0, arrow));
      // An expression that starts on earlier lines (unbalanced brackets, or a line continuing a
      // method chain): take those lines back until it is whole.
      while ((bracketBalance(expr) < 0 || /^[.?]/.test(expr)) && body.length > 0) expr = `${body.pop()!.trim()} ${expr}`;
      const expected = raw.slice(arrow + 4).trim();
      body.push(`${indent}__check((${expr}), (${expected}), ${JSON.stringify(raw.trim())});`);
    } else {
      body.push(raw);
    }
  }
  const source = `${imports.join("\n")}\nexport async function run(__check: (a: unknown, e: unknown, l: string) => void, __throws: (f: () => unknown, c: string, l: string, r: boolean) => Promise<void>) {\n${body.join("\n")}\n}\n`;
  return { source, checks };
}

/** Where one test run writes its modules: per process, so that parallel runs never clear each other's files. */
export function generatedDir(folder: string): string {
  return join(root, "test", ".generated", `${folder}-${process.pid}`);
}

export function writeExampleModules(examples: readonly Example[], folder = "examples"): string[] {
  const dir = generatedDir(folder);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return examples.map((ex, i) => {
    const path = join(dir, `${ex.file.replace(/[\\/]/g, "_").replace(/\.ts$/, "")}_${ex.symbol}_${i}.ts`);
    writeFileSync(path, toModule(ex).source);
    return path;
  });
}
