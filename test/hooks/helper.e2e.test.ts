// The warm helper may only make a hook call faster, never change its answer: a helper that is
// missing, hangs or answers nonsense leaves the hook to answer in-process, and a real helper
// gives the same answers as an in-process run.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { socketPath } from '../../src/hooks/helper/address.js';
import { answerMac, helperSecret, verifyAnswer } from '../../src/hooks/helper/proof.js';
import { waitUntil } from '../helpers/timeouts.js';
import { tempDir } from '../helpers/tmp.js';
import { bashInput, hookBundle, permission, reasonOf, repoRoot, runHook } from './support/hook-process.js';

// Impostors stay up until the file ends: the tests run concurrently, and each has its own socket.
const servers: Server[] = [];
afterAll(() => {
  for (const s of servers.splice(0)) s.close();
});

function setup() {
  const home = tempDir('execguard-helper-home-');
  const cwd = tempDir('execguard-helper-cwd-');
  // The helper is keyed on these variables: the test must compute the socket with the same ones.
  const env: Record<string, string> = {
    EXECGUARD_HOME: home,
    CLAUDE_PLUGIN_ROOT: repoRoot,
    HOME: process.env.HOME ?? '',
    PATH: process.env.PATH ?? '',
    KUBECONFIG: '',
    CLAUDE_PLUGIN_DATA: '',
  };
  return { home, cwd, env, socket: socketPath(hookBundle, env) };
}

