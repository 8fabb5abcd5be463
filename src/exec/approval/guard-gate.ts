// Defence in depth: every command the runner executes is first judged by the same decision the
// hooks use (decide()), with the run's approval as the grant. Only an allow runs: a deny refuses
// the step, and so does an ask, whether or not the run holds an approval (issue 18 §2). An ask is
// the guard saying the command is outside what the grant covers (or that it cannot read it), and
// the approval is for what was shown, not for whatever else the run comes to. The guard is told
// truthfully whether this run was started from an agent session. Loaded lazily: tree-sitter is
// only paid for when a run starts.
import { resolve } from 'node:path';
import type { ApprovalScope } from '../../approval/types.js';
import type { Policy } from '../../guard/policy.js';

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
  const [{ decide }, { decisionInput }, { stateHome, statePaths }] = await Promise.all([
    import('../../guard/decide.js'),
    import('../../state/decision-input.js'),
    import('../../state/home.js'),
  ]);
  const cwd = where.cwd ?? process.cwd();
  const env = where.env ?? process.env;
  // The runner writes its own run folder (saved plans, logs); everything else of execguard stays protected.
  const writable = [statePaths(resolve(cwd, stateHome(env))).runs];
  const grant = approval ? { id: where.grantId ?? 'run-approval', scope: approval } : null;
  return async (command) => {
    const decision = await decide(decisionInput({ command, cwd, env, policy, grant, writable }));
    const rules = decision.rules.map((r) => r.id);
    if (decision.decision === 'deny') return { allowed: false, reason: decision.reason, rules };
    if (decision.decision === 'ask')
      return {
        allowed: false,
        reason: `${decision.reason || 'the guard asks for an approval'} (the run's approval covers what was shown; this command is outside it)`,
        rules,
      };
    return { allowed: true, reason: '', rules, ...(decision.tier === 'T0' || decision.tier === 'T2' ? { changesNothing: true } : {}) };
  };
}

/** How a command is shown to the user and to the guard: POSIX-quoted argv. */
export function displayCommand(argv: string[]): string {
  return argv.map((a) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
