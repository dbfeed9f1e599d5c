// The bad-input sweep: every function exported by the package is called with
// bad values in every argument and must answer with a FinModelError. The list
// of functions comes from the package's exports, so a new export without an
// entry in test/sweep/samples/ fails here until it is given one.
import DecimalJs from "decimal.js";
import { afterAll, describe, expect, it } from "vitest";
import * as excel from "finmodel/excel";
import * as claims from "finmodel/claims";
import * as fixtures from "finmodel/fixtures";
import * as charts from "finmodel/charts";
import * as chartsRender from "finmodel/charts/render";
import * as workbook from "finmodel/workbook";
import * as finmodel from "finmodel";
import { FinModelError, type FinModelErrorCode, money, multiple, ratio } from "finmodel";
import { KNOWN_GAPS } from "./known-gaps.js";
import { modelMethods } from "./model-methods.js";
import type { SweepCase, SweepEntry } from "./types.js";

const sampleModules = import.meta.glob<{ samples: Record<string, SweepEntry> }>("./samples/*.ts", { eager: true });
const entries: Record<string, SweepEntry> = {};
for (const [file, mod] of Object.entries(sampleModules)) {
  for (const [name, entry] of Object.entries(mod.samples)) {
    if (name in entries) throw new Error(`${name} has sweep entries in two files (${file})`);
    entries[name] = entry;
  }
}

const BAD: readonly [string, unknown][] = [
  ["NaN", Number.NaN],
  ["Infinity", Number.POSITIVE_INFINITY],
  ["-Infinity", Number.NEGATIVE_INFINITY],
  ["null", null],
  ["undefined", undefined],
  ["''", ""],
  ["'abc'", "abc"],
  ["{}", {}],
  ["Money in XXX", money(1, "XXX")],
  ["a Ratio", ratio(0.5)],
  ["a Multiple", multiple(3)],
  // Hostile inputs: each must be refused with a FinModelError too, never a TypeError or a hang.
  ["a Symbol", Symbol("bad")],
  ["a spoofed Decimal", { [Symbol.toStringTag]: "Decimal" }],
  ["a NaN Decimal", new DecimalJs(Number.NaN)],
  ["a huge exponent", "1e9000000000"],
  ["a long numeric string", "1".repeat(200_000)],
  ["a Proxy that throws", new Proxy({}, { get: thrower, has: thrower, ownKeys: thrower, getPrototypeOf: thrower, getOwnPropertyDescriptor: thrower })],
  ["a throwing getter", { get kind(): never { return thrower(); } }],
  ["Money with a throwing amount", { kind: "money", currency: "XXX", get amount(): never { return thrower(); } }],
  ["Money without a currency", { kind: "money", amount: "1" }],
  ["Money with a NaN amount", { kind: "money", amount: new DecimalJs(Number.NaN), currency: "XXX" }],
  ["a JSON-revived Money in XXX", JSON.parse(JSON.stringify(money(1, "XXX")))],
];

/** The bad values that are also put in an array's first element. */
const HOSTILE_ELEMENTS: ReadonlySet<string> = new Set(["NaN", "a Symbol", "a spoofed Decimal", "a Proxy that throws", "a throwing getter", "Money with a throwing amount"]);

const WELL_FORMED: ReadonlySet<string> = new Set(["Money in XXX", "a Ratio", "a Multiple", "a JSON-revived Money in XXX"]);

function thrower(): never {
  throw new Error("hostile input");
}

/** The documented codes (FinModelErrorCode): a refusal with any other code fails the sweep. */
const CODES: ReadonlySet<FinModelErrorCode> = new Set<FinModelErrorCode>([
  "INVALID_NUMBER",
  "OUT_OF_DOMAIN",
  "DIVISION_BY_ZERO",
  "CURRENCY_MISMATCH",
  "UNIT_MISMATCH",
  "PARSE_ERROR",
  "NO_SOLUTION",
  "INVALID_PERIOD",
  "SCHEMA",
]);

/**
 * The codes that say valid inputs have no answer (no root, a zero denominator). A bad input
 * refused with one of them, or without naming the input (`path`), is a wrong refusal: the
 * caller is told to look at the numbers instead of at the argument that is broken.
 */
const ANSWER_CODES: ReadonlySet<FinModelErrorCode> = new Set<FinModelErrorCode>(["NO_SOLUTION", "DIVISION_BY_ZERO"]);

