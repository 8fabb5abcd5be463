// `execguard doctor [--json] [--project DIR]`: is this machine's Claude Code guarded by execguard,
// and by what? Finds the installed plugin (installed_plugins.json, the marketplace it came from),
// checks its folder is there, runs its PreToolUse hook once on a destroy (it must deny), and says
// which boundary is in force (the same sentence SessionStart gives the agent). Exit 1 when no
// working execguard hook was found: a session there runs unguarded.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pluginRootOf } from '../../state/decision-input.js';
import type { ContainedPolicy } from '../../guard/policy.js';
import { loadPolicy } from '../../state/policy-file.js';
import { protectionOf, readJson } from '../../state/protection.js';
import { parseArgs, type Io } from '../io.js';

const USAGE = `Usage: execguard doctor [--json] [--project DIR]

Checks that Claude Code on this machine runs execguard's hooks, and which protection is in force
for the project (DIR, default: the current folder): the guard alone, Claude Code's sandbox, or
contained (the sandbox also denies the executor-only credential paths).
Exit 0 when a working execguard hook was found, 1 when sessions would run unguarded.
`;

type Json = Record<string, unknown>;

interface Check {
  name: string;
  ok: boolean;
  detail: string;
  /** What to do when it is not ok. */
  fix?: string;
}

interface PluginInstall {
  id: string;
  /** Where Claude Code runs the hooks from. */
  root: string;
  /** How the root was found. */
  source: string;
  enabled: boolean;
}

/** execguard as Claude Code knows it: installed plugins, the directory marketplaces they came from, and this session's own root. */
function findInstalls(env: NodeJS.ProcessEnv, projectDir: string): PluginInstall[] {
  const config = env.CLAUDE_CONFIG_DIR || join(env.HOME || homedir(), '.claude');
  const enabled: Record<string, unknown> = {};
  for (const file of [
    join(config, 'settings.json'),
    join(projectDir, '.claude', 'settings.json'),
    join(projectDir, '.claude', 'settings.local.json'),
  ])
    Object.assign(enabled, (readJson(file)?.enabledPlugins as Json | undefined) ?? {});
  const known = readJson(join(config, 'plugins', 'known_marketplaces.json')) ?? {};
  const installed = (readJson(join(config, 'plugins', 'installed_plugins.json'))?.plugins as Json | undefined) ?? {};
  const out: PluginInstall[] = [];
  for (const [id, entries] of Object.entries(installed)) {
    if (!id.startsWith('execguard@') || !Array.isArray(entries)) continue;
    const marketplace = id.slice('execguard@'.length);
    const mkt = known[marketplace] as { source?: { source?: string; path?: string } } | undefined;
    for (const entry of entries as { installPath?: string }[]) {
      // A directory marketplace runs the plugin from its source folder (a clone that can be moved or deleted).
      if (mkt?.source?.source === 'directory' && mkt.source.path) {
        const listed = readJson(join(mkt.source.path, '.claude-plugin', 'marketplace.json'));
        const plugin = (listed?.plugins as { name?: string; source?: unknown }[] | undefined)?.find((p) => p.name === 'execguard');
        const rel = typeof plugin?.source === 'string' ? plugin.source : '.';
        out.push({
          id,
          root: resolve(mkt.source.path, rel),
          source: `directory marketplace ${marketplace} (${mkt.source.path})`,
          enabled: enabled[id] === true,
        });
      } else if (entry.installPath) {
        out.push({ id, root: entry.installPath, source: `installed copy (${entry.installPath})`, enabled: enabled[id] === true });
      }
    }
  }
  if (env.CLAUDE_PLUGIN_ROOT && !out.some((p) => p.root === env.CLAUDE_PLUGIN_ROOT))
    out.push({ id: 'execguard (this session)', root: env.CLAUDE_PLUGIN_ROOT, source: 'CLAUDE_PLUGIN_ROOT', enabled: true });
  return out;
}

