// Time from a source the agent does not set (issue 21 §2): the hook process runs under a preload
// that moves Date (NODE_OPTIONS=--require shift.cjs, as an attacker who reaches the hook's
// environment would), and a grant's life is unaffected: judged by the kernel's file times from the
// record's creation and its duration. A signed record from the future, or one living longer than
// the policy allows, is not a grant.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApprovalScope } from '../../src/approval/types.js';
import { listRecords, recordGrant } from '../../src/state/grant-store.js';
import { tempDir } from '../helpers/tmp.js';
import { bashInput, permission, promptInput, repoRoot, runHook } from './support/hook-process.js';

const SESSION = 'clock-1';
const APPLY = 'terraform apply -auto-approve';
const MINUTE = 60_000;
const YEAR = 365 * 24 * 60 * MINUTE;

const scope: ApprovalScope = {
  text: 'User approved. Execute the plan.',
  affirmed: true,
  destroy: false,
  delete: false,
  forcePush: false,
  environments: [],
};

function fixture() {
  const home = tempDir('execguard-clock-home-');
  const cwd = tempDir('execguard-clock-cwd-');
  const shift = join(home, 'shift.cjs');
  // Moves Date (Date.now() and new Date()) by SHIFT_MS for the whole hook process.
  writeFileSync(
    shift,
    `const Real = Date;
const by = Number(process.env.SHIFT_MS || 0);
class Shifted extends Real {
  constructor(...args) { if (args.length === 0) super(Real.now() + by); else super(...args); }
  static now() { return Real.now() + by; }
}
globalThis.Date = Shifted;
`,
  );
  const env = (shiftMs: number) => ({
    EXECGUARD_HOME: home,
    CLAUDE_PLUGIN_ROOT: repoRoot,
    EXECGUARD_HOOK_HELPER: '0',
    NODE_OPTIONS: `--require ${shift}`,
    SHIFT_MS: String(shiftMs),
  });
  return {
    home,
    env,
    prompt: (text: string, shiftMs: number) =>
      runHook('user-prompt-submit', promptInput(text, { session_id: SESSION, cwd }), env(shiftMs), cwd),
    allowed: async (command: string, shiftMs: number) =>
      permission(await runHook('pre-tool-use', bashInput(command, { session_id: SESSION, cwd }), env(shiftMs), cwd)) === 'allow',
  };
}

describe('grant expiry under a shifted clock', () => {
  it('the preload does move Date in a node process (the harness works)', () => {
    const f = fixture();
    const year = execFileSync(process.execPath, ['-e', 'process.stdout.write(String(new Date().getUTCFullYear()))'], {
      env: { ...process.env, ...f.env(10 * YEAR) },
      encoding: 'utf8',
    });
    expect(Number(year)).toBeGreaterThanOrEqual(new Date().getUTCFullYear() + 9);
  });

  it('a grant recorded with the clock 10 years ahead lives its 30 minutes from now, not from 10 years ahead', async () => {
    const f = fixture();
    await f.prompt('User approved. Execute the plan.', 10 * YEAR);
    const [grant] = listRecords(SESSION, { home: f.home });
    expect(Math.abs(Date.parse(grant.createdAt) - Date.now())).toBeLessThan(YEAR);
    expect(Date.parse(grant.expiresAt) - Date.parse(grant.createdAt)).toBe(30 * MINUTE);
    // A hook whose clock says it is 10 years and 31 minutes later still sees it in force: the
    // kernel says a moment has passed.
    expect(await f.allowed(APPLY, 10 * YEAR + 31 * MINUTE)).toBe(true);
    expect(await f.allowed(APPLY, -24 * 60 * MINUTE)).toBe(true);
  });

  it('an expired grant stays expired when the hook clock is moved back', async () => {
    const f = fixture();
    recordGrant(
      { sessionId: SESSION, source: 'user-prompt', scope, approvalMinutes: 30, now: new Date(Date.now() - 120 * MINUTE) },
      { home: f.home },
    );
    expect(await f.allowed(APPLY, 0)).toBe(false);
    expect(await f.allowed(APPLY, -120 * MINUTE)).toBe(false);
    expect(await f.allowed(APPLY, -24 * 60 * MINUTE)).toBe(false);
  });

  it('a signed record created in 2999 is not a grant, whatever the hook clock says', async () => {
    const f = fixture();
    const future = new Date('2999-01-01T00:00:00Z');
    recordGrant({ sessionId: SESSION, source: 'user-prompt', scope, approvalMinutes: 30, now: future }, { home: f.home });
    expect(await f.allowed(APPLY, 0)).toBe(false);
    expect(await f.allowed(APPLY, future.getTime() - Date.now() + MINUTE)).toBe(false);
  });

  it('a signed record living longer than the policy allows (a day) is not a grant', async () => {
    const f = fixture();
    recordGrant({ sessionId: SESSION, source: 'user-prompt', scope, approvalMinutes: 5 * 365 * 24 * 60 }, { home: f.home });
    expect(await f.allowed(APPLY, 0)).toBe(false);
  });
});
