// Defence in depth: every command the runner executes is first judged by the same decision the
// hooks use (decide()). A deny refuses the step; so does an ask when the run holds no approval
// (plan runs change nothing, so they never need one). Loaded lazily: tree-sitter is only paid for
// when a run starts. The runner's own commands are not an agent's: --approval rules do not apply.
import type { ApprovalScope } from '../approval/types.js';
import type { Policy } from '../guard/policy.js';

export interface GateVerdict {
  allowed: boolean;
  reason: string;
  rules: string[];
  /** The guard classes the command as reading or simulating (tiers T0, T2): it changes nothing. */
  changesNothing?: boolean;
}

export type Gate = (command: string) => Promise<GateVerdict>;

export interface GateWhere {
  /** The folder the run's commands start in (default: this process's). */
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** The id of the grant the run's approval came from, reported back in decisions. */
  grantId?: string;
}

export async function loadGate(approval: ApprovalScope | null, policy: Policy, where: GateWhere = {}): Promise<Gate> {
  const [{ decide }, { decisionIoFor, protectedPathsFor }, { statePaths }] = await Promise.all([
    import('../guard/decide.js'),
    import('../state/protected-paths.js'),
    import('../state/home.js'),
  ]);
  const cwd = where.cwd ?? process.cwd();
  const env = where.env ?? process.env;
  // The runner writes its own run folder (saved plans, logs); everything else of execguard stays protected.
  const base = protectedPathsFor(env, cwd);
  const protectedPaths = { ...base, writable: [statePaths(base.stateHome).runs] };
  const io = decisionIoFor(env, cwd);
  return async (command) => {
    const grant = approval ? { id: where.grantId ?? 'run-approval', scope: approval } : null;
    const decision = await decide({ command, cwd, grant, policy, protectedPaths, agentSession: false, io });
    const rules = decision.rules.map((r) => r.id);
    if (decision.decision === 'deny') return { allowed: false, reason: decision.reason, rules };
    if (decision.decision === 'ask' && !approval?.affirmed)
      return { allowed: false, reason: decision.reason || 'the guard asks for an approval', rules };
    return { allowed: true, reason: '', rules, ...(decision.tier === 'T0' || decision.tier === 'T2' ? { changesNothing: true } : {}) };
  };
}

/** How a command is shown to the user and to the guard: POSIX-quoted argv. */
export function displayCommand(argv: string[]): string {
  return argv.map((a) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
