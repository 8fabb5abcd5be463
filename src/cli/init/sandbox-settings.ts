// The Claude Code settings `execguard init` merges into the project: the Bash sandbox on in
// .claude/settings.json (committed, no machine paths), and in .claude/settings.local.json (this
// machine's) the writes denied to execguard's state, the plugin and the settings files, and the
// reads denied to the key folder. Pure: the caller reads and writes the files.
//
// Keys, from Claude Code's settings reference and sandboxing docs (code.claude.com/docs/en/settings,
// /sandboxing): `sandbox.enabled`; `sandbox.filesystem.denyWrite` / `denyRead` (arrays merged across
// scopes, also merged with Edit(...) / Read(...) deny rules); `permissions.deny` rules. Paths are
// written with a leading `//`, which both path conventions Claude Code has used read as absolute
// (`//x` is "absolute from the root" in the prefix table; a plain `/x` was once "relative to the
// settings file"). test/e2e/sandbox.e2e.test.ts proves the result with the real CLI and bubblewrap.

export interface ProtectedTargets {
  /**
   * What the agent must not write in each execguard state folder: grants/, keys/, pending/,
   * decisions.jsonl. (runs/ and locks/ stay writable: `execguard execute` in the Bash tool
   * journals there.)
   */
  noWrite: string[];
  /** Secrets the agent must not read: the grant signing key and the helper secret (the public key stays readable for the executor). */
  noRead: string[];
  /** Plugin folders (the installed copy or the --plugin-dir checkout): no writes. */
  pluginRoots: string[];
  /** Settings and policy files: no writes. */
  files: string[];
  /**
   * Run folders the CLI in the Bash tool writes (runs/, locks/ of each state folder): allowed, as
   * the sandbox lets commands write only the project and temporary folders otherwise.
   */
  writable?: string[];
}

type Json = Record<string, unknown>;

const abs = (path: string) => `/${path.startsWith('/') ? path : `/${path}`}`;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function wantedSettings(t: ProtectedTargets) {
  return {
    sandboxEnabled: true,
    denyWrite: [...t.noWrite, ...t.pluginRoots, ...t.files].map(abs),
    denyRead: t.noRead.map(abs),
    permissionsDeny: [
      ...[...t.noWrite, ...t.pluginRoots].map((d) => `Edit(${abs(d)}/**)`),
      ...t.files.map((f) => `Edit(${abs(f)})`),
      ...t.noRead.map((f) => `Read(${abs(f)})`),
    ],
  };
}

export interface MergeResult {
  settings: Json;
  changed: boolean;
  /** A user choice init would override (sandbox explicitly disabled): needs --force. */
  conflict?: string;
}

const union = (existing: unknown, add: string[]): string[] => {
  const list = Array.isArray(existing) ? existing.filter((v): v is string => typeof v === 'string') : [];
  return [...list, ...add.filter((v) => !list.includes(v))];
};

/** A user choice init would override (sandbox explicitly disabled), or undefined. */
function disabledByUser(existing: Json, force: boolean): string | undefined {
  const sandbox = isObject(existing.sandbox) ? existing.sandbox : {};
  return sandbox.enabled === false && !force
    ? 'sandbox.enabled is false in the existing settings; rerun with --force to turn the sandbox on'
    : undefined;
}

/**
 * The shared settings (`.claude/settings.json`, the file teams commit): the sandbox on, and nothing
 * that names a path of this machine. Adds, never removes or reorders.
 */
export function mergeSharedSettings(existing: Json, force = false): MergeResult {
  const conflict = disabledByUser(existing, force);
  if (conflict) return { settings: existing, changed: false, conflict };
  const settings: Json = structuredClone(existing);
  const sandbox = isObject(settings.sandbox) ? settings.sandbox : {};
  sandbox.enabled = true;
  settings.sandbox = sandbox;
  return { settings, changed: JSON.stringify(settings) !== JSON.stringify(existing) };
}

/**
 * The local settings (`.claude/settings.local.json`, this machine's, not committed): the writes and
 * reads denied to execguard's state, the plugin and the settings files, by absolute path. Claude
 * Code merges these lists with the shared file's. Adds, never removes or reorders.
 */
