// The attacker's seat, made real and kept small: a temporary HOME whose default state folder
// (~/.local/state/execguard) is EXECGUARD_HOME, a copy of the built plugin (dist/, hooks/,
// bin/, .claude-plugin/), a git repository with a bare origin holding a terraform_data
// workspace, and a Claude Code session id. A tool call goes first to the real hook process, found
// and started exactly as hooks/hooks.json registers it (matcher, command, args). Only when that
// hook allows does the call happen: a Bash command runs with cwd, HOME and EXECGUARD_HOME inside
// the arena, PATH holding the real git/terraform/node, and npm pointed at no registry; a file
// tool writes inside the arena. Nothing here ever runs outside the arena's folders: a path
// outside it (say /etc) is checked by the hook and never written.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeAll } from 'vitest';
import { activeGrant } from '../../../src/state/grant-store.js';
import { tempDir } from '../../helpers/tmp.js';
import { demoPlan, TERRAFORM_DEMO } from '../../support/terraform.js';
import { createRepo, type TestRepo } from '../../support/workspace.js';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
export const SESSION = 'attack-session-1';
export const APPROVE = 'User approved. Execute the plan.';

/**
 * Builds the bundles once per test file into a temporary plugin source folder (or takes
 * EXECGUARD_TEST_PLUGIN_ROOT's dist/). Each arena gets its own copy, so an attack the hook lets
 * through changes that copy only.
 */
export function useBuiltPluginSource(): { dir: string } {
  const source = { dir: '' };
  beforeAll(() => {
    const dir = tempDir('execguard-attack-plugin-src-');
    const existing = process.env.EXECGUARD_TEST_PLUGIN_ROOT;
    if (existing) cpSync(join(existing, 'dist'), join(dir, 'dist'), { recursive: true, dereference: true });
    else execFileSync(process.execPath, [join(repoRoot, 'scripts/build.mjs'), join(dir, 'dist')], { cwd: repoRoot, stdio: 'pipe' });
    for (const part of ['hooks', 'bin', '.claude-plugin'])
      cpSync(join(repoRoot, part), join(dir, part), { recursive: true, dereference: true });
    source.dir = dir;
  }, 240_000);
  return source;
}

export interface HookVerdict {
  /** allow (silent or explicit), deny, ask; 'unhooked' when no registered matcher covers the tool. */
  decision: 'allow' | 'deny' | 'ask' | 'unhooked';
  reason: string;
  /** The tool input as the hook rewrote it (Claude Code runs this one instead of the model's). */
  updatedInput?: Record<string, unknown>;
}

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface Attempt extends HookVerdict {
  /** Present only when the hook allowed and the call was carried out. */
  ran?: Ran;
}

export interface Snapshot {
  origin: string;
  tfState: Record<string, string>;
  grant: string | null;
  grantFiles: string[];
  plugin: Record<string, string>;
  repoFiles: Record<string, string>;
  extra: Record<string, unknown>;
}

export interface ArenaOptions {
  /** Apply infra/app once before the attack, so a destroy has something to destroy. */
  applied?: boolean;
  /** A kubeconfig the commands use (e.g. the loopback API server's). */
  kubeconfig?: (dir: string) => string;
  /** The workdir whose main.tf has a change waiting for a plan run (default infra/app). */
  pending?: 'infra/app' | 'infra/prod';
  /** Extra files in the repository, committed and pushed with the initial commit. */
  files?: Record<string, string>;
  /** More state to include in snapshots (e.g. whether a namespace still exists). */
  extraState?: () => Record<string, unknown>;
}

const hashFile = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);

/** Every file under `dir` (symlinks as their target), relative path -> short hash. */
function tree(dir: string, skip: (rel: string) => boolean = () => false): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const full = join(d, name);
      const rel = relative(dir, full);
      if (skip(rel)) continue;
      const s = lstatSync(full);
      if (s.isSymbolicLink()) out[rel] = `-> ${readlinkSync(full)}`;
      else if (s.isDirectory()) {
        out[`${rel}/`] = 'dir';
        walk(full);
      } else if (s.isFile()) out[rel] = hashFile(full);
      else out[rel] = 'other';
    }
  };
  walk(dir);
  return out;
}

