// Every guide in docs/ runs. A guide reads like a notebook (a later block uses what an
// earlier one defined), so its ```ts blocks run in order as one module, their imports
// merged; each `//=>` result and `// throws` line is checked, as in the README.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./support/examples.js";
import { asOneModule, runBlock, tsBlocks } from "./support/markdown-blocks.js";

const guides = readdirSync(join(root, "docs"))
  .filter((f) => f.endsWith(".md"))
  .sort()
  .map((f) => [`docs/${f}`, tsBlocks(readFileSync(join(root, "docs", f), "utf8"))] as const)
  .filter(([, blocks]) => blocks.length > 0);

describe("the guides' code", () => {
  it("covers the guides with TypeScript blocks", () => {
    expect(guides.map(([f]) => f)).toEqual(expect.arrayContaining(["docs/getting-started.md", "docs/units.md", "docs/figures.md", "docs/charts.md", "docs/scenarios.md"]));
  });

  it.each(guides)("%s runs, and its //=> results hold", async (file, blocks) => {
    await runBlock(file, 0, asOneModule(blocks));
  }, 60_000);
});

describe("shell lines in the README and the guides", () => {
  const files = ["README.md", ...readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
  // A command line: `$ finmodel …`, `finmodel …` or `npx finmodel …`, alone or in backticks.
  const commandLines = (text: string) =>
    text.split("\n").flatMap((line) => {
      const inline = [...line.matchAll(/`((?:npx )?finmodel [^`]*)`/g)].map((m) => m[1]!);
      return /^\s*(?:\$ )?(?:npx )?finmodel /.test(line) ? [line, ...inline] : inline;
    });

  it.each(files)("%s quotes every amount written with $, so bash and zsh leave it alone", (file) => {
    const text = readFileSync(join(root, file), "utf8");
    const unquoted = commandLines(text).filter((l) => /(?<![\w'"$=])(?:[A-Za-z]+=)?[A-Z]{0,3}\$\d/.test(l.replace(/'[^']*'/g, "''")));
    expect(unquoted).toEqual([]);
  });
});
