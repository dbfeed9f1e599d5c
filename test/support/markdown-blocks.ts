// Runs the ```ts blocks of a markdown file (the README, the guides in docs/) the way the
// TSDoc examples run: `expr //=> expected` is checked, `// throws FinModelError CODE` and
// `// rejects FinModelError CODE` too.
import { rmSync } from "node:fs";
import { expect } from "vitest";

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
