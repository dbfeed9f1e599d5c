import { type ClaimResult, type Verdict, evaluateClaims, resolveDerived } from "../../src/index.js";
import { loadClaimsFile } from "../../src/fixtures/index.js";
import { type Command, expectPositionals } from "../command.js";
import { CliError } from "../errors.js";
import { show, table, toJson } from "../output.js";
import { readTextFile } from "../read.js";

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
    let file: ReturnType<typeof loadClaimsFile>;
    try {
      file = loadClaimsFile(data);
    } catch (e) {
      if (e instanceof Error && "code" in e) throw new CliError(path, e.message, { cause: e });
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