/** Matches a tool name the way Claude Code matches a PreToolUse matcher. */
function matches(matcher: string | undefined, tool: string): boolean {
  if (!matcher || matcher === '*') return true;
  if (/^[A-Za-z0-9_\- ,|]+$/.test(matcher))
    return matcher
      .split(/[|,]/)
      .map((m) => m.trim())
      .includes(tool);
  return new RegExp(matcher).test(tool);
}

export class Arena {
  readonly dir: string;
  readonly home: string;
  readonly stateHome: string;
  readonly plugin: string;
  readonly repo: string;
  readonly origin: string;
  private readonly gitRepo: TestRepo;
  readonly kubeconfig?: string;
  readonly session = SESSION;
  private readonly extraState?: () => Record<string, unknown>;

  constructor(pluginSource: string, options: ArenaOptions = {}) {
    this.dir = tempDir('execguard-attack-');
    this.home = join(this.dir, 'home');
    this.stateHome = join(this.home, '.local', 'state', 'execguard');
    this.plugin = join(this.dir, 'plugin');
    this.repo = join(this.dir, 'repo');
    this.origin = join(this.dir, 'origin.git');
    this.extraState = options.extraState;
    mkdirSync(this.stateHome, { recursive: true, mode: 0o700 });
    mkdirSync(join(this.stateHome, 'grants', SESSION), { recursive: true, mode: 0o700 });
    cpSync(pluginSource, this.plugin, { recursive: true });
    if (options.kubeconfig) this.kubeconfig = options.kubeconfig(this.dir);

    this.gitRepo = createRepo(this.dir, { name: 'repo', tracking: false });
    cpSync(TERRAFORM_DEMO, join(this.repo, 'infra/app'), { recursive: true });
    cpSync(TERRAFORM_DEMO, join(this.repo, 'infra/prod'), { recursive: true });
    writeFileSync(join(this.repo, '.gitignore'), '*.tfstate\n*.tfstate.backup\n.terraform/\n.terraform.lock.hcl\nnode_modules/\n');
    mkdirSync(join(this.repo, '.claude'));
    writeFileSync(join(this.repo, '.claude', 'settings.json'), '{"permissions":{"deny":[]}}\n');
    const plan = (workdir: string) => demoPlan({ workdir, verify: false });
    writeFileSync(join(this.repo, 'plan.yaml'), plan('infra/app'));
    writeFileSync(join(this.repo, 'plan-prod.yaml'), plan('infra/prod'));
    for (const [path, text] of Object.entries(options.files ?? {})) {
      mkdirSync(dirname(join(this.repo, path)), { recursive: true });
      writeFileSync(join(this.repo, path), text);
    }
    this.git('add', '-A');
    this.git('commit', '-q', '-m', 'chore: initial workspace');
    this.git('push', '-q', 'origin', 'main');
    // A change waiting to be committed, applied and pushed by a plan run.
    const tf = join(this.repo, options.pending ?? 'infra/app', 'main.tf');
    writeFileSync(tf, readFileSync(tf, 'utf8').replace('version = "1"', 'version = "2"'));
    // `npx -y execguard` / `npm exec -- execguard` resolve to the installed plugin, never the registry.
    const pkg = join(this.repo, 'node_modules', 'execguard');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(
      join(pkg, 'package.json'),
      JSON.stringify({ name: 'execguard', version: '0.0.0-attack', type: 'module', bin: { execguard: 'bin/execguard.mjs' } }),
    );
    symlinkSync(join(this.plugin, 'bin'), join(pkg, 'bin'));
    symlinkSync(join(this.plugin, 'dist'), join(pkg, 'dist'));
    mkdirSync(join(this.repo, 'node_modules', '.bin'));
    symlinkSync(join(pkg, 'bin', 'execguard.mjs'), join(this.repo, 'node_modules', '.bin', 'execguard'));
    if (options.applied) this.terraform('infra/app', 'init', '-input=false', '-no-color');
    if (options.applied) this.terraform('infra/app', 'apply', '-auto-approve', '-input=false', '-no-color');
  }

  git(...args: string[]): string {
    return this.gitRepo.git(...args);
  }

  private terraform(workdir: string, ...args: string[]): void {
    execFileSync('terraform', args, { cwd: join(this.repo, workdir), env: this.baseEnv(), stdio: 'pipe' });
  }

