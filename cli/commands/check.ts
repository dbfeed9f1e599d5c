// A user's claims file is read by finmodel/claims alone: nothing of the MiniMax
// fixtures is imported (test/cli/check.test.ts bundles the command line to prove it).
import { type ClaimResult, type Verdict, claimOperations, evaluateClaims, loadClaimsFile, resolveDerived } from "../../src/claims/index.js";
import { type Command, expectPositionals } from "../command.js";
import { CliError } from "../errors.js";
import { show, table, toJson } from "../output.js";
import { readTextFile } from "../read.js";
import { didYouMean } from "../suggest.js";

type Entry = { readonly id?: unknown; readonly operation?: unknown; readonly compute?: unknown };

function entries(data: unknown, key: "claims" | "derived"): readonly Entry[] {
  const list = typeof data === "object" && data !== null ? (data as Record<string, unknown>)[key] : undefined;
  return Array.isArray(list) ? (list as Entry[]) : [];
}

/** `claim "marketCagr"` for `claims.2`, `derived step "revenue2024"` for `derived.0`: what the user wrote, not an index. */
function nameOf(data: unknown, path: string): string {
  const m = /^(claims|derived)\.(\d+)(?:\.(.*))?$/.exec(path);
  if (!m) return path;
  const entry = entries(data, m[1] as "claims" | "derived")[Number(m[2])];
  const what = m[1] === "claims" ? "claim" : "derived step";
  const name = typeof entry?.id === "string" ? `${what} ${JSON.stringify(entry.id)}` : `${what} ${Number(m[2]) + 1}`;
  return m[3] ? `${name}, ${m[3]}` : name;
}

/** An operation that does not exist, named with the valid ones (the schema would only say "Invalid input"). */
function checkOperations(data: unknown, file: string): void {
  const valid = Object.keys(claimOperations);
  const check = (op: unknown, path: string) => {
    if (typeof op === "string" && !valid.includes(op)) {
      throw new CliError(`${file}: ${nameOf(data, path)}`, `unknown operation ${JSON.stringify(op)}${didYouMean(op, valid)} (the operations: ${valid.join(", ")})`);
    }
  };
  entries(data, "claims").forEach((c, i) => {
    if (typeof c?.compute === "object" && c.compute !== null) check((c.compute as Entry).operation, `claims.${i}.compute.operation`);
  });
  entries(data, "derived").forEach((d, i) => check(d?.operation, `derived.${i}.operation`));
}

const MARK: Readonly<Record<Verdict, string>> = {
  consistent: "consistent",
  "consistent-within-rounding": "within rounding",
  inconsistent: "INCONSISTENT",
};

function statedText(r: ClaimResult): string {
  const s = r.check.stated;
  return s.kind === "figure-range" ? s.text : (s.text ?? s.label);
}

export const checkCommand: Command = {
  name: "check",
  summary: "Checks the claims in a JSON claims file and prints a table of verdicts; exits 1 if any claim is inconsistent.",
  usage: "check <file.json>",
  help: [
    "<file.json>   a claims file: { figures, fx?, derived?, claims } (see docs/cli.md and claimsFileSchema)",
    "exit code     0 if every claim holds (or holds within rounding), 1 if any is inconsistent",
    "the example   the package ships the MiniMax claims file (examples/claims/ in a clone of the repository)",
  ],
  examples: ["finmodel check node_modules/finmodel/examples/claims/minimax-claims.json"],
  options: {},
  async run(positionals, _values, ctx) {
    expectPositionals(this, positionals, [1]);
    const path = positionals[0]!;
    const text = await readTextFile(path, "<file.json>");
    let data: unknown;
    try {
      data = JSON.parse(text) as unknown;
    } catch (e) {
      throw new CliError(path, `expected JSON: ${(e as Error).message}`, { cause: e });
    }
    checkOperations(data, path);
    let file: ReturnType<typeof loadClaimsFile>;
    try {
      file = loadClaimsFile(data);
    } catch (e) {
      if (e instanceof Error && "code" in e) {
        const at = (e as { path?: unknown }).path;
        const message = typeof at === "string" && e.message.startsWith(`${at}: `) ? `${nameOf(data, at)}: ${e.message.slice(at.length + 2)}` : e.message;
        throw new CliError(path, message, { cause: e });
      }
      throw e;
    }
    const results = evaluateClaims(file.claims, resolveDerived(file.derived, file.figures));
    const counts = { consistent: 0, "consistent-within-rounding": 0, inconsistent: 0 };
    for (const r of results) counts[r.check.verdict] += 1;
    const rows = results.map((r) => [r.id, MARK[r.check.verdict], show(r.check.computed.value, ctx), statedText(r)]);
    const failed = results.filter((r) => r.check.verdict === "inconsistent");
    const summary =
      `${results.length} claim${results.length === 1 ? "" : "s"}: ${counts.consistent} consistent, ${counts["consistent-within-rounding"]} consistent within rounding, ${counts.inconsistent} inconsistent`;
    const why = failed.map((r) => `${r.id}: ${r.check.explanation}`);
    return {
      text: [table(["claim", "verdict", "computed", "stated"], rows, [2]), "", summary, ...(why.length ? ["", ...why] : [])].join("\n"),
      json: toJson({
        file: path,
        counts,
        claims: results.map((r) => ({
          id: r.id,
          statement: r.statement,
          verdict: r.check.verdict,
          comparator: r.check.comparator,
          computed: r.check.computed.value,
          interval: r.check.computed.interval,
          stated: statedText(r),
          margin: r.check.margin,
          explanation: r.check.explanation,
          ...(r.note !== undefined ? { note: r.note } : {}),
        })),
      }),
      exitCode: failed.length > 0 ? 1 : 0,
    };
  },
};
