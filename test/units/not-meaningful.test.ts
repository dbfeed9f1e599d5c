import { describe, expect, it } from "vitest";
import { isNotMeaningful, NOT_MEANINGFUL_TEXT, notMeaningful, ratio } from "finmodel";
import { codeOf } from "../support/errors.js";

describe("notMeaningful", () => {
  it("prints as n.m. and keeps its reason", () => {
    const nm = notMeaningful("earnings are negative");
    expect(String(nm)).toBe("n.m.");
    expect(NOT_MEANINGFUL_TEXT).toBe("n.m.");
    expect(nm.reason).toBe("earnings are negative");
    expect(Object.isFrozen(nm)).toBe(true);
    expect(Number(nm as unknown as number)).toBeNaN(); // never coerces to a plausible number
  });

  it("round-trips through JSON and is recognised after", () => {
    const back = JSON.parse(JSON.stringify({ cell: notMeaningful("revenue is zero") })) as { cell: unknown };
    expect(back.cell).toEqual({ kind: "notMeaningful", reason: "revenue is zero" });
    expect(isNotMeaningful(back.cell)).toBe(true);
  });

  it("is told apart from quantities and junk", () => {
    expect(isNotMeaningful(ratio(0.1))).toBe(false);
    expect(isNotMeaningful({ kind: "notMeaningful" })).toBe(false);
    expect(isNotMeaningful(null)).toBe(false);
  });

  it("refuses an empty reason", () => {
    expect(codeOf(() => notMeaningful(""))).toBe("SCHEMA");
    expect(codeOf(() => notMeaningful(3 as unknown as string))).toBe("SCHEMA");
  });
});