/** What the sweep did, reported when it ends. */
const tally = { gaps: 0, functions: 0, calls: 0, refusals: 0, typed: 0, byCode: new Map<string, number>(), byClass: new Map<string, number>() };

function count(label: string, out: { returned?: unknown; threw?: unknown }): void {
  tally.calls++;
  if (!("threw" in out)) return;
  tally.refusals++;
  const e = out.threw;
  if (e instanceof FinModelError && CODES.has(e.code)) {
    tally.typed++;
    tally.byCode.set(e.code, (tally.byCode.get(e.code) ?? 0) + 1);
  }
  const cls = label.slice(label.indexOf(" = ") + 3);
  tally.byClass.set(cls, (tally.byClass.get(cls) ?? 0) + 1);
}

afterAll(() => {
  if (tally.calls === 0) return;
  const pct = ((100 * tally.typed) / Math.max(tally.refusals, 1)).toFixed(2);
  const codes = [...tally.byCode].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(", ");
  const classes = [...tally.byClass].map(([c, n]) => `${c}: ${n}`).join("; ");
  console.log(
    `bad-input sweep: ${tally.functions} functions, ${tally.calls} calls, ${tally.refusals} refusals, ${tally.typed} (${pct} %) FinModelError with a documented code; ${tally.gaps} known gaps (test/sweep/known-gaps.ts)\n  by code: ${codes}\n  by class: ${classes}`,
  );
});

function holdsNonFinite(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value === "number") return !Number.isFinite(value);
  if (value === null || typeof value !== "object" || seen.has(value)) return false;
  seen.add(value);
  if ((value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] === "Decimal") return !(value as finmodel.Decimal).isFinite();
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>).some((x) => !Number.isFinite(x));
  return Object.values(value).some((v) => holdsNonFinite(v, seen));
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype && !("kind" in v);
}

/** Every (path, args) variant with one argument or field replaced by a bad value. */
function* variants(c: SweepCase): Generator<[string, unknown[]]> {
  const lenient = new Set(c.lenient ?? []);
  const options = new Set(c.options ?? []);
  const accepts = c.accepts ?? {};
  for (let i = 0; i < c.args.length; i++) {
    const arg = c.args[i];
    const slots: [string, (bad: unknown) => unknown][] = [[String(i), (bad) => bad]];
    // Fields of an options object are optional: undefined is valid in each.
    if (isPlainObject(arg) && options.has(String(i))) {
      for (const key of Object.keys(arg)) if (!lenient.has(`${i}.${key}*`)) lenient.add(`${i}.${key}`);
    }
    if (isPlainObject(arg)) {
      for (const key of Object.keys(arg)) slots.push([`${i}.${key}`, (bad) => ({ ...arg, [key]: bad })]);
    }
    // An array argument with a hole where its first element was: read as a missing value, refused.
    if (Array.isArray(arg) && arg.length > 0 && !lenient.has(`${i}*`)) {
      const holed = [...arg];
      delete holed[0];
      const args = [...c.args];
      args[i] = holed;
      yield [`${i} = an array with a hole`, args];
      // The same array behind a Proxy whose element reads throw (an unreadable array).
      const args2 = [...c.args];
      args2[i] = unreadableOf(arg);
      yield [`${i} = an array whose elements cannot be read`, args2];
      const args5 = [...c.args];
      args5[i] = lengthlessOf(arg);
      yield [`${i} = an array whose length cannot be read`, args5];
      // One element and a length of 2^32 − 1: a reader that copies or walks the length runs for
      // minutes (this test then never ends); refused before that, or at the first missing element.
      const args4 = [...c.args];
      args4[i] = sparseOf(arg);
      yield [`${i} = an array of length 2^32 − 1 with one element`, args4];
    }
    // Deeper: hostile values where the argument's records and arrays hold them.
    if (!lenient.has(`${i}*`)) {
      for (const [label, replacement] of hostileInside(arg, String(i), lenient, 4)) {
        const args3 = [...c.args];
        args3[i] = replacement;
        yield [label, args3];
      }
    }
    for (const [path, replace] of slots) {
      if (lenient.has(`${path}*`)) continue;
      for (const [label, bad] of BAD) {
        if (bad === undefined && (lenient.has(path) || options.has(path))) continue;
        // An options record may be empty: {} and an object with only a symbol key (a spoofed Decimal) are.
        if ((label === "{}" || label === "a spoofed Decimal") && options.has(path)) continue;
        // Well-formed quantities are valid where the slot accepts their kind; malformed ones never are.
        const kind = WELL_FORMED.has(label) ? (bad as { kind: string }).kind : undefined;
        if (kind && accepts[path]?.includes(kind as "money")) continue;
        const args = [...c.args];
        args[i] = replace(bad);
        yield [`${path} = ${label}`, args];
      }
    }
  }
}

