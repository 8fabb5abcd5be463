// The grant store, in-process (src/state/grant-store.ts): what counts as the active grant, how an
// orchestrator's grant is bounded by the user's, and that records are private. Concurrent writers
// (real processes) are in test/hooks/store.e2e.test.ts.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApprovalScope } from '../../src/approval/types.js';
import {
  activeGrant,
  activeUserGrant,
  claimLaunch,
  listRecords,
  recordGrant,
  revokeGrants,
  sessionKey,
} from '../../src/state/grant-store.js';
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

const store = () => ({ home: tempDir('execguard-store-') });
const at = (iso: string) => new Date(iso);

describe('grant store', () => {
  it('records a user grant that is active until it expires', () => {
    const opts = store();
    const grant = recordGrant(
      { sessionId: 's1', source: 'user-prompt', scope: scope(), approvalMinutes: 30, now: at('2026-01-01T10:00:00Z') },
      opts,
    );
    expect(grant.expiresAt).toBe('2026-01-01T10:30:00.000Z');
    expect(grant.text).toBe('User approved. Execute the plan.');
    expect(activeGrant('s1', at('2026-01-01T10:29:59Z'), opts)?.id).toBe(grant.id);
    expect(activeGrant('s1', at('2026-01-01T10:30:00Z'), opts)).toBeNull();
  });

  it('keeps grants per session', () => {
    const opts = store();
    recordGrant({ sessionId: 'a', source: 'user-prompt', scope: scope(), approvalMinutes: 30 }, opts);
    expect(activeGrant('a', new Date(), opts)).not.toBeNull();
    expect(activeGrant('b', new Date(), opts)).toBeNull();
  });

  it('refuses to record text that does not approve', () => {
    expect(() =>
      recordGrant({ sessionId: 's', source: 'user-prompt', scope: scope({ affirmed: false }), approvalMinutes: 30 }, store()),
    ).toThrow(/does not approve/);
  });

  it('a refusal revokes the active grant; a later approval grants again', () => {
    const opts = store();
    recordGrant({ sessionId: 's', source: 'user-prompt', scope: scope(), approvalMinutes: 30, now: at('2026-01-01T10:00:00Z') }, opts);
    revokeGrants(
      { sessionId: 's', source: 'user-prompt', scope: scope({ text: 'not approved', affirmed: false }), now: at('2026-01-01T10:01:00Z') },
      opts,
    );
    expect(activeGrant('s', at('2026-01-01T10:02:00Z'), opts)).toBeNull();
    const again = recordGrant(
      { sessionId: 's', source: 'user-prompt', scope: scope(), approvalMinutes: 30, now: at('2026-01-01T10:03:00Z') },
      opts,
    );
    expect(activeGrant('s', at('2026-01-01T10:04:00Z'), opts)?.id).toBe(again.id);
  });

  it('writes a private folder and private files', () => {
    const opts = store();
    const grant = recordGrant({ sessionId: 'perm', source: 'user-prompt', scope: scope(), approvalMinutes: 30 }, opts);
    const dir = join(opts.home, 'grants', 'perm');
    expect(statSync(join(opts.home, 'grants')).mode & 0o777).toBe(0o700);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, `${grant.id}.json`)).mode & 0o777).toBe(0o600);
  });

  it('turns odd session ids into safe folder names (no path traversal)', () => {
    expect(sessionKey('c4132a4d-1f2e')).toBe('c4132a4d-1f2e');
    expect(sessionKey('../../etc')).toMatch(/^h-[0-9a-f]{40}$/);
    const opts = store();
    recordGrant({ sessionId: '../../escape', source: 'user-prompt', scope: scope(), approvalMinutes: 30 }, opts);
    expect(readdirSync(join(opts.home, 'grants')).filter((n) => !n.endsWith('.head'))).toEqual([sessionKey('../../escape')]);
    expect(activeGrant('../../escape', new Date(), opts)).not.toBeNull();
  });

  it('ignores files that are not grant records, and records of another session', () => {
    const opts = store();
    const dir = join(opts.home, 'grants', 's');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '99999999999999-1-x.json'), '{not json');
    writeFileSync(
      join(dir, '99999999999999-2-y.json'),
      JSON.stringify({
        kind: 'grant',
        id: 'z',
        sessionId: 'other',
        source: 'user-prompt',
        scope: scope(),
        createdAt: '',
        expiresAt: '2999-01-01T00:00:00Z',
      }),
    );
    expect(listRecords('s', opts)).toEqual([]);
    expect(activeGrant('s', new Date(), opts)).toBeNull();
  });
});

