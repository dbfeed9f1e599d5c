// The `finmodel` binary (dist/cli.js): runs the command line in cli/main.ts on this
// process's arguments and streams, and sets the exit code.
import { EXIT } from "./errors.js";
import { main } from "./main.js";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`finmodel: internal error: ${String(e)}\n`);
    process.exitCode = EXIT.internal;
  },
);
