// The watchdog of the tests that could hang (test/support/watchdog.ts): it must stop a loop that
// never ends, say what was running, and otherwise be invisible.
import { describe, expect, it } from "vitest";
import { FinModelError } from "finmodel";
import { IRR } from "finmodel/excel";
import { DidNotEnd, endsWithin } from "./support/watchdog.js";

const forever = (): number => {
  let i = 0;
  for (;;) i++;
};

describe("endsWithin", () => {
  it("stops a loop that never ends, saying what was running", () => {
    const started = performance.now();
    let caught: unknown;
    try {
      endsWithin(50, forever, () => "the endless loop");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DidNotEnd);
    expect((caught as Error).message).toBe("did not end within 50 ms: the endless loop (a loop that never ends?)");
    // stopped near its time, not at the end of the test's own timeout
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("answers what the work answers, and lets its errors through as they are", () => {
    expect(endsWithin(10_000, () => IRR([-100, 110]))).toBeCloseTo(0.1, 12);
    let caught: unknown;
    try {
      endsWithin(10_000, () => IRR([100, 110]));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(FinModelError);
    expect((caught as FinModelError).code).toBe("OUT_OF_DOMAIN");
  });

  it("can be nested: an inner watchdog's work does not end the outer's", () => {
    expect(endsWithin(10_000, () => endsWithin(10_000, () => 1) + 1)).toBe(2);
    expect(() => endsWithin(10_000, () => endsWithin(50, forever))).toThrow(DidNotEnd);
  });
});
