import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import * as excel from "finmodel/excel";
import * as claims from "finmodel/claims";
import * as fixtures from "finmodel/fixtures";
import * as charts from "finmodel/charts";
import * as chartsRender from "finmodel/charts/render";
import * as workbook from "finmodel/workbook";
import * as finmodel from "finmodel";
import { docComments, extractExamples, generatedDir, sourceFiles, throwsCheck, toModule, writeExampleModules } from "./support/examples.js";
import { normalize } from "./support/normalize.js";

const files = sourceFiles();
const examples = files.flatMap(extractExamples);
const modules = writeExampleModules(examples);
afterAll(() => rmSync(generatedDir("examples"), { recursive: true, force: true }));

function check(actual: unknown, expected: unknown, line: string): void {
  expect(normalize(actual), line).toEqual(normalize(expected));
}

const throws = throwsCheck(finmodel.FinModelError);

describe("every TSDoc @example runs and its results hold", () => {
  examples.forEach((ex, i) => {
    it(`${ex.file}:${ex.line} ${ex.symbol}`, async () => {
      expect(toModule(ex).checks, "an example must show at least one result with //=> or // throws").toBeGreaterThan(0);
      const mod = (await import(/* @vite-ignore */ modules[i]!)) as { run: typeof check extends never ? never : (c: typeof check, t: typeof throws) => Promise<void> };
      await mod.run(check, throws);
    });
  });
});

describe("every exported function and class has a TSDoc @example", () => {
  const withExample = new Set<string>();
  for (const f of files) {
    for (const [name, { doc }] of docComments(f)) if (doc.includes("@example")) withExample.add(name);
  }
  const entries = { finmodel, "finmodel/excel": excel, "finmodel/claims": claims, "finmodel/fixtures": fixtures, "finmodel/charts": charts, "finmodel/charts/render": chartsRender, "finmodel/workbook": workbook } as Record<string, Record<string, unknown>>;
  for (const [entry, mod] of Object.entries(entries)) {
    const names = Object.keys(mod).filter((k) => typeof mod[k] === "function");
    it.each(names)(`${entry}: %s`, (name) => {
      expect(withExample.has(name), `${name} needs an @example in its TSDoc`).toBe(true);
    });
  }
});
