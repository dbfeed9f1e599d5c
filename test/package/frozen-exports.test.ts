// Every constant an entry point exports is frozen all the way down: no importer can change
// what another one reads (in 0.1.0 `minimaxClaims[0].stated = "1x"` changed every later verdict).
import { describe, expect, it } from "vitest";
import * as finmodel from "finmodel";
import * as excel from "finmodel/excel";
import * as fixtures from "finmodel/fixtures";
import * as charts from "finmodel/charts";
import * as chartsRender from "finmodel/charts/render";

/** The paths of the plain objects and arrays under `value` that are not frozen. */
function unfrozen(value: unknown, path: string, seen: Set<object>, out: string[]): string[] {
  if (typeof value !== "object" || value === null || seen.has(value)) return out;
  const proto = Object.getPrototypeOf(value) as unknown;
  // Decimals, zod schemas and other class instances are values with methods, not data to freeze.
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return out;
  seen.add(value);
  if (!Object.isFrozen(value)) out.push(path);
  for (const key of Object.keys(value)) unfrozen((value as Record<string, unknown>)[key], `${path}.${key}`, seen, out);
  return out;
}

const entries = { finmodel, "finmodel/excel": excel, "finmodel/fixtures": fixtures, "finmodel/charts": charts, "finmodel/charts/render": chartsRender } as Record<string, Record<string, unknown>>;

describe("exported constants are deeply frozen", () => {
  for (const [entry, mod] of Object.entries(entries)) {
    const constants = Object.keys(mod).filter((k) => typeof mod[k] === "object" && mod[k] !== null);
    if (constants.length === 0) continue;
    it.each(constants)(`${entry}: %s`, (name) => {
      expect(unfrozen(mod[name], name, new Set(), [])).toEqual([]);
    });
  }

  it("the walk finds what it looks for: a nested unfrozen object is reported", () => {
    expect(unfrozen(Object.freeze({ a: Object.freeze([{ b: 1 }]) }), "x", new Set(), [])).toEqual(["x.a.0"]);
  });

  it("a fixture cannot be changed by an importer", () => {
    const claim = fixtures.minimaxClaims[0] as { stated: unknown; compute: unknown };
    expect(() => {
      (claim as { stated: unknown }).stated = "1x";
    }).toThrow(TypeError);
    expect(Object.isFrozen(claim.compute)).toBe(true);
    expect(Object.isFrozen(fixtures.minimax.figures.grossMarginFy2025)).toBe(true);
    expect(Object.isFrozen(fixtures.minimax.documents)).toBe(true);
  });
});
