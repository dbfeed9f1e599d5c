// The shipped declarations, type-checked as users' projects see them: the packed tarball
// installed into small consumer projects under each module resolution TypeScript offers
// (node16, nodenext, bundler), as ESM and as CommonJS, with `skipLibCheck: false` so that
// an error inside dist/*.d.ts is reported instead of silently turning types into `any`.
//
// Each consumer holds lines that must NOT compile (a currency mix, a typo on a result),
// marked `@ts-expect-error`: if the declarations degraded to `any`, those lines would
// compile, the directive would be unused (TS2578) and the check would fail.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Installed, neededProgram, packAndInstall, root, run, tempDir } from "./support.js";

let installed: Installed;

beforeAll(() => {
  installed = packAndInstall();
  // Node's types, for the consumer that uses them instead of the DOM's.
  mkdirSync(join(installed.app, "node_modules", "@types"), { recursive: true });
  symlinkSync(join(root, "node_modules", "@types", "node"), join(installed.app, "node_modules", "@types", "node"), "dir");
}, 120_000);

afterAll(() => {
  if (installed) rmSync(dirname(installed.app), { recursive: true, force: true });
});

/** What every consumer checks, whatever its module system. */
const body = `
const usd = money(10.7e9, "USD");
const usdLater = money(206.5e9, "USD");
const eur = money(1, "EUR");

const growth = cagr(usd, usdLater, 5);
const digits: string = growth.value.toFixed(4);
const total: Money<"USD"> = addMoney(usd, usdLater);
const d: Decimal = toDecimal("0.1");
const sum: Decimal = d.plus(total.amount);
const text: string = formatMoney(total);
const margin: Ratio = netMargin({ revenue: usd, netIncome: usdLater });
const irr: number = IRR([-100, 110]);
const claimCount: number = minimax.claims.length;
const spec: object = seriesChart({ title: "x", series: [] } as never);
const render: (spec: never) => Promise<string> = renderSvg;

// @ts-expect-error US dollars and euros do not add without an FX rate
addMoney(usd, eur);
// @ts-expect-error a CAGR from US dollars to euros does not compile
cagr(usd, eur, 5);
// @ts-expect-error a Decimal has no method toFixd: a typo on a result must not compile
growth.value.toFixd(2);
// @ts-expect-error a Ratio is not a Money
const wrong: Money<"USD"> = growth;

export { digits, sum, text, margin, irr, claimCount, spec, render, wrong };
`;

const esmImports = `
import { type Decimal, type Money, type Ratio, addMoney, cagr, formatMoney, money, netMargin, toDecimal } from "finmodel";
import { IRR } from "finmodel/excel";
import { minimax } from "finmodel/fixtures";
import { seriesChart } from "finmodel/charts";
import { renderSvg } from "finmodel/charts/render";
`;

// CommonJS written as TypeScript compiles \`import x = require()\` to require(); the types then
// come from the "require" condition (dist/*.d.cts).
const cjsImports = `
import finmodel = require("finmodel");
import excel = require("finmodel/excel");
import fixtures = require("finmodel/fixtures");
import charts = require("finmodel/charts");
import chartsRender = require("finmodel/charts/render");
type Decimal = finmodel.Decimal;
type Money<C extends string> = finmodel.Money<C>;
type Ratio = finmodel.Ratio;
const { addMoney, cagr, formatMoney, money, netMargin, toDecimal } = finmodel;
const { IRR } = excel;
const { minimax } = fixtures;
const { seriesChart } = charts;
const { renderSvg } = chartsRender;
`;

/** A consumer's source without finmodel/fixtures (the one entry point of `body` whose types show zod's). */
function withoutFixtures(source: string): string {
  const out = source.replace(/^import \{ minimax \} from "finmodel\/fixtures";\n/m, "").replace(/^const claimCount: number = minimax\.claims\.length;\n/m, "").replace("irr, claimCount, spec", "irr, spec");
  if (out.includes("minimax")) throw new Error("the consumer body changed: update withoutFixtures");
  return out;
}

interface Consumer {
  readonly name: string;
  /** the TypeScript that checks it: the project's (5.9) unless given, or the oldest the README supports (5.4) */
  readonly typescript?: "5.4";
  readonly type: "module" | "commonjs";
  readonly file: string;
  readonly compilerOptions: Readonly<Record<string, unknown>>;
  readonly source: string;
}

