// The grant log fails closed (src/state/grant-store.ts), in-process through the store's public
// functions: a newer record that is lost, emptied, truncated or swapped, a head that is missing,
// foreign or padded, never brings an older grant back; pending requests are answered once, and
// only while they are fresh; pruning removes old records without breaking the chain. The same
// faults through the real hook processes: test/hooks/grant-log-faults.e2e.test.ts.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApprovalScope } from '../../src/approval/types.js';
import {
  activeGrant,
  activeUserGrant,
  claimLaunch,
  listRecords,
  markAnswered,
  openPendingRequest,
  type PendingRecord,
  recordGrant,
  recordPending,
  revokeGrants,
  voidGrants,
} from '../../src/state/grant-store.js';
import { sign, signingKey } from '../../src/state/grant-keys.js';
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

function log(sessionId = 's', home = tempDir('execguard-grant-log-')) {
  const opts = { home };
  const dir = join(opts.home, 'grants', sessionId);
  const records = () =>
    readdirSync(dir)
      .filter((n) => /^\d+\.json$/.test(n))
      .sort();
  return {
    opts,
    dir,
    head: join(opts.home, 'grants', `${sessionId}.head`),
    records,
    newest: () => join(dir, records().at(-1) as string),
    approve: (ms: number, over: Partial<ApprovalScope> = {}) =>
      recordGrant({ sessionId, source: 'user-prompt', scope: scope(over), approvalMinutes: 30, now: at(ms) }, opts),
    refuse: (ms: number) =>
      revokeGrants(
        { sessionId, source: 'user-prompt', scope: scope({ affirmed: false, text: 'No.' }), now: at(ms), reason: 'refused' },
        opts,
      ),
    grant: (ms: number) => activeGrant(sessionId, at(ms), opts),
    userGrant: (ms: number) => activeUserGrant(sessionId, at(ms), opts),
  };
}

const TAMPER: [string, (file: string) => void][] = [
  ['emptied', (file) => writeFileSync(file, '')],
  ['truncated', (file) => truncateSync(file, Math.floor(readFileSync(file).length / 2))],
  ['deleted', (file) => rmSync(file)],
  [
    'replaced by the record below it',
    (file) =>
      writeFileSync(file, readFileSync(file.replace(/(\d+)\.json$/, (_, n) => `${String(Number(n) - 1).padStart(n.length, '0')}.json`))),
  ],
];

