// What a new user runs in the first hour: no arguments, --version, typos, amounts
// the shell mangled, a locale with no data, and library errors that must name the
// argument typed, never internals (`Decimal(0)`, `monthlyBurn`, "an array of length 2").
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { expectBadInput, finmodel, finmodelJson, root, tempFile } from "./run.js";

vi.setConfig({ testTimeout: 60_000 });

const INTERNALS = /Decimal\(|monthlyBurn|costOfRevenue|an array of length|a money value|a ratio value/;

describe("the command line itself", () => {
  it("prints the help and exits 0 with no arguments, as with --help", async () => {
    const bare = (await finmodel());
    expect(bare.code).toBe(0);
    expect(bare.stderr).toBe("");
    expect(bare.stdout).toMatch(/^Usage: finmodel <command>/);
    expect(bare.stdout).toBe((await finmodel("--help")).stdout);
  });

  it("prints the package's version with --version", async () => {
    const r = (await finmodel("--version"));
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
  });

  it("suggests the nearest command and option", async () => {
    expect(expectBadInput((await finmodel("cgar", "1", "2", "5")), "command:")).toContain('got "cgar"; did you mean cagr?');
    expect(expectBadInput((await finmodel("cagr", "1", "2", "5", "--clam", "80%")), "--clam:")).toBe(
      "finmodel: --clam: unknown option; did you mean --claim? (see finmodel cagr --help)",
    );
    expect(expectBadInput((await finmodel("runway", "1", "1", "--burn-grow", "2%")), "--burn-grow:")).toContain("did you mean --burn-growth?");
    // Nothing near: no guess.
    expect(expectBadInput((await finmodel("cagr", "1", "2", "5", "--zzzzzz")), "--zzzzzz:")).toBe("finmodel: --zzzzzz: unknown option (see finmodel cagr --help)");
  });

  it("refuses a locale this Node.js has no data for, and takes one it has", async () => {
    expectBadInput((await finmodel("parse", "1", "--locale", "xx-YY")), "--locale:");
    expect((await finmodel("parse", "1", "--locale", "zh-CN")).code).toBe(0);
  });
});

describe("amounts the shell expanded", () => {
  // Unquoted in bash or zsh, US$10.7B is US + $1 (empty) + 0.7B, and HK$930 is HK + $9 + 30.
  it.each([
    ["cagr", ["US0.7B", "US$206.5B", "5"], "<from>:"],
    ["cagr", ["US$10.7B", "US06.5B", "5"], "<to>:"],
    ["runway", ["USbash.05B", "US$27.9M"], "<cash>:"],
    ["implied", ["shares", "--price", "HK30", "--revenue", "US$700M", "--multiple", "54x"], "--price:"],
    ["parse", ["USB"], "<text>:"],
  ])("%s %j says the shell may have expanded the $", async (command, args, argument) => {
    const line = expectBadInput((await finmodel(command, ...args)), argument);
    expect(line).toContain("the shell may have expanded the $");
    expect(line).toContain("'US$10.7B'");
  });

  it("gives no such hint for other unreadable text", async () => {
    expect(expectBadInput((await finmodel("cagr", "abc", "1", "5")), "<from>:")).not.toContain("shell");
  });
});

describe("library errors name the argument typed and show values as written", () => {
  it.each([
    [["cagr", "1", "2", "0"], "finmodel: <years>: must be positive: CAGR is undefined over a zero or negative number of years, got 0"],
    [["runway", "US$1M", "US$0"], "<monthly-burn>: must be positive"],
    [["runway", "1", "1", "--burn-growth", "-200%"], "--burn-growth: must be greater than −1"],
    [["margin", "US$1", "US$0"], "<revenue>: is zero"],
    [["mix", "APAC=-1", "EMEA=2"], "part APAC: must not be negative, got -1"],
    [["implied", "price", "--revenue", "US$700M", "--multiple", "54x", "--shares", "0"], "--shares: "],
  ])("%j", async (args, expected) => {
    const line = expectBadInput((await finmodel(...args)), expected.replace(/^finmodel: /, "").split(":")[0]!);
    expect(line).toContain(expected.replace(/^finmodel: /, ""));
    expect(line).not.toMatch(INTERNALS);
  });
});

describe("exit codes match the help", () => {
  it("xirr exits 1 when no rate solves the flows, including flows of one sign", async () => {
    for (const flows of ["2020-01-01,100\n2021-01-01,50\n", "2020-01-01,-100\n2021-01-01,-50\n", "2020-01-01,-100\n2021-01-01,50\n2022-01-01,-100\n"]) {
      const r = (await finmodel("xirr", tempFile("one-sign.csv", flows)));
      expect(r.code, flows).toBe(1);
      expect(r.stdout).toMatch(/^no solution: /);
      expect(r.stdout).not.toMatch(INTERNALS);
    }
    expect((await finmodelJson("xirr", tempFile("pos.csv", "2020-01-01,100\n2021-01-01,50\n"))).json).toMatchObject({ rate: null, flows: 2 });
  });

  it("the main help lists the exit codes the commands use", async () => {
    expect((await finmodel("--help")).stdout).toContain("Exit codes: 0 done, 1 an inconsistent claim or no solution, 2 bad input, 3 a bug in finmodel.");
  });
});

describe("claims-file errors", () => {
  const file = (claim: Record<string, unknown>) =>
    JSON.stringify({ figures: { a: { text: "12.2%" }, b: { text: "25.4%" } }, claims: [{ id: "first", statement: "s", compute: "@a", stated: "12%" }, claim] });

  it("name the claim by its id and list the operations for an unknown one", async () => {
    const path = tempFile("typo.json", file({ id: "grossMarginUp", statement: "s", compute: { operation: "marginChang", args: ["@a", "@b"] }, stated: "13.2pp" }));
    const line = expectBadInput((await finmodel("check", path)), "");
    expect(line).toContain('claim "grossMarginUp", compute.operation: unknown operation "marginChang"; did you mean marginChange?');
    expect(line).toMatch(/\(the operations: cagr, .*marginChange.*\)$/);
  });

  it("name the claim for a reference to nothing", async () => {
    const path = tempFile("ref.json", file({ id: "second", statement: "s", compute: "@zz", stated: "1%" }));
    expect(expectBadInput((await finmodel("check", path)), "")).toContain('claim "second", compute: "@zz" names no figure');
  });
});
