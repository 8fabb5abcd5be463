// `execguard init [--force] [--json]`: sets a user's repository up for execguard: .execguard.yaml
// (every key at its default, commented), plans/ (a commented example per operation type) and the
// Claude Code sandbox: on in .claude/settings.json (committed: no machine paths), with this
// machine's protected paths in .claude/settings.local.json (merged, never clobbered). Idempotent: a second run
// changes nothing; an existing file that differs is kept unless --force.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { agentSession } from '../../state/agent-session.js';
import { pluginRootOf } from '../../state/protected-paths.js';
import { stateHome, statePaths } from '../../state/home.js';
import { PLAN_TEMPLATES } from '../init/plan-templates.js';
import { policyTemplate } from '../init/policy-template.js';
import { mergeLocalSettings, mergeSharedSettings, type ProtectedTargets } from '../init/sandbox-settings.js';
import { parseArgs, UsageError, type Io } from '../io.js';

const USAGE = `Usage: execguard init [--force] [--json]

Sets up the repository you are in (its git root, else the current folder):
  .execguard.yaml        the project policy: every key at its default, commented out
  plans/<type>.yaml      a commented example plan for terraform, terragrunt, gitops, kubectl, app
  .claude/settings.json  Claude Code's Bash sandbox on (the file a team commits: no machine paths)
  .claude/settings.local.json
                         this machine's part: writes denied to execguard's state, the plugin and
                         the settings files, reads denied to the signing keys (not committed)
  Both are merged into existing settings; nothing is removed.
Running it again changes nothing. An existing file that differs is kept unless --force.
In an agent session (CLAUDECODE=1 or an execguard session id) it only creates what is missing:
the policy and the settings are the user's, and --force is refused where they exist.
  --force   overwrite .execguard.yaml and the example plans, and turn the sandbox on even where
            the settings turn it off (outside an agent session only)
  --json    print what was done as JSON
`;

type Action = 'created' | 'overwritten' | 'updated' | 'unchanged' | 'kept';
interface FileResult {
  path: string;
  action: Action;
  note?: string;
}

