// unsandboxed-request: in contained mode the approved executor run is the only way out of Claude
// Code's sandbox (docs/contained.md). A Bash call that asks to run outside it
// (`dangerouslyDisableSandbox`) is denied unless it is exactly `<the trusted executor> execute
// PLAN | resume RUN_ID | rollback RUN_ID`, by the executor's absolute path (a bare `execguard` is
// whatever PATH, a function or an alias makes it), as one plain command (no chain, pipe,
// redirect, assignment, substitution or quoting), with the user's grant active and the plan's
// digest, as `execguard plan` printed it, one the approval is bound to. The executor checks the
// digest again before it applies; this rule keeps everything else inside.
import type { Rule, RuleHit } from '../types.js';

/** What the hook knows about a call that asks to leave the sandbox (DecisionInput.unsandboxed). */
export interface UnsandboxedRequest {
  /** Absolute paths of the executor this session trusts (the plugin's bin/execguard). */
  executors: string[];
  /** Whether the user's grant is active for this caller. */
  granted: boolean;
  /** The plan digests the grant is bound to. */
  approvedDigests: string[];
  /** The digest of what the call would run: the plan file's last `execguard plan`, or the run's; undefined when unknown. */
  digestOf: (subcommand: 'execute' | 'resume' | 'rollback', arg: string) => string | undefined;
}

/** One plain command: a path, a subcommand, one argument of safe characters. Nothing for bash to expand. */
const PLAIN = /^\s*(\/[A-Za-z0-9._/+-]+)\s+(execute|resume|rollback)\s+([A-Za-z0-9._/+-]+)\s*$/;

const deny = (why: string, instead: string): RuleHit[] => [
  {
    id: 'unsandboxed-request',
    decision: 'deny',
    reason: `unsandboxed-request: blocked a request to run outside the sandbox (dangerouslyDisableSandbox): ${why}. In contained mode only an approved execguard run leaves the sandbox; ${instead}`,
  },
];

export const unsandboxedRequest: Rule = (ctx) => {
  const request = ctx.unsandboxed;
  if (!request) return [];
  const exact = request.executors[0] ? `\`${request.executors[0]} execute PLAN.yaml\`` : 'the executor by its absolute path';
  const rerun = 'run it again without dangerouslyDisableSandbox.';
  const match = PLAIN.exec(ctx.raw);
  // PLAIN already leaves bash nothing to expand; the analysis confirms one command as written
  // (what the executor file itself runs is the trusted executor's business, not the agent's).
  const cmd = ctx.analysis.commands[0];
  if (!match || !cmd || cmd.presumedBy || cmd.redirects.length || Object.keys(cmd.assignments).length || cmd.via.length)
    return deny(
      'only one plain executor command may (execute PLAN, resume RUN_ID or rollback RUN_ID, nothing chained, redirected or expanded)',
      `for anything else ${rerun}`,
    );
  const [, program, sub, arg] = match as unknown as [string, string, 'execute' | 'resume' | 'rollback', string];
  if (!request.executors.includes(program))
    return deny(
      `\`${program}\` is not the execguard executor this session trusts`,
      `after the user approves, run ${exact} with dangerouslyDisableSandbox; otherwise ${rerun}`,
    );
  if (!request.granted)
    return deny(
      'there is no active approval from the user',
      'present the plan (execguard plan), end with PLAN_STATUS: PENDING_APPROVAL and wait for the user.',
    );
  if (request.approvedDigests.length === 0)
    return deny(
      'the approval is not bound to a plan digest',
      'present the `execguard plan` output (its Plan digest line) and ask the user to approve that plan.',
    );
  const digest = request.digestOf(sub, arg);
  if (!digest || !request.approvedDigests.includes(digest))
    return deny(
      digest
        ? `${sub} ${arg} would run the plan ${digest.slice(0, 19)}…, not one the user approved`
        : `no \`execguard plan\` digest is recorded for ${arg}`,
      'run `execguard plan` on it (inside the sandbox), present the digest and ask the user to approve it.',
    );
  return [];
};
