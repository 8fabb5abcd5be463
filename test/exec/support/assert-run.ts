// Reading back what a run left behind: its id from the report, its journal, its meta.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { checkStatus } from '../../../src/status/parse.js';
import type { Workspace } from '../../support/workspace.js';

export { runIdOf } from '../../support/cli.js';

export function journalOf(ws: Workspace, runId: string): Record<string, any>[] {
  return readFileSync(join(ws.home, 'runs', runId, 'journal.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
}

export function metaOf(ws: Workspace, runId: string): Record<string, any> {
  return JSON.parse(readFileSync(join(ws.home, 'runs', runId, 'meta.json'), 'utf8'));
}

/** The report ends in a valid AGENT_STATUS block with this status; returns its pending steps. */
export function expectStatus(report: string, planStatus: 'COMPLETE' | 'BLOCKED'): string[] {
  const check = checkStatus(report, { required: true });
  expect(check.errors).toEqual([]);
  expect(check.valid).toBe(true);
  expect(check.status?.planStatus).toBe(planStatus);
  return check.status?.pendingSteps ?? [];
}

/** Every step that started also ended, and the run ended with this status. */
export function expectJournalClosed(journal: Record<string, any>[], status: 'COMPLETE' | 'BLOCKED'): void {
  const started = journal.filter((e) => e.type === 'step-start').map((e) => e.seq);
  const ended = journal.filter((e) => e.type === 'step-end').map((e) => e.seq);
  expect(ended).toEqual(expect.arrayContaining(started));
  expect(journal[0]).toMatchObject({ type: 'run-start' });
  expect(journal.at(-1)).toMatchObject({ type: 'run-end', status });
}

export const errorTypeOf = (report: string) => report.match(/\*\*Error type:\*\* (\w+)/)?.[1];
