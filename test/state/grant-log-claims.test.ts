// Who a session's grants reach (src/state/grant-store.ts): a session id that names a path stays
// inside the grants folder; a launch recorded as not approving gives the sub-agent that claims it
// nothing, whatever its scope says; pruning twice keeps only what the newest grant needs.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApprovalScope } from '../../src/approval/types.js';
import { activeGrant, claimLaunch, recordGrant, revokeGrants } from '../../src/state/grant-store.js';
import { tempDir } from '../helpers/tmp.js';

const scope = (over: Partial<ApprovalScope> = {}): ApprovalScope => ({
  text: 'User approved. Execute the plan.',
  affirmed: true,
  destroy: false,
  delete: false,
  forcePush: false,
  environments: [],
  ...over,
});

// Injected times, far from the process clock, so the store uses them as given.
const T0 = Date.parse('2026-01-01T10:00:00Z');
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const at = (ms: number) => new Date(T0 + ms);
const store = () => ({ home: tempDir('execguard-grant-claims-') });

describe('a session id that names a path', () => {
  it('a plain-looking id with a path in it is kept inside the grants folder', () => {
    const opts = store();
    recordGrant({ sessionId: 'plain/../../escape', source: 'user-prompt', scope: scope(), approvalMinutes: 30, now: at(0) }, opts);
    expect(existsSync(join(opts.home, 'escape'))).toBe(false);
    expect(readdirSync(join(opts.home, 'grants')).filter((n) => !n.endsWith('.head'))).toEqual([expect.stringMatching(/^h-[0-9a-f]{40}$/)]);
    expect(activeGrant('plain/../../escape', at(MIN), opts)).not.toBeNull();
  });
});

describe('a launch recorded as not approving', () => {
  it('gives nothing, whatever its scope says; beside one that did, neither', () => {
    const opts = store();
    const user = recordGrant(
      { sessionId: 's', source: 'user-prompt', scope: scope({ destroy: true }), approvalMinutes: 30, now: at(0) },
      opts,
    );
    const launch = (min: number, approves: boolean) => {
      const input = {
        sessionId: 's',
        source: 'orchestrator-prompt' as const,
        scope: scope(),
        parentGrantId: user.id,
        now: at(min * MIN),
        launch: { agentType: 'executor' },
      };
      if (approves) recordGrant({ ...input, approvalMinutes: 30, notAfter: user.expiresAt }, opts);
      else revokeGrants(input, opts);
    };
    launch(1, false);
    expect(claimLaunch('s', 'a', 'executor', at(2 * MIN), opts)?.kind).toBe('revoke');
    launch(3, true);
    launch(4, false);
    expect(claimLaunch('s', 'b', 'executor', at(5 * MIN), opts)?.kind).toBe('revoke');
    expect(activeGrant('s', at(6 * MIN), { ...opts, agentId: 'b' })).toBeNull();
  });
});

describe('pruning twice', () => {
  it('what the first pruning left goes too, down to the gap it made', () => {
    const opts = store();
    const approve = (ms: number) =>
      recordGrant({ sessionId: 's', source: 'user-prompt', scope: scope(), approvalMinutes: 30, now: at(ms) }, opts);
    approve(0);
    revokeGrants({ sessionId: 's', source: 'user-prompt', scope: scope({ affirmed: false, text: 'No.' }), now: at(MIN) }, opts);
    approve(2 * DAY);
    const last = approve(4 * DAY);
    expect(readdirSync(join(opts.home, 'grants', 's')).filter((n) => n.endsWith('.json'))).toEqual(['000000000004.json']);
    expect(activeGrant('s', at(4 * DAY + MIN), opts)?.id).toBe(last.id);
  });
});