function repoRoot(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

function writeTemplate(root: string, rel: string, text: string, force: boolean): FileResult {
  const path = join(root, rel);
  if (existsSync(path)) {
    if (readFileSync(path, 'utf8') === text) return { path: rel, action: 'unchanged' };
    if (!force) return { path: rel, action: 'kept', note: 'exists and differs; --force overwrites it' };
    writeFileSync(path, text);
    return { path: rel, action: 'overwritten' };
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return { path: rel, action: 'created' };
}

/** Plugin data folders of every installed execguard (marketplace ids) and of --plugin-dir runs. */
function pluginDataDirs(env: NodeJS.ProcessEnv): string[] {
  const claudeDir = env.CLAUDE_CONFIG_DIR || join(env.HOME || homedir(), '.claude');
  const ids = new Set(['execguard@inline']);
  try {
    const installed = JSON.parse(readFileSync(join(claudeDir, 'plugins', 'installed_plugins.json'), 'utf8')) as {
      plugins?: Record<string, unknown>;
    };
    for (const id of Object.keys(installed.plugins ?? {})) if (id.startsWith('execguard@')) ids.add(id);
  } catch {
    // No plugin installed through a marketplace yet.
  }
  return [...ids].map((id) => join(claudeDir, 'plugins', 'data', id.replace(/[^A-Za-z0-9_-]/g, '-')));
}

/** What the sandbox must protect. Creates the state folders so the deny rules have something to bind. */
function protectedTargets(root: string, env: NodeJS.ProcessEnv): ProtectedTargets & { stateHomes: string[] } {
  const claudeDir = env.CLAUDE_CONFIG_DIR || join(env.HOME || homedir(), '.claude');
  const homes = [...new Set([stateHome(env), ...(env.CLAUDE_PLUGIN_DATA ? [env.CLAUDE_PLUGIN_DATA] : []), ...pluginDataDirs(env)])];
  const noWrite: string[] = [];
  const noRead: string[] = [];
  const files: string[] = [];
  for (const home of homes) {
    const p = statePaths(home);
    for (const dir of [p.grants, p.keys, p.pending]) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      noWrite.push(dir);
    }
    if (!existsSync(p.decisions)) writeFileSync(p.decisions, '', { mode: 0o600 });
    files.push(p.decisions);
    noRead.push(p.grantSigningKey, p.helperSecret);
  }
  const plugin = pluginRootOf(env);
  files.push(
    join(root, '.claude', 'settings.json'),
    join(root, '.claude', 'settings.local.json'),
    join(root, '.execguard.yaml'),
    join(claudeDir, 'settings.json'),
  );
  return { stateHomes: homes, noWrite, noRead, files, pluginRoots: plugin ? [resolve(plugin)] : [] };
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { boolean: ['force', 'json'] });
  if (flags.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}' (init works on the current repository)`);
  const force = Boolean(flags.force);
  const root = repoRoot(io.cwd);
  // Only the user changes the rules: an agent's init may create what is missing, never replace or
  // merge into the policy or the settings that are there (docs/guard-rules.md, "Rules that keep the guard itself in force").
  const inAgent = agentSession(io.env).inAgent;
  const ruleFiles = ['.execguard.yaml', join('.claude', 'settings.json'), join('.claude', 'settings.local.json')].filter((rel) =>
    existsSync(join(root, rel)),
  );
  if (inAgent && force && ruleFiles.length > 0) {
    io.stderr(
      `execguard init: refused: --force in an agent session would overwrite ${ruleFiles.join(' and ')} in ${root}. ` +
        'Only the user changes the policy and the Claude Code settings: ask them to run `execguard init --force` in their own terminal.\n',
    );
    return 1;
  }

  // The settings first: a broken settings file stops init before anything is written. The shared
  // file (committed) gets the sandbox switch only; this machine's paths go to the local file.
  const sharedRel = join('.claude', 'settings.json');
  const localRel = join('.claude', 'settings.local.json');
  const read = (rel: string): { json: Record<string, unknown>; existed: boolean } | string => {
    const path = join(root, rel);
    if (!existsSync(path)) return { json: {}, existed: false };
    try {
      const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not a JSON object');
      return { json: parsed as Record<string, unknown>, existed: true };
    } catch (error) {
      return `${path} is not valid JSON (${(error as Error).message}); fix it first, init never overwrites it`;
    }
  };
  const shared = read(sharedRel);
  const local = read(localRel);
  for (const problem of [shared, local])
    if (typeof problem === 'string') {
      io.stderr(`execguard init: ${problem}\n`);
      return 1;
    }
  if (typeof shared === 'string' || typeof local === 'string') return 1;
  const targets = protectedTargets(root, io.env);
  const mayReplace = force && !inAgent;
  const merges: [string, { json: Record<string, unknown>; existed: boolean }, ReturnType<typeof mergeSharedSettings>][] = [
    [sharedRel, shared, mergeSharedSettings(shared.json, mayReplace)],
    [localRel, local, mergeLocalSettings(local.json, targets, mayReplace)],
  ];

  const results: FileResult[] = [writeTemplate(root, '.execguard.yaml', policyTemplate(), mayReplace)];
  for (const [operation, text] of Object.entries(PLAN_TEMPLATES))
    results.push(writeTemplate(root, join('plans', `${operation}.yaml`), text, mayReplace));
  for (const [rel, before, merged] of merges) {
    if (inAgent && before.existed)
      results.push({
        path: rel,
        action: 'kept',
        note: 'an agent session never changes existing settings; the user runs `execguard init` to merge',
      });
    else if (merged.conflict) results.push({ path: rel, action: 'kept', note: merged.conflict });
    else if (!merged.changed) results.push({ path: rel, action: 'unchanged' });
    else {
      mkdirSync(join(root, '.claude'), { recursive: true });
      writeFileSync(join(root, rel), `${JSON.stringify(merged.settings, null, 2)}\n`);
      results.push({
        path: rel,
        action: before.existed ? 'updated' : 'created',
        ...(rel === localRel ? { note: "this machine's paths: keep it out of git" } : {}),
      });
    }
  }

  if (flags.json) {
    io.stdout(`${JSON.stringify({ root, files: results, stateHomes: targets.stateHomes, pluginRoots: targets.pluginRoots }, null, 2)}\n`);
    return 0;
  }
  io.stdout(`execguard init in ${root}\n`);
  for (const r of results) io.stdout(`  ${r.action.padEnd(11)} ${r.path}${r.note ? `  (${r.note})` : ''}\n`);
  io.stdout(
    `\nThe sandbox protects execguard's state (${targets.stateHomes.map((h) => (relative(root, h).startsWith('..') ? h : relative(root, h))).join(', ')})` +
      `${targets.pluginRoots.length ? `, the plugin (${targets.pluginRoots.join(', ')})` : ''} and the settings files.\n` +
      (process.platform === 'linux'
        ? 'On Linux it needs bubblewrap and socat (Debian/Ubuntu: sudo apt-get install bubblewrap socat).\n'
        : '') +
      'Next: edit a plan in plans/, then `execguard plan plans/<type>.yaml`.\n',
  );
  return 0;
}
