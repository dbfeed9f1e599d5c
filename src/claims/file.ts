/**
 * Claims files: figures as a document writes them, the figures they imply,
 * and the claims to check, in one JSON document that `finmodel check` reads.
 *
 * @module
 */
import { z } from "zod";
import { checkData, readData } from "../core/depth.js";
import { FinModelError, schemaError } from "../core/errors.js";
import { type Figure, makeFigure, statedFigure } from "../figures/figure.js";
import { parsePeriod } from "../time/parse-period.js";
import { currencies, type IsoCurrencyCode } from "../units/currency.js";
import { fxRate } from "../units/fx.js";
import { type ClaimArg, type ClaimOperation, type ClaimSpec, type ClaimSubject, type DerivedSpec, claimOperations } from "./registry.js";
import { type FigureRange, isFigureRange, readStated } from "./stated.js";

const currencySchema = z.enum(Object.keys(currencies) as [IsoCurrencyCode, ...IsoCurrencyCode[]]);
const ID = /^[A-Za-z][A-Za-z0-9_]*$/;
const idSchema = z.string().regex(ID, "an id is letters, digits and _, starting with a letter").max(60);
const text = (what: string, max: number) => z.string().trim().min(1, `${what} must not be empty`).max(max, `${what} must be at most ${max} characters`);

function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

function readsAsPeriod(label: string): boolean {
  try {
    parsePeriod(label);
    return true;
  } catch {
    return false;
  }
}

const figureEntrySchema = z.strictObject({
  text: text("text", 80),
  label: text("label", 120).optional(),
  period: z.string().refine(readsAsPeriod, "a period is a label such as FY2025, 9M2025 or Q3 2025").optional(),
  status: z.enum(["reported", "estimate"]).optional(),
  unit: text("unit", 40).optional(),
  reading: text("reading", 40).optional(),
  range: z.boolean().optional(),
});

const fxEntrySchema = z.strictObject({
  base: currencySchema,
  quote: currencySchema,
  rate: z.union([z.string().regex(/^\d+(?:\.\d+)?$/, "a rate is a positive decimal such as \"7.8\""), z.number().positive().finite()]),
  label: text("label", 120).optional(),
});

const claimArgSchema: z.ZodType<ClaimArg> = z.lazy(() =>
  z.union([z.number().finite(), z.string().max(200), z.array(claimArgSchema), z.record(z.string(), claimArgSchema)]),
);

const operationSchema = z.enum(Object.keys(claimOperations) as [ClaimOperation, ...ClaimOperation[]]);

const computationSchema = z.strictObject({ operation: operationSchema, args: z.array(claimArgSchema) });

const derivedSchema = z.strictObject({ id: idSchema, label: text("label", 120), operation: operationSchema, args: z.array(claimArgSchema) });

const claimSchema = z.strictObject({
  id: idSchema,
  statement: text("statement", 200),
  compute: z.union([z.string().regex(/^@/, 'a figure to take as it is is "@id"'), computationSchema]),
  stated: text("stated", 80),
  comparator: z.enum(["approx", ">=", "<=", "between", "about"]).optional(),
  tolerance: z.string().optional(),
  relativeTolerance: z.string().optional(),
  note: text("note", 200).optional(),
});

/**
 * The zod schema of a claims file: figures by id as written (`text`, with
 * optional `label`, `period`, `status`, `unit` for a plain number that counts
 * something, `reading` for a figure written in words; a text that reads as a range,
 * such as `"9-10x"` or `"40%-50%"`, is a stated range, and `range: true` or
 * `false` asserts which it is), exchange rates by id (`fx`), derived steps (`derived`, see
 * `DerivedSpec`) and the claims (`claims`, see `ClaimSpec`). Ids are letters,
 * digits and `_`; figures, rates and derived steps share one namespace and
 * are referenced as `"@id"`. An optional `locale` (`"en-US"`, `"de-DE"`) says which
 * separators the texts are written with: without it a text such as `"US$1,234M"`, which
 * another locale reads the other way round, is refused (see `parseQuantity`).
 *
 * @example
 * ```ts
 * import { claimsFileSchema } from "finmodel/claims";
 * claimsFileSchema.safeParse({
 *   figures: { gm2024: { text: "12.2%" }, gm2025: { text: "25.4%" } },
 *   claims: [{ id: "doubled", statement: "gross margin doubled", stated: "2x",
 *     compute: { operation: "marginRatio", args: ["@gm2024", "@gm2025"] } }],
 * }).success //=> true
 * claimsFileSchema.safeParse({ figures: {}, claims: [] }).success //=> false
 * ```
 */
