// Runs a test command and the type check (`npm run typecheck`) side by side, since neither
// needs the other's result: on two cores, the cold type check of a fresh clone (about 9 s)
// then overlaps the test run instead of following it. The type check's output is printed
// after the command's, so the two never interleave. Exits non-zero if either fails.
//   node scripts/with-typecheck.mjs vitest run --project unit
import { spawn } from "node:child_process";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: node scripts/with-typecheck.mjs <command> [args...]");
  process.exit(2);
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
let typecheckOutput = "";
const typecheck = spawn(npm, ["run", "--silent", "typecheck"], { stdio: ["ignore", "pipe", "pipe"] });
typecheck.stdout.on("data", (chunk) => (typecheckOutput += chunk));
typecheck.stderr.on("data", (chunk) => (typecheckOutput += chunk));
const typecheckDone = new Promise((resolve) => typecheck.on("close", (code) => resolve(code ?? 1)));

// npx resolves the command from node_modules/.bin, as npm run would.
const test = spawn(process.platform === "win32" ? "npx.cmd" : "npx", [command, ...args], { stdio: "inherit" });
const testDone = new Promise((resolve) => test.on("close", (code) => resolve(code ?? 1)));

const [testCode, typecheckCode] = await Promise.all([testDone, typecheckDone]);
if (typecheckOutput.trim()) process.stdout.write(`\n${typecheckOutput}`);
console.log(typecheckCode === 0 ? "\ntypecheck: no errors" : `\ntypecheck failed (exit ${typecheckCode})`);
process.exit(testCode !== 0 ? testCode : typecheckCode);
