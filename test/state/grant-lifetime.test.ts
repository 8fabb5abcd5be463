// When a recorded grant is in force (src/state/grant-store.ts): from its creation, for the minutes
// it was given, never longer than a day, and never when it claims to come from the future beyond a
// small clock skew. Times are injected (far from the process clock, so used as given).
import { describe, expect, it } from 'vitest';
import type { ApprovalScope } from '../../src/approval/types.js';
import { activeGrant, activeUserGrant, claimLaunch, recordGrant, revokeGrants } from '../../src/state/grant-store.js';
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

const T0 = Date.parse('2026-01-01T10:00:00Z');
const at = (ms: number) => new Date(T0 + ms);
const MIN = 60_000;
const store = () => ({ home: tempDir('execguard-lifetime-') });

function granted(minutes: number, opts = store()) {
  const grant = recordGrant({ sessionId: 's', source: 'user-prompt', scope: scope(), approvalMinutes: minutes, now: at(0) }, opts);
  return { grant, opts };
}

describe('a grant lives from its creation for the minutes it was given', () => {
  it('in force until the last millisecond before expiry, not at it', () => {
    const { grant, opts } = granted(30);
    expect(activeGrant('s', at(0), opts)?.id).toBe(grant.id);
    expect(activeGrant('s', at(30 * MIN - 1), opts)?.id).toBe(grant.id);
    expect(activeGrant('s', at(30 * MIN), opts)).toBeNull();
    expect(activeUserGrant('s', at(30 * MIN - 1), opts)?.id).toBe(grant.id);
    expect(activeUserGrant('s', at(30 * MIN), opts)).toBeNull();
  });

  it('a day is the longest a grant lives; longer grants are not in force at all', () => {
    expect(activeGrant('s', at(MIN), granted(24 * 60).opts)).not.toBeNull();
    expect(activeGrant('s', at(MIN), granted(24 * 60 + 1).opts)).toBeNull();
  });

  it('a grant from the future: within two minutes of skew it counts, beyond it does not', () => {
    const { grant, opts } = granted(30);
    expect(activeGrant('s', at(-2 * MIN), opts)?.id).toBe(grant.id);
    expect(activeGrant('s', at(-2 * MIN - 1), opts)).toBeNull();
  });

  it('zero or negative minutes grant nothing', () => {
    expect(activeGrant('s', at(0), granted(0).opts)).toBeNull();
    expect(activeGrant('s', at(0), granted(-5).opts)).toBeNull();
  });

  it('an expired user grant ends the sub-agent grant derived from it', () => {
    const { grant, opts } = granted(10);
    recordGrant(
      {
        sessionId: 's',
        source: 'orchestrator-prompt',
        scope: scope(),
        approvalMinutes: 30,
        now: at(MIN),
        parentGrantId: grant.id,
        notAfter: grant.expiresAt,
        launch: { agentType: 'executor' },
      },
      opts,
    );
    const claim = claimLaunch('s', 'a', 'executor', at(2 * MIN), opts);
    expect(activeGrant('s', at(9 * MIN), { ...opts, agentId: 'a' })?.id).toBe(claim?.id);
    expect(activeGrant('s', at(10 * MIN), { ...opts, agentId: 'a' })).toBeNull();
  });

  it('a revoke ends the grant before it for the main agent', () => {
    const { opts } = granted(30);
    revokeGrants({ sessionId: 's', source: 'user-prompt', scope: scope({ affirmed: false, text: 'stop' }), now: at(MIN) }, opts);
    expect(activeGrant('s', at(2 * MIN), opts)).toBeNull();
    expect(activeUserGrant('s', at(2 * MIN), opts)).toBeNull();
  });
});
