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

/** The exit code of a child process; 1 if it could not be started or was killed. */
function settled(child, name) {
  return new Promise((resolve) => {
    child.on("error", (e) => {
      console.error(`${name} could not be started: ${e.message}`);
      resolve(1);
    });
    child.on("close", (code) => resolve(code ?? 1));
  });
}

// On Windows npm and npx are .cmd scripts, which Node starts only through a shell.
const shell = process.platform === "win32";
let typecheckOutput = "";
const typecheck = spawn("npm", ["run", "--silent", "typecheck"], { stdio: ["ignore", "pipe", "pipe"], shell });
typecheck.stdout.on("data", (chunk) => (typecheckOutput += chunk));
typecheck.stderr.on("data", (chunk) => (typecheckOutput += chunk));
const typecheckDone = settled(typecheck, "npm run typecheck");

// npx resolves the command from node_modules/.bin, as npm run would.
const test = spawn("npx", [command, ...args], { stdio: "inherit", shell });
const testDone = settled(test, command);

const [testCode, typecheckCode] = await Promise.all([testDone, typecheckDone]);
if (typecheckOutput.trim()) process.stdout.write(`\n${typecheckOutput}`);
console.log(typecheckCode === 0 ? "\ntypecheck: no errors" : `\ntypecheck failed (exit ${typecheckCode})`);
process.exit(testCode !== 0 ? testCode : typecheckCode);
