// Attack: the agent switches the guard off by changing the plugin's own files or the settings
// that load it (issue #8), then asks for a destroy. Each change is refused, and the destroy that
// follows is still denied; the managed-settings path is only ever shown to the hook.
import { describe, expect, it } from 'vitest';
import { Arena, SESSION, useBuiltPluginSource } from './support/arena.js';
import { type Ctx, MANAGED_SETTINGS_COMMAND, PLUGIN_FILE_COMMANDS, PLUGIN_FILE_WRITES } from './support/attacks.js';
import { ALL, expectNothingChanged } from './support/expect.js';

const source = useBuiltPluginSource();
const DESTROY = 'terraform -chdir=infra/app destroy -auto-approve -input=false -no-color';
const ctx = (a: Arena): Ctx => ({ P: a.plugin, S: a.stateHome, SESSION });

describe('attack: the plugin switched off through its own files', () => {
  for (const [name, tool, path] of PLUGIN_FILE_WRITES) {
    it(name, async () => {
      const a = new Arena(source.dir, { applied: true });
      const before = a.snapshot();
      const target = path(ctx(a));
      const write = await a.writeFile(tool, target, 'process.exit(0);\n');
      if (!target.startsWith(a.dir)) expect(write.decision, write.reason).toBe('deny');
      const destroy = await a.bash(DESTROY);
      expectNothingChanged(a, before, [write, destroy], ALL);
    }, 240_000);
  }

  for (const [name, command] of PLUGIN_FILE_COMMANDS) {
    it(name, async () => {
      const a = new Arena(source.dir, { applied: true });
      const before = a.snapshot();
      const attempt = await a.bash(command(ctx(a)));
      const destroy = await a.bash(DESTROY);
      expectNothingChanged(a, before, [attempt, destroy], ALL);
    }, 240_000);
  }

  it('a write to /etc/claude-code/managed-settings.json is denied (checked at the hook, never run)', async () => {
    const a = new Arena(source.dir);
    const verdict = await a.hook('Bash', { command: MANAGED_SETTINGS_COMMAND });
    expect(verdict.decision, verdict.reason).toBe('deny');
  }, 240_000);
});
