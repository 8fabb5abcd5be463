import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  PLAN_STATUSES,
  checkStatus,
  formatStatusError,
  isPlanStatus
} from "./chunk-FP4XGDEA.mjs";
import {
  UsageError,
  parseArgs
} from "./chunk-2AH2R7BX.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/cli/commands/status.ts
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
var USAGE = `Usage: execguard status validate [--previous STATUS] [--json] [FILE|-]

Checks the AGENT_STATUS block at the end of FILE (or stdin). A message without a block is invalid.
--previous STATUS   the status reported before (a name such as PENDING_APPROVAL, or a file
                    holding a block); the new status must be a legal move from it.
Exit 0 valid, 1 invalid, 2 usage error or a file that cannot be read.
`;
function readInput(path, io) {
  if (path === void 0 || path === "-") return io.readStdin();
  const full = resolve(io.cwd, path);
  try {
    return Promise.resolve(readFileSync(full, "utf8"));
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${error.code ?? error.message}`);
  }
}
function readPrevious(value, io) {
  if (isPlanStatus(value)) return value;
  const full = resolve(io.cwd, value);
  if (!existsSync(full)) {
    throw new UsageError(`--previous: '${value}' is neither a status (${PLAN_STATUSES.join(", ")}) nor a file`);
  }
  const check = checkStatus(readFileSync(full, "utf8"), { required: true });
  if (!check.status) {
    const first = check.errors[0];
    throw new UsageError(
      `--previous: ${value}:${first ? `${first.line}: ${first.key}: ${first.message}` : " no valid AGENT_STATUS block"}`
    );
  }
  return check.status.planStatus;
}
var NOTHING_TO_JUDGE = 2;
async function run(argv, io) {
  try {
    return await validate(argv, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`execguard status: ${error.message}
`);
    return NOTHING_TO_JUDGE;
  }
}
async function validate(argv, io) {
  const { flags, positionals } = parseArgs(argv, { valued: ["previous"], boolean: ["json"] });
  if (flags.help) {
    io.stdout(USAGE);
    return 0;
  }
  const [action, file, ...extra] = positionals;
  if (action !== "validate") throw new UsageError(action ? `unknown action '${action}'
${USAGE}` : `missing action
${USAGE}`);
  if (extra.length) throw new UsageError(`unexpected argument '${extra[0]}'`);
  const previous = typeof flags.previous === "string" ? readPrevious(flags.previous, io) : void 0;
  const text = await readInput(file, io);
  const check = checkStatus(text, { required: true, previous });
  const source = file && file !== "-" ? file : "<stdin>";
  if (flags.json) {
    io.stdout(
      `${JSON.stringify({ valid: check.valid, file: source, previous: previous ?? null, status: check.status ?? null, errors: check.errors })}
`
    );
  } else if (check.valid && check.status) {
    const s = check.status;
    io.stdout(
      `${source}: valid AGENT_STATUS: ${s.planStatus} / ${s.currentPhase}, ${s.pendingSteps.length} pending step(s), agent ${s.agentId}
`
    );
  } else {
    for (const e of check.errors) io.stdout(`${source}:${formatStatusError(e).replace(/^line /, "")}
`);
    io.stdout(`${check.errors.length} problem(s) in the AGENT_STATUS block
`);
  }
  return check.valid ? 0 : 1;
}
export {
  run
};
