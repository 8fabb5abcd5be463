// dist/hook.cjs, what hooks/hooks.json runs: `node dist/hook.cjs EVENT`. CommonJS starts a few ms
// sooner than ESM, and this file holds only what a call the warm helper answers needs (read
// stdin, ask the helper, print). Anything else is answered by dist/hook-core.mjs in-process,
// exactly as dist/hook.mjs would answer it; if even that cannot load, the event fails closed.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { answerViaHelper } from './helper/client.js';
import { emit, failClosed, helperWorthy, readStdin } from './stdio.js';

async function main(event: string): Promise<number> {
  let text: string;
  try {
    text = await readStdin();
  } catch (error) {
    return emit(failClosed(event, (error as Error).message));
  }
  // The helper is keyed to and started from the ESM bundle next to this file.
  if (helperWorthy(event, text)) {
    const answer = await answerViaHelper(join(__dirname, 'hook.mjs'), event, text, process.env);
    if (answer) return emit(answer);
  }
  try {
    const core = (await import(pathToFileURL(join(__dirname, 'hook-core.mjs')).href)) as typeof import('./run.js');
    return emit(await core.answerEvent(event, text, process.env));
  } catch (error) {
    return emit(failClosed(event, `could not load the hook: ${(error as Error).message}`));
  }
}

const event = process.argv[2] ?? '';
main(event).then(
  (code) => process.exit(code),
  (error: unknown) => process.exit(emit(failClosed(event, String(error)))),
);