export const claimsFileSchema = z.strictObject({
  locale: z.string().refine(isLocale, 'a locale is a BCP 47 tag such as "en-US", "de-DE" or "zh-CN"').optional(),
  figures: z.record(idSchema, figureEntrySchema),
  fx: z.record(idSchema, fxEntrySchema).optional(),
  derived: z.array(derivedSchema).optional(),
  claims: z.array(claimSchema).min(1, "a claims file needs at least one claim"),
});

/**
 * A claims file as written in JSON (see {@link claimsFileSchema}).
 *
 * @example
 * ```ts
 * import { claimsFileSchema, type ClaimsFileInput } from "finmodel/claims";
 * const file: ClaimsFileInput = {
 *   figures: { cagr: { text: "80.7%" } },
 *   claims: [{ id: "c", statement: "the CAGR is 80.7%", compute: "@cagr", stated: "80.7%" }],
 * };
 * claimsFileSchema.parse(file).claims.length //=> 1
 * ```
 */
export type ClaimsFileInput = z.input<typeof claimsFileSchema>;

/** A claims file read by {@link loadClaimsFile}: what `resolveDerived` and `evaluateClaims` take. */
export interface ClaimsFile {
  /** Figures, stated ranges and exchange rates by id. */
  readonly figures: Readonly<Record<string, ClaimSubject>>;
  /** The derived steps, in order (empty if the file has none). */
  readonly derived: readonly DerivedSpec[];
  /** The claims, in order. */
  readonly claims: readonly ClaimSpec[];
}

type FigureEntry = z.infer<typeof figureEntrySchema>;

function figureOf(id: string, f: FigureEntry, locale: string | undefined): Figure | FigureRange {
  const meta = {
    ...(locale !== undefined ? { locale } : {}),
    ...(f.label !== undefined ? { label: f.label } : {}),
    ...(f.period !== undefined ? { period: parsePeriod(f.period) } : {}),
    ...(f.status !== undefined ? { status: f.status } : {}),
  };
  const where = `figures.${id}.text`;
  try {
    if (f.range === true && (f.unit !== undefined || f.reading !== undefined)) throw schemaError(`figures.${id}`, "a range takes neither unit nor reading");
    if (f.reading !== undefined) {
      const read = statedFigure(f.reading, { label: f.text.trim(), ...meta, ...(f.unit !== undefined ? { unit: f.unit } : {}) });
      return makeFigure({ ...read, text: f.text });
    }
    const stated = readStated(f.text, f.unit !== undefined ? { ...meta, unit: f.unit } : meta);
    if (f.range !== undefined && f.range !== isFigureRange(stated)) {
      throw schemaError(`figures.${id}.range`, f.range ? `${JSON.stringify(f.text)} reads as one figure, not a range` : `${JSON.stringify(f.text)} reads as a range`);
    }
    return stated;
  } catch (e) {
    if (e instanceof FinModelError && e.code !== "SCHEMA") {
      throw schemaError(f.reading !== undefined ? `figures.${id}.reading` : where, `cannot be read as a stated figure: ${e.message}`, { cause: e });
    }
    throw e;
  }
}

function checkRefs(arg: ClaimArg, known: ReadonlySet<string>, path: string): void {
  if (typeof arg === "string") {
    if (arg.startsWith("@") && !known.has(arg.slice(1))) throw schemaError(path, `${JSON.stringify(arg)} names no figure, rate or earlier derived step`);
  } else if (Array.isArray(arg)) {
    arg.forEach((a, i) => checkRefs(a, known, `${path}.${i}`));
  } else if (typeof arg === "object" && arg !== null) {
    for (const [k, v] of Object.entries(arg)) checkRefs(v as ClaimArg, known, `${path}.${k}`);
  }
}

