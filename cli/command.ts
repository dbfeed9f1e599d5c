// What a command is, and how its arguments are read with node:util parseArgs.
import { type ParseArgsConfig, parseArgs } from "node:util";
import { CliError } from "./errors.js";
import { didYouMean } from "./suggest.js";
import type { Context, Output } from "./output.js";

/** The options of one command, as parseArgs takes them. */
export type Options = NonNullable<ParseArgsConfig["options"]>;

/** The values parseArgs read. */
export type Values = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

/** One command of the `finmodel` binary. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The usage line, after `finmodel `. */
  readonly usage: string;
  /** What each argument and option means, one line each. */
  readonly help: readonly string[];
  /** At least one example, each a full command line. */
  readonly examples: readonly string[];
  /** The command's own options (the global ones are added). */
  readonly options: Options;
  /**
   * The command-line argument behind each argument name the library may put in an
   * error (`monthlyBurn` → `<monthly-burn>`), so that a message names what the user typed.
   * A name also covers its sub-paths (`parts` covers `parts.APAC`).
   */
  readonly arguments?: Readonly<Record<string, string>>;
  run(positionals: readonly string[], values: Values, ctx: Context): Output | Promise<Output>;
}

/** Options every command takes. */
export const GLOBAL_OPTIONS: Options = {
  json: { type: "boolean" },
  locale: { type: "string" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
};

/** The help text of the global options, one line each. */
export const GLOBAL_HELP: readonly string[] = [
  "--json            print JSON (exact decimal strings) instead of text",
  "--locale <tag>    how results print: digit grouping, and 万/亿 for amounts in zh-CN, zh-HK, ja",
  "                  (arguments are always read with English separators: 1,234.5)",
  "--debug           print the stack trace of an error",
  "-h, --help        show help",
];

// A leading "-" followed by a digit is a negative number, not an option: it is
// hidden from parseArgs behind a placeholder and restored afterwards.
const NEGATIVE = /^-[\d.]/;
const PLACEHOLDER = "\u0000arg";

/** Reads argv with parseArgs (strict), turning its errors into one-line CliErrors; `help` is the help command to point at. */
export function readArgs(argv: readonly string[], options: Options, help = "finmodel --help"): { positionals: string[]; values: Values } {
  const hidden: string[] = [];
  const args = argv.map((a) => {
    if (!NEGATIVE.test(a)) return a;
    hidden.push(a);
    return `${PLACEHOLDER}${hidden.length - 1}`;
  });
  const restore = (a: string) => (a.startsWith(PLACEHOLDER) ? hidden[Number(a.slice(PLACEHOLDER.length))]! : a);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options: { ...GLOBAL_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message = (e as Error).message;
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? /(--?[\w-]+)/.exec(message)?.[1] ?? "option";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const known = Object.entries({ ...GLOBAL_OPTIONS, ...options }).flatMap(([name, o]) => [`--${name}`, ...(o.short ? [`-${o.short}`] : [])]);
      throw new CliError(option, `unknown option${didYouMean(option, known)} (see ${help})`);
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const expects = options[option.replace(/^--?/, "")]?.type ?? GLOBAL_OPTIONS[option.replace(/^--?/, "")]?.type;
      throw new CliError(option, expects === "boolean" ? "expected no value (it is a flag)" : "expected a value");
    }
    throw new CliError("arguments", message);
  }
  const values: Record<string, string | boolean | (string | boolean)[] | undefined> = {};
  for (const [k, v] of Object.entries(parsed.values)) {
    values[k] = typeof v === "string" ? restore(v) : Array.isArray(v) ? v.map((x) => (typeof x === "string" ? restore(x) : x)) : v;
  }
  return { positionals: parsed.positionals.map(restore), values };
}

/** A string option's value, or undefined. */
export function stringOption(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === "string" ? v : undefined;
}

/** A repeatable string option's values. */
export function listOption(values: Values, name: string): string[] {
  const v = values[name];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : typeof v === "string" ? [v] : [];
}

/** Checks the number of positional arguments. */
export function expectPositionals(cmd: Command, positionals: readonly string[], counts: readonly number[]): void {
  if (!counts.includes(positionals.length)) {
    const what = cmd.usage.replace(/^\S+\s*/, "").replace(/\s*\[--.*$/, "");
    throw new CliError(cmd.name, `expected ${what} (got ${positionals.length} argument${positionals.length === 1 ? "" : "s"})`);
  }
}

/** The help text of a command. */
export function commandHelp(cmd: Command): string {
  return helpText(cmd);
}

/** Help lines `term   description` realigned into two columns. */
export function columns(lines: readonly string[]): string[] {
  const split = lines.map((l) => {
    if (/^\s/.test(l)) return ["", l.trim()];
    const m = /^(.*?\S)\s{2,}(.*)$/.exec(l);
    return m ? [m[1]!, m[2]!] : [l, ""];
  });
  const width = Math.max(...split.map(([t]) => t!.length));
  return split.map(([t, d]) => `  ${t!.padEnd(width)}  ${d}`.trimEnd());
}

function helpText(cmd: Command): string {
  return [
    `Usage: finmodel ${cmd.usage}`,
    "",
    cmd.summary,
    "",
    ...columns([...cmd.help, ...GLOBAL_HELP]),
    "",
    cmd.examples.length === 1 ? "Example:" : "Examples:",
    ...cmd.examples.map((e) => `  ${e}`),
  ].join("\n");
}
