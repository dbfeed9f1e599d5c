// A loop that never ends inside finmodel must fail a test, not hang the run until CI's time
// limit kills it with nothing said. vitest's testTimeout cannot do it: its timer never fires
// while synchronous code runs. V8 can: node:vm's `timeout` stops whatever JavaScript the
// isolate is running when the time is up, functions of this realm included, and throws.
import { createContext, Script } from "node:vm";

/** The failure of work that ran past its time; `running` says what it was doing. */
export class DidNotEnd extends Error {
  constructor(
    readonly ms: number,
    readonly running: string | undefined,
  ) {
    super(`did not end within ${ms} ms${running === undefined ? "" : `: ${running}`} (a loop that never ends?)`);
    this.name = "DidNotEnd";
  }
}

const context = createContext({ work: undefined });
const callWork = new Script("work()");

/**
 * `work()`'s answer, or its own error; {@link DidNotEnd} when it has not returned within `ms`
 * milliseconds. `running`, asked only then, names what was running (the last input, say).
 * Costs about 0.1 ms a call (a watchdog thread each): wrap a whole property, not each call,
 * where calls are many.
 */
export function endsWithin<T>(ms: number, work: () => T, running?: () => string): T {
  const outer = context["work"] as unknown;
  context["work"] = work;
  try {
    return callWork.runInContext(context, { timeout: Math.ceil(ms) }) as T;
  } catch (e) {
    if ((e as { code?: unknown } | null)?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") throw new DidNotEnd(ms, running?.());
    throw e;
  } finally {
    context["work"] = outer;
  }
}

