// `execguard status validate [--previous STATUS] [--json] [FILE|-]`: exit 0 valid, 1 invalid, 2 when
// there is nothing to judge (a file it cannot read, a usage error): a script can tell the two apart.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, UsageError, type Io } from '../io.js';
import { checkStatus, formatStatusError, type StatusCheck } from '../../status/parse.js';
import { PLAN_STATUSES, isPlanStatus, type PlanStatus } from '../../status/schema.js';

const USAGE = `Usage: execguard status validate [--previous STATUS] [--json] [FILE|-]

Checks the AGENT_STATUS block at the end of FILE (or stdin). A message without a block is invalid.
--previous STATUS   the status reported before (a name such as PENDING_APPROVAL, or a file
                    holding a block); the new status must be a legal move from it.
Exit 0 valid, 1 invalid, 2 usage error or a file that cannot be read.
`;

function readInput(path: string | undefined, io: Io): Promise<string> {
  if (path === undefined || path === '-') return io.readStdin();
  const full = resolve(io.cwd, path);
  try {
    return Promise.resolve(readFileSync(full, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function readPrevious(value: string, io: Io): PlanStatus {
  if (isPlanStatus(value)) return value;
  const full = resolve(io.cwd, value);
  if (!existsSync(full)) {
    throw new UsageError(`--previous: '${value}' is neither a status (${PLAN_STATUSES.join(', ')}) nor a file`);
  }
  const check = checkStatus(readFileSync(full, 'utf8'), { required: true });
  if (!check.status) {
    const first = check.errors[0];
    throw new UsageError(
      `--previous: ${value}:${first ? `${first.line}: ${first.key}: ${first.message}` : ' no valid AGENT_STATUS block'}`,
    );
  }
  return check.status.planStatus;
}

/** Exit code when there is no block to judge: distinct from 1, "the block is invalid". */
const NOTHING_TO_JUDGE = 2;

export async function run(argv: string[], io: Io): Promise<number> {
  try {
    return await validate(argv, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`execguard status: ${error.message}\n`);
    return NOTHING_TO_JUDGE;
  }
}

async function validate(argv: string[], io: Io): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { valued: ['previous'], boolean: ['json'] });
  if (flags.help) {
    io.stdout(USAGE);
    return 0;
  }
  const [action, file, ...extra] = positionals;
  if (action !== 'validate') throw new UsageError(action ? `unknown action '${action}'\n${USAGE}` : `missing action\n${USAGE}`);
  if (extra.length) throw new UsageError(`unexpected argument '${extra[0]}'`);
  const previous = typeof flags.previous === 'string' ? readPrevious(flags.previous, io) : undefined;
  const text = await readInput(file, io);
  const check: StatusCheck = checkStatus(text, { required: true, previous });
  const source = file && file !== '-' ? file : '<stdin>';
  if (flags.json) {
    io.stdout(
      `${JSON.stringify({ valid: check.valid, file: source, previous: previous ?? null, status: check.status ?? null, errors: check.errors })}\n`,
    );
  } else if (check.valid && check.status) {
    const s = check.status;
    io.stdout(
      `${source}: valid AGENT_STATUS: ${s.planStatus} / ${s.currentPhase}, ${s.pendingSteps.length} pending step(s), agent ${s.agentId}\n`,
    );
  } else {
    for (const e of check.errors) io.stdout(`${source}:${formatStatusError(e).replace(/^line /, '')}\n`);
    io.stdout(`${check.errors.length} problem(s) in the AGENT_STATUS block\n`);
  }
  return check.valid ? 0 : 1;
}
