// The Claude Code settings `execguard init` merges into the project's .claude/settings.json: the
// Bash sandbox on, writes denied to execguard's state, the plugin and the settings files, reads
// denied to the key folder. Pure: the caller reads and writes the file.
//
// Keys, from Claude Code's settings reference and sandboxing docs (code.claude.com/docs/en/settings,
// /sandboxing): `sandbox.enabled`; `sandbox.filesystem.denyWrite` / `denyRead` (arrays merged across
// scopes, also merged with Edit(...) / Read(...) deny rules); `permissions.deny` rules. Paths are
// written with a leading `//`, which both path conventions Claude Code has used read as absolute
// (`//x` is "absolute from the root" in the prefix table; a plain `/x` was once "relative to the
// settings file"). test/e2e/sandbox.test.ts proves the result with the real CLI and bubblewrap.

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

/** Merges execguard's sandbox settings into existing settings: adds, never removes or reorders. */
export function mergeSandboxSettings(existing: Json, targets: ProtectedTargets, force = false): MergeResult {
  const want = wantedSettings(targets);
  const settings: Json = structuredClone(existing);
  const sandbox = isObject(settings.sandbox) ? settings.sandbox : {};
  if (sandbox.enabled === false && !force) {
    return {
      settings: existing,
      changed: false,
      conflict: 'sandbox.enabled is false in the existing settings; rerun with --force to turn the sandbox on',
    };
  }
  sandbox.enabled = true;
  const filesystem = isObject(sandbox.filesystem) ? sandbox.filesystem : {};
  filesystem.denyWrite = union(filesystem.denyWrite, want.denyWrite);
  filesystem.denyRead = union(filesystem.denyRead, want.denyRead);
  sandbox.filesystem = filesystem;
  settings.sandbox = sandbox;
  const permissions = isObject(settings.permissions) ? settings.permissions : {};
  permissions.deny = union(permissions.deny, want.permissionsDeny);
  settings.permissions = permissions;
  return { settings, changed: JSON.stringify(settings) !== JSON.stringify(existing) };
}
