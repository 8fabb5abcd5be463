// The grant log fails closed (issues 18 §7, 21 §1): through the real hook processes, a refusal (or
// a narrower approval) whose record is later emptied, truncated or deleted never brings an older
// grant back, and a refusal that cannot be written (full disk, read-only folder, unusable key)
// blocks the prompt with a message and leaves no grant in force where that is possible at all.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { bashInput, type HookRun, permission, promptInput, repoRoot, runHook } from './support/hook-process.js';

const SESSION = 'faults-1';
const APPLY = 'terraform -chdir=infra/dev apply -auto-approve';
const DESTROY = 'terraform -chdir=infra/dev destroy -auto-approve';

function fixture(home = tempDir('execguard-faults-home-')) {
  const cwd = tempDir('execguard-faults-cwd-');
  mkdirSync(join(cwd, 'infra', 'dev'), { recursive: true });
  // Every hook in its own process: no warm helper outlives the test (or holds a mount busy).
  const env = { EXECGUARD_HOME: home, CLAUDE_PLUGIN_ROOT: repoRoot, EXECGUARD_HOOK_HELPER: '0' };
  const dir = join(home, 'grants', SESSION);
  const records = () =>
    readdirSync(dir)
      .filter((n) => /^\d+\.json$/.test(n))
      .sort();
  return {
    home,
    dir,
    records,
    newest: () => join(dir, records().at(-1) as string),
    prompt: (text: string) => runHook('user-prompt-submit', promptInput(text, { session_id: SESSION, cwd }), env, cwd),
    allowed: async (command: string) =>
      permission(await runHook('pre-tool-use', bashInput(command, { session_id: SESSION, cwd }), env, cwd)) === 'allow',
  };
}

const recorded = (run: HookRun) => {
  expect(run.code).toBe(0);
  expect(run.json?.decision).toBeUndefined();
  expect(run.json.hookSpecificOutput.additionalContext).toMatch(/^execguard: /);
};

/** The prompt was blocked (Claude Code erases it and shows the reason to the user). */
const blockedWith = (run: HookRun, pattern: RegExp) => {
  expect(run.code).toBe(0);
  expect(run.json).toMatchObject({ decision: 'block' });
  expect(run.json.reason).toMatch(pattern);
};

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

describe('a lost newer record voids the session grants', () => {
  for (const [how, tamper] of TAMPER) {
    it(`a refusal ${how} afterwards: terraform apply stays denied`, async () => {
      const f = fixture();
      recorded(await f.prompt('User approved. Execute the plan.'));
      expect(await f.allowed(APPLY)).toBe(true);
      recorded(await f.prompt('No. Do not proceed.'));
      expect(await f.allowed(APPLY)).toBe(false);
      tamper(f.newest());
      expect(await f.allowed(APPLY)).toBe(false);
      expect(await f.allowed(DESTROY)).toBe(false);
    });

    it(`a plain approval after a destroy approval, ${how} afterwards: destroy stays denied`, async () => {
      const f = fixture();
      recorded(await f.prompt('User approved. Destroy the dev stack.'));
      expect(await f.allowed(DESTROY)).toBe(true);
      recorded(await f.prompt('User approved. Execute the plan.'));
      expect(await f.allowed(DESTROY)).toBe(false);
      tamper(f.newest());
      expect(await f.allowed(DESTROY)).toBe(false);
    });
  }

  it('deleting the newest records together with the head, or the records and not the head, voids the grants', async () => {
    const f = fixture();
    recorded(await f.prompt('User approved. Execute the plan.'));
    recorded(await f.prompt('No. Do not proceed.'));
    rmSync(f.newest());
    rmSync(join(f.home, 'grants', `${SESSION}.head`));
    expect(await f.allowed(APPLY)).toBe(false);
    const g = fixture();
    recorded(await g.prompt('User approved. Execute the plan.'));
    for (const name of g.records()) rmSync(join(g.dir, name));
    expect(await g.allowed(APPLY)).toBe(false);
  });

  it('a record written on a broken log does not re-anchor what is below it; a new approval still works', async () => {
    const f = fixture();
    recorded(await f.prompt('User approved. Execute the plan.'));
    recorded(await f.prompt('No. Do not proceed.'));
    rmSync(f.newest());
    rmSync(join(f.home, 'grants', `${SESSION}.head`));
    // "continue" writes nothing here; an unrelated prompt with no grant in force writes nothing
    // either, so the next record is the new approval: it stands on its own.
    recorded(await f.prompt('User approved. Execute the plan.'));
    expect(await f.allowed(APPLY)).toBe(true);
    recorded(await f.prompt('No. Do not proceed.'));
    expect(await f.allowed(APPLY)).toBe(false);
  });
});

