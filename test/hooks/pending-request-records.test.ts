// A pending request lists the turn's denials even when the decision log rotated during the turn:
// the lines after the turn's start are then in decisions.jsonl.1, the rest in the new log.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordPendingRequest, turnStartFile } from '../../src/hooks/events/pending-request.js';
import { openPendingRequest } from '../../src/state/grant-store.js';
import { tempDir } from '../helpers/tmp.js';

const line = (command: string, time: string) =>
  `${JSON.stringify({ time, session: 's1', tool: 'Bash', command, decision: 'deny', rules: ['approval-gate'], reason: 'no grant' })}\n`;

const MESSAGE = [
  'Plan: apply infra in dev and prod.',
  '',
  '<!-- AGENT_STATUS -->',
  'PLAN_STATUS: PENDING_APPROVAL',
  'CURRENT_PHASE: Approval',
  'PENDING_STEPS: ["terraform apply"]',
  'NEXT_ACTION: Wait for the user to approve',
  'AGENT_ID: main',
  '<!-- /AGENT_STATUS -->',
].join('\n');

describe('pending request across a log rotation', () => {
  it('finds the denials before the rotation (in .1) and after it', () => {
    const home = tempDir('execguard-pending-rot-');
    const env = { EXECGUARD_HOME: home };
    const log = join(home, 'decisions.jsonl');
    const before = line('terraform -chdir=infra/staging apply', '2026-11-25T09:00:00.000Z'); // an earlier turn
    const rotated = before + line('terraform -chdir=infra/prod apply', '2026-11-25T10:00:01.000Z');
    writeFileSync(`${log}.1`, rotated);
    writeFileSync(log, line('terraform -chdir=infra/dev apply', '2026-11-25T10:00:02.000Z'));
    const turn = turnStartFile(env, 's1');
    mkdirSync(dirname(turn), { recursive: true });
    // The turn began where the log then ended: right after the earlier turn's line.
    writeFileSync(turn, `${JSON.stringify({ time: '2026-11-25T10:00:00.000Z', offset: before.length })}\n`);
    expect(recordPendingRequest({ env, sessionId: 's1', source: 'stop', message: MESSAGE })).toBeUndefined();
    const pending = openPendingRequest('s1', new Date(), { env });
    expect(pending?.commands.map((c) => c.command).sort()).toEqual([
      'terraform -chdir=infra/dev apply',
      'terraform -chdir=infra/prod apply',
    ]);
    expect(pending?.environments.sort()).toEqual(['dev', 'prod']);
  });
});