/** Runs the plugin's own PreToolUse hook as hooks.json registers it, on a destroy: a working guard denies it. */
function hookAnswers(root: string, env: NodeJS.ProcessEnv, projectDir: string): Check {
  const hooksFile = join(root, 'hooks', 'hooks.json');
  const hooks = readJson(hooksFile);
  const bash = (
    (hooks?.hooks as Json | undefined)?.PreToolUse as { matcher?: string; hooks?: { args?: string[]; onFailure?: string }[] }[] | undefined
  )?.find((e) => e.matcher === 'Bash')?.hooks?.[0];
  if (!bash?.args)
    return { name: 'hook', ok: false, detail: `${hooksFile} registers no PreToolUse hook for Bash`, fix: 'reinstall the plugin' };
  const args = bash.args.map((a) => a.replaceAll('${CLAUDE_PLUGIN_ROOT}', root));
  const scratch = mkdtempSync(join(tmpdir(), 'execguard-doctor-'));
  try {
    const run = spawnSync(process.execPath, args, {
      input: JSON.stringify({
        hook_event_name: 'PreToolUse',
        session_id: 'execguard-doctor',
        cwd: projectDir,
        tool_name: 'Bash',
        tool_input: { command: 'terraform destroy -auto-approve' },
      }),
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...env, CLAUDE_PLUGIN_ROOT: root, EXECGUARD_HOME: scratch, EXECGUARD_HOOK_HELPER: '0', CLAUDE_PROJECT_DIR: projectDir },
    });
    const decision = (() => {
      try {
        return (JSON.parse(run.stdout) as { hookSpecificOutput?: { permissionDecision?: string } }).hookSpecificOutput?.permissionDecision;
      } catch {
        return undefined;
      }
    })();
    if (decision === 'deny')
      return {
        name: 'hook',
        ok: true,
        detail: `the PreToolUse hook runs and denies \`terraform destroy -auto-approve\`${bash.onFailure === 'block' ? '; a hook that fails blocks (onFailure: block)' : ''}`,
      };
    return {
      name: 'hook',
      ok: false,
      detail: `the PreToolUse hook did not deny a destroy (exit ${run.status ?? run.signal}, ${(run.stderr || run.stdout).trim().split('\n')[0] ?? 'no output'})`,
      fix: 'reinstall the plugin (claude plugin install execguard@<marketplace>), or rebuild it (npm run build) for a development checkout',
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags } = parseArgs(argv, { valued: ['project'], boolean: ['json'] });
  if (flags.help) {
    io.stdout(USAGE);
    return 0;
  }
  const env = io.env;
  const projectDir = resolve(io.cwd, typeof flags.project === 'string' ? flags.project : env.CLAUDE_PROJECT_DIR || io.cwd);
  const checks: Check[] = [];
  const installs = findInstalls(env, projectDir);
  let guarded = false;
  if (installs.length === 0) {
    const own = pluginRootOf(env);
    checks.push({
      name: 'plugin',
      ok: false,
      detail: 'Claude Code has no execguard plugin installed for this user or project',
      fix: `claude plugin marketplace add <execguard repository> && claude plugin install execguard@execguard-marketplace${own ? ` (or, for development, claude --plugin-dir ${own})` : ''}`,
    });
  }
  for (const install of installs) {
    const where = `${install.id} from ${install.source}`;
    if (!existsSync(join(install.root, 'hooks', 'hooks.json'))) {
      checks.push({
        name: 'plugin',
        ok: false,
        detail: `${where}: the plugin folder ${install.root} is gone or incomplete, so Claude Code loads no execguard hooks`,
        fix: `put the clone back at its path, or reinstall: claude plugin uninstall ${install.id} && claude plugin install ${install.id}`,
      });
      continue;
    }
    checks.push({
      name: 'plugin',
      ok: install.enabled,
      detail: `${where}: ${install.enabled ? 'enabled' : 'installed but not enabled'}`,
      ...(install.enabled ? {} : { fix: `claude plugin enable ${install.id}` }),
    });
    const hook = hookAnswers(install.root, env, projectDir);
    checks.push(hook);
    if (hook.ok && install.enabled) guarded = true;
  }
  // The same policy and probe SessionStart uses, so both say the same sentence.
  let contained: ContainedPolicy | undefined;
  try {
    contained = (await loadPolicy(projectDir)).contained;
  } catch (error) {
    checks.push({
      name: 'policy',
      ok: false,
      detail: `${(error as Error).message}: every Bash command is denied until it is fixed`,
      fix: 'fix .execguard.yaml',
    });
  }
  const protection = protectionOf({ projectDir, env, probe: true, ...(contained ? { contained } : {}) });
  checks.push({
    name: 'protection',
    ok: guarded && protection.level !== 'guard-alone',
    detail: protection.line,
    ...(protection.level === 'guard-alone'
      ? { fix: 'run execguard init in the repository (it enables Claude Code sandbox), and install bubblewrap and socat on Linux' }
      : {}),
  });
  for (const gap of protection.level === 'sandbox' ? protection.gaps : [])
    checks.push({ name: 'contained', ok: false, detail: gap.what, fix: gap.fix });
  const verdict = !guarded ? 'unprotected' : protection.level;
  if (flags.json) {
    io.stdout(
      `${JSON.stringify({ verdict, guarded, protection: protection.level, executorOnly: protection.executorOnly, gaps: protection.gaps, checks }, null, 2)}\n`,
    );
  } else {
    io.stdout(`execguard doctor: ${verdict}\n\n`);
    for (const c of checks) {
      io.stdout(`${c.ok ? '✓' : '✗'} ${c.name}: ${c.detail}\n`);
      if (!c.ok && c.fix) io.stdout(`    fix: ${c.fix}\n`);
    }
    io.stdout('\nExecutor-only paths (only an approved run may use them):\n');
    for (const p of protection.executorOnly)
      io.stdout(
        `  ${p.readDenied && p.writeDenied ? '✓ denied' : '✗ open  '} ${p.path}${p.readDenied !== p.writeDenied ? ` (${p.readDenied ? 'read' : 'write'} denied only)` : ''}\n`,
      );
  }
  return guarded ? 0 : 1;
}
