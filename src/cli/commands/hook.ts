// `execguard hook EVENT`: answers a Claude Code hook event exactly as dist/hook.mjs does (same
// runner, same fail-closed answers), reading the hook JSON from stdin.
import { answerEvent } from '../../hooks/answer-event.js';
import { EVENTS } from '../../hooks/hook-protocol.js';
import { UsageError, type Io } from '../io.js';

const USAGE = `Usage: execguard hook EVENT < hook-input.json\n\nEVENT: ${EVENTS.join(' | ')}\n`;

export async function run(argv: string[], io: Io): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  if (argv.length !== 1) throw new UsageError(`expected exactly one EVENT (${EVENTS.join(', ')})`);
  const answer = await answerEvent(argv[0], await io.readStdin(), io.env);
  if (answer.stderr) io.stderr(answer.stderr);
  if (answer.json) io.stdout(`${JSON.stringify(answer.json)}\n`);
  return answer.exitCode;
}