// The real failures, on a real file system: a 64 KiB tmpfs as the state folder (needs root).
const canMount = (() => {
  if (process.getuid?.() !== 0) return false;
  const probe = tempDir('execguard-mount-probe-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const mounted: string[] = [];
afterEach(() => {
  for (const dir of mounted.splice(0)) execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
});

function smallDisk(): string {
  const dir = tempDir('execguard-faults-tmpfs-');
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0700', 'tmpfs', dir], { stdio: 'ignore' });
  mounted.push(dir);
  return dir;
}

/** Fills the file system holding `dir` until a write fails with ENOSPC. */
function fill(dir: string): void {
  const chunk = Buffer.alloc(1024, 120);
  for (let i = 0; ; i++) {
    try {
      writeFileSync(join(dir, `filler-${i}`), chunk);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOSPC') break;
      throw error;
    }
  }
  // Whatever a partial write took: fill the last bytes too.
  for (let size = 512; size >= 1; size >>= 1) {
    try {
      writeFileSync(join(dir, `filler-small-${size}`), Buffer.alloc(size, 120));
    } catch {
      /* full */
    }
  }
}

describe('a refusal that cannot be written', () => {
  it.skipIf(!canMount)(
    'a full disk (real ENOSPC, tmpfs): the prompt is blocked, the grants are void, no temporary file is left',
    async () => {
      const f = fixture(smallDisk());
      recorded(await f.prompt('User approved. Execute the plan.'));
      expect(await f.allowed(APPLY)).toBe(true);
      fill(f.home);
      const refusal = await f.prompt('No. Do not proceed.');
      blockedWith(refusal, /your refusal could not be recorded .*ENOSPC.*voided this session's approvals/s);
      expect(await f.allowed(APPLY)).toBe(false);
      expect(readdirSync(f.dir).filter((n) => !/^\d+\.json$/.test(n))).toEqual([]);
      expect(readdirSync(join(f.home, 'grants')).filter((n) => n.includes('.tmp'))).toEqual([]);
      // Space again: the next approval is recorded and counts; the void stays below it.
      for (const name of readdirSync(f.home).filter((n) => n.startsWith('filler-'))) rmSync(join(f.home, name));
      recorded(await f.prompt('User approved. Execute the plan.'));
      expect(await f.allowed(APPLY)).toBe(true);
    },
  );

  it.skipIf(!canMount)('a full disk: an approval that cannot be recorded blocks the prompt and grants nothing', async () => {
    const f = fixture(smallDisk());
    fill(f.home);
    blockedWith(await f.prompt('User approved. Execute the plan.'), /your approval could not be recorded/);
    expect(await f.allowed(APPLY)).toBe(false);
  });

  it.skipIf(!canMount)(
    'a read-only state folder (real EROFS, tmpfs remounted): the prompt is blocked and says the approval may be in force',
    async () => {
      const f = fixture(smallDisk());
      recorded(await f.prompt('User approved. Execute the plan.'));
      execFileSync('mount', ['-o', 'remount,ro', f.home], { stdio: 'ignore' });
      const refusal = await f.prompt('No. Do not proceed.');
      blockedWith(refusal, /your refusal could not be recorded .*EROFS.*could not void this session's approvals either/s);
    },
  );

  it('a garbled signing key: the prompt is blocked and the grants are void', async () => {
    const f = fixture();
    recorded(await f.prompt('User approved. Execute the plan.'));
    expect(await f.allowed(APPLY)).toBe(true);
    writeFileSync(join(f.home, 'keys', 'grant-signing.key'), '{"kty":"OKP","crv":"Ed25519","d":"garbled"');
    blockedWith(await f.prompt('No. Do not proceed.'), /your refusal could not be recorded .*voided this session's approvals/s);
    expect(await f.allowed(APPLY)).toBe(false);
  });
});