describe('a lost newer record never brings an older grant back', () => {
  for (const [how, tamper] of TAMPER) {
    it(`a refusal ${how} afterwards: no grant`, () => {
      const l = log();
      const grant = l.approve(0);
      expect(l.grant(MIN)?.id).toBe(grant.id);
      l.refuse(2 * MIN);
      tamper(l.newest());
      expect(l.grant(3 * MIN)).toBeNull();
      expect(l.userGrant(3 * MIN)).toBeNull();
      expect(listRecords('s', l.opts).map((r) => r.kind)).not.toContain('grant');
    });

    it(`a narrower approval ${how} afterwards: the wider one does not come back`, () => {
      const l = log();
      l.approve(0, { destroy: true });
      l.approve(MIN);
      tamper(l.newest());
      expect(l.grant(2 * MIN)).toBeNull();
    });
  }

  it('a refusal read by a clock a minute behind it is still no grant', () => {
    const l = log();
    l.refuse(2 * MIN);
    expect(l.grant(MIN)).toBeNull();
    expect(l.userGrant(MIN)).toBeNull();
  });

  it('a grant below an intact refusal stays ended; the log reads whole, oldest first', () => {
    const l = log();
    const first = l.approve(0);
    const refusal = l.refuse(MIN);
    const second = l.approve(2 * MIN);
    expect(listRecords('s', l.opts).map((r) => r.id)).toEqual([first.id, refusal.id, second.id]);
    expect(listRecords('s', l.opts).map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(l.grant(3 * MIN)?.id).toBe(second.id);
    expect(second.prev).toMatch(/^[0-9a-f]{64}$/);
    expect(first.prev).toBe('');
  });

  it('records without their head, a head without its records, or no records at all: no grant', () => {
    const a = log();
    a.approve(0);
    rmSync(a.head);
    expect(a.grant(MIN)).toBeNull();
    expect(a.userGrant(MIN)).toBeNull();

    const b = log();
    b.approve(0);
    for (const name of b.records()) rmSync(join(b.dir, name));
    expect(b.grant(MIN)).toBeNull();
    expect(openPendingRequest('s', at(MIN), b.opts)).toBeNull();

    const c = log();
    c.approve(0);
    c.approve(MIN);
    rmSync(c.newest());
    rmSync(c.head);
    expect(c.grant(2 * MIN)).toBeNull();
  });

  it("another session's head, an unsigned head or one padded past 4 KiB is not this log's head", () => {
    const l = log('s');
    const other = log('t', l.opts.home);
    l.approve(0);
    other.approve(0);
    writeFileSync(l.head, readFileSync(other.head));
    expect(l.grant(MIN)).toBeNull();

    const u = log();
    u.approve(0);
    const signed = JSON.parse(readFileSync(u.head, 'utf8'));
    writeFileSync(u.head, JSON.stringify({ body: signed.body, sig: Buffer.from('forged').toString('base64') }));
    expect(u.grant(MIN)).toBeNull();
    writeFileSync(u.head, JSON.stringify({ body: signed.body }));
    expect(u.grant(MIN)).toBeNull();

    const p = log();
    p.approve(0);
    writeFileSync(p.head, `${readFileSync(p.head, 'utf8')}${' '.repeat(4096)}`);
    expect(p.grant(MIN)).toBeNull();
  });

  it('a record of more than 256 KiB is not read: the session has no grant', () => {
    const l = log();
    l.approve(0, { text: `User approved. ${'x'.repeat(300 * 1024)}` });
    expect(l.grant(MIN)).toBeNull();
  });

  it('voiding the grants (a refusal that could not be written) ends them; a new approval starts over on its own', () => {
    const l = log();
    l.approve(0);
    expect(voidGrants('s', l.opts)).toBe(true);
    expect(l.grant(MIN)).toBeNull();
    expect(voidGrants('never-used', l.opts)).toBe(true);
    const fresh = l.approve(2 * MIN);
    expect(l.grant(3 * MIN)?.id).toBe(fresh.id);
    // The record below the break is not vouched for: the log reads from the new one only.
    expect(listRecords('s', l.opts).map((r) => r.id)).toEqual([fresh.id]);
    l.refuse(4 * MIN);
    expect(l.grant(5 * MIN)).toBeNull();
  });

  it('a record written on a broken log does not re-anchor what is below it', () => {
    const l = log();
    l.approve(0, { destroy: true });
    l.refuse(MIN);
    rmSync(l.newest());
    rmSync(l.head);
    // A pending request is written on the broken log: the destroy grant below it stays void.
    recordPending(pending(2 * MIN), l.opts);
    expect(l.grant(3 * MIN)).toBeNull();
    expect(listRecords('s', l.opts)).toEqual([]);
  });

  it('a file that only looks like a record, or a record at the wrong number, voids the log from there', () => {
    const l = log();
    l.approve(0);
    writeFileSync(join(l.dir, 'notes.json'), '{}');
    writeFileSync(join(l.dir, '1.json'), '{}');
    expect(l.grant(MIN)).not.toBeNull();
    // A copy of the real record linked above it, as if another writer had appended it.
    writeFileSync(join(l.dir, '000000000002.json'), readFileSync(join(l.dir, '000000000001.json')));
    expect(l.grant(MIN)).toBeNull();
  });
});

describe('a record linked above the head must be signed, for this session, at its own number', () => {
  /** The newest record's file: the next writer would chain onto its hash. */
  const hashOf = (file: string) => createHash('sha256').update(readFileSync(file, 'utf8')).digest('hex');

  it("a record the hooks signed for another session, linked at this session's next number: no grant", () => {
    const l = log('s');
    const other = log('t', l.opts.home);
    l.refuse(0);
    other.approve(0);
    other.approve(MIN);
    writeFileSync(join(l.dir, '000000000002.json'), readFileSync(join(other.dir, '000000000002.json')));
    expect(l.grant(2 * MIN)).toBeNull();
    expect(l.userGrant(2 * MIN)).toBeNull();
  });

  it('a grant chained onto the newest record but not signed by the hooks: no grant', () => {
    const l = log();
    l.refuse(0);
    const below = join(l.dir, '000000000001.json');
    const refusal = JSON.parse(JSON.parse(readFileSync(below, 'utf8')).body);
    const body = JSON.stringify({
      ...refusal,
      kind: 'grant',
      scope: scope(),
      expiresAt: at(30 * MIN).toISOString(),
      seq: 2,
      id: '000000000002',
      prev: hashOf(below),
    });
    writeFileSync(join(l.dir, '000000000002.json'), JSON.stringify({ body, sig: Buffer.from('x'.repeat(64)).toString('base64') }));
    expect(l.grant(MIN)).toBeNull();
    writeFileSync(join(l.dir, '000000000002.json'), JSON.stringify({ body }));
    expect(l.grant(MIN)).toBeNull();
  });
});

describe('a writer that linked its record but died before moving the head', () => {
  /** The head as it was before the newest record was linked: the head lags one record behind. */
  function lagging() {
    const l = log();
    const first = l.approve(0);
    const head = readFileSync(l.head);
    const second = l.approve(MIN, { destroy: true });
    writeFileSync(l.head, head);
    return { ...l, first, second };
  }

  it('the record above the head counts, signed and chained onto the head', () => {
    const l = lagging();
    expect(l.grant(2 * MIN)?.id).toBe(l.second.id);
    expect(listRecords('s', l.opts).map((r) => r.id)).toEqual([l.first.id, l.second.id]);
  });

  it('the next writer chains onto it and moves the head to the top: the whole log still reads', () => {
    const l = lagging();
    const third = l.approve(2 * MIN);
    expect(listRecords('s', l.opts).map((r) => r.id)).toEqual([l.first.id, l.second.id, third.id]);
    expect(JSON.parse(JSON.parse(readFileSync(l.head, 'utf8')).body).seq).toBe(3);
    l.refuse(3 * MIN);
    expect(l.grant(4 * MIN)).toBeNull();
  });

  it('the record above the head swapped for another: the log is void from there', () => {
    const l = lagging();
    writeFileSync(join(l.dir, '000000000002.json'), readFileSync(join(l.dir, '000000000001.json')));
    expect(l.grant(2 * MIN)).toBeNull();
    const next = l.approve(2 * MIN);
    expect(listRecords('s', l.opts).map((r) => r.id)).toEqual([next.id]);
  });

  it('the record at the head swapped for the one above it: the top still counts, nothing below it', () => {
    const l = lagging();
    writeFileSync(join(l.dir, '000000000001.json'), readFileSync(join(l.dir, '000000000002.json')));
    expect(l.grant(2 * MIN)?.id).toBe(l.second.id);
    expect(listRecords('s', l.opts).map((r) => r.id)).toEqual([l.second.id]);
    const next = l.approve(2 * MIN);
    expect(listRecords('s', l.opts).map((r) => r.id)).toEqual([next.id]);
  });

  it('the first record linked and the head still at the genesis: it counts, and the next one chains onto it', () => {
    const l = log();
    const key = signingKey(l.opts.home);
    const genesis = JSON.stringify({ kind: 'head', sessionId: 's', seq: 0, hash: '' });
    const first = l.approve(0);
    writeFileSync(l.head, JSON.stringify({ body: genesis, sig: sign(genesis, key) }));
    expect(l.grant(MIN)?.id).toBe(first.id);
    const second = l.approve(MIN);
    expect(listRecords('s', l.opts).map((r) => r.id)).toEqual([first.id, second.id]);
  });
});

function pending(ms: number, over: Partial<PendingRecord> = {}) {
  return {
    sessionId: 's',
    source: 'stop' as const,
    commands: [{ command: 'terraform -chdir=infra/dev apply', rules: ['approval-gate'], environments: ['dev' as const] }],
    environments: ['dev' as const],
    digests: ['sha256:aaa'],
    messageHash: 'm',
    now: at(ms),
    ...over,
  };
}

describe('a pending request is open until it is answered, for a day at most', () => {
  it('the requests since the last answer are merged, each environment and digest once', () => {
    const l = log();
    recordPending(pending(0), l.opts);
    recordPending(
      pending(MIN, {
        commands: [{ command: 'terraform -chdir=infra/prod apply', rules: ['approval-gate'], environments: ['prod'] }],
        environments: ['dev', 'prod'],
        digests: ['sha256:aaa', 'sha256:bbb'],
      }),
      l.opts,
    );
    const request = openPendingRequest('s', at(2 * MIN), l.opts);
    expect(request?.records).toHaveLength(2);
    expect(request?.commands.map((c) => c.command)).toEqual(['terraform -chdir=infra/dev apply', 'terraform -chdir=infra/prod apply']);
    expect(request?.environments).toEqual(['dev', 'prod']);
    expect(request?.digests).toEqual(['sha256:aaa', 'sha256:bbb']);
  });

  it('answered, approved or refused: closed; a request after the answer opens a new one', () => {
    const l = log();
    recordPending(pending(0), l.opts);
    markAnswered('s', at(MIN), l.opts);
    expect(openPendingRequest('s', at(2 * MIN), l.opts)).toBeNull();
    recordPending(pending(3 * MIN, { digests: ['sha256:new'] }), l.opts);
    expect(openPendingRequest('s', at(4 * MIN), l.opts)?.digests).toEqual(['sha256:new']);
    l.approve(5 * MIN);
    expect(openPendingRequest('s', at(6 * MIN), l.opts)).toBeNull();
    recordPending(pending(7 * MIN), l.opts);
    l.refuse(8 * MIN);
    expect(openPendingRequest('s', at(9 * MIN), l.opts)).toBeNull();
  });

  it("an orchestrator's launch does not answer the user's open request", () => {
    const l = log();
    const user = l.approve(0);
    recordPending(pending(MIN), l.opts);
    recordGrant(
      {
        sessionId: 's',
        source: 'orchestrator-prompt',
        scope: scope(),
        approvalMinutes: 30,
        parentGrantId: user.id,
        notAfter: user.expiresAt,
        now: at(2 * MIN),
        launch: { agentType: 'executor' },
      },
      l.opts,
    );
    expect(openPendingRequest('s', at(3 * MIN), l.opts)?.records).toHaveLength(1);
  });

  it('a day old it is closed, a minute younger still open; one from beyond the clock skew is not open', () => {
    const l = log();
    recordPending(pending(0), l.opts);
    expect(openPendingRequest('s', at(DAY), l.opts)).not.toBeNull();
    expect(openPendingRequest('s', at(DAY + 1), l.opts)).toBeNull();
    expect(openPendingRequest('s', at(-2 * MIN), l.opts)).not.toBeNull();
    expect(openPendingRequest('s', at(-2 * MIN - 1), l.opts)).toBeNull();
  });

  it("a sub-agent's own request (older records) was never shown to the user: it is not open", () => {
    const l = log();
    recordPending(pending(0, { source: 'subagent-stop' }), l.opts);
    expect(openPendingRequest('s', at(MIN), l.opts)).toBeNull();
    recordPending(pending(2 * MIN), l.opts);
    expect(openPendingRequest('s', at(3 * MIN), l.opts)?.records.map((r) => r.source)).toEqual(['stop']);
  });

  it('a request without a session id is an error, not a record', () => {
    const l = log();
    expect(() => recordPending(pending(0, { sessionId: '' }), l.opts)).toThrow(/without a session id/);
    expect(() => revokeGrants({ sessionId: '', source: 'user-prompt', scope: scope({ affirmed: false }), now: at(0) }, l.opts)).toThrow(
      /without a session id/,
    );
    expect(() => recordGrant({ sessionId: '', source: 'user-prompt', scope: scope(), approvalMinutes: 30, now: at(0) }, l.opts)).toThrow(
      /without a session id/,
    );
  });
});

describe('what the records between grants change', () => {
  it('a request asked and answered after an approval does not end it, for the main agent or a launch', () => {
    const l = log();
    const grant = l.approve(0);
    recordGrant(
      {
        sessionId: 's',
        source: 'orchestrator-prompt',
        scope: scope(),
        approvalMinutes: 30,
        parentGrantId: grant.id,
        notAfter: grant.expiresAt,
        now: at(MIN),
        launch: { agentType: 'executor' },
      },
      l.opts,
    );
    recordPending(pending(2 * MIN), l.opts);
    markAnswered('s', at(3 * MIN), l.opts);
    expect(l.grant(4 * MIN)?.id).toBe(grant.id);
    expect(l.userGrant(4 * MIN)?.id).toBe(grant.id);
    const claim = claimLaunch('s', 'a', 'executor', at(4 * MIN), l.opts);
    expect(claim?.kind).toBe('grant');
    expect(activeGrant('s', at(5 * MIN), { ...l.opts, agentId: 'a' })?.id).toBe(claim?.id);
  });

  it("a new user approval ends a sub-agent's claim from the one before it", () => {
    const l = log();
    const grant = l.approve(0);
    recordGrant(
      {
        sessionId: 's',
        source: 'orchestrator-prompt',
        scope: scope(),
        approvalMinutes: 30,
        parentGrantId: grant.id,
        notAfter: grant.expiresAt,
        now: at(MIN),
        launch: { agentType: 'executor' },
      },
      l.opts,
    );
    expect(claimLaunch('s', 'a', 'executor', at(2 * MIN), l.opts)).not.toBeNull();
    l.approve(3 * MIN);
    expect(activeGrant('s', at(4 * MIN), { ...l.opts, agentId: 'a' })).toBeNull();
  });

  it("an orchestrator grant that is not a launch is no sub-agent's to claim", () => {
    const l = log();
    const grant = l.approve(0);
    recordGrant(
      {
        sessionId: 's',
        source: 'orchestrator-prompt',
        scope: scope(),
        approvalMinutes: 30,
        parentGrantId: grant.id,
        notAfter: grant.expiresAt,
        now: at(MIN),
      },
      l.opts,
    );
    expect(claimLaunch('s', 'a', undefined, at(2 * MIN), l.opts)).toBeNull();
  });

  it('a refusal records why', () => {
    const l = log();
    l.refuse(0);
    expect(listRecords('s', l.opts).map((r) => r.reason)).toEqual(['refused']);
  });
});

describe('pruning keeps the chain whole and never brings a grant back', () => {
  it('records that ended more than a day before a new grant are removed, the rest read on', () => {
    const l = log();
    l.approve(0);
    l.refuse(MIN);
    const later = l.approve(2 * DAY);
    expect(l.records()).toEqual(['000000000003.json']);
    expect(l.grant(2 * DAY + MIN)?.id).toBe(later.id);
    const after = l.approve(2 * DAY + 2 * MIN);
    expect(listRecords('s', l.opts).map((r) => r.id)).toEqual([later.id, after.id]);
  });

  it('a record that ended less than a day ago stays', () => {
    const l = log();
    l.approve(0);
    l.approve(DAY);
    expect(l.records()).toEqual(['000000000001.json', '000000000002.json']);
  });

  it('pending records and sub-agent records above the newest user record stay', () => {
    const l = log();
    const user = l.approve(0);
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
    expect(claimLaunch('s', 'a', 'executor', at(2 * MIN), l.opts)).not.toBeNull();
    // The orchestrator's records are newer than the user's: pruning stops below the user's.
    recordGrant(
      {
        sessionId: 's',
        source: 'orchestrator-prompt',
        scope: scope(),
        approvalMinutes: 30,
        parentGrantId: user.id,
        notAfter: user.expiresAt,
        now: at(3 * DAY),
        launch: { agentType: 'executor' },
      },
      l.opts,
    );
    expect(l.records()).toHaveLength(4);
  });

  it('a pending request older than a day below the newest grant is removed; a grant in force a day ago stays', () => {
    const l = log();
    recordPending(pending(0), l.opts);
    l.approve(MIN);
    l.approve(DAY + 15 * MIN);
    // The pending request was made a day and 15 minutes ago; the first grant lived until 31 minutes.
    expect(l.records()).toEqual(['000000000002.json', '000000000003.json']);
  });

  it('a record that ended exactly a day before stays', () => {
    const l = log();
    l.refuse(0);
    l.approve(DAY);
    expect(l.records()).toEqual(['000000000001.json', '000000000002.json']);
  });

  it('records whose files are old are not temporary files: they stay', () => {
    const l = log();
    const first = l.approve(0);
    const old = new Date(Date.now() - 60 * MIN);
    utimesSync(join(l.dir, '000000000001.json'), old, old);
    const second = l.approve(MIN);
    expect(listRecords('s', l.opts).map((r) => r.id)).toEqual([first.id, second.id]);
  });

  it('a temporary file a writer left behind is removed once it is old, not while a writer may still use it', () => {
    const l = log();
    l.approve(0);
    const stale = join(l.dir, '.tmp-1-1-dead');
    writeFileSync(stale, 'x');
    utimesSync(stale, new Date(Date.now() - 11 * MIN), new Date(Date.now() - 11 * MIN));
    const fresh = join(l.dir, '.tmp-2-2-busy');
    writeFileSync(fresh, 'x');
    l.approve(MIN);
    expect(readdirSync(l.dir).filter((n) => n.startsWith('.tmp-'))).toEqual(['.tmp-2-2-busy']);
  });
});
