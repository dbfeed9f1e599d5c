// The property tests' seed: fixed in CI, so that CI is repeatable; pinned by FC_SEED; fresh elsewhere.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CI_SEED, propertySeed } from "./support/property-seed.js";

describe("propertySeed", () => {
  it("is CI's fixed seed in CI, and undefined (fast-check draws one) elsewhere", () => {
    expect(propertySeed({ CI: "true" })).toBe(CI_SEED);
    expect(propertySeed({})).toBeUndefined();
    expect(propertySeed({ CI: "" })).toBeUndefined();
  });

  it("is FC_SEED when given, in CI too (to reproduce a failure fast-check printed)", () => {
    expect(propertySeed({ FC_SEED: "-677782610" })).toBe(-677782610);
    expect(propertySeed({ FC_SEED: "42", CI: "true" })).toBe(42);
    expect(() => propertySeed({ FC_SEED: "abc" })).toThrow(/FC_SEED must be an integer/);
    expect(() => propertySeed({ FC_SEED: "1.5" })).toThrow(/FC_SEED must be an integer/);
  });

  it("is the seed this run's properties draw from", () => {
    expect(fc.readConfigureGlobal().seed).toBe(propertySeed(process.env));
  });
});
