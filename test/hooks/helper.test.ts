// The warm helper may only make a hook call faster, never change its answer: a helper that is
// missing, hangs or answers nonsense leaves the hook to answer in-process, and a real helper
// gives the same answers as an in-process run.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { socketPath } from '../../src/hooks/helper/address.js';
import { tempDir } from '../helpers/tmp.js';
import { bashInput, hookBundle, permission, reasonOf, repoRoot, runHook } from './support/hook-process.js';

const servers: Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

function setup() {
  const home = tempDir('execguard-helper-home-');
  const cwd = tempDir('execguard-helper-cwd-');
  // The helper is keyed on these variables: the test must compute the socket with the same ones.
  const env: Record<string, string> = { EXECGUARD_HOME: home, CLAUDE_PLUGIN_ROOT: repoRoot, HOME: process.env.HOME ?? '', PATH: process.env.PATH ?? '', KUBECONFIG: '', CLAUDE_PLUGIN_DATA: '' };
  return { home, cwd, env, socket: socketPath(hookBundle, env) };
}

/** A same-path impostor that accepts connections and then misbehaves. */
async function impostor(socket: string, behave: 'hang' | 'garbage'): Promise<void> {
  mkdirSync(join(socket, '..'), { recursive: true, mode: 0o700 });
  const server = createServer({ allowHalfOpen: true }, (conn) => {
    conn.on('data', () => undefined);
    conn.on('end', () => {
      if (behave === 'garbage') conn.end('{"not":"an answer"');
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(socket, resolve));
}

describe('warm helper', () => {
  it('starts after the first call, answers later calls, and agrees with in-process answers', async () => {
    const { cwd, env, socket } = setup();
    const commands = ['terraform destroy -auto-approve', 'ls -la', 'git push --force origin main', "git commit -m 'not conventional'", 'terraform apply tfplan'];
    const cold = await Promise.all(commands.map((c) => runHook('pre-tool-use', bashInput(c, { cwd }), { ...env, EXECGUARD_HOOK_HELPER: '0' }, cwd)));
    await runHook('pre-tool-use', bashInput('ls', { cwd }), env, cwd);
    for (let i = 0; i < 100 && !existsSync(socket); i++) await new Promise((r) => setTimeout(r, 100));
    expect(statSync(socket).isSocket()).toBe(true);
    expect(statSync(socket).mode & 0o777).toBe(0o600);
    const warm = [];
    for (const c of commands) warm.push(await runHook('pre-tool-use', bashInput(c, { cwd }), env, cwd));
    expect(warm.map((r) => [r.code, r.stdout])).toEqual(cold.map((r) => [r.code, r.stdout]));
    expect(cold.map(permission)).toEqual(['deny', 'allow', 'deny', 'deny', 'deny']);
  });

  it('a helper that never answers: the hook answers in-process (deny stays deny)', async () => {
    const { cwd, env, socket } = setup();
    await impostor(socket, 'hang');
    const run = await runHook('pre-tool-use', bashInput('terraform destroy -auto-approve', { cwd }), env, cwd);
    expect(permission(run)).toBe('deny');
    expect(reasonOf(run)).toMatch(/destroy/);
  });

  it('a helper that answers nonsense: the hook answers in-process', async () => {
    const { cwd, env, socket } = setup();
    await impostor(socket, 'garbage');
    const run = await runHook('pre-tool-use', bashInput('terraform destroy -auto-approve', { cwd }), env, cwd);
    expect(permission(run)).toBe('deny');
  });

  it('is not used when the socket folder is not private', async () => {
    const { cwd, env, socket, home } = setup();
    mkdirSync(join(socket, '..'), { recursive: true, mode: 0o755 });
    const { chmodSync } = await import('node:fs');
    chmodSync(join(socket, '..'), 0o755);
    await runHook('pre-tool-use', bashInput('ls', { cwd }), env, cwd);
    await new Promise((r) => setTimeout(r, 1500));
    expect(readdirSync(join(home, 'hookd'))).toEqual([]);
  });

  it('EXECGUARD_HOOK_HELPER=0 keeps every call in-process', async () => {
    const { cwd, env, home } = setup();
    await runHook('pre-tool-use', bashInput('ls', { cwd }), { ...env, EXECGUARD_HOOK_HELPER: '0' }, cwd);
    expect(existsSync(join(home, 'hookd'))).toBe(false);
  });
});
