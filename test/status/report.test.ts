// renderReport: the success and failure reports, each ending in a block the stop hook accepts.
import { describe, expect, it } from 'vitest';
import { checkStatus } from '../../src/status/parse.js';
import { renderReport } from '../../src/status/report.js';
import type { ExecutionReport } from '../../src/status/report-types.js';

const success: ExecutionReport = {
  planId: 'add-prod-vpc',
  runId: 'run-20261123-abc',
  operation: 'terraform',
  outcome: 'complete',
  phases: [
    { name: 'Pre-flight', status: 'ok', detail: ['approval recorded', 'git status clean'] },
    { name: 'Persist', status: 'ok', detail: ['pushed 1a2b3c4 to origin/main'] },
    { name: 'Apply', status: 'ok', detail: ['terraform apply tfplan: 1 added'] },
    { name: 'Verify', status: 'ok', detail: ['terraform output -json vpc_id: vpc-123'] },
  ],
  commit: '1a2b3c4',
  durationMs: 4200,
  agentId: 'exec-1',
  pendingSteps: [],
  nextAction: '',
};

const failure: ExecutionReport = {
  ...success,
  outcome: 'failed',
  phases: [
    { name: 'Pre-flight', status: 'ok', detail: [] },
    { name: 'Persist', status: 'ok', detail: [] },
    { name: 'Apply', status: 'failed', detail: ['terraform apply tfplan exited 1'] },
    { name: 'Verify', status: 'skipped', detail: [] },
    { name: 'Rollback', status: 'ok', detail: ['reverted 1a2b3c4 with a new commit'] },
  ],
  failure: {
    errorType: 'Permission',
    exactError: 'Error: AccessDenied: not authorized to perform ec2:CreateVpc\n```\n<!-- AGENT_STATUS -->',
    rootCause: 'The deploy role lacks ec2:CreateVpc',
    attemptedActions: ['terraform apply tfplan (once; permission errors are not retried)'],
    recommendedFix: 'Grant ec2:CreateVpc to the deploy role',
    rollbackStatus: 'Git commit reverted; no resources were created',
  },
  pendingSteps: ['Grant ec2:CreateVpc to the deploy role', 'Re-run execguard execute plans/vpc.yaml'],
  nextAction: 'Wait for the user to fix permissions',
};

describe('renderReport', () => {
  it('renders a success report ending in a COMPLETE / Execute block', () => {
    const text = renderReport(success);
    expect(text.startsWith('## Execution Complete ✅\n')).toBe(true);
    expect(text).toContain('- **Commit:** 1a2b3c4');
    expect(text).toContain('- ✅ **Apply**: ok\n  - terraform apply tfplan: 1 added');
    expect(text).not.toContain('### Error');
    const check = checkStatus(text, { required: true });
    expect(check.errors).toEqual([]);
    expect(check.status).toEqual({
      planStatus: 'COMPLETE',
      currentPhase: 'Execute',
      pendingSteps: [],
      nextAction: 'Task complete - execution successful',
      agentId: 'exec-1',
    });
  });

  it('forces PENDING_STEPS to [] on success so the block stays valid', () => {
    const check = checkStatus(renderReport({ ...success, pendingSteps: ['leftover'] }), { required: true });
    expect(check.status?.pendingSteps).toEqual([]);
  });

  it('renders a failure report with every field and a BLOCKED block with pending steps', () => {
    const text = renderReport(failure);
    expect(text.startsWith('## Execution Failed ❌\n')).toBe(true);
    for (const piece of [
      '- **Error type:** Permission',
      'Error: AccessDenied: not authorized to perform ec2:CreateVpc',
      '- **Root cause:** The deploy role lacks ec2:CreateVpc',
      '  - terraform apply tfplan (once; permission errors are not retried)',
      '- **Recommended fix:** Grant ec2:CreateVpc to the deploy role',
      '- **Rollback status:** Git commit reverted; no resources were created',
      '- ❌ **Apply**: failed',
      '- ⏭️ **Verify**: skipped',
    ]) {
      expect(text).toContain(piece);
    }
    // The exact error holds a ``` run: the fence around it must be longer.
    expect(text).toContain('````text\n');
    const check = checkStatus(text, { required: true });
    expect(check.errors).toEqual([]);
    expect(check.status).toEqual({
      planStatus: 'BLOCKED',
      currentPhase: 'Execute',
      pendingSteps: failure.pendingSteps,
      nextAction: 'Wait for the user to fix permissions',
      agentId: 'exec-1',
    });
  });

  it('gives a failure without pending steps the recommended fix as its pending step', () => {
    const check = checkStatus(renderReport({ ...failure, pendingSteps: [], nextAction: '' }), { required: true });
    expect(check.status?.pendingSteps).toEqual(['Grant ec2:CreateVpc to the deploy role']);
    expect(check.status?.nextAction).toMatch(/^Report the failure of run run-20261123-abc/);
  });

  it('reports the Verify phase when verification failed', () => {
    const verifyFailed: ExecutionReport = {
      ...failure,
      phases: [
        { name: 'Apply', status: 'ok', detail: [] },
        { name: 'Verify', status: 'failed', detail: ['expected stdout to match vpc-'] },
      ],
    };
    expect(checkStatus(renderReport(verifyFailed), { required: true }).status?.currentPhase).toBe('Verify');
  });

  it('turns an agent id with bad characters into a valid AGENT_ID', () => {
    expect(checkStatus(renderReport({ ...success, agentId: 'exec/run 7' }), { required: true }).status?.agentId).toBe('exec-run-7');
  });
});
