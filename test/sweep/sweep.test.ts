// The bad-input sweep: every function exported by the package is called with
// bad values in every argument and must answer with a FinModelError. The list
// of functions comes from the package's exports, so a new export without an
// entry in test/sweep/samples/ fails here until it is given one.
import { describe, expect, it } from "vitest";
import * as excel from "finmodel/excel";
import * as fixtures from "finmodel/fixtures";
import * as charts from "finmodel/charts";
import * as chartsRender from "finmodel/charts/render";
import * as workbook from "finmodel/workbook";
import * as finmodel from "finmodel";
import { FinModelError, money, multiple, ratio } from "finmodel";
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
];

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
    for (const [path, replace] of slots) {
      if (lenient.has(`${path}*`)) continue;
      for (const [label, bad] of BAD) {
        if (bad === undefined && (lenient.has(path) || options.has(path))) continue;
        if (label === "{}" && options.has(path)) continue;
        const kind = typeof bad === "object" && bad !== null && "kind" in bad ? (bad as { kind: string }).kind : undefined;
        if (kind && accepts[path]?.includes(kind as "money")) continue;
        const args = [...c.args];
        args[i] = replace(bad);
        yield [`${path} = ${label}`, args];
      }
    }
  }
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

function callOutcome(fn: (...a: unknown[]) => unknown, args: unknown[]): unknown {
  try {
    return { returned: fn(...args) };
  } catch (e) {
    return { threw: e };
  }
}

const modules = { finmodel, "finmodel/excel": excel, "finmodel/fixtures": fixtures, "finmodel/charts": charts, "finmodel/charts/render": chartsRender, "finmodel/workbook": workbook } as unknown as Record<string, Record<string, unknown>>;

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
      it(`${name}: valid sample gives a finite result`, () => {
        const out = callOutcome(fn, [...sample.args]) as { returned?: unknown; threw?: unknown };
        expect(out.threw).toBeUndefined();
        expect(holdsNonFinite(out.returned)).toBe(false);
      });
      it(`${name}: every bad argument is a FinModelError`, () => {
        const failures: string[] = [];
        for (const [label, args] of variants(sample)) {
          const out = callOutcome(fn, args) as { returned?: unknown; threw?: unknown };
          if (!("threw" in out)) failures.push(`${label}: returned ${String(out.returned)}`);
          else if (!(out.threw instanceof FinModelError)) failures.push(`${label}: threw ${String(out.threw)}`);
        }
        expect(failures).toEqual([]);
      });
      const accepted: [string, unknown[]][] = [];
      for (const [path, kinds] of Object.entries(sample.accepts ?? {})) {
        for (const kind of kinds) accepted.push([`${path} = ${kind}`, withSlot(sample.args, path, asKind(slotValue(sample.args, path), kind))]);
      }
      for (const path of sample.options ?? []) {
        accepted.push([`${path} left out`, withSlot(sample.args, path, undefined)], [`${path} = {}`, withSlot(sample.args, path, {})]);
      }
      if (accepted.length > 0) {
        it(`${name}: what the sample declares acceptable is accepted`, () => {
          const failures: string[] = [];
          for (const [label, args] of accepted) {
            const out = callOutcome(fn, args) as { returned?: unknown; threw?: unknown };
            if ("threw" in out) failures.push(`${label}: threw ${String(out.threw)}`);
            else if (holdsNonFinite(out.returned)) failures.push(`${label}: returned a non-finite value`);
          }
          expect(failures).toEqual([]);
        });
      }
      for (const m of sample.mismatches ?? []) {
        it(`${name}: mismatch gives ${m.code}`, () => {
          const out = callOutcome(fn, [...m.args]) as { threw?: unknown };
          expect(out.threw).toBeInstanceOf(FinModelError);
          expect((out.threw as FinModelError).code).toBe(m.code);
        });
      }
    }
  });
}
