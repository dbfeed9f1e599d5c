import { type Decimal, type Money, type Ratio, mixShares, mixShift } from "../../src/index.js";
import { type Command, listOption } from "../command.js";
import { CliError } from "../errors.js";
import { show, table, toJson } from "../output.js";
import { readAmount, readPairs, readPercent } from "../read.js";

export const mixCommand: Command = {
  name: "mix",
  summary: "Each part's share of the total, and with --before the shift of each share in percentage points.",
  usage: "mix <name=amount>… [--before name=share…]",
  help: [
    "<name=amount>…       the parts: APAC=US$45.75M Americas=US$18M (same currency)",
    "--before name=share  an earlier share of a part (repeat for each part; shares sum to 100%)",
  ],
  examples: ["finmodel mix APAC=45.75 Americas=18 EMEA=11.25 --before APAC=50% --before Americas=30% --before EMEA=20%"],
  options: { before: { type: "string", multiple: true } },
  arguments: { parts: "<name=amount>… (their total)", "parts.*": "part", before: "--before", "before.*": "--before", after: "<name=amount>…", "after.*": "part" },
  run(positionals, values, ctx) {
    if (positionals.length === 0) throw new CliError("mix", "expected at least one part written name=amount, such as APAC=US$45.75M");
    const parts = readPairs(positionals, "<name=amount>").map(([name, text]): [string, Money | Decimal] => [name, readAmount(text, name)]);
    const shares = mixShares(Object.fromEntries(parts));
    const beforeItems = listOption(values, "before");
    let before: Record<string, Ratio | Decimal> | undefined;
    let shift: Readonly<Record<string, { kind: "pp"; value: Decimal }>> | undefined;
    if (beforeItems.length > 0) {
      before = Object.fromEntries(readPairs(beforeItems, "--before").map(([name, text]) => [name, readPercent(text, `--before ${name}`)]));
      for (const name of Object.keys(before)) {
        if (!Object.hasOwn(shares, name)) throw new CliError(`--before ${name}`, `expected a part named in the arguments (${parts.map(([n]) => n).join(", ")})`);
      }
      for (const [name] of parts) if (!Object.hasOwn(before, name)) throw new CliError("--before", `expected a share for every part, missing ${name}`);
      shift = mixShift(before, shares);
    }
    const header = ["part", "amount", "share", ...(before ? ["before", "shift"] : [])];
    const rows = parts.map(([name, amount]) => [
      name,
      show(amount, ctx),
      show(shares[name]!, ctx),
      ...(before && shift ? [show(before[name]!, ctx), show(shift[name]!, ctx)] : []),
    ]);
    return {
      text: table(header, rows, [1, 2, 3, 4]),
      json: toJson(parts.map(([name, amount]) => ({ name, amount, share: shares[name], ...(before && shift ? { before: before[name], shift: shift[name] } : {}) }))),
    };
  },
};