describe('orchestrator grants never exceed the user grant', () => {
  it('a sub-agent gets the newest grant derived from the live user grant, the main agent the user grant', () => {
    const opts = store();
    const now = at('2026-01-01T10:00:00Z');
    const user = recordGrant({ sessionId: 's', source: 'user-prompt', scope: scope({ forcePush: true }), approvalMinutes: 30, now }, opts);
    const derived = recordGrant(
      {
        sessionId: 's',
        source: 'orchestrator-prompt',
        scope: scope(),
        approvalMinutes: 60,
        parentGrantId: user.id,
        notAfter: user.expiresAt,
        now: at('2026-01-01T10:01:00Z'),
        launch: { agentType: 'general-purpose' },
      },
      opts,
    );
    expect(derived.expiresAt).toBe(user.expiresAt);
    const later = at('2026-01-01T10:02:00Z');
    expect(activeGrant('s', later, opts)?.id).toBe(user.id);
    expect(activeUserGrant('s', later, opts)?.id).toBe(user.id);
    // The launch belongs to the sub-agent that claims it (by its agent_id), and to no other.
    expect(activeGrant('s', later, { ...opts, agentId: 'a1' })).toBeNull();
    const claim = claimLaunch('s', 'a1', 'general-purpose', later, opts);
    expect(claim?.claims).toEqual([derived.id]);
    expect(activeGrant('s', later, { ...opts, agentId: 'a1' })?.id).toBe(claim?.id);
    expect(activeGrant('s', later, { ...opts, agentId: 'a1' })?.expiresAt).toBe(user.expiresAt);
    expect(claimLaunch('s', 'a2', 'general-purpose', later, opts)).toBeNull();
  });

  it('a sub-agent launched without approval gets nothing, nor does one after the user revoked', () => {
    const opts = store();
    const user = recordGrant(
      { sessionId: 's', source: 'user-prompt', scope: scope(), approvalMinutes: 30, now: at('2026-01-01T10:00:00Z') },
      opts,
    );
    expect(activeGrant('s', at('2026-01-01T10:00:30Z'), { ...opts, agentId: 'a' })).toBeNull();
    recordGrant(
      {
        sessionId: 's',
        source: 'orchestrator-prompt',
        scope: scope(),
        approvalMinutes: 30,
        parentGrantId: user.id,
        now: at('2026-01-01T10:01:00Z'),
        launch: { agentType: 'general-purpose', promptHash: 'sha256:one' },
      },
      opts,
    );
    revokeGrants(
      {
        sessionId: 's',
        source: 'orchestrator-prompt',
        scope: scope({ affirmed: false, text: 'investigate only' }),
        parentGrantId: user.id,
        now: at('2026-01-01T10:02:00Z'),
        launch: { agentType: 'general-purpose', promptHash: 'sha256:two' },
      },
      opts,
    );
    // The sub-agent started by the launch that did not approve claims it: nothing.
    claimLaunch('s', 'a', 'general-purpose', at('2026-01-01T10:02:30Z'), { ...opts, promptHash: 'sha256:two' });
    expect(activeGrant('s', at('2026-01-01T10:03:00Z'), { ...opts, agentId: 'a' })).toBeNull();
    expect(activeGrant('s', at('2026-01-01T10:03:00Z'), opts)?.id).toBe(user.id);
    const d2 = recordGrant(
      {
        sessionId: 's',
        source: 'orchestrator-prompt',
        scope: scope(),
        approvalMinutes: 30,
        parentGrantId: user.id,
        now: at('2026-01-01T10:04:00Z'),
        launch: { agentType: 'general-purpose', promptHash: 'sha256:three' },
      },
      opts,
    );
    // The first launch's sub-agent claims its own, exactly; 'a' keeps its own (nothing).
    const own = claimLaunch('s', 'b', 'general-purpose', at('2026-01-01T10:04:30Z'), { ...opts, promptHash: 'sha256:three' });
    expect(own?.claims).toEqual([d2.id]);
    expect(activeGrant('s', at('2026-01-01T10:05:00Z'), { ...opts, agentId: 'a' })).toBeNull();
    expect(activeGrant('s', at('2026-01-01T10:05:00Z'), { ...opts, agentId: 'b' })?.id).toBe(own?.id);
    revokeGrants(
      { sessionId: 's', source: 'user-prompt', scope: scope({ affirmed: false, text: 'hold off' }), now: at('2026-01-01T10:06:00Z') },
      opts,
    );
    expect(activeGrant('s', at('2026-01-01T10:07:00Z'), { ...opts, agentId: 'a' })).toBeNull();
    expect(activeGrant('s', at('2026-01-01T10:07:00Z'), { ...opts, agentId: 'b' })).toBeNull();
  });
});
