// Process entry for dist/cli.mjs: run, then exit with the command's code.
import { main } from './main.js';

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`execguard: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
