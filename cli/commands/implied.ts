import { type Decimal, type FxRate, type Money, type Multiple, impliedMultiple, impliedPrice, impliedShares } from "../../src/index.js";
import { type Command, type Values, expectPositionals, stringOption } from "../command.js";
import { CliError } from "../errors.js";
import { pairs, show, toJson } from "../output.js";
import { readAmount, readFx, readMultiple, readShares } from "../read.js";

const NEEDS = {
  price: ["revenue", "multiple", "shares"],
  shares: ["price", "revenue", "multiple"],
  multiple: ["price", "shares", "revenue"],
} as const;

const EXPECTED: Readonly<Record<string, string>> = {
  revenue: "revenue such as US$700M",
  multiple: "a sales multiple such as 54x",
  shares: "a share count such as 317M",
  price: "a share price such as HK$930",
};

type What = keyof typeof NEEDS;

function required(values: Values, what: What, name: string): string {
  const v = stringOption(values, name);
  if (v === undefined) throw new CliError(`--${name}`, `expected ${EXPECTED[name]} (implied ${what} needs --${NEEDS[what].join(", --")})`);
  return v;
}

export const impliedCommand: Command = {
  name: "implied",
  summary: "The share price, share count or sales multiple implied by the other two and revenue (P/S valuation).",
  usage: "implied price|shares|multiple [--revenue <amount>] [--multiple <x>] [--shares <count>] [--price <amount>] [--fx BASE/QUOTE=rate]",
  help: [
    "price      needs --revenue --multiple --shares: price = multiple × revenue / shares",
    "shares     needs --price --revenue --multiple:  shares = multiple × revenue / price",
    "multiple   needs --price --shares --revenue:    multiple = price × shares / revenue",
    "--fx USD/HKD=7.8   1 USD = 7.8 HKD: converts revenue (USD) into the price's currency (HKD)",
  ],
  examples: [
    "finmodel implied shares --price 'HK$930' --revenue 'US$700M' --multiple 54x --fx USD/HKD=7.8",
    "finmodel implied price --revenue 'US$700M' --multiple 54x --shares 317032258 --fx USD/HKD=7.8",
    "finmodel implied multiple --price 'HK$1240' --shares 317032258 --revenue 'US$1B' --fx USD/HKD=7.8",
  ],
  options: { revenue: { type: "string" }, multiple: { type: "string" }, shares: { type: "string" }, price: { type: "string" }, fx: { type: "string" } },
  arguments: { revenue: "--revenue", multiple: "--multiple", shares: "--shares", price: "--price", fx: "--fx" },
  run(positionals, values, ctx) {
    expectPositionals(this, positionals, [1]);
    const what = positionals[0]!;
    if (!Object.hasOwn(NEEDS, what)) throw new CliError("implied", `expected price, shares or multiple, got ${JSON.stringify(what)}`);
    const w = what as What;
    for (const name of ["revenue", "multiple", "shares", "price"]) {
      if (stringOption(values, name) !== undefined && !(NEEDS[w] as readonly string[]).includes(name)) {
        throw new CliError(`--${name}`, `expected only --${NEEDS[w].join(", --")} (and --fx) for implied ${w}`);
      }
    }
    const fxText = stringOption(values, "fx");
    const fx: FxRate | undefined = fxText === undefined ? undefined : readFx(fxText, "--fx");
    const withFx = fx ? { fx } : {};
    const inputs: [string, string][] = [];
    const read = <T>(name: string, reader: (t: string, a: string) => T): T => {
      const text = required(values, w, name);
      const value = reader(text, `--${name}`);
      inputs.push([name, text]);
      return value;
    };
    let result: Money | Decimal | Multiple | { kind: "count"; value: Decimal; unit: string };
    if (w === "price") {
      const revenue = read("revenue", readAmount);
      const multiple = read("multiple", readMultiple);
      const shares = read("shares", readShares);
      result = impliedPrice({ revenue, multiple, shares, ...withFx } as never) as Money | Decimal;
    } else if (w === "shares") {
      const price = read("price", readAmount);
      const revenue = read("revenue", readAmount);
      const multiple = read("multiple", readMultiple);
      result = impliedShares({ price, revenue, multiple, ...withFx } as never);
    } else {
      const price = read("price", readAmount);
      const shares = read("shares", readShares);
      const revenue = read("revenue", readAmount);
      result = impliedMultiple({ price, shares, revenue, ...withFx } as never);
    }
    if (fx) inputs.push(["fx", `1 ${fx.base} = ${fx.rate.toString()} ${fx.quote}`]);
    const shown = w === "shares" ? `${show((result as { value: Decimal }).value, ctx, 0)} shares` : show(result as never, ctx);
    return {
      text: pairs([...inputs, [`implied ${w}`, shown]]),
      json: toJson({ implied: w, result, inputs: Object.fromEntries(inputs.filter(([k]) => k !== "fx")), ...(fx ? { fx: { base: fx.base, quote: fx.quote, rate: fx.rate } } : {}) }),
    };
  },
};