/**
 * Copies of `value` with one hostile thing inside it, `depth` levels down at most: in a record,
 * a field whose getter throws (a peer, a claim, a step, an input's spec, a scenario); in an
 * array, a first element that cannot be read or lies about what it is (in flows, dates, peers,
 * periods). Each comes with its label, the path of what was replaced.
 */
function* hostileInside(value: unknown, path: string, lenient: ReadonlySet<string>, depth: number): Generator<[string, unknown]> {
  if (depth === 0) return;
  if (isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      const at = `${path}.${key}`;
      if (lenient.has(`${at}*`)) continue;
      yield [`${at} = a field whose getter throws`, withThrowingGetter(value, key)];
      const field = value[key];
      if (Array.isArray(field) && field.length > 0) {
        yield [`${at} = an array of length 2^32 − 1 with one element`, { ...value, [key]: sparseOf(field) }];
        yield [`${at} = an array whose elements cannot be read`, { ...value, [key]: unreadableOf(field) }];
        yield [`${at} = an array whose length cannot be read`, { ...value, [key]: lengthlessOf(field) }];
      }
      for (const [label, inner] of hostileInside(value[key], at, lenient, depth - 1)) yield [label, { ...value, [key]: inner }];
    }
  } else if (Array.isArray(value) && value.length > 0) {
    const rest = value.slice(1);
    for (const [label, bad] of BAD) if (HOSTILE_ELEMENTS.has(label)) yield [`${path}[0] = ${label}`, [bad, ...rest]];
    for (const [label, inner] of hostileInside(value[0], `${path}[0]`, lenient, depth - 1)) yield [label, [inner, ...rest]];
    const head: unknown = value[0];
    if (Array.isArray(head) && head.length > 0) {
      yield [`${path}[0] = an array of length 2^32 − 1 with one element`, [sparseOf(head), ...rest]];
      yield [`${path}[0] = an array whose elements cannot be read`, [unreadableOf(head), ...rest]];
      yield [`${path}[0] = an array whose length cannot be read`, [lengthlessOf(head), ...rest]];
    }
    // The last element too: readers that take the first element apart from the rest (its
    // kind, its currency, the first date) read the others in a loop of their own.
    const last = value.length - 1;
    if (last > 0) {
      const before = value.slice(0, last);
      for (const [label, bad] of BAD) if (HOSTILE_ELEMENTS.has(label)) yield [`${path}[${last}] = ${label}`, [...before, bad]];
      for (const [label, inner] of hostileInside(value[last], `${path}[${last}]`, lenient, depth - 1)) yield [label, [...before, inner]];
    }
  }
}

/**
 * An Array subclass whose `Symbol.species` and iterator throw: a reader that copies an argument
 * with `slice`, `map` or `filter` (which build the copy with the species), or walks it with
 * `for…of`, spread or `Array.from` (the iterator), runs the caller's code and lets its error out.
 */
class RiggedArray extends Array {
  static override get [Symbol.species](): ArrayConstructor {
    return thrower();
  }
  override [Symbol.iterator](): ArrayIterator<unknown> {
    return thrower();
  }
}

/**
 * The sample with each array in it, up to four levels down (an argument, a record's field, an
 * array's first element), valid elements and all, as a {@link RiggedArray}.
 */
function riggedArrays(args: readonly unknown[]): [string, unknown[]][] {
  const out: [string, unknown[]][] = [];
  args.forEach((arg, i) => {
    for (const [at, replacement] of rigged(arg, String(i), 4)) {
      const copy = [...args];
      copy[i] = replacement;
      out.push([`${at} = the same elements in an Array subclass whose species and iterator throw`, copy]);
    }
  });
  return out;
}

