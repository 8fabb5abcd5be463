// What a record written onto a broken grant log, and a record or head signed with the hooks' key
// that the store did not write, can bring back (src/state/grant-store.ts): nothing. A log that
// lost its newest record stays void below every record written after the loss, however the loss
// looks; a signed body that is not a well-formed record or head of this session is no grant.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ApprovalScope } from '../../src/approval/types.js';
import {
  activeGrant,
  activeUserGrant,
  listRecords,
  markAnswered,
  openPendingRequest,
  recordGrant,
  recordPending,
  revokeGrants,
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
const at = (ms: number) => new Date(T0 + ms);
const file = (seq: number) => `${String(seq).padStart(12, '0')}.json`;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function log() {
  const opts = { home: tempDir('execguard-grant-broken-') };
  const dir = join(opts.home, 'grants', 's');
  const head = join(opts.home, 'grants', 's.head');
  const path = (seq: number) => join(dir, file(seq));
  return {
    opts,
    dir,
    head,
    path,
    read: (seq: number) => readFileSync(path(seq), 'utf8'),
    approve: (ms: number, over: Partial<ApprovalScope> = {}) =>
      recordGrant({ sessionId: 's', source: 'user-prompt', scope: scope(over), approvalMinutes: 30, now: at(ms) }, opts),
    refuse: (ms: number) =>
      revokeGrants(
        { sessionId: 's', source: 'user-prompt', scope: scope({ affirmed: false, text: 'No.' }), now: at(ms), reason: 'refused' },
        opts,
      ),
    pending: (ms: number) =>
      recordPending(
        {
          sessionId: 's',
          source: 'stop',
          commands: [{ command: 'terraform -chdir=infra/prod destroy', rules: ['approval-gate'], environments: ['prod'] }],
          environments: ['prod'],
          digests: ['sha256:aaa'],
          messageHash: 'm',
          now: at(ms),
        },
        opts,
      ),
    grant: (ms: number) => activeGrant('s', at(ms), opts),
    userGrant: (ms: number) => activeUserGrant('s', at(ms), opts),
    /** Signs `body` with the hooks' own key, as {body, sig} (what only the hooks can write). */
    signed: (body: object) => {
      const text = JSON.stringify(body);
      return `${JSON.stringify({ body: text, sig: sign(text, signingKey(opts.home)) })}\n`;
    },
  };
}

type Log = ReturnType<typeof log>;

/**
 * Ways a log of a destroy grant (1) and the refusal that ended it (2) loses the refusal, or
 * gets something that is not it, with the head as the writer left it unless said otherwise.
 */
const LOSSES: [string, (l: Log) => void][] = [
  ['the refusal deleted, the head kept', (l) => rmSync(l.path(2))],
  [
    'every record deleted and the head emptied',
    (l) => {
      rmSync(l.path(2));
      rmSync(l.path(1));
      writeFileSync(l.head, '');
    },
  ],
  [
    'every record deleted, the head kept',
    (l) => {
      rmSync(l.path(2));
      rmSync(l.path(1));
    },
  ],
  [
    'the refusal deleted and the head removed',
    (l) => {
      rmSync(l.path(2));
      rmSync(l.head);
    },
  ],
  ['the refusal replaced by the grant below it', (l) => writeFileSync(l.path(2), l.read(1))],
  ['the refusal emptied', (l) => writeFileSync(l.path(2), '')],
  ['the refusal cut short', (l) => writeFileSync(l.path(2), l.read(2).slice(0, 40))],
];

/** The same grant and refusal, linked while the head still named the grant (a writer died before moving it). */
const LOSSES_ABOVE_THE_HEAD: [string, (l: Log) => void][] = [
  ['the refusal above the head emptied', (l) => writeFileSync(l.path(2), '')],
  ['the grant at the head deleted, the refusal above it kept', (l) => rmSync(l.path(1))],
  ['the refusal above the head replaced by the grant below it', (l) => writeFileSync(l.path(2), l.read(1))],
  ['the grant at the head replaced by the refusal above it', (l) => writeFileSync(l.path(1), l.read(2))],
];

describe('a record written after the refusal was lost does not bring the grant below back', () => {
  const afterLoss = (lose: (l: Log) => void, headLagging = false) => {
    const l = log();
    l.approve(0, { destroy: true });
    const headAtGrant = readFileSync(l.head);
    l.refuse(MIN);
    if (headLagging) writeFileSync(l.head, headAtGrant);
    lose(l);
    return l;
  };

  const cases = [
    ...LOSSES.map(([how, lose]) => [how, lose, false] as const),
    ...LOSSES_ABOVE_THE_HEAD.map(([how, lose]) => [how, lose, true] as const),
  ];
  for (const [how, lose, headLagging] of cases) {
    it(`${how}, then a request for approval is recorded: still no grant`, () => {
      const l = afterLoss(lose, headLagging);
      expect(l.grant(2 * MIN)).toBeNull();
      l.pending(2 * MIN);
      expect(l.grant(3 * MIN)).toBeNull();
      expect(l.userGrant(3 * MIN)).toBeNull();
      expect(listRecords('s', l.opts)).toEqual([]);
      markAnswered('s', at(3 * MIN), l.opts);
      expect(l.grant(4 * MIN)).toBeNull();
    });
  }

  it('the first record lost under a head still at the genesis, then another record written: it reads alone', () => {
    const l = log();
    const genesis = JSON.stringify({ kind: 'head', sessionId: 's', seq: 0, hash: '' });
    l.approve(0, { destroy: true });
    l.approve(MIN);
    writeFileSync(l.head, JSON.stringify({ body: genesis, sig: sign(genesis, signingKey(l.opts.home)) }));
    rmSync(l.path(1));
    // The narrower grant above the gap still counts (signed, above the head); the one below is gone.
    const third = l.approve(2 * MIN, { delete: true });
    expect(listRecords('s', l.opts).map((r) => r.id)).toEqual([third.id]);
  });

  it('the refusal lost, then a new approval: only the new one counts, and a refusal after it ends it', () => {
    for (const [, lose] of LOSSES) {
      const l = afterLoss(lose);
      const fresh = l.approve(2 * MIN);
      expect(l.grant(3 * MIN)?.id).toBe(fresh.id);
      expect(l.grant(3 * MIN)?.scope.destroy).toBe(false);
      expect(listRecords('s', l.opts).map((r) => r.id)).toEqual([fresh.id]);
      l.refuse(4 * MIN);
      expect(l.grant(5 * MIN)).toBeNull();
    }
  });
});

describe('an unsigned record is not made part of the log by the records written after it', () => {
  /** A hand-written user grant of destroy at `seq`, chained onto the record below, with no valid signature. */
  const forged = (l: Log, seq: number, below: string) => {
    const body = JSON.stringify({
      kind: 'grant',
      sessionId: 's',
      source: 'user-prompt',
      text: 'User approved. Execute the plan.',
      scope: scope({ destroy: true }),
      createdAt: at(2 * MIN).toISOString(),
      expiresAt: at(30 * MIN).toISOString(),
      seq,
      id: file(seq).slice(0, 12),
      prev: sha256(below),
    });
    writeFileSync(l.path(seq), JSON.stringify({ body, sig: Buffer.from('x'.repeat(64)).toString('base64') }));
  };

  it('linked above the refusal the head names, then a request recorded: no grant', () => {
    const l = log();
    l.approve(0);
    l.refuse(MIN);
    forged(l, 3, l.read(2));
    expect(l.grant(3 * MIN)).toBeNull();
    l.pending(3 * MIN);
    expect(l.grant(4 * MIN)).toBeNull();
    expect(l.userGrant(4 * MIN)).toBeNull();
    l.approve(5 * MIN);
    expect(listRecords('s', l.opts).map((r) => r.seq)).toEqual([5]);
  });

  it('put in place of a refusal linked above a lagging head, then a request recorded: no grant', () => {
    const l = log();
    l.approve(0);
    const headAtGrant = readFileSync(l.head);
    l.refuse(MIN);
    writeFileSync(l.head, headAtGrant);
    forged(l, 2, l.read(1));
    l.pending(3 * MIN);
    expect(l.grant(4 * MIN)).toBeNull();
  });

  it('put in place of the refusal the head names, then a request recorded: no grant', () => {
    const l = log();
    l.approve(0);
    l.refuse(MIN);
    forged(l, 2, l.read(1));
    expect(l.grant(3 * MIN)).toBeNull();
    l.pending(3 * MIN);
    expect(l.grant(4 * MIN)).toBeNull();
    expect(listRecords('s', l.opts)).toEqual([]);
  });
});

describe('a body signed with the hooks key that the store did not write is no grant', () => {
  /** A user grant as the store writes it, at `seq`, chained onto the record below. */
  const grantBody = (l: Log, seq: number, over: object = {}) => ({
    kind: 'grant',
    sessionId: 's',
    source: 'user-prompt',
    text: 'User approved. Execute the plan.',
    scope: scope({ destroy: true }),
    createdAt: at(MIN).toISOString(),
    expiresAt: at(30 * MIN).toISOString(),
    seq,
    id: file(seq).slice(0, 12),
    prev: sha256(l.read(seq - 1)),
    ...over,
  });

  const MALFORMED: [string, object][] = [
    ['a source the store never writes', { source: 'root' }],
    ['a kind the store never writes', { kind: 'superuser' }],
    ['no scope', { scope: null }],
    ['a scope that is text', { scope: 'everything' }],
    ['an expiry that is not text', { expiresAt: [at(30 * MIN).toISOString()] }],
    ['no creation time', { createdAt: undefined }],
    ['no link to the record below', { prev: undefined }],
  ];

  for (const [what, over] of MALFORMED) {
    it(`${what}, linked above a refusal and named by a signed head: no grant, nothing below`, () => {
      const l = log();
      l.refuse(0);
      const raw = l.signed(grantBody(l, 2, over));
      writeFileSync(l.path(2), raw);
      expect(l.grant(2 * MIN)).toBeNull();
      expect(l.userGrant(2 * MIN)).toBeNull();
      // Vouched for by the head's hash instead of its own signature: the same.
      writeFileSync(l.head, l.signed({ kind: 'head', sessionId: 's', seq: 2, hash: sha256(raw) }));
      expect(l.grant(2 * MIN)).toBeNull();
      expect(l.userGrant(2 * MIN)).toBeNull();
      expect(listRecords('s', l.opts)).toEqual([]);
    });
  }

  it('the well-formed body of the same test is a grant (the cases above differ only in what they name)', () => {
    const l = log();
    l.refuse(0);
    writeFileSync(l.path(2), l.signed(grantBody(l, 2)));
    expect(l.grant(2 * MIN)?.scope.destroy).toBe(true);
  });

  it('a signed grant whose scope does not affirm, or a revoke whose scope does: no grant', () => {
    for (const over of [{ scope: scope({ affirmed: false }) }, { kind: 'revoke' }]) {
      const l = log();
      l.refuse(0);
      writeFileSync(l.path(2), l.signed(grantBody(l, 2, over)));
      expect(l.grant(2 * MIN)).toBeNull();
      expect(l.userGrant(2 * MIN)).toBeNull();
    }
  });

  it('a signed pending or answered body of an unknown kind does not answer or open a request', () => {
    const l = log();
    l.pending(0);
    const body = {
      kind: 'question',
      sessionId: 's',
      createdAt: at(MIN).toISOString(),
      seq: 2,
      id: file(2).slice(0, 12),
      prev: sha256(l.read(1)),
    };
    writeFileSync(l.path(2), l.signed(body));
    expect(openPendingRequest('s', at(2 * MIN), l.opts)).toBeNull();
  });

  const HEADS: [string, object][] = [
    ['a kind other than head', { kind: 'record' }],
    ['a number that is text', { seq: '1' }],
    ['a number that is not whole', { seq: 1.5 }],
  ];

  for (const [what, over] of HEADS) {
    it(`a signed head with ${what} is no head: no grant`, () => {
      const l = log();
      l.approve(0);
      writeFileSync(l.head, l.signed({ kind: 'head', sessionId: 's', seq: 1, hash: sha256(l.read(1)), ...over }));
      expect(l.grant(MIN)).toBeNull();
    });
  }

  it("another session's genesis head in place of this one's, over records whose newest was deleted: no grant", () => {
    const l = log();
    l.approve(0);
    l.refuse(MIN);
    rmSync(l.path(2));
    writeFileSync(l.head, l.signed({ kind: 'head', sessionId: 't', seq: 0, hash: '' }));
    expect(l.grant(2 * MIN)).toBeNull();
  });

  it('a head that is not a file: recording fails, and nothing is granted', () => {
    const l = log();
    l.approve(0);
    rmSync(l.head);
    mkdirSync(join(l.head, 'inside'), { recursive: true });
    expect(() => l.approve(MIN, { destroy: true })).toThrow();
    expect(l.grant(2 * MIN)).toBeNull();
  });

  it('a head naming the newest record by number but not by hash: no grant', () => {
    const l = log();
    l.approve(0);
    writeFileSync(l.head, l.signed({ kind: 'head', sessionId: 's', seq: 1, hash: sha256('another record') }));
    expect(l.grant(MIN)).toBeNull();
  });
});

describe('the time grants are judged by', () => {
  it("the process clock set back a year is not the time a grant is recorded at: the kernel's is", () => {
    const l = log();
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2001-01-01T00:00:00Z'));
      const grant = recordGrant({ sessionId: 's', source: 'user-prompt', scope: scope(), approvalMinutes: 30, now: new Date() }, l.opts);
      expect(grant.createdAt.startsWith('2001')).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a state folder whose clock file cannot be touched judges by the kernel clock of a file elsewhere', () => {
    const l = log();
    mkdirSync(join(l.opts.home, 'clock'), { recursive: true });
    const grant = recordGrant({ sessionId: 's', source: 'user-prompt', scope: scope(), approvalMinutes: 30, now: new Date() }, l.opts);
    expect(activeGrant('s', new Date(), l.opts)?.id).toBe(grant.id);
  });
});