const consumers: readonly Consumer[] = [
  { name: "node16, ESM", type: "module", file: "index.ts", compilerOptions: { module: "node16", moduleResolution: "node16" }, source: esmImports + body },
  { name: "node16, CommonJS", type: "commonjs", file: "index.ts", compilerOptions: { module: "node16", moduleResolution: "node16" }, source: cjsImports + body },
  { name: "nodenext, ESM", type: "module", file: "index.ts", compilerOptions: { module: "nodenext", moduleResolution: "nodenext" }, source: esmImports + body },
  { name: "nodenext, CommonJS", type: "commonjs", file: "index.cts", compilerOptions: { module: "nodenext", moduleResolution: "nodenext" }, source: cjsImports + body },
  { name: "bundler, ESM", type: "module", file: "index.ts", compilerOptions: { module: "esnext", moduleResolution: "bundler" }, source: esmImports + body },
  { name: "bundler, CommonJS", type: "commonjs", file: "index.cts", compilerOptions: { module: "preserve", moduleResolution: "bundler" }, source: cjsImports + body },
  // A Node project without the DOM's types: Node's own are enough.
  { name: "nodenext, ESM, lib es2022 and Node's types (no DOM)", type: "module", file: "index.ts", compilerOptions: { module: "nodenext", moduleResolution: "nodenext", lib: ["es2022"], types: ["node"] }, source: esmImports + body },
  // Neither the DOM's types nor Node's: the entry points without zod need neither. (zod's
  // declarations, which finmodel/fixtures and finmodel/claims show, name the global URL.)
  {
    name: "nodenext, ESM, lib es2022 only (no DOM, no Node types), the entry points without zod",
    type: "module",
    file: "index.ts",
    compilerOptions: { module: "nodenext", moduleResolution: "nodenext", lib: ["es2022"] },
    source: withoutFixtures(esmImports + body),
  },
  // The checks beyond strict that projects turn on: the declarations compile under them, and the
  // lines that must not compile still do not.
  {
    name: "nodenext, ESM, exactOptionalPropertyTypes, noUncheckedIndexedAccess and the other checks beyond strict",
    type: "module",
    file: "index.ts",
    compilerOptions: { module: "nodenext", moduleResolution: "nodenext", exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, noPropertyAccessFromIndexSignature: true, noImplicitOverride: true, noImplicitReturns: true, noFallthroughCasesInSwitch: true },
    source: esmImports + body,
  },
  // A project that has not turned strict on: a currency mix is still refused by the compiler.
  { name: "nodenext, ESM, strict: false", type: "module", file: "index.ts", compilerOptions: { module: "nodenext", moduleResolution: "nodenext", strict: false }, source: esmImports + body },
  // The oldest TypeScript the README supports (5.4: the declarations use NoInfer).
  { name: "TypeScript 5.4, nodenext, ESM", typescript: "5.4", type: "module", file: "index.ts", compilerOptions: { module: "nodenext", moduleResolution: "nodenext" }, source: esmImports + body },
  { name: "TypeScript 5.4, nodenext, CommonJS", typescript: "5.4", type: "commonjs", file: "index.cts", compilerOptions: { module: "nodenext", moduleResolution: "nodenext" }, source: cjsImports + body },
  { name: "TypeScript 5.4, bundler, ESM", typescript: "5.4", type: "module", file: "index.ts", compilerOptions: { module: "esnext", moduleResolution: "bundler" }, source: esmImports + body },
];

/**
 * TypeScript 5.4 lives in a project of its own (test/package/typescript-5.4, installed by .ci/run
 * with `npm ci --prefix`): as a dev dependency of this project, its `tsc` would take the place
 * of 5.9's in node_modules/.bin.
 */
const TSC_5_4 = join(root, "test", "package", "typescript-5.4", "node_modules", "typescript", "bin", "tsc");
const has54 = neededProgram({
  name: "TypeScript 5.4",
  path: TSC_5_4,
  file: "test/package/consumers.test.ts",
  notProved: "the declarations are NOT checked with the oldest supported TypeScript here",
  install: "Install it with: npm ci --prefix test/package/typescript-5.4",
  ciInstalls: ".ci/run installs it",
});
const tscOf = (typescript: Consumer["typescript"]) => (typescript === "5.4" ? TSC_5_4 : join(root, "node_modules", "typescript", "bin", "tsc"));

/** Writes one consumer project beside the installed package and returns tsc's output (empty when it compiles). */
function typeCheck(consumer: Consumer, index: number): string {
  const dir = join(installed.app, `consumer-${index}`);
  mkdirSync(dir, { recursive: true });
  // The consumer's own folder resolves finmodel from the app's node_modules one level up.
  writeFileSync(join(dir, "package.json"), JSON.stringify({ private: true, type: consumer.type }));
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "es2022",
        lib: ["es2022", "dom"],
        strict: true,
        skipLibCheck: false,
        // TypeScript's own lib files are not ours to check; every other .d.ts is.
        skipDefaultLibCheck: true,
        noEmit: true,
        types: [],
        ...consumer.compilerOptions,
      },
      files: [consumer.file],
    }),
  );
  writeFileSync(join(dir, consumer.file), consumer.source);
  try {
    run(process.execPath, [tscOf(consumer.typescript), "-p", dir, "--pretty", "false"], { cwd: dir });
    return "";
  } catch (error) {
    return (error as Error).message;
  }
}

describe("the declarations in the tarball type-check in consumer projects (skipLibCheck: false)", () => {
  consumers.forEach((consumer, i) => {
    it.skipIf(consumer.typescript === "5.4" && !has54)(`${consumer.name}: compiles, and a currency mix or a typo does not`, () => {
      const out = typeCheck(consumer, i);
      expect(out).not.toMatch(/TS2709|Cannot use namespace/);
      expect(out).toBe("");
    }, 60_000);
  });

  it("deno check: compiles, and a currency mix or a typo does not", () => {
    const deno = join(root, "node_modules", ".bin", "deno");
    const denoDir = tempDir("deno-check");
    try {
      writeFileSync(join(installed.app, "deno-consumer.ts"), esmImports + body);
      let out = "";
      try {
        run(deno, ["check", "--no-remote", "--cached-only", "--no-lock", "--node-modules-dir=manual", "deno-consumer.ts"], {
          cwd: installed.app,
          env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1", DENO_DIR: denoDir },
        });
      } catch (error) {
        out = (error as Error).message;
      }
      expect(out).toBe("");
    } finally {
      rmSync(denoDir, { recursive: true, force: true });
    }
  }, 90_000);
});
