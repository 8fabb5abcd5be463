// dist/hook.mjs: `node dist/hook.mjs EVENT`, hook JSON on stdin, Claude Code's answer on stdout.
// Kept tiny: every event handler is loaded on demand. `node dist/hook.mjs --helper SOCKET` runs
// the warm helper (see helper/client.ts) that answers hook calls without paying start-up again.
import { fileURLToPath } from 'node:url';
import { runHook } from './answer-event.js';

if (process.argv[2] === '--helper') {
  // A helper that cannot start only costs speed: the hook that spawned it answers in-process.
  import('./helper/server.js')
    .then(({ serveHelper }) => serveHelper(process.argv[3] ?? ''))
    .catch((error: unknown) => {
      process.stderr.write(`execguard hook helper: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
} else {
  // runHook answers fail-closed on every error it meets; should it still reject, exit 2 blocks.
  runHook(process.argv[2] ?? '', process.env, fileURLToPath(import.meta.url)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`execguard hook: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(2);
    },
  );
}
