// `execguard init [--force] [--json]`: sets a user's repository up for execguard: .execguard.yaml
// (every key at its default, commented), plans/ (a commented example per operation type) and the
// Claude Code sandbox: on in .claude/settings.json (committed: no machine paths), with this
// machine's protected paths in .claude/settings.local.json (merged, never clobbered). Idempotent: a second run
// changes nothing; an existing file that differs is kept unless --force.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { agentSession } from '../../state/agent-session.js';
import { pluginRootOf } from '../../state/decision-input.js';
import { stateHome, statePaths } from '../../state/home.js';
import { PLAN_TEMPLATES } from '../init/plan-templates.js';
import { policyTemplate } from '../init/policy-template.js';
import { containedSection } from '../init/contained-section.js';
import {
  type ContainedTargets,
  mergeContainedLocal,
  mergeContainedShared,
  mergeLocalSettings,
  mergeSharedSettings,
  type ProtectedTargets,
} from '../init/sandbox-settings.js';
import { executorOnlyTargets } from '../../state/protection.js';
import { DEFAULT_CONTAINED } from '../../guard/policy.js';
import { loadPolicy } from '../../state/policy-file.js';
import { parseArgs, UsageError, type Io } from '../io.js';

const USAGE = `Usage: execguard init [--force] [--json] [--contained]

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
  --contained
            contained mode (docs/contained.md): the sandbox also denies reading and writing the
            executor-only paths (cloud credentials, kubeconfigs, SSH and git credentials, terraform
            state folders, the origin when it is a folder, execguard's keys) and the control-plane
            hosts of .execguard.yaml's contained: section (added with the defaults when missing);
            only an approved \`execguard execute|resume|rollback\` runs outside the sandbox
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
  const writable: string[] = [];
  for (const home of homes) {
    const p = statePaths(home);
    // The CLI in the Bash tool writes its runs, locks and terraform data folders (TF_DATA_DIR) here.
    for (const dir of [p.runs, p.locks, join(home, 'terraform')]) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      writable.push(dir);
    }
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
  return { stateHomes: homes, noWrite, noRead, files, writable, pluginRoots: plugin ? [resolve(plugin)] : [] };
}

/**
 * `--contained` on a policy file that has no `contained:` section: appends the section (a new
 * top-level key, so nothing the user wrote changes). An agent session never edits the policy.
 */
function addContainedSection(root: string, results: FileResult[], inAgent: boolean): void {
  const path = join(root, '.execguard.yaml');
  const text = readFileSync(path, 'utf8');
  if (/^contained\s*:/m.test(text)) return;
  const index = results.findIndex((r) => r.path === '.execguard.yaml');
  if (inAgent) {
    results[index] = {
      path: '.execguard.yaml',
      action: 'kept',
      note: 'an agent session never changes the policy; the user runs `execguard init --contained`',
    };
    return;
  }
  writeFileSync(path, `${text.endsWith('\n') ? text : `${text}\n`}${containedSection()}`);
  results[index] = { path: '.execguard.yaml', action: 'updated', note: 'contained: section added' };
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { boolean: ['force', 'json', 'contained'] });
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
  const policyText = policyTemplate() + (flags.contained ? containedSection() : '');
  const results: FileResult[] = [writeTemplate(root, '.execguard.yaml', policyText, mayReplace)];
  let contained: ContainedTargets | undefined;
  if (flags.contained) {
    addContainedSection(root, results, inAgent);
    let policy: Awaited<ReturnType<typeof loadPolicy>>;
    try {
      policy = await loadPolicy(join(root, '.execguard.yaml'));
    } catch (error) {
      io.stderr(`execguard init: ${(error as Error).message}; fix it first, --contained reads its contained: section\n`);
      return 1;
    }
    if (!policy.contained && /^contained\s*:/m.test(readFileSync(join(root, '.execguard.yaml'), 'utf8'))) {
      io.stderr(`execguard init: ${join(root, '.execguard.yaml')} turns contained mode off (contained: false); remove that line first\n`);
      return 1;
    }
    const all = executorOnlyTargets(root, io.env, policy.contained ?? DEFAULT_CONTAINED);
    const portable = all.filter((t) => t.path === '~' || t.path.startsWith('~/')).map((t) => t.path);
    contained = {
      portable,
      machine: all.filter((t) => !portable.includes(t.path) && !t.writeOnly).map((t) => t.full),
      machineWriteOnly: all.filter((t) => t.writeOnly).map((t) => t.full),
      hosts: policy.contained?.controlPlaneHosts ?? [],
      executors: targets.pluginRoots.map((root) => join(root, 'bin', 'execguard')),
    };
  }
  const sharedMerge = contained ? mergeContainedShared(shared.json, contained, mayReplace) : mergeSharedSettings(shared.json, mayReplace);
  const localMerge = mergeLocalSettings(local.json, targets, mayReplace);
  if (contained && !localMerge.conflict) {
    localMerge.settings = mergeContainedLocal(localMerge.settings, contained);
    localMerge.changed = JSON.stringify(localMerge.settings) !== JSON.stringify(local.json);
  }
  const merges: [string, { json: Record<string, unknown>; existed: boolean }, ReturnType<typeof mergeSharedSettings>][] = [
    [sharedRel, shared, sharedMerge],
    [localRel, local, localMerge],
  ];

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
    io.stdout(
      `${JSON.stringify({ root, files: results, stateHomes: targets.stateHomes, pluginRoots: targets.pluginRoots, ...(contained ? { contained } : {}) }, null, 2)}\n`,
    );
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
      (contained
        ? `Contained: the agent's commands cannot use ${[...contained.portable, ...contained.machine].join(', ')}${contained.machineWriteOnly.length ? `, nor write ${contained.machineWriteOnly.join(', ')}` : ''}${contained.hosts.length ? ` or reach ${contained.hosts.join(', ')}` : ''}; only an approved execguard run leaves the sandbox. \`execguard doctor\` checks it.\n`
        : '') +
      'Next: edit a plan in plans/, then `execguard plan plans/<type>.yaml`.\n',
  );
  return 0;
}