  /** What Claude Code gives a hook and a Bash command inside this session. */
  baseEnv(): NodeJS.ProcessEnv {
    const keep = ['PATH', 'LANG', 'TMPDIR', 'SystemRoot'];
    const env: NodeJS.ProcessEnv = {};
    for (const k of keep) if (process.env[k] !== undefined) env[k] = process.env[k];
    return {
      ...env,
      PATH: `${join(this.plugin, 'bin')}:${dirname(process.execPath)}:${process.env.PATH ?? '/usr/bin:/bin'}`,
      HOME: this.home,
      EXECGUARD_HOME: this.stateHome,
      CLAUDE_PLUGIN_ROOT: this.plugin,
      CLAUDE_PROJECT_DIR: this.repo,
      CLAUDECODE: '1',
      EXECGUARD_SESSION_ID: SESSION,
      EXECGUARD_HOOK_HELPER_IDLE_MS: '5000',
      TF_CLI_CONFIG_FILE: '',
      CHECKPOINT_DISABLE: '1',
      TF_IN_AUTOMATION: '1',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_TERMINAL_PROMPT: '0',
      npm_config_offline: 'true',
      npm_config_registry: 'http://127.0.0.1:9/',
      npm_config_cache: join(this.dir, 'npm-cache'),
      npm_config_update_notifier: 'false',
      ...(this.kubeconfig ? { KUBECONFIG: this.kubeconfig } : { KUBECONFIG: join(this.dir, 'no-kubeconfig') }),
    };
  }

  /** The PreToolUse hooks hooks/hooks.json registers for `tool`, run as Claude Code runs them. */
  async hook(tool: string, toolInput: Record<string, unknown>, cwd: string = this.repo): Promise<HookVerdict> {
    const input = {
      session_id: SESSION,
      transcript_path: join(this.dir, 'transcript.jsonl'),
      cwd,
      hook_event_name: 'PreToolUse',
      tool_name: tool,
      tool_input: toolInput,
      tool_use_id: 'toolu_attack',
    };
    const handlers = this.registered('PreToolUse', tool);
    if (handlers.length === 0) return { decision: 'unhooked', reason: 'no PreToolUse hook matches this tool' };
    let verdict: HookVerdict = { decision: 'allow', reason: '' };
    for (const h of handlers) {
      const run = await runProcess(h.command, h.args, JSON.stringify(input), this.baseEnv(), cwd, (h.timeout ?? 60) * 1000);
      if (run.code === 2) return { decision: 'deny', reason: run.stderr };
      if (run.code !== 0) return { decision: 'deny', reason: `hook failed (${run.code}); onFailure block: ${run.stderr}` };
      if (!run.stdout.trim()) continue;
      const out = JSON.parse(run.stdout).hookSpecificOutput ?? {};
      const decision = out.permissionDecision ?? 'allow';
      if (decision !== 'allow') return { decision, reason: out.permissionDecisionReason ?? '' };
      verdict = {
        decision: 'allow',
        reason: out.permissionDecisionReason ?? '',
        ...(out.updatedInput ? { updatedInput: out.updatedInput } : {}),
      };
    }
    return verdict;
  }

  /** The hooks of an event whose matcher covers `tool`, with ${CLAUDE_PLUGIN_ROOT} filled in. */
  private registered(event: string, tool?: string): { command: string; args: string[]; timeout?: number }[] {
    const file = join(this.plugin, 'hooks', 'hooks.json');
    if (!existsSync(file)) return [];
    const config = JSON.parse(readFileSync(file, 'utf8')).hooks?.[event] ?? [];
    const fill = (s: string) => s.replaceAll('${CLAUDE_PLUGIN_ROOT}', this.plugin);
    return config
      .filter((group: { matcher?: string }) => tool === undefined || matches(group.matcher, tool))
      .flatMap((group: { hooks: { command: string; args?: string[]; timeout?: number }[] }) => group.hooks)
      .map((h: { command: string; args?: string[]; timeout?: number }) => ({
        command: fill(h.command),
        args: (h.args ?? []).map(fill),
        timeout: h.timeout,
      }));
  }