/**
 * Validates a claims file against {@link claimsFileSchema} and reads every
 * figure as stated (keeping the precision it was written with), every rate
 * as an `FxRate`, and checks that each `"@id"` names something defined
 * before it.
 *
 * Notes: the result goes straight into the library:
 * `evaluateClaims(file.claims, resolveDerived(file.derived, file.figures))`.
 *
 * @param data - the parsed JSON of a claims file
 * @returns the figures (and ranges and rates) by id, the derived steps and the claims
 * @throws FinModelError `SCHEMA` naming the first invalid field (`figures.gm2024.text`,
 *   `claims.0.compute.args.1`): a field of the wrong shape, a text that does not read as a
 *   figure, an id defined twice, or a reference to an unknown id
 *
 * @example
 * ```ts
 * import { evaluateClaims, loadClaimsFile, resolveDerived } from "finmodel/claims";
 * const file = loadClaimsFile({
 *   figures: { from: { text: "US$10.7B" }, to: { text: "US$206.5B" }, stated: { text: "80.7%" } },
 *   claims: [{ id: "cagr", statement: "the market grows 80.7% a year",
 *     compute: { operation: "cagr", args: ["@from", "@to", 5] }, stated: "@stated" }],
 * });
 * const [result] = evaluateClaims(file.claims, resolveDerived(file.derived, file.figures));
 * result.check.verdict //=> "consistent-within-rounding"
 * loadClaimsFile({ figures: { x: { text: "abc" } }, claims: [] }) // throws FinModelError SCHEMA
 * ```
 */
export function loadClaimsFile(data: unknown): ClaimsFile {
  // a snapshot read once (depth-limited; a throwing getter or Proxy is SCHEMA naming where it sits)
  const parsed = checkData(() => claimsFileSchema.safeParse(readData(data, "file")), "file");
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const first = issues[0]!;
    throw schemaError(first.path.map(String).join(".") || "file", `${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more issues)` : ""}`, {
      details: { issues: issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })) },
    });
  }
  const file = parsed.data;
  const subjects: Record<string, ClaimSubject> = {};
  for (const [id, f] of Object.entries(file.figures)) subjects[id] = figureOf(id, f, file.locale);
  for (const [id, r] of Object.entries(file.fx ?? {})) {
    if (Object.hasOwn(subjects, id)) throw schemaError(`fx.${id}`, "repeats the id of a figure");
    if (r.base === r.quote) throw schemaError(`fx.${id}.quote`, "must differ from base");
    try {
      subjects[id] = fxRate(r.base, r.quote, String(r.rate));
    } catch (e) {
      if (e instanceof FinModelError) throw schemaError(`fx.${id}.rate`, e.message, { cause: e });
      throw e;
    }
  }
  const known = new Set(Object.keys(subjects));
  const derived = file.derived ?? [];
  derived.forEach((step, i) => {
    if (known.has(step.id)) throw schemaError(`derived.${i}.id`, `repeats the id ${JSON.stringify(step.id)}`);
    step.args.forEach((a, j) => checkRefs(a, known, `derived.${i}.args.${j}`));
    known.add(step.id);
  });
  const claimIds = new Set<string>();
  file.claims.forEach((claim, i) => {
    if (claimIds.has(claim.id)) throw schemaError(`claims.${i}.id`, `repeats the claim id ${JSON.stringify(claim.id)}`);
    claimIds.add(claim.id);
    if (typeof claim.compute === "string") checkRefs(claim.compute, known, `claims.${i}.compute`);
    else claim.compute.args.forEach((a, j) => checkRefs(a, known, `claims.${i}.compute.args.${j}`));
    checkRefs(claim.stated, known, `claims.${i}.stated`);
  });
  return Object.freeze({
    figures: Object.freeze(subjects),
    derived: Object.freeze(derived.map((d) => Object.freeze(d) as DerivedSpec)),
    claims: Object.freeze(file.claims.map((c) => Object.freeze(file.locale === undefined ? c : { ...c, locale: file.locale }) as ClaimSpec)),
  });
}
