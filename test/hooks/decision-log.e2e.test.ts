// The hooks' decision log stays bounded: past its size limit, the next logged decision moves the
// log to decisions.jsonl.1 and starts a fresh one (docs/retention.md).
import { appendFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { logDecision } from '../../src/hooks/decision-log.js';
import { tempDir } from '../helpers/tmp.js';
import { cliBundle, runNode } from './support/hook-process.js';

const entry = {
  time: '2026-11-25T00:00:00.000Z',
  session: 's',
  tool: 'Bash',
  command: 'terraform apply',
  decision: 'deny' as const,
  rules: ['approval-gate'],
  reason: 'no grant',
};

describe('decision log', () => {
  it('rotates once it is over 5 MB, keeping the old lines in decisions.jsonl.1', () => {
    const home = tempDir('execguard-declog-');
    const log = join(home, 'decisions.jsonl');
    writeFileSync(log, `${'x'.repeat(200)}\n`.repeat(27_000)); // ~5.4 MB
    const before = statSync(log).size;
    expect(logDecision(entry, { EXECGUARD_HOME: home })).toBeUndefined();
    expect(statSync(`${log}.1`).size).toBe(before);
    expect(
      readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).command),
    ).toEqual(['terraform apply']);
  });

  it('appends in place while it is small', () => {
    const home = tempDir('execguard-declog-');
    const log = join(home, 'decisions.jsonl');
    logDecision(entry, { EXECGUARD_HOME: home });
    logDecision(entry, { EXECGUARD_HOME: home });
    expect(readFileSync(log, 'utf8').trim().split('\n')).toHaveLength(2);
    expect(existsSync(`${log}.1`)).toBe(false);
  });

  it('a line cut mid-way swallows no later decision: `execguard log` shows both denials after it and counts the torn line', async () => {
    const home = tempDir('execguard-declog-');
    const log = join(home, 'decisions.jsonl');
    logDecision({ ...entry, command: 'before' }, { EXECGUARD_HOME: home });
    // A writer that died mid-line: half a JSON object, no newline.
    appendFileSync(log, JSON.stringify({ ...entry, command: 'torn' }).slice(0, 40));
    logDecision({ ...entry, command: 'first after' }, { EXECGUARD_HOME: home });
    logDecision({ ...entry, command: 'second after' }, { EXECGUARD_HOME: home });
    const run = await runNode(cliBundle, ['log', '--json'], { env: { EXECGUARD_HOME: home } });
    expect(run.code).toBe(0);
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).command),
    ).toEqual(['before', 'first after', 'second after']);
    expect(run.stderr.match(/not a JSON line, skipped/g)).toHaveLength(1);
  });
});
