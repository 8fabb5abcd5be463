// `execguard plan`: pre-flight and dry run, then the approval summary (what changes, what gets
// committed, risk, rollback path) and the digest an approval binds to. Saved in the run folder.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { stateHome } from '../../state/home.js';
import { type DigestExtras, hashInputs, planDigest, planInputFiles } from './digest.js';
import { GitSide } from '../run/git.js';
import { kindOf, loadOperation } from '../kinds/index.js';
import { exactErrorOf } from '../run/outcome.js';
import { loadPlan } from './plan-file.js';
import { sectionOf } from './plan-section.js';
import { preflightProbes } from './preflight-probes.js';
import { errorClassOf } from '../run/retry.js';
import { RunSetup, type RunSetupOptions } from '../run/run-setup.js';
import { StepError, type DryRunSummary, type ErrorClass, type Plan } from '../types.js';

export interface PlanResult {
  runId: string;
  runDir: string;
  status: 'COMPLETE' | 'BLOCKED';
  planId: string;
  digest?: string;
  summary?: DryRunSummary;
  /** Commits already on the branch, not on the remote: pushed with the plan's own commit. */
  commits?: { hash: string; subject: string }[];
  risk?: 'low' | 'medium' | 'high';
  rollbackPath?: string[];
  preflight: string[];
  error?: { errorType: ErrorClass; message: string; exactError: string };
  text: string;
}

function riskOf(plan: Plan, s: DryRunSummary): 'low' | 'medium' | 'high' {
  const prod = /(^|[^a-z])(prod|production|prd)([^a-z]|$)/i.test(`${plan.workdir} ${JSON.stringify(plan[plan.operation] ?? {})}`);
  if (s.destroy.length || prod) return 'high';
  if (s.update.length) return 'medium';
  return 'low';
}

/** @internal exported for its tests (knip --production) */
export function rollbackPathOf(plan: Plan, s: DryRunSummary): string[] {
  const lines = plan.git ? [`git revert of the plan's commit, pushed to ${plan.git.remote}/${plan.git.branch} (never a force push)`] : [];
  return [...lines, kindOf(plan.operation).rollbackPath(s)];
}

/** Every command the run will run, as the user should see it before approving (issue 18 §2). */
function runCommands(plan: Plan): string[] {
  const at = (cmd: string) => (plan.workdir === '.' ? cmd : `(in ${plan.workdir}) ${cmd}`);
  const out: string[] = [];
  const g = plan.git;
  if (g) {
    out.push(`git add -A -- ${g.files.join(' ')}`, `git commit -m ${JSON.stringify(g.message)} -- ${g.files.join(' ')}`);
    out.push(`git push ${g.remote} HEAD:refs/heads/${g.branch}`);
  }
  out.push(...kindOf(plan.operation).commands(sectionOf(plan), at));
  for (const step of plan.verify) out.push(at(`verify: ${step.run}`));
  return out;
}