export function mergeLocalSettings(existing: Json, targets: ProtectedTargets, force = false): MergeResult {
  const conflict = disabledByUser(existing, force);
  if (conflict) return { settings: existing, changed: false, conflict };
  const want = wantedSettings(targets);
  const settings: Json = structuredClone(existing);
  const sandbox = isObject(settings.sandbox) ? settings.sandbox : {};
  if (sandbox.enabled === false) sandbox.enabled = true;
  const filesystem = isObject(sandbox.filesystem) ? sandbox.filesystem : {};
  filesystem.denyWrite = union(filesystem.denyWrite, want.denyWrite);
  filesystem.denyRead = union(filesystem.denyRead, want.denyRead);
  if (targets.writable?.length) filesystem.allowWrite = union(filesystem.allowWrite, targets.writable.map(abs));
  sandbox.filesystem = filesystem;
  settings.sandbox = sandbox;
  const permissions = isObject(settings.permissions) ? settings.permissions : {};
  permissions.deny = union(permissions.deny, want.permissionsDeny);
  settings.permissions = permissions;
  return { settings, changed: JSON.stringify(settings) !== JSON.stringify(existing) };
}

/** What `execguard init --contained` adds on top of the sandbox (docs/contained.md). */
export interface ContainedTargets {
  /** Executor-only paths written as `~/…`: the same on every machine, so they go to the shared file. */
  portable: string[];
  /** Executor-only paths of this machine (execguard's keys, state folders), absolute. */
  machine: string[];
  /** Paths only writes are denied to (the origin folder: plan reads it, only a push changes it), absolute. */
  machineWriteOnly: string[];
  /** Control-plane hosts the agent's commands may not reach. */
  hosts: string[];
  /** The plugin's executor (`<plugin root>/bin/execguard`), by absolute path: the one command let out of the sandbox. */
  executors: string[];
}

/** Both deny lists, for each path. */
function denyBoth(sandbox: Json, paths: string[]): void {
  const filesystem = isObject(sandbox.filesystem) ? sandbox.filesystem : {};
  filesystem.denyRead = union(filesystem.denyRead, paths);
  filesystem.denyWrite = union(filesystem.denyWrite, paths);
  sandbox.filesystem = filesystem;
}

/**
 * Contained mode in the shared file: the executor-only paths every machine has (`~/.aws`…) denied
 * to reads and writes, the control-plane hosts denied, and unsandboxed requests allowed (the
 * PreToolUse hook lets out only the approved executor run). A user's `allowUnsandboxedCommands:
 * false` would keep the executor in too: a conflict, kept unless --force. Adds, never removes.
 */
export function mergeContainedShared(existing: Json, targets: ContainedTargets, force = false): MergeResult {
  const base = mergeSharedSettings(existing, force);
  if (base.conflict) return base;
  const settings = base.settings;
  const sandbox = settings.sandbox as Json;
  if (sandbox.allowUnsandboxedCommands === false && !force)
    return {
      settings: existing,
      changed: false,
      conflict:
        'sandbox.allowUnsandboxedCommands is false in the existing settings, so an approved execguard run could not leave the sandbox; rerun with --force to set it to true',
    };
  sandbox.allowUnsandboxedCommands = true;
  denyBoth(sandbox, targets.portable);
  if (targets.hosts.length) {
    const network = isObject(sandbox.network) ? sandbox.network : {};
    network.deniedDomains = union(network.deniedDomains, targets.hosts);
    sandbox.network = network;
  }
  return { settings, changed: JSON.stringify(settings) !== JSON.stringify(existing) };
}

/** Contained mode in the local file: this machine's executor-only paths (absolute) denied to reads and writes. */
export function mergeContainedLocal(existing: Json, targets: ContainedTargets): Json {
  const settings: Json = structuredClone(existing);
  const sandbox = isObject(settings.sandbox) ? settings.sandbox : {};
  denyBoth(sandbox, targets.machine.map(abs));
  const filesystem = sandbox.filesystem as Json;
  filesystem.denyWrite = union(filesystem.denyWrite, targets.machineWriteOnly.map(abs));
  settings.sandbox = sandbox;
  // Claude Code asks before any unsandboxed run unless a permission rule allows it (a hook's allow
  // does not count): these rules name the executor's three subcommands; the PreToolUse hook, whose
  // deny wins over any allow rule, admits only the approved plan among them.
  const permissions = isObject(settings.permissions) ? settings.permissions : {};
  permissions.allow = union(
    permissions.allow,
    targets.executors.flatMap((bin) => ['execute', 'resume', 'rollback'].map((sub) => `Bash(${bin} ${sub}:*)`)),
  );
  settings.permissions = permissions;
  return settings;
}
