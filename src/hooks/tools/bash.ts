// PreToolUse for Bash: the guard. The approval used is always the session's active grant (from
// the user's prompt, or narrowed for a sub-agent), never text found in the command itself.
import { parseApproval } from '../../approval/scope.js';
import { activeGrant, scopeWithin, type GrantRecord } from '../../approval/store.js';
import { evaluate } from '../../guard/evaluate.js';
import type { Policy } from '../../guard/policy.js';
import type { Decision } from '../../guard/types.js';
import { analyze } from '../../shell/analyze.js';
import type { HookAnswer } from '../answer.js';
import type { HookContext } from '../context.js';
import { logDecision } from '../decision-log.js';
import { allow, ask, deny } from '../pre-tool-answer.js';
import { protectedWrite } from '../protected-paths.js';
import { approvalFlags } from './approval-flag.js';

const KUBE_CONTEXT_TIMEOUT_MS = 1_500;

/** `kubectl config current-context`, bounded in time; undefined when it cannot be read. */
async function currentKubeContext(cwd: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  // Loaded on demand: node:child_process would cost every hook call a few ms.
  const { execFile } = await import('node:child_process');
  return new Promise((resolve) => {
    execFile('kubectl', ['config', 'current-context'], { cwd, env, timeout: KUBE_CONTEXT_TIMEOUT_MS }, (error, stdout) => {
      resolve(error ? undefined : stdout.trim() || undefined);
    });
  });
}

const withPrefix = (reason: string) => (reason.startsWith('execguard') ? reason : `execguard: ${reason}`);

/** Checks that need the analysed command on top of the guard's rules: protected files, --approval. */
async function hookOnlyChecks(command: string, ctx: HookContext, policy: Policy, grant: GrantRecord | null): Promise<{ rule: string; reason: string } | null> {
  const analysis = await analyze(command, { aliases: policy.aliases });
  const write = protectedWrite(analysis.commands, ctx);
  if (write) {
    return {
      rule: 'protected-file',
      reason:
        `execguard: this command would change ${write.path}, ${write.what}. An agent may not change ` +
        "execguard's policy, hook registrations, Claude Code settings or execguard state; describe the change and ask the user to make it.",
    };
  }
  for (const flag of approvalFlags(analysis.commands)) {
    const scope = flag.text === undefined ? null : parseApproval(flag.text);
    if (scope && scopeWithin(scope, grant?.scope ?? null)) continue;
    const has = grant ? `the active grant ("${grant.text}")` : 'no active grant (the user has not approved in this session)';
    return {
      rule: 'approval-gate',
      reason:
        `execguard: --approval ${flag.text === undefined ? 'with text that cannot be read statically' : JSON.stringify(flag.text)} asks for more than ${has} covers. ` +
        "Approvals come from the user's prompt, not from the command line: present the plan and end with PLAN_STATUS: PENDING_APPROVAL.",
    };
  }
  return null;
}

export async function guardBash(command: string, ctx: HookContext, policy: Policy, tool = 'Bash'): Promise<HookAnswer> {
  const grant = ctx.sessionId ? activeGrant(ctx.sessionId, new Date(), { env: ctx.env, agentId: ctx.agentId }) : null;
  const kubeContext = policy.readKubeContext && /\b(delete|uninstall)\b/.test(command) ? await currentKubeContext(ctx.cwd, ctx.env) : undefined;
  const decision: Decision = await evaluate(command, {
    approval: grant?.scope ?? null,
    policy,
    ...(grant ? { grantId: grant.id } : {}),
    ...(kubeContext ? { currentKubeContext: kubeContext } : {}),
  });
  let verdict = decision.decision;
  let rules: string[] = decision.rules.map((r) => r.id);
  let reason = decision.reason;
  if (verdict !== 'deny') {
    const extra = await hookOnlyChecks(command, ctx, policy, grant);
    if (extra) [verdict, rules, reason] = ['deny', [extra.rule, ...rules], extra.reason];
  }
  if (verdict === 'allow') return allow(policy.hookAllow);
  reason = withPrefix(reason || `${verdict} (${rules.join(', ')})`);
  const grantId = decision.grantId ?? grant?.id;
  const stderr = logDecision(
    {
      time: new Date().toISOString(),
      session: ctx.sessionId,
      tool,
      command,
      decision: verdict,
      rules,
      reason,
      ...(grantId ? { grantId } : {}),
      ...(ctx.agentId ? { agentId: ctx.agentId } : {}),
    },
    ctx.env,
  );
  const answer = verdict === 'deny' ? deny(reason) : ask(reason);
  return stderr ? { ...answer, stderr } : answer;
}
