// dist/hook.cjs, what hooks/hooks.json runs: `node dist/hook.cjs EVENT`. CommonJS starts a few ms
// sooner than ESM, and this file holds only what a call the warm helper answers needs (read
// stdin, ask the helper and verify its proof, print). Anything else is answered by
// dist/hook-core.mjs in-process, exactly as dist/hook.mjs would answer it; if even that cannot
// load, the event fails closed. Every fallback is recorded in decisions.jsonl.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { logFallback } from './decision-log.js';
import { answerViaHelper } from './helper/client.js';
import { emit, failClosedLogged, helperWorthy, readStdin } from './stdio.js';

async function main(event: string): Promise<number> {
  let text: string;
  try {
    text = await readStdin();
  } catch (error) {
    return emit(failClosedLogged(event, '', (error as Error).message, process.env));
  }
  // The helper is keyed to and started from the ESM bundle next to this file.
  let logError: string | undefined;
  if (helperWorthy(event, text)) {
    const result = await answerViaHelper(join(__dirname, 'hook.mjs'), event, text, process.env);
    if ('answer' in result) return emit(result.answer);
    if (result.miss.log)
      logError = logFallback(event, text, result.miss.rule, `execguard: answered in-process: ${result.miss.reason}`, process.env);
  }
  try {
    const core = (await import(pathToFileURL(join(__dirname, 'hook-core.mjs')).href)) as typeof import('./answer-event.js');
    const answer = await core.answerEvent(event, text, process.env);
    return emit(logError ? { ...answer, stderr: `${answer.stderr ?? ''}${logError}` } : answer);
  } catch (error) {
    return emit(failClosedLogged(event, text, `could not load the hook: ${(error as Error).message}`, process.env));
  }
}

const event = process.argv[2] ?? '';
main(event).then(
  (code) => process.exit(code),
  (error: unknown) => process.exit(emit(failClosedLogged(event, '', String(error), process.env))),
);
