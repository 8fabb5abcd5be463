// The markdown report an execution ends with: what ran, what failed and why, and a valid
// AGENT_STATUS block as its last lines (COMPLETE on success, BLOCKED with pending steps on failure).
import type { ExecutionReport } from './report-types.js';
import { oneLine, renderStatus, toAgentId } from './render.js';

const PHASE_MARK = { ok: '✅', failed: '❌', skipped: '⏭️' } as const;

/** Report text must never contain something the status parser would read as a sentinel. */
const defuse = (text: string) => text.replace(/<!--(\s*\/?\s*agent[\s_-]*status)/gi, '<!- -$1');

function fenced(text: string): string[] {
  const body = defuse(text.replace(/\s+$/, '')) || '(no output)';
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}text`, body, fence];
}

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function phaseLines(report: ExecutionReport): string[] {
  if (report.phases.length === 0) return ['- (no phase ran)'];
  return report.phases.flatMap((phase) => [
    `- ${PHASE_MARK[phase.status]} **${phase.name}**: ${phase.status}`,
    ...phase.detail.map((d) => `  - ${defuse(oneLine(d))}`),
  ]);
}

function failureLines(report: ExecutionReport): string[] {
  const f = report.failure;
  if (!f) {
    return ['### Error', '', '- **Error type:** unknown (the run failed without a classified error)', ''];
  }
  return [
    '### Error',
    '',
    `- **Error type:** ${f.errorType}`,
    '- **Exact error:**',
    '',
    ...fenced(f.exactError),
    '',
    `- **Root cause:** ${defuse(oneLine(f.rootCause)) || 'unknown'}`,
    '- **Attempted actions:**',
    ...(f.attemptedActions.length ? f.attemptedActions.map((a) => `  - ${defuse(oneLine(a))}`) : ['  - none']),
    `- **Recommended fix:** ${defuse(oneLine(f.recommendedFix)) || 'investigate the exact error above'}`,
    `- **Rollback status:** ${defuse(oneLine(f.rollbackStatus)) || 'not attempted'}`,
    '',
  ];
}

function statusBlock(report: ExecutionReport): string {
  const agentId = toAgentId(report.agentId, toAgentId(report.runId));
  if (report.outcome === 'complete') {
    return renderStatus({
      planStatus: 'COMPLETE',
      currentPhase: 'Execute',
      pendingSteps: [],
      nextAction: oneLine(report.nextAction) || 'Task complete - execution successful',
      agentId,
    });
  }
  const failedPhase = report.phases.find((p) => p.status === 'failed')?.name;
  const steps = report.pendingSteps.map(oneLine).filter(Boolean);
  const fix = report.failure ? oneLine(report.failure.recommendedFix) : '';
  if (steps.length === 0) steps.push(fix || `Resolve the failure of plan ${report.planId} and re-run execguard execute`);
  return renderStatus({
    planStatus: 'BLOCKED',
    currentPhase: failedPhase === 'Verify' ? 'Verify' : 'Execute',
    pendingSteps: steps,
    nextAction: oneLine(report.nextAction) || `Report the failure of run ${report.runId} to the user and wait for instructions`,
    agentId,
  });
}

export function renderReport(report: ExecutionReport): string {
  const complete = report.outcome === 'complete';
  const lines = [
    complete ? '## Execution Complete ✅' : '## Execution Failed ❌',
    '',
    `- **Plan:** ${defuse(oneLine(report.planId))} (${report.operation})`,
    `- **Run:** ${report.runId}`,
    ...(report.commit ? [`- **Commit:** ${report.commit}`] : []),
    `- **Duration:** ${seconds(report.durationMs)}`,
    '',
    '### Phases',
    '',
    ...phaseLines(report),
    '',
    ...(complete ? [] : failureLines(report)),
    statusBlock(report),
  ];
  return `${lines.join('\n')}\n`;
}
