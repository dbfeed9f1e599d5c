// Error helpers shared by the tests.
import { expect } from "vitest";
import { FinModelError } from "finmodel";

/** The FinModelError that `fn` throws. The test fails if `fn` returns or throws anything else. */
export function thrown(fn: () => unknown): FinModelError {
  try {
    fn();
  } catch (e) {
    expect(e, `expected a FinModelError, got ${String(e)}`).toBeInstanceOf(FinModelError);
    return e as FinModelError;
  }
  throw new Error("expected a FinModelError, but the call returned");
}

/** The code of the FinModelError that `fn` throws, or `undefined` if it returns. Anything else thrown fails the test. */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e, `expected a FinModelError, got ${String(e)}`).toBeInstanceOf(FinModelError);
    return (e as FinModelError).code;
  }
  return undefined;
}

/** The FinModelError that promise `p` rejects with. The test fails if it resolves or rejects with anything else. */
export async function rejection(p: Promise<unknown>): Promise<FinModelError> {
  try {
    await p;
  } catch (e) {
    expect(e, `expected a FinModelError, got ${String(e)}`).toBeInstanceOf(FinModelError);
    return e as FinModelError;
  }
  throw new Error("expected a rejection");
}
