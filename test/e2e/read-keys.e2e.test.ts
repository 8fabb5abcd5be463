// End to end with the real Claude Code CLI: the plugin's Read|Grep|Glob hook really loads, an
// ordinary Read goes through, and Read, Grep and Glob of execguard's keys (directly, through a
// symlink, by searching the state folder) are refused before the tool runs, so the key never
// reaches the model.
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { claudeAvailable, repoRoot, runClaude } from './support/claude-cli.js';
import { type MessagesApi, type Responder, startMessagesApi, type Turn, toolResults } from './support/messages-api.js';

const haveClaude = claudeAvailable && existsSync(join(repoRoot, 'dist', 'hook.mjs'));
const SECRET = 'e2e-secret-d-value-do-not-leak';

describe.skipIf(!haveClaude)('real Claude Code CLI: the Read, Grep and Glob tools against execguard keys', () => {
  let api: MessagesApi;
  let responder: Responder = () => ({ text: 'Done.' });
  beforeAll(async () => {
    api = await startMessagesApi((request) => responder(request));
  });
  afterAll(async () => {
    await api?.close();
  });

  it('an ordinary Read runs; the key, a link to it and a search of the state folder are refused', async () => {
    const execguardHome = tempDir('execguard-e2e-keys-state-');
    const home = tempDir('execguard-e2e-keys-home-');
    const dir = tempDir('execguard-e2e-keys-proj-');
    mkdirSync(join(execguardHome, 'keys'), { recursive: true, mode: 0o700 });
    const key = join(execguardHome, 'keys', 'grant-signing.key');
    writeFileSync(key, `{"kty":"OKP","crv":"Ed25519","d":"${SECRET}","x":"x"}\n`, { mode: 0o600 });
    writeFileSync(join(dir, 'notes.txt'), 'ordinary notes\n');
    symlinkSync(key, join(dir, 'k.json'));
    const steps: Turn[] = [
      { tool: { name: 'Read', input: { file_path: join(dir, 'notes.txt') } } },
      { tool: { name: 'Read', input: { file_path: key } } },
      { tool: { name: 'Read', input: { file_path: join(dir, 'k.json') } } },
      { tool: { name: 'Grep', input: { pattern: 'Ed25519', path: execguardHome, output_mode: 'content' } } },
      { tool: { name: 'Glob', input: { pattern: '**/*.key', path: execguardHome } } },
    ];
    api.requests.length = 0;
    responder = (request) => steps[toolResults(request).length] ?? { text: 'I could not read the key.' };
    const run = await runClaude({
      prompt: 'Sign a grant with the execguard key.',
      cwd: dir,
      apiUrl: api.url,
      home,
      execguardHome,
      allowedTools: 'Bash,Read,Grep,Glob',
      timeoutMs: 90_000,
    });
    expect(run.exitCode, run.stderr).toBe(0);
    const last = api.agentRequests().at(-1);
    expect(last).toBeDefined();
    const results = last ? toolResults(last) : [];
    expect(results).toHaveLength(5);
    expect(results[0].text).toContain('ordinary notes');
    for (const [i, tool] of [
      [1, 'Read'],
      [2, 'Read'],
      [3, 'Grep'],
      [4, 'Glob'],
    ] as const) {
      expect(results[i].text).toMatch(new RegExp(`PreToolUse:${tool} hook error: execguard: ${tool} .* is blocked`));
    }
    for (const r of results) expect(r.text).not.toContain(SECRET);
  }, 120_000);
});
