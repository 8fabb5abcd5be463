// The rule engine under decide() (decide.ts gathers the inputs every caller passes): one bash
// command in, one decision out. src/shell produces the picture of what bash would run (argv as
// each tool reads it, its environment, what could not be read); every rule in the registry judges
// that picture, and only the secret rule reads the raw text. The most severe decision wins and the
// reason is that of the first rule that fired in RULE_ORDER. Never throws: an internal error is a
// deny. Static imports stay light: the PreToolUse hook calls this on every command.
import type { ApprovalScope } from '../approval/types.js';
import { analyze } from '../shell/analyze.js';
import type { Analysis } from '../shell/types.js';
import { DEFAULT_POLICY, type Policy } from './policy.js';
import { RULES } from './rules/index.js';
import { maxTier, tierOf } from './tiers.js';
import { RULE_ORDER, type Decision, type GuardContext, type RuleHit, type Tier, type Verdict } from './types.js';

export interface EvaluateOptions {
  /** The approval in force; null or undefined: none (T3 is denied by the gate). */
  approval?: ApprovalScope | null;
  policy?: Policy;
  /** The id of the grant the approval came from, reported back when a decision relied on it. */
  grantId?: string;
  /** The current kube context, when the caller could read it (policy.readKubeContext). */
  currentKubeContext?: string;
  /** decide() adds its context here, computed from the analysis (e.g. the kube context, read only when needed). */
  extend?: (analysis: Analysis) => Promise<Partial<GuardContext>>;
}

const SEVERITY: Record<Verdict, number> = { allow: 0, ask: 1, deny: 2 };

function combine(hits: RuleHit[], tier: Tier, grantUsed: string | undefined): Decision {
  const order = (id: RuleHit['id']) => RULE_ORDER.indexOf(id);
  const sorted = [...hits].sort((a, b) => order(a.id) - order(b.id));
  let decision: Verdict = 'allow';
  for (const h of sorted) if (SEVERITY[h.decision] > SEVERITY[decision]) decision = h.decision;
  const rules: Decision['rules'] = [];
  for (const h of sorted) if (!rules.some((r) => r.id === h.id)) rules.push({ id: h.id, reason: h.reason });
  const first = sorted.find((h) => h.decision === decision);
  const result: Decision = { decision, tier, rules, reason: first?.reason ?? '' };
  if (grantUsed) result.grantId = grantUsed;
  return result;
}

/**
 * A hit on a command presumed from another program's arguments says so (docs/guard-rules.md, "Safe by
 * elimination"): `RULE: presumed: PROGRAM may run it. …`.
 */
function presumedIn(hits: RuleHit[], analysis: Analysis): void {
  const presumed = analysis.commands.filter((c) => c.presumedBy !== undefined && c.text.trim() !== '');
  if (presumed.length === 0) return;
  for (const hit of hits) {
    const cmd = presumed.find((c) => hit.reason.includes(c.text.slice(0, 200)));
    if (!cmd) continue;
    const prefix = `${hit.id}: `;
    const note = `presumed: ${cmd.presumedBy} may run it (\`${cmd.text.slice(0, 120)}\` is in its arguments, and the guard cannot tell that it treats it as data). `;
    hit.reason = hit.reason.startsWith(prefix) ? prefix + note + hit.reason.slice(prefix.length) : note + hit.reason;
  }
}

export async function evaluate(raw: string, options: EvaluateOptions = {}): Promise<Decision> {
  try {
    const text = typeof raw === 'string' ? raw : String(raw);
    const policy = options.policy ?? DEFAULT_POLICY;
    const approval = options.approval ?? null;
    const analysis = await analyze(text, { aliases: policy.aliases });
    const ctx: GuardContext = {
      raw: text,
      analysis,
      approval,
      policy,
      currentKubeContext: options.currentKubeContext,
      ...(await options.extend?.(analysis)),
    };
    const hits: RuleHit[] = [];
    for (const { rule } of RULES) hits.push(...(await rule(ctx)));
    presumedIn(hits, analysis);

    let tier: Tier = 'T0';
    for (const cmd of ctx.analysis.commands) tier = maxTier(tier, tierOf(cmd, policy));
    const grantUsed = options.grantId && approval?.affirmed && tier === 'T3' ? options.grantId : undefined;
    return combine(hits, tier, grantUsed);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      decision: 'deny',
      tier: 'T3',
      rules: [
        {
          id: 'internal-error',
          reason: `internal-error: the guard failed while checking this command (${message}); it is blocked rather than let through unchecked. Retry, or report the error.`,
        },
      ],
      reason: `internal-error: the guard failed while checking this command (${message}); it is blocked rather than let through unchecked. Retry, or report the error.`,
    };
  }
}
