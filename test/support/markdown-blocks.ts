// Runs the ```ts blocks of a markdown file (the README, the guides in docs/) the way the
// TSDoc examples run: `expr //=> expected` is checked, `// throws FinModelError CODE` and
// `// rejects FinModelError CODE` too.
import { rmSync } from "node:fs";
import { expect } from "vitest";

const IMPORT = /^import\s*\{([^}]*)\}\s*from\s*("[^"]+");?\s*$/;

/**
 * The blocks of a guide as one program: a guide reads like a notebook (a later block uses what an
 * earlier one defined), so the named imports of every block are merged at the top, then the code.
 */
export function asOneModule(blocks: readonly string[]): string {
  const imports = new Map<string, Set<string>>();
  const body: string[] = [];
  for (const block of blocks) {
    for (const line of block.split("\n")) {
      const m = IMPORT.exec(line);
      if (!m) {
        if (/^import\s/.test(line)) throw new Error(`a guide imports with named imports on one line: ${line}`);
        body.push(line);
        continue;
      }
      const names = imports.get(m[2]!) ?? new Set<string>();
      for (const name of m[1]!.split(",").map((n) => n.trim()).filter(Boolean)) names.add(name);
      imports.set(m[2]!, names);
    }
  }
  return [...[...imports].map(([from, names]) => `import { ${[...names].join(", ")} } from ${from};`), ...body].join("\n");
}

/** The ```ts blocks of a markdown text, in order. */
export function tsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/** Runs one block as a module; returns what it logged with console.log, one entry per call. */
export async function runBlock(file: string, index: number, code: string): Promise<{ checks: number; logged: string[] }> {
  const { generatedDir, throwsCheck, toModule, writeExampleModules } = await import("./examples.js");
  const { normalize } = await import("./normalize.js");
  const { FinModelError } = await import("finmodel");
  const name = `${file.replace(/[^\w]+/g, "-")}-${index}`;
  const example = { file, symbol: `block${index}`, line: 1, code };
  const checks = toModule(example).checks;
  const [path] = writeExampleModules([example], name);
  const logged: string[] = [];
  const log = console.log;
  const table = console.table;
  console.log = (...a: unknown[]) => logged.push(a.join(" "));
  console.table = (...a: unknown[]) => logged.push(JSON.stringify(a[0]));
  try {
    const mod = (await import(/* @vite-ignore */ path!)) as { run: (c: unknown, t: unknown) => Promise<void> };
    await mod.run(
      (actual: unknown, expected: unknown, line: string) => expect(normalize(actual), line).toEqual(normalize(expected)),
      throwsCheck(FinModelError),
    );
  } finally {
    console.log = log;
    console.table = table;
    rmSync(generatedDir(name), { recursive: true, force: true });
  }
  return { checks, logged };
}