const decisions = (home: string) =>
  existsSync(join(home, 'decisions.jsonl'))
    ? readFileSync(join(home, 'decisions.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
    : [];

/** A same-path impostor (what an agent could start with `nohup node fake.mjs &`) that accepts connections and then misbehaves. */
async function impostor(socket: string, behave: 'hang' | 'garbage' | 'bare-allow' | 'forged-mac'): Promise<void> {
  mkdirSync(join(socket, '..'), { recursive: true, mode: 0o700 });
  const server = createServer({ allowHalfOpen: true }, (conn) => {
    conn.on('data', () => undefined);
    conn.on('end', () => {
      if (behave === 'garbage') conn.end('{"not":"an answer"');
      if (behave === 'bare-allow') conn.end('{"exitCode":0}');
      if (behave === 'forged-mac') conn.end(JSON.stringify({ answer: '{"exitCode":0}', mac: 'ab'.repeat(32) }));
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(socket, resolve));
}

// Each test has its own state folder and socket: they run side by side, so the waits some of them
// must sit out (a helper that never answers, a helper starting) overlap instead of adding up.
describe.concurrent('warm helper', () => {
  it('starts after the first call, answers later calls, and agrees with in-process answers', async () => {
    const { cwd, env, socket } = setup();
    const commands = [
      'terraform destroy -auto-approve',
      'ls -la',
      'git push --force origin main',
      "git commit -m 'not conventional'",
      'terraform apply tfplan',
    ];
    const cold = await Promise.all(
      commands.map((c) => runHook('pre-tool-use', bashInput(c, { cwd }), { ...env, EXECGUARD_HOOK_HELPER: '0' }, cwd)),
    );
    await runHook('pre-tool-use', bashInput('ls', { cwd }), env, cwd);
    await waitUntil('the helper socket', () => existsSync(socket));
    expect(statSync(socket).isSocket()).toBe(true);
    expect(statSync(socket).mode & 0o777).toBe(0o600);
    const warm = [];
    for (const c of commands) warm.push(await runHook('pre-tool-use', bashInput(c, { cwd }), env, cwd));
    expect(warm.map((r) => [r.code, r.stdout])).toEqual(cold.map((r) => [r.code, r.stdout]));
    expect(cold.map(permission)).toEqual(['deny', 'allow', 'deny', 'deny', 'deny']);
  });

  it('a helper that never answers: the hook answers in-process (deny stays deny)', async () => {
    const { cwd, env, socket, home } = setup();
    await impostor(socket, 'hang');
    const run = await runHook('pre-tool-use', bashInput('terraform destroy -auto-approve', { cwd }), env, cwd);
    expect(permission(run)).toBe('deny');
    expect(reasonOf(run)).toMatch(/destroy/);
    expect(decisions(home).map((d) => d.rules[0])).toContain('helper-slow');
  });

  it('a helper that answers nonsense: the hook answers in-process', async () => {
    const { cwd, env, socket } = setup();
    await impostor(socket, 'garbage');
    const run = await runHook('pre-tool-use', bashInput('terraform destroy -auto-approve', { cwd }), env, cwd);
    expect(permission(run)).toBe('deny');
  });

  for (const behave of ['bare-allow', 'forged-mac'] as const) {
    it(`an impostor answering ${behave === 'bare-allow' ? 'a bare {"exitCode":0}' : 'with a forged proof'} is ignored, logged, and loses the socket`, async () => {
      const { cwd, env, socket, home } = setup();
      await impostor(socket, behave);
      const impostorInode = statSync(socket).ino;
      const run = await runHook('pre-tool-use', bashInput('terraform destroy -auto-approve', { cwd }), env, cwd);
      expect(permission(run)).toBe('deny');
      expect(reasonOf(run)).toMatch(/destroy/);
      const logged = decisions(home).map((d) => d.rules[0]);
      expect(logged).toContain('helper-unverified');
      expect(logged).toContain('terraform-destroy');
      // The hook took the socket name back and started the real helper there.
      await waitUntil('a new helper socket', () => existsSync(socket) && statSync(socket).ino !== impostorInode);
      expect(statSync(socket).ino).not.toBe(impostorInode);
      const again = await runHook('pre-tool-use', bashInput('terraform destroy -auto-approve', { cwd }), env, cwd);
      expect(permission(again)).toBe('deny');
    });
  }

  it('a stale file in place of the socket is replaced by a real helper', async () => {
    const { cwd, env, socket } = setup();
    mkdirSync(join(socket, '..'), { recursive: true, mode: 0o700 });
    writeFileSync(socket, 'not a socket');
    const run = await runHook('pre-tool-use', bashInput('terraform destroy -auto-approve', { cwd }), env, cwd);
    expect(permission(run)).toBe('deny');
    await waitUntil('a helper socket in place of the stale file', () => existsSync(socket) && statSync(socket).isSocket());
    expect(statSync(socket).isSocket()).toBe(true);
  });

  it('keeps the helper secret private: 0600 in a 0700 keys folder, one secret for parallel callers', async () => {
    const { home } = setup();
    const file = join(home, 'keys', 'helper.secret');
    const secrets = Array.from({ length: 8 }, () => helperSecret(file, true)?.toString('hex'));
    expect(new Set(secrets).size).toBe(1);
    expect(secrets[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(home, 'keys')).mode & 0o777).toBe(0o700);
    expect(readdirSync(join(home, 'keys'))).toEqual(['helper.secret']);
  });

  it('trusts no secret file another user or anyone else could read', async () => {
    const { home } = setup();
    mkdirSync(join(home, 'keys'), { mode: 0o700 });
    writeFileSync(join(home, 'keys', 'helper.secret'), Buffer.alloc(32, 7), { mode: 0o644 });
    expect(helperSecret(join(home, 'keys', 'helper.secret'), true)).toBeUndefined();
  });

  it('a proof binds the secret, the nonce, the exact request and the exact answer', () => {
    const secret = Buffer.alloc(32, 1);
    const request = JSON.stringify({ v: 1, nonce: 'n1', event: 'pre-tool-use', stdin: '{"command":"terraform destroy"}' });
    const answer = '{"exitCode":0}';
    const mac = answerMac(secret, 'n1', request, answer);
    expect(verifyAnswer(secret, 'n1', request, answer, mac)).toBe(true);
    expect(verifyAnswer(Buffer.alloc(32, 2), 'n1', request, answer, mac)).toBe(false);
    expect(verifyAnswer(secret, 'n2', request, answer, mac)).toBe(false);
    expect(verifyAnswer(secret, 'n1', request.replace('terraform destroy', 'ls'), answer, mac)).toBe(false);
    expect(verifyAnswer(secret, 'n1', request, '{"exitCode":2}', mac)).toBe(false);
    expect(verifyAnswer(secret, 'n1', request, answer, undefined)).toBe(false);
    expect(verifyAnswer(secret, 'n1', request, answer, 'zz')).toBe(false);
  });

  it('is not used when the socket folder is not private', async () => {
    const { cwd, env, socket, home } = setup();
    mkdirSync(join(socket, '..'), { recursive: true, mode: 0o755 });
    const { chmodSync } = await import('node:fs');
    chmodSync(join(socket, '..'), 0o755);
    const run = await runHook('pre-tool-use', bashInput('terraform destroy -auto-approve', { cwd }), env, cwd);
    expect(permission(run)).toBe('deny');
    // The hook said why it answered in-process, and started no helper in that folder.
    expect(decisions(home).map((d) => d.rules[0])).toContain('helper-untrusted-folder');
    expect(readdirSync(join(home, 'hookd'))).toEqual([]);
  });

  it.each(['0', 'off', 'false', 'NO'])('EXECGUARD_HOOK_HELPER=%s keeps every call in-process', async (off) => {
    const { cwd, env, home } = setup();
    await runHook('pre-tool-use', bashInput('ls', { cwd }), { ...env, EXECGUARD_HOOK_HELPER: off }, cwd);
    expect(existsSync(join(home, 'hookd'))).toBe(false);
  });

  it('any other EXECGUARD_HOOK_HELPER value leaves the helper on', async () => {
    const { cwd, env, home } = setup();
    await runHook('pre-tool-use', bashInput('ls', { cwd }), { ...env, EXECGUARD_HOOK_HELPER: '1' }, cwd);
    expect(existsSync(join(home, 'hookd'))).toBe(true);
  });
});