function renderSummary(r: PlanResult, plan: Plan): string {
  const list = (items: string[]) => (items.length ? items.map((i) => `  - ${i}`) : ['  - (none)']);
  if (r.status !== 'COMPLETE' || !r.summary) {
    return [
      `## Plan ${plan.id}: pre-flight failed ❌`,
      '',
      `- **Run:** ${r.runId}`,
      `- **Error type:** ${r.error?.errorType}`,
      `- **Error:** ${r.error?.message}`,
      '',
      '```text',
      r.error?.exactError ?? '',
      '```',
      '',
    ].join('\n');
  }
  const s = r.summary;
  return [
    `## Plan ${plan.id} (${plan.operation}) — approval summary`,
    '',
    `- **Run:** ${r.runId}`,
    `- **Workdir:** ${plan.workdir}`,
    '- **Create:**',
    ...list(s.create),
    '- **Change:**',
    ...list(s.update),
    '- **Destroy:**',
    ...list(s.destroy),
    ...(s.notes.length ? ['- **Notes:**', ...list(s.notes)] : []),
    '- **Files to commit:**',
    ...list(plan.git?.files ?? []),
    `- **Commit message:** ${plan.git ? plan.git.message : '(no git section: nothing is committed)'}`,
    ...(plan.git
      ? [
          `- **Commits pushed to ${plan.git.remote}/${plan.git.branch}:** the plan's own commit${r.commits?.length ? `, and these ${r.commits.length} already on the branch:` : ' (no other commit)'}`,
          ...(r.commits ?? []).map((c) => `  - ${c.hash} ${c.subject}`),
        ]
      : []),
    '- **Commands the run will run:**',
    ...list(runCommands(plan)),
    `- **Risk:** ${r.risk}${s.destroy.length ? ' (destroys resources: the approval must explicitly approve destroying)' : ''}`,
    '- **Rollback path:**',
    ...list(r.rollbackPath ?? []),
    '- **Pre-flight:**',
    ...list(r.preflight),
    `- **Plan digest:** ${r.digest}`,
    '',
    'To execute: after the user approves this plan, execguard execute <plan> (inside an agent session the approval comes from the session; outside one, add --approval "<the user\'s approval>")',
    '',
  ].join('\n');
}

export async function planOnly(options: Omit<RunSetupOptions, 'approval'> & { planArg: string; cwd: string }): Promise<PlanResult> {
  options = { ...options, home: options.home ?? stateHome(options.env) };
  const loaded = loadPlan(options.planArg, options.cwd);
  const { plan } = loaded;
  const preflight: string[] = [];
  let setup: RunSetup;
  try {
    setup = new RunSetup('plan', loaded, options);
  } catch (error) {
    const errorType = errorClassOf(error);
    const message = `cannot create the run folder in ${options.home}: ${error instanceof Error ? error.message : String(error)}`;
    const result: PlanResult = {
      runId: 'not-started',
      runDir: '',
      status: 'BLOCKED',
      planId: plan.id,
      preflight,
      error: { errorType, message, exactError: message },
      text: '',
    };
    result.text = renderSummary(result, plan);
    return result;
  }
  let result: PlanResult;
  try {
    await setup.open();
    const op = await loadOperation(plan.operation);
    if (!op) throw new StepError(`no executor for operation '${plan.operation}' in this build`, undefined, 'Validation');
    const git = plan.git ? new GitSide(loaded.repoRoot, setup.steps) : undefined;
    const summary = await setup.phase('Pre-flight', async () => {
      const planFile = relative(loaded.repoRoot, loaded.planPath);
      const { dry, gitDetail, commitDetail } = await preflightProbes({ op, ctx: setup.ctx, plan, ...(git ? { git } : {}), planFile });
      preflight.push(...gitDetail);
      if (commitDetail) preflight.push(commitDetail);
      preflight.push(`${plan.operation} pre-flight passed`, 'dry run passed');
      return { value: dry, detail: preflight };
    });
    const extras: DigestExtras = {
      commits: git?.unpushed ?? [],
      inputs: hashInputs(loaded.repoRoot, planInputFiles(plan), (p) => readFileSync(p)),
    };
    const digest = planDigest(plan, summary, extras);
    setup.updateMeta({ digest, summary });
    result = {
      runId: setup.runId,
      runDir: setup.runDir,
      status: 'COMPLETE',
      planId: plan.id,
      digest,
      summary,
      commits: extras.commits ?? [],
      risk: riskOf(plan, summary),
      rollbackPath: rollbackPathOf(plan, summary),
      preflight,
      text: '',
    };
  } catch (error) {
    const errorType = errorClassOf(error);
    result = {
      runId: setup.runId,
      runDir: setup.runDir,
      status: 'BLOCKED',
      planId: plan.id,
      preflight,
      error: { errorType, message: error instanceof Error ? error.message : String(error), exactError: exactErrorOf(error) },
      text: '',
    };
  }
  result.text = renderSummary(result, plan);
  setup.close(result.status, result.text, result.error?.errorType);
  return result;
}
