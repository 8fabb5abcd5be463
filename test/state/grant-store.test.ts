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

describe('a sub-agent claims the launch that started it, once', () => {
  const T = (min: number) => new Date(Date.parse('2026-01-01T10:00:00Z') + min * 60_000);
  function launched(opts = store()) {
    const user = recordGrant(
      { sessionId: 's', source: 'user-prompt', scope: scope({ destroy: true, delete: true }), approvalMinutes: 30, now: T(0) },
      opts,
    );
    const launch = (min: number, over: Partial<ApprovalScope>, agentType = 'executor', extra: object = {}) =>
      recordGrant(
        {
          sessionId: 's',
          source: 'orchestrator-prompt',
          scope: scope(over),
          approvalMinutes: 30,
          parentGrantId: user.id,
          notAfter: user.expiresAt,
          now: T(min),
          launch: { agentType },
          ...extra,
        },
        opts,
      );
    return { opts, user, launch };
  }

  it('launches of its type that wait with different scopes: the claim gets only what all of them allow', () => {
    const { opts, launch } = launched();
    const first = launch(1, { destroy: true, environments: ['dev', 'staging'] });
    launch(2, { destroy: false, delete: true, environments: ['dev'] });
    launch(3, { destroy: true, delete: true }, 'planner');
    const claim = claimLaunch('s', 'a', 'executor', T(4), opts);
    expect(claim?.kind).toBe('grant');
    expect(claim?.claims).toEqual([first.id]);
    expect(claim?.scope).toMatchObject({ affirmed: true, destroy: false, delete: false, environments: ['dev'] });
    expect(activeGrant('s', T(5), { ...opts, agentId: 'a' })?.scope.destroy).toBe(false);
    // Claimed once: the same sub-agent gets the same claim back, another one the next launch.
    expect(claimLaunch('s', 'a', 'executor', T(5), opts)?.id).toBe(claim?.id);
    const next = claimLaunch('s', 'b', 'executor', T(6), opts);
    expect(next?.claims).not.toEqual([first.id]);
    expect(next?.scope.delete).toBe(true);
    // The planner launch is its type's own; with no type given, any open launch is claimed.
    expect(claimLaunch('s', 'c', 'executor', T(7), opts)).toBeNull();
    expect(claimLaunch('s', 'c', undefined, T(7), opts)?.scope.destroy).toBe(true);
  });

  it('a launch that did not approve, waiting beside one that did: the claim approves nothing', () => {
    const { opts, user, launch } = launched();
    launch(1, {});
    revokeGrants(
      {
        sessionId: 's',
        source: 'orchestrator-prompt',
        scope: scope({ affirmed: false, text: 'look only' }),
        parentGrantId: user.id,
        now: T(2),
        launch: { agentType: 'executor' },
      },
      opts,
    );
    const claim = claimLaunch('s', 'a', 'executor', T(3), opts);
    expect(claim?.kind).toBe('revoke');
    expect(claim?.scope.affirmed).toBe(false);
    expect(activeGrant('s', T(4), { ...opts, agentId: 'a' })).toBeNull();
  });

  it('the claim keeps the binding of its launch; a launch under an earlier user grant is not claimable', () => {
    const { opts, launch } = launched();
    const binding = { digests: ['sha256:abc'], environments: ['dev' as const] };
    launch(1, {}, 'executor', { binding });
    expect(claimLaunch('s', 'a', 'executor', T(2), opts)?.binding).toEqual(binding);
    launch(3, {});
    // A new user approval: launches made under the old one wait for nothing.
    recordGrant({ sessionId: 's', source: 'user-prompt', scope: scope(), approvalMinutes: 30, now: T(4) }, opts);
    expect(claimLaunch('s', 'b', 'executor', T(5), opts)).toBeNull();
  });

  it('no claim once the user grant expired, and none from a sub-agent that claimed nothing', () => {
    const { opts, launch } = launched();
    launch(1, {});
    expect(claimLaunch('s', 'a', 'executor', T(30), opts)).toBeNull();
    expect(activeGrant('s', T(2), { ...opts, agentId: 'nobody' })).toBeNull();
  });

  it('the main agent never gets a sub-agent record, however new', () => {
    const { opts, user, launch } = launched();
    launch(1, { destroy: false });
    claimLaunch('s', 'a', 'executor', T(2), opts);
    expect(activeGrant('s', T(3), opts)?.id).toBe(user.id);
    expect(activeUserGrant('s', T(3), opts)?.id).toBe(user.id);
  });
});
