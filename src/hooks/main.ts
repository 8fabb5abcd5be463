// dist/hook.mjs: `node dist/hook.mjs EVENT`, hook JSON on stdin, Claude Code's answer on stdout.
// Kept tiny: every event handler is loaded on demand.
import { runHook } from './run.js';

runHook(process.argv[2] ?? '', process.env).then((code) => process.exit(code));
