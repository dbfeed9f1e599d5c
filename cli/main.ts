// The `finmodel` command line: one-off questions answered by the library. `main`
// runs one command line in process and returns its exit code; cli/bin.ts is the
// binary that calls it with process.argv.
// Exit codes: 0 done; 1 a "no" (an inconsistent claim, no rate solves the cash flows);
// 2 bad input (one line on stderr naming the argument); 3 a bug in finmodel.
import { readFileSync } from "node:fs";
import { type FinModelError, isFinModelError } from "../src/index.js";
import { type Command, GLOBAL_HELP, commandHelp, readArgs, stringOption } from "./command.js";
import { cagrCommand } from "./commands/cagr.js";
import { changeCommand } from "./commands/change.js";
import { checkCommand } from "./commands/check.js";
import { impliedCommand } from "./commands/implied.js";
import { marginCommand } from "./commands/margin.js";
import { mixCommand } from "./commands/mix.js";
import { parseCommand } from "./commands/parse.js";
import { runwayCommand } from "./commands/runway.js";
import { xirrCommand } from "./commands/xirr.js";
import { CliError, EXIT } from "./errors.js";
import type { Context } from "./output.js";
import { didYouMean } from "./suggest.js";

const COMMANDS: readonly Command[] = [
  cagrCommand,
  marginCommand,
  changeCommand,
  impliedCommand,
  runwayCommand,
  mixCommand,
  parseCommand,
  checkCommand,
  xirrCommand,
];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "Usage: finmodel <command> [arguments] [--json] [--locale <tag>]",
    "",
    "One-off financial questions, answered exactly: values are read as written",
    "(US$10.7B, 15.05亿元, 80.7%) and keep the precision they were stated with.",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}\n  ${"".padEnd(width)}  e.g. ${c.examples[0]}`),
    "",
    "Options:",
    ...GLOBAL_HELP.map((l) => `  ${l}`),
    "  --version         print the version of finmodel",
    "",
    "Run finmodel <command> --help for a command's arguments.",
    "Quote amounts written with $ so the shell leaves them alone: 'US$10.7B'.",
    "Exit codes: 0 done, 1 an inconsistent claim or no solution, 2 bad input, 3 a bug in finmodel.",
  ].join("\n");
}

function readLocale(text: string | undefined): string {
  if (text === undefined) return "en-US";
  let locale: string | undefined;
  try {
    [locale] = Intl.getCanonicalLocales(text);
  } catch {
    // reported below
  }
  // A well-formed tag this Node.js has no number data for would silently print as en-US.
  if (locale !== undefined && Intl.NumberFormat.supportedLocalesOf([locale]).length > 0) return locale;
  throw new CliError("--locale", `expected a locale such as en-US, zh-CN, zh-HK or ja that this Node.js knows, got ${JSON.stringify(text)}`);
}

/** The version in the package.json beside dist/ (or beside cli/ when run from the sources). */
function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

/**
 * A library error as one line naming the argument the user typed: the library names its own
 * parameter (`monthlyBurn`), the command knows which argument that was (`<monthly-burn>`).
 */
function libraryErrorLine(e: FinModelError, cmd: Command | undefined): string {
  const message = e.message.replace(/\s*\n\s*/g, " ").trim();
  const path = e.path;
  const names = cmd?.arguments ?? {};
  if (path !== undefined && message.startsWith(path)) {
    const head = path.split(".")[0]!;
    // `parts.APAC` is named by `parts.*` (or `parts`) followed by the rest of the path.
    const parent = names[`${head}.*`] ?? names[head];
    const name = names[path] ?? (parent !== undefined && path !== head ? `${parent} ${path.slice(head.length + 1)}` : undefined);
    if (name !== undefined) return `${name}: ${message.slice(path.length).replace(/^[\s:]+/, "")}`;
  }
  return `${cmd?.name ?? "finmodel"}: ${message}`;
}

/** Where a run writes: the process's streams by default, a buffer in tests. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const PROCESS_IO: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Runs one command line (the arguments after `finmodel`) and returns its exit code. */
export async function main(argv: readonly string[], io: Io = PROCESS_IO): Promise<number> {
  const debug = argv.includes("--debug");
  const out = (s: string) => io.stdout(s.endsWith("\n") ? s : `${s}\n`);
  const line = (s: string) => io.stderr(`finmodel: ${s.replace(/\s*\n\s*/g, " ").trim()}\n`);
  try {
    // The command is the first argument that is neither an option nor the value of --locale.
    const first = argv.find((a, i) => !a.startsWith("-") && argv[i - 1] !== "--locale");
    const cmd = COMMANDS.find((c) => c.name === first);
    if (!cmd) {
      if (argv.length === 0 || (first === undefined && (argv.includes("--help") || argv.includes("-h")))) {
        out(mainHelp());
        return EXIT.ok;
      }
      if (first === undefined && argv.includes("--version")) {
        out(version());
        return EXIT.ok;
      }
      if (first === "help") {
        const topic = COMMANDS.find((c) => c.name === argv[argv.indexOf("help") + 1]);
        out(topic ? commandHelp(topic) : mainHelp());
        return EXIT.ok;
      }
      const names = COMMANDS.map((c) => c.name);
      if (first === undefined) {
        // Only options: check them against the global ones (an unknown option gets its suggestion).
        readArgs(argv, { version: { type: "boolean" } });
        throw new CliError("command", `expected one of ${names.join(", ")} (see finmodel --help)`);
      }
      throw new CliError("command", `expected one of ${names.join(", ")}, got ${JSON.stringify(first)}${didYouMean(first, names)} (see finmodel --help)`);
    }
    const rest = [...argv];
    rest.splice(rest.indexOf(cmd.name), 1);
    const { positionals, values } = readArgs(rest, cmd.options, `finmodel ${cmd.name} --help`);
    if (values.help === true) {
      out(commandHelp(cmd));
      return EXIT.ok;
    }
    const ctx: Context = { locale: readLocale(stringOption(values, "locale")), json: values.json === true };
    const result = await cmd.run(positionals, values, ctx);
    out(ctx.json ? JSON.stringify(result.json, null, 2) : result.text);
    return result.exitCode ?? EXIT.ok;
  } catch (e) {
    if (debug && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    if (e instanceof CliError) {
      line(e.message);
      return EXIT.badInput;
    }
    if (isFinModelError(e)) {
      line(libraryErrorLine(e, COMMANDS.find((c) => argv.includes(c.name))));
      return EXIT.badInput;
    }
    line(`internal error: ${e instanceof Error ? e.message : String(e)}${debug ? "" : " (run with --debug for the stack trace)"}`);
    return EXIT.internal;
  }
}
