// The proof with a real spreadsheet engine: exported workbooks, recalculated by LibreOffice Calc,
// give the same numbers as the model's evaluate(), follow an edited input cell, and switch with the
// scenario selector as m.scenarios(...) does. Needs `soffice` (Debian: libreoffice-calc-nogui); in CI
// its absence fails the run.
import { beforeAll, describe, expect, it } from "vitest";
import { percent } from "finmodel";
import { toWorkbook } from "finmodel/workbook";
import { allKinds, allKindsExpected } from "./graphs.js";
import { findSoffice, recalculate, type Recalculated } from "./libreoffice.js";
import { cellsOf, everyOpModel, minimaxModel } from "./models.js";
import { inCi, neededProgram } from "../package/support.js";
import { expectCells, modelValues, withCells, withWrongCache } from "./support.js";

const soffice = findSoffice();
const present = neededProgram({
  name: "LibreOffice",
  path: soffice,
  file: "test/workbook/libreoffice.test.ts",
  notProved: "the exported workbooks are NOT recalculated by a spreadsheet engine here",
  install: "Install it (Debian: apt-get install libreoffice-calc-nogui) to run this proof",
  ciInstalls: ".ci/run installs Debian's libreoffice-calc-nogui",
});

const mm = minimaxModel();
const ops = everyOpModel();
const custom = { inputs: "Mary inputs", model: "The model (USD)", scenarios: "Cases 2026" };
// A scenario that sets a one-value input for one period: the input gets a cell per period.
const customScenarios = { base: {}, "bull case": { growth: { FY2027E: percent(250) } } };
// The docs' scenarios around the base case: growth 120%, the first guess of 200%, and 250%.
const scenarios = { bear: { growth: percent(120) }, base: {}, bull: { growth: percent(250) } };

describe.skipIf(!present && !inCi)("workbooks recalculated by LibreOffice Calc", () => {
  let books: Map<string, Recalculated>;

  beforeAll(async () => {
    const mmBook = await toWorkbook(mm, { title: "MiniMax base case", source: true });
    const opsBook = await toWorkbook(ops);
    const handBook = await toWorkbook(allKinds);
    const scBook = await toWorkbook(mm, { scenarios });
    const customBook = await toWorkbook(mm, { sheetNames: custom, scenarios: customScenarios });
    // One soffice run for every file: it is slow to start. Where a test compares the file as
    // exported, its cached values are first replaced by a wrong number, so that what is compared
    // can only come from LibreOffice computing the formulas.
    books = recalculate(soffice as string, {
      mm: await withWrongCache(mmBook),
      mmLive: await withCells(mmBook, { growth: 1.5, grossMargin_FY2026E: 0.3 }),
      ops: await withWrongCache(opsBook),
      opsLive: await withCells(opsBook, { a: 4, b_FY2026: -7 }),
      hand: await withWrongCache(handBook),
      handLive: await withCells(handBook, { a: 4, b_FY2026: -7 }),
      scBear: await withCells(scBook, { scenario: "bear" }),
      scBase: await withCells(scBook, { scenario: "base" }),
      scBull: await withCells(scBook, { scenario: "bull" }),
      custom: await withCells(customBook, { scenario: "bull case" }),
    });
  }, 300_000);

  it("computes every cell of the MiniMax model as evaluate() does", () => {
    expectCells(modelValues(books.get("mm")), cellsOf(mm.evaluate()), "mm");
  });

  it("computes every cell of a model with every node kind a model emits", () => {
    expectCells(modelValues(books.get("ops")), cellsOf(ops.evaluate()), "ops");
  });

  it("computes IF and the time-value functions of a hand-built graph, as computed by hand", () => {
    expectCells(modelValues(books.get("hand")), allKindsExpected(), "hand");
  });

  it("is live: an edited input cell moves every cell that depends on it, as evaluate() with that override", () => {
    expectCells(modelValues(books.get("mmLive")), cellsOf(mm.evaluate({ growth: percent(150), grossMargin: { FY2026E: percent(30) } })), "mmLive");
    expectCells(modelValues(books.get("opsLive")), cellsOf(ops.evaluate({ a: 4, b: { FY2026: -7 } })), "opsLive");
    expectCells(modelValues(books.get("handLive")), allKindsExpected({ a: 4, b: [-2, -7] }), "handLive");
  });

  it("switches the whole workbook with the scenario selector, as m.scenarios() does", () => {
    const s = mm.scenarios(scenarios);
    expectCells(modelValues(books.get("scBear")), cellsOf(s.results.bear), "bear");
    expectCells(modelValues(books.get("scBase")), cellsOf(s.results.base), "base");
    expectCells(modelValues(books.get("scBull")), cellsOf(s.results.bull), "bull");
  });

  it("works with sheet names that need quoting, a scenario name with a space and a per-period override", () => {
    expectCells(modelValues(books.get("custom"), custom.model), cellsOf(mm.scenarios(customScenarios).results["bull case"]), "custom");
  });
});
