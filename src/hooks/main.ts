// dist/hook.mjs: `node dist/hook.mjs EVENT`, hook JSON on stdin, Claude Code's answer on stdout.
// Kept tiny: every event handler is loaded on demand. `node dist/hook.mjs --helper SOCKET` runs
// the warm helper (see helper/client.ts) that answers hook calls without paying start-up again.
import { fileURLToPath } from 'node:url';
import { runHook } from './run.js';

if (process.argv[2] === '--helper') {
  import('./helper/server.js').then(({ serveHelper }) => serveHelper(process.argv[3] ?? ''));
} else {
  runHook(process.argv[2] ?? '', process.env, fileURLToPath(import.meta.url)).then((code) => process.exit(code));
}