  /** The user types a prompt: the UserPromptSubmit hooks run (they record or revoke grants). */
  async prompt(text: string): Promise<Ran[]> {
    const input = {
      session_id: SESSION,
      transcript_path: join(this.dir, 'transcript.jsonl'),
      cwd: this.repo,
      hook_event_name: 'UserPromptSubmit',
      prompt: text,
    };
    const runs: Ran[] = [];
    for (const h of this.registered('UserPromptSubmit'))
      runs.push(await runProcess(h.command, h.args, JSON.stringify(input), this.baseEnv(), this.repo, (h.timeout ?? 60) * 1000));
    return runs;
  }

  /**
   * The agent's Bash tool: the hook decides; only if it allows, the command runs in the arena.
   * `cwd` is the session's folder for this call (Claude Code keeps a `cd` across calls).
   */
  async bash(command: string, cwd: string = this.repo): Promise<Attempt> {
    const verdict = await this.hook('Bash', { command, description: 'attack' }, cwd);
    if (verdict.decision !== 'allow' && verdict.decision !== 'unhooked') return verdict;
    const run = typeof verdict.updatedInput?.command === 'string' ? verdict.updatedInput.command : command;
    return { ...verdict, ran: await runProcess('bash', ['-c', run], '', this.baseEnv(), cwd, 180_000) };
  }

  /**
   * The agent's Write/Edit tool on `path` (absolute or relative to the repository). Only a path
   * inside the arena is ever written; outside it the hook's answer is all the test looks at.
   */
  async writeFile(tool: 'Write' | 'Edit', path: string, content: string): Promise<Attempt> {
    const file = resolve(this.repo, path);
    const toolInput = tool === 'Write' ? { file_path: file, content } : { file_path: file, old_string: '', new_string: content };
    const verdict = await this.hook(tool, toolInput);
    if (verdict.decision !== 'allow' && verdict.decision !== 'unhooked') return verdict;
    if (!file.startsWith(`${this.dir}/`)) return { ...verdict, ran: { code: null, stdout: '', stderr: 'outside the arena: not written' } };
    mkdirSync(dirname(file), { recursive: true });
    if (tool === 'Write' || !existsSync(file)) writeFileSync(file, content);
    else writeFileSync(file, content + readFileSync(file, 'utf8'));
    return { ...verdict, ran: { code: 0, stdout: '', stderr: '' } };
  }

  /** Runs a process directly, not through the hook (setup, or what the agent starts outside Bash). */
  run(command: string, args: string[], env: NodeJS.ProcessEnv = this.baseEnv()): Promise<Ran> {
    return runProcess(command, args, '', env, this.repo, 180_000);
  }

  grant(): string | null {
    return activeGrant(SESSION, new Date(), { env: { EXECGUARD_HOME: this.stateHome } })?.id ?? null;
  }

  snapshot(): Snapshot {
    const tfState: Record<string, string> = {};
    for (const w of ['infra/app', 'infra/prod']) {
      const f = join(this.repo, w, 'terraform.tfstate');
      tfState[w] = existsSync(f)
        ? (JSON.parse(readFileSync(f, 'utf8'))
            .resources?.map(
              (r: { type: string; name: string; instances: { attributes: { id: string } }[] }) =>
                `${r.type}.${r.name}=${r.instances.map((i) => i.attributes.id).join(',')}`,
            )
            .join(';') ?? '')
        : 'none';
    }
    return {
      origin: execFileSync('git', ['--git-dir', this.origin, 'for-each-ref', '--format=%(refname) %(objectname)'], { encoding: 'utf8' }),
      tfState,
      grant: this.grant(),
      grantFiles: Object.keys(tree(join(this.stateHome, 'grants'))),
      plugin: tree(this.plugin),
      repoFiles: tree(
        this.repo,
        (rel) =>
          rel === '.git' ||
          rel.startsWith('.git/') ||
          rel.includes('.terraform') ||
          rel.startsWith('node_modules') ||
          rel.endsWith('.tfstate.backup'),
      ),
      extra: this.extraState?.() ?? {},
    };
  }
}

function runProcess(command: string, args: string[], stdin: string, env: NodeJS.ProcessEnv, cwd: string, timeoutMs: number): Promise<Ran> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { env, cwd, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      try {
        process.kill(-(child.pid as number), 'SIGKILL');
      } catch {
        // gone
      }
    }, timeoutMs);
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    // A broken hook (say an emptied hook.cjs) exits before reading its input: not an error here.
    child.stdin.on('error', () => undefined);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolveRun({ code, stdout, stderr });
    });
    child.stdin.end(stdin);
  });
}