function* rigged(value: unknown, path: string, depth: number): Generator<[string, unknown]> {
  if (depth === 0) return;
  if (Array.isArray(value) && value.length > 0) {
    yield [path, RiggedArray.from(value as unknown[])];
    for (const [at, inner] of rigged(value[0], `${path}[0]`, depth - 1)) yield [at, [inner, ...value.slice(1)]];
  } else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      for (const [at, inner] of rigged(value[key], `${path}.${key}`, depth - 1)) yield [at, { ...value, [key]: inner }];
    }
  }
}

/** A copy of `array` behind a Proxy whose element reads throw (an unreadable array). */
function unreadableOf(array: readonly unknown[]): unknown[] {
  return new Proxy([...array], {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) thrower();
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/** A copy of `array` behind a Proxy whose `length` read throws (Array.isArray still says yes). */
function lengthlessOf(array: readonly unknown[]): unknown[] {
  return new Proxy([...array], {
    get(target, key, receiver) {
      if (key === "length") thrower();
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/** `array`'s first element, with a length of 2^32 − 1: all the other elements are holes. */
function sparseOf(array: readonly unknown[]): unknown[] {
  const out = [array[0]];
  out.length = 2 ** 32 - 1;
  return out;
}

/** A copy of `record` whose field `key` is a getter that throws. */
function withThrowingGetter(record: Record<string, unknown>, key: string): Record<string, unknown> {
  const out = { ...record };
  Object.defineProperty(out, key, { get: thrower, enumerable: true, configurable: true });
  return out;
}

/** The sample with slot `path` ("2" or "2.fx") set to `value`. */
function withSlot(args: readonly unknown[], path: string, value: unknown): unknown[] {
  const [pos, field] = path.split(".");
  const out = [...args];
  const i = Number(pos);
  out[i] = field === undefined ? value : { ...(args[i] as object), [field]: value };
  return out;
}

function slotValue(args: readonly unknown[], path: string): unknown {
  const [pos, field] = path.split(".");
  const v = args[Number(pos)];
  return field === undefined ? v : (v as Record<string, unknown> | undefined)?.[field];
}

/** The sample's own value at a slot, as a quantity of the kind the slot declares it accepts. */
function asKind(value: unknown, kind: "money" | "ratio" | "multiple"): unknown {
  const n = typeof value === "object" && value !== null && "kind" in value
    ? ((value as { amount?: unknown; value?: unknown }).amount ?? (value as { value?: unknown }).value)
    : value;
  if (kind === "money") return money(n as number, "XXX");
  return kind === "ratio" ? ratio(n as number) : multiple(n as number);
}

function show(v: unknown): string {
  try {
    return String(v);
  } catch {
    return typeof v;
  }
}

/** What a call did: what it returned (a promise's value, awaited) or threw (or a promise's rejection). */
interface Outcome {
  readonly returned?: unknown;
  readonly threw?: unknown;
  /** true when it threw at once rather than returning a promise that rejects */
  readonly threwAtOnce?: boolean;
  /** true when it returned a promise */
  readonly promised?: boolean;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === "object" || typeof value === "function") && value !== null && typeof (value as { then?: unknown }).then === "function";
}

async function callOutcome(fn: (...a: unknown[]) => unknown, args: unknown[]): Promise<Outcome> {
  let returned: unknown;
  try {
    returned = fn(...args);
  } catch (e) {
    return { threw: e, threwAtOnce: true };
  }
  if (!isThenable(returned)) return { returned };
  try {
    return { returned: await returned, promised: true };
  } catch (e) {
    return { threw: e, promised: true };
  }
}

const modules = { finmodel, "a model's methods": modelMethods, "finmodel/excel": excel, "finmodel/claims": claims, "finmodel/fixtures": fixtures, "finmodel/charts": charts, "finmodel/charts/render": chartsRender, "finmodel/workbook": workbook } as unknown as Record<string, Record<string, unknown>>;

for (const [entry, mod] of Object.entries(modules)) {
  const names = Object.keys(mod).filter((k) => typeof mod[k] === "function").sort();
  if (names.length === 0) continue;
  describe(`bad-input sweep: ${entry}`, () => {
    it.each(names)("%s has a sweep entry", (name) => {
      expect(entries[name], `add ${name} to a file in test/sweep/samples/`).toBeDefined();
    });
    for (const name of names) {
      const sample = entries[name];
      if (!sample || "exempt" in sample) continue;
      const fn = mod[name] as (...a: unknown[]) => unknown;
      it(`${name}: valid sample gives a finite result`, async () => {
        const out = await callOutcome(fn, [...sample.args]);
        expect(out.threw).toBeUndefined();
        expect(holdsNonFinite(out.returned)).toBe(false);
        // An asynchronous function is declared so in its sample, and only such a function answers with a promise.
        expect(out.promised === true, `a promise is answered exactly where the sample says asynchronous: true`).toBe(sample.asynchronous === true);
      });
      tally.functions++;
      it(`${name}: every bad argument is a FinModelError`, async () => {
        const failures: string[] = [];
        const gaps = new Set<string>();
        for (const [label, args] of variants(sample)) {
          const out = await callOutcome(fn, args);
          count(label, out);
          let failure: string | undefined;
          if (!("threw" in out)) failure = `${label}: returned ${show(out.returned)}`;
          // A function that answers with a promise refuses with a rejected one (an await or a
          // .catch sees it), never by throwing at the call.
          else if (sample.asynchronous === true && out.threwAtOnce === true) failure = `${label}: threw at the call instead of rejecting: ${show(out.threw)}`;
          else if (!(out.threw instanceof FinModelError)) failure = `${label}: threw ${show(out.threw)}`;
          else if (!CODES.has(out.threw.code)) failure = `${label}: undocumented code ${String(out.threw.code)}`;
          else if (ANSWER_CODES.has(out.threw.code) || out.threw.path === undefined) {
            failure = `${label}: refused as if the input were valid (${out.threw.code}, path ${String(out.threw.path)}): ${out.threw.message}`;
          }
          if (failure === undefined) continue;
          const gap = `${name}: ${label.slice(label.indexOf(" = ") + 3)}`;
          if (KNOWN_GAPS.has(gap)) gaps.add(gap);
          else failures.push(failure);
        }
        tally.gaps += gaps.size;
        expect(failures).toEqual([]);
        // A gap that is closed must leave the list, so that the list only shrinks.
        const listed = [...KNOWN_GAPS].filter((g) => g.startsWith(`${name}: `));
        expect(listed.filter((g) => !gaps.has(g)), "remove closed gaps from test/sweep/known-gaps.ts").toEqual([]);
      });
      const rigged = riggedArrays(sample.args);
      if (rigged.length > 0) {
        it(`${name}: an array subclass whose species and iterator throw is read as the plain array is (a plain-data reader may refuse it as SCHEMA)`, async () => {
          const failures: string[] = [];
          for (const [label, args] of rigged) {
            const out = await callOutcome(fn, args);
            // The elements are the sample's own, so the call must succeed as the sample does; only a
            // reader of plain data (a seeds or claims file: SCHEMA) may refuse a subclass.
            if ("threw" in out && !(out.threw instanceof FinModelError && out.threw.code === "SCHEMA")) {
              failures.push(`${label}: threw ${out.threw instanceof FinModelError ? `${out.threw.code} ${out.threw.message}` : show(out.threw)}`);
            }
          }
          expect(failures).toEqual([]);
        });
      }
      const accepted: [string, unknown[]][] = [];
      for (const [path, kinds] of Object.entries(sample.accepts ?? {})) {
        for (const kind of kinds) accepted.push([`${path} = ${kind}`, withSlot(sample.args, path, asKind(slotValue(sample.args, path), kind))]);
      }
      for (const path of sample.options ?? []) {
        accepted.push([`${path} left out`, withSlot(sample.args, path, undefined)], [`${path} = {}`, withSlot(sample.args, path, {})]);
      }
      if (accepted.length > 0) {
        it(`${name}: what the sample declares acceptable is accepted`, async () => {
          const failures: string[] = [];
          for (const [label, args] of accepted) {
            const out = await callOutcome(fn, args);
            if ("threw" in out) failures.push(`${label}: threw ${String(out.threw)}`);
            else if (holdsNonFinite(out.returned)) failures.push(`${label}: returned a non-finite value`);
          }
          expect(failures).toEqual([]);
        });
      }
      for (const m of sample.mismatches ?? []) {
        it(`${name}: mismatch gives ${m.code}`, async () => {
          const out = await callOutcome(fn, [...m.args]);
          expect(out.threw).toBeInstanceOf(FinModelError);
          expect((out.threw as FinModelError).code).toBe(m.code);
        });
      }
    }
  });
}
