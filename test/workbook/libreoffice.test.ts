// The proof with a real spreadsheet engine: exported workbooks, recalculated by LibreOffice Calc,
// give the same numbers as the model, follow an edited input cell, and switch with the scenario
// selector. Needs `soffice` (Debian: libreoffice-calc-nogui); in CI its absence fails the run.
import { beforeAll, describe, expect, it } from "vitest";
import { toWorkbook } from "finmodel/workbook";
import { allKinds, allKindsExpected, minimaxExpected, minimaxLike } from "./graphs.js";
import { findSoffice, recalculate, type Recalculated } from "./libreoffice.js";
import { expectCells, modelValues, withCells, withWrongCache } from "./support.js";

const soffice = findSoffice();
const inCi = Boolean(process.env.CI);

if (!soffice && !inCi) {
  console.warn(
    "\n!!! test/workbook/libreoffice.test.ts: LibreOffice (soffice) is not installed, so the exported workbooks are NOT recalculated by a spreadsheet engine here.\n" +
      "!!! Install it (Debian: apt-get install libreoffice-calc-nogui) to run this proof; in CI it is required.\n",
  );
}

it("has LibreOffice in CI, where the proof must run", () => {
  if (inCi) expect(soffice, "soffice must be on PATH in CI (.ci/run installs libreoffice-calc-nogui)").toBeDefined();
  else expect(inCi).toBe(false);
});

const scenarios = { bear: { growth: { FY2026: 1, FY2027: 1.2 } }, base: {}, bull: { growth: { FY2027: 2 } } };

describe.skipIf(!soffice && !inCi)("workbooks recalculated by LibreOffice Calc", () => {
  let books: Map<string, Recalculated>;

  beforeAll(async () => {
    const mm = await toWorkbook(minimaxLike, { title: "MiniMax base case", source: true });
    const ak = await toWorkbook(allKinds);
    const sc = await toWorkbook(minimaxLike, { scenarios });
    // One soffice run for every file: it is slow to start.
    books = recalculate(soffice as string, {
      mm: await withWrongCache(mm),
      mmLive: await withCells(mm, { growth_FY2027: 2 }),
      ak: await withWrongCache(ak),
      akLive: await withCells(ak, { a: 4, b_FY2026: -7 }),
      scBear: await withCells(sc, { scenario: "bear" }),
      scBase: await withCells(sc, { scenario: "base" }),
      scBull: await withCells(sc, { scenario: "bull" }),
    });
  }, 300_000);

  // The files' cached values are replaced by a wrong number first: what is compared is computed by
  // LibreOffice from the formulas.
  it("computes every cell of the MiniMax-style model as the model does", () => {
    expectCells(modelValues(books.get("mm")), minimaxExpected(), "mm");
  });

  it("computes every cell of a model with every node kind", () => {
    expectCells(modelValues(books.get("ak")), allKindsExpected(), "ak");
  });

  it("is live: an edited input cell moves every cell that depends on it", () => {
    expectCells(modelValues(books.get("mmLive")), minimaxExpected([1.5, 2]), "mmLive");
    expectCells(modelValues(books.get("akLive")), allKindsExpected({ a: 4, b: [-2, -7] }), "akLive");
  });

  it("switches the whole workbook with the scenario selector", () => {
    expectCells(modelValues(books.get("scBear")), minimaxExpected([1, 1.2]), "bear");
    expectCells(modelValues(books.get("scBase")), minimaxExpected([1.5, 1.72]), "base");
    expectCells(modelValues(books.get("scBull")), minimaxExpected([1.5, 2]), "bull");
  });
});
