// Two hooks writing the grant log at once (src/state/grant-store.ts, append and moveHead), in one
// process and deterministically: the other hook's whole append runs at the exact moment between
// two steps of this one. The moment is found through Math.random, which the store calls for each
// temporary file name (a record's before it is linked, the head's before it is replaced); the
// stand-in only chooses when the other, real, writer runs. The same races between real processes:
// test/hooks/store.e2e.test.ts.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApprovalScope } from '../../src/approval/types.js';
import {
  activeGrant,
  activeUserGrant,
  claimLaunch,
  listRecords,
  recordGrant,
  recordPending,
  revokeGrants,
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

// Injected times, far from the process clock, so the store uses them as given.
const T0 = Date.parse('2026-01-01T10:00:00Z');
const MIN = 60_000;
const at = (ms: number) => new Date(T0 + ms);
const file = (seq: number) => `${String(seq).padStart(12, '0')}.json`;

function log() {
  const opts = { home: tempDir('execguard-grant-writers-') };
  const dir = join(opts.home, 'grants', 's');
  return {
    opts,
    dir,
    head: join(opts.home, 'grants', 's.head'),
    headSeq: () => JSON.parse(JSON.parse(readFileSync(join(opts.home, 'grants', 's.head'), 'utf8')).body).seq as number,
    approve: (ms: number, over: Partial<ApprovalScope> = {}) =>
      recordGrant({ sessionId: 's', source: 'user-prompt', scope: scope(over), approvalMinutes: 30, now: at(ms) }, opts),
    refuse: (ms: number) =>
      revokeGrants(
        { sessionId: 's', source: 'user-prompt', scope: scope({ affirmed: false, text: 'No.' }), now: at(ms), reason: 'refused' },
        opts,
      ),
    grant: (ms: number) => activeGrant('s', at(ms), opts),
  };
}

/**
 * Runs `other` (another hook's append) once, the first time this writer asks for a temporary
 * file name while `when()` holds. Returns whether it ran.
 */
function interleave(when: () => boolean, other: () => void): () => boolean {
  const random = Math.random;
  let ran = false;
  vi.spyOn(Math, 'random').mockImplementation(() => {
    if (!ran && when()) {
      ran = true;
      other();
    }
    return random();
  });
  return () => ran;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('two writers take the same number', () => {
  it('the one that lost the number chains onto the winner: both records read, the newest decides', () => {
    const l = log();
    const first = l.approve(0);
    let refusal: ReturnType<typeof l.refuse> | undefined;
    // The other hook links number 2 after this one listed the folder and before it links.
    const ran = interleave(
      () => !existsSync(join(l.dir, file(2))),
      () => {
        refusal = l.refuse(MIN);
      },
    );
    const second = l.approve(2 * MIN);
    vi.restoreAllMocks();
    expect(ran()).toBe(true);
    expect(refusal?.seq).toBe(2);
    expect(second.seq).toBe(3);
    expect(listRecords('s', l.opts).map((r) => [r.id, r.kind])).toEqual([
      [first.id, 'grant'],
      [refusal?.id, 'revoke'],
      [second.id, 'grant'],
    ]);
    expect(l.grant(3 * MIN)?.id).toBe(second.id);
    expect(l.headSeq()).toBe(3);
  });

  it('a refusal that lost the number is still the newest record: no grant', () => {
    const l = log();
    l.approve(0);
    const ran = interleave(
      () => !existsSync(join(l.dir, file(2))),
      () => {
        l.approve(MIN, { destroy: true });
      },
    );
    const refusal = l.refuse(2 * MIN);
    vi.restoreAllMocks();
    expect(ran()).toBe(true);
    expect(refusal.seq).toBe(3);
    expect(l.grant(3 * MIN)).toBeNull();
    expect(activeUserGrant('s', at(3 * MIN), l.opts)).toBeNull();
    // Deleting the refusal is seen: the head names it.
    rmSync(join(l.dir, file(3)));
    expect(l.grant(3 * MIN)).toBeNull();
  });
});

describe('a number taken by a file the hooks did not write', () => {
  it('an unsigned grant linked at the number this writer wanted is not chained onto: no grant', () => {
    const l = log();
    l.approve(0);
    l.refuse(MIN);
    const below = readFileSync(join(l.dir, file(2)), 'utf8');
    const body = JSON.stringify({
      kind: 'grant',
      sessionId: 's',
      source: 'user-prompt',
      text: 'User approved. Execute the plan.',
      scope: scope({ destroy: true }),
      createdAt: at(2 * MIN).toISOString(),
      expiresAt: at(30 * MIN).toISOString(),
      seq: 3,
      id: file(3).slice(0, 12),
      prev: createHash('sha256').update(below).digest('hex'),
    });
    const ran = interleave(
      () => !existsSync(join(l.dir, file(3))),
      () => writeFileSync(join(l.dir, file(3)), JSON.stringify({ body, sig: Buffer.from('x'.repeat(64)).toString('base64') })),
    );
    recordPending(
      { sessionId: 's', source: 'stop', commands: [], environments: ['dev'], digests: ['sha256:aaa'], messageHash: 'm', now: at(3 * MIN) },
      l.opts,
    );
    vi.restoreAllMocks();
    expect(ran()).toBe(true);
    expect(l.grant(4 * MIN)).toBeNull();
    expect(activeUserGrant('s', at(4 * MIN), l.opts)).toBeNull();
  });
});

describe('an unsigned record linked above this writer while it moves the head', () => {
  it('the head does not move over it: no grant', () => {
    const l = log();
    l.approve(0);
    const ran = interleave(
      () => existsSync(join(l.dir, file(2))),
      () => {
        const below = readFileSync(join(l.dir, file(2)), 'utf8');
        const body = JSON.stringify({
          kind: 'grant',
          sessionId: 's',
          source: 'user-prompt',
          text: 'User approved. Execute the plan.',
          scope: scope({ destroy: true }),
          createdAt: at(2 * MIN).toISOString(),
          expiresAt: at(30 * MIN).toISOString(),
          seq: 3,
          id: file(3).slice(0, 12),
          prev: createHash('sha256').update(below).digest('hex'),
        });
        writeFileSync(join(l.dir, file(3)), JSON.stringify({ body, sig: Buffer.from('x'.repeat(64)).toString('base64') }));
      },
    );
    l.refuse(MIN);
    vi.restoreAllMocks();
    expect(ran()).toBe(true);
    expect(l.grant(3 * MIN)).toBeNull();
    expect(activeUserGrant('s', at(3 * MIN), l.opts)).toBeNull();
    // The next writer does not chain onto it either.
    l.approve(4 * MIN);
    expect(listRecords('s', l.opts).map((r) => r.seq)).toEqual([4]);
  });
});

describe('a user approval recorded while an orchestrator or a sub-agent writes under the one before it', () => {
  function withLaunch() {
    const l = log();
    const user = l.approve(0);
    const launch = () =>
      recordGrant(
        {
          sessionId: 's',
          source: 'orchestrator-prompt',
          scope: scope(),
          approvalMinutes: 30,
          parentGrantId: user.id,
          notAfter: user.expiresAt,
          now: at(MIN),
          launch: { agentType: 'executor' },
        },
        l.opts,
      );
    return { ...l, user, launch };
  }

  it('a claim linked above the new approval, made from the old one: the sub-agent gets nothing', () => {
    const l = withLaunch();
    l.launch();
    const ran = interleave(
      () => true,
      () => {
        l.approve(2 * MIN, { destroy: true });
      },
    );
    const claim = claimLaunch('s', 'a', 'executor', at(3 * MIN), l.opts);
    vi.restoreAllMocks();
    expect(ran()).toBe(true);
    expect(claim?.parentGrantId).toBe(l.user.id);
    expect(activeGrant('s', at(4 * MIN), { ...l.opts, agentId: 'a' })).toBeNull();
  });

  it('a launch linked above the new approval, made under the old one: no sub-agent can claim it', () => {
    const l = withLaunch();
    const ran = interleave(
      () => true,
      () => {
        l.approve(MIN, { destroy: true });
      },
    );
    l.launch();
    vi.restoreAllMocks();
    expect(ran()).toBe(true);
    expect(claimLaunch('s', 'a', 'executor', at(3 * MIN), l.opts)).toBeNull();
  });
});

describe('a writer links its record while another is moving the head', () => {
  it('the head ends on the newest record, so deleting that record is seen', () => {
    const l = log();
    l.approve(0);
    // This hook linked its grant at 2; the other links its refusal at 3 before this one's head
    // replaces the head (which then names 2, below the refusal).
    const ran = interleave(
      () => existsSync(join(l.dir, file(2))),
      () => {
        l.refuse(2 * MIN);
      },
    );
    const grant = l.approve(MIN, { destroy: true });
    vi.restoreAllMocks();
    expect(ran()).toBe(true);
    expect(grant.seq).toBe(2);
    expect(l.headSeq()).toBe(3);
    expect(l.grant(3 * MIN)).toBeNull();
    // Without the refusal the head names a record that is not there: void, not the grant below.
    rmSync(join(l.dir, file(3)));
    expect(l.grant(3 * MIN)).toBeNull();
    expect(activeUserGrant('s', at(3 * MIN), l.opts)).toBeNull();
  });
});

describe('a head that cannot be written', () => {
  /** Makes the next head write fail: its temporary file's name is taken (a fixed random part). */
  function failNextHeadWrite(l: ReturnType<typeof log>) {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    writeFileSync(`${l.head}.tmp-${process.pid}-${(0.5).toString(16).slice(2)}`, 'taken');
  }

  it('a grant whose head was not moved is not in force, and says why; the next approval starts over', () => {
    const l = log();
    l.approve(0);
    failNextHeadWrite(l);
    expect(() => l.approve(MIN, { destroy: true })).toThrow(/head could not be written .*grants are void/);
    vi.restoreAllMocks();
    expect(existsSync(join(l.dir, file(2)))).toBe(true);
    expect(l.grant(2 * MIN)).toBeNull();
    expect(activeUserGrant('s', at(2 * MIN), l.opts)).toBeNull();
    expect(listRecords('s', l.opts)).toEqual([]);
    const fresh = l.approve(3 * MIN);
    expect(l.grant(4 * MIN)?.id).toBe(fresh.id);
    expect(listRecords('s', l.opts).map((r) => r.id)).toEqual([fresh.id]);
  });

  it('a refusal whose head was not moved still ends the grant', () => {
    const l = log();
    l.approve(0);
    failNextHeadWrite(l);
    expect(() => l.refuse(MIN)).toThrow(/head could not be written/);
    vi.restoreAllMocks();
    expect(l.grant(2 * MIN)).toBeNull();
  });
});
