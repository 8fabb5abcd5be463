// What `npm|pnpm|yarn|bun run NAME` (and `npm test|start|stop|restart`, `yarn NAME`, `pnpm NAME`,
// `bun run NAME`, a bare install) will run: the scripts of package.json, with their pre/post
// scripts. Pure: the command line in, the script names to run out; then package.json text in, the
// shell texts out.

export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'bun';

export interface ScriptRequest {
  manager: PackageManager;
  /** Script names in the order they run (pre, main, post). */
  scripts: string[];
  /** The script the user named (missing: unreadable); the others run only when defined. */
  main?: string;
  /** Arguments given to the main script. */
  args: string[];
  /** A folder given with --prefix/-C/--dir/--cwd, relative to the command's. */
  dir?: string;
  /** -w/--workspace/--filter: a workspace the guard does not resolve, or its path. */
  workspace?: string;
  /** All workspaces (-ws, -r): not followed. */
  allWorkspaces?: boolean;
  /** --if-present: a missing script is fine. */
  ifPresent?: boolean;
}

const PACKAGE_MANAGERS: ReadonlySet<string> = new Set(['npm', 'pnpm', 'yarn', 'bun']);

/** Subcommands of each manager that are its own, not a script name (for `yarn NAME`, `pnpm NAME`, `bun NAME`). */
const BUILTINS: Record<PackageManager, Set<string>> = {
  npm: new Set(),
  yarn: new Set(
    (
      'add audit autoclean bin cache check config constraints create dedupe dlx exec explain generate-lock-entry global help import ' +
      'info init install licenses link list login logout node npm outdated owner pack patch patch-commit plugin policies publish ' +
      'rebuild remove search set stage tag team unlink unplug up upgrade upgrade-interactive version versions why workspace workspaces'
    ).split(' '),
  ),
  pnpm: new Set(
    (
      'add audit bin config create dedupe deploy dlx doctor env exec fetch help i import init install install-test it licenses link list ' +
      'ln ls outdated pack patch patch-commit patch-remove prune publish rb rebuild recursive remove rm root server setup store ' +
      'un uninstall unlink up update upgrade why self-update approve-builds cat-file cat-index find-hash ignored-builds login logout'
    ).split(' '),
  ),
  bun: new Set(
    (
      'add build create exec i init install link outdated patch pm publish remove repl rm test update upgrade unlink x why audit info ' +
      'completions discord help'
    ).split(' '),
  ),
};

const VALUED: Record<PackageManager, Set<string>> = {
  npm: new Set(['--prefix', '-w', '--workspace', '--loglevel', '--script-shell', '--userconfig', '--cache', '--registry']),
  pnpm: new Set(['-C', '--dir', '--filter', '-F', '--workspace-dir', '--loglevel', '--reporter']),
  yarn: new Set(['--cwd', '--modules-folder', '--cache-folder', '--mutex', '--network-timeout']),
  bun: new Set(['--cwd', '-c', '--config', '--filter', '-F', '--env-file', '--shell']),
};

/** The scripts a package-manager command runs, or undefined when it runs none of package.json's. */
export function scriptRequest(argv: string[]): ScriptRequest | undefined {
  const manager = argv[0] as PackageManager;
  if (!PACKAGE_MANAGERS.has(manager)) return undefined;
  const request: ScriptRequest = { manager, scripts: [], args: [] };
  const rest: string[] = [];
  let afterDashes: string[] | undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      afterDashes = argv.slice(i + 1);
      break;
    }
    if (rest.length === 0 || manager === 'npm' || manager === 'pnpm') {
      const eq = a.indexOf('=');
      const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
      const value = a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : argv[i + 1];
      const consumes = VALUED[manager].has(name) && !(a.startsWith('--') && eq > 0);
      if (VALUED[manager].has(name)) {
        if (name === '--prefix' || name === '-C' || name === '--dir' || name === '--cwd') request.dir = value;
        else if (name === '-w' || name === '--workspace' || name === '--filter' || name === '-F') request.workspace = value;
        if (consumes) i++;
        continue;
      }
      if (a === '--if-present') request.ifPresent = true;
      if (a === '-ws' || a === '--workspaces' || a === '-r' || a === '--recursive') request.allWorkspaces = true;
      if (a === '--help' || a === '-h' || a === '--version' || a === '-v') return undefined;
      if (a.startsWith('-') && rest.length === 0) continue;
      if (a.startsWith('-') && (manager === 'npm' || manager === 'pnpm') && rest.length < 2) continue;
    }
    rest.push(a);
  }
  const [sub, ...more] = rest;
  const args = [...more.slice(sub === 'run' || sub === 'run-script' || sub === 'rum' || sub === 'urn' ? 1 : 0), ...(afterDashes ?? [])];
  const lifecycle = (name: string) => [`pre${name}`, name, `post${name}`];
  const install = ['preinstall', 'install', 'postinstall', 'preprepare', 'prepare', 'postprepare'];
  if (sub === undefined) {
    if (manager === 'yarn' || manager === 'bun') return { ...request, scripts: install }; // bare `yarn`: install
    return undefined;
  }
  if (['run', 'run-script', 'rum', 'urn'].includes(sub)) {
    const name = more[0];
    if (name === undefined) return undefined; // lists the scripts
    return { ...request, scripts: lifecycle(name), main: name, args };
  }
  if (manager === 'npm') {
    const alias: Record<string, string> = { t: 'test', tst: 'test', test: 'test', start: 'start', stop: 'stop', restart: 'restart' };
    if (alias[sub]) {
      const name = alias[sub];
      if (name === 'restart') return { ...request, scripts: [...lifecycle('restart')], main: 'restart', args };
      return { ...request, scripts: lifecycle(name), main: name, args };
    }
    if (
      ['install', 'i', 'in', 'ins', 'inst', 'insta', 'instal', 'isnt', 'isnta', 'isntal', 'ci', 'clean-install', 'install-clean'].includes(
        sub,
      )
    ) {
      return more.length === 0 ? { ...request, scripts: install } : undefined;
    }
    if (['install-test', 'it', 'cit', 'install-ci-test'].includes(sub)) return { ...request, scripts: [...install, ...lifecycle('test')] };
    if (sub === 'pack' || sub === 'publish') {
      const publish =
        sub === 'publish'
          ? ['prepublishOnly', 'prepack', 'prepare', 'postpack', 'publish', 'postpublish']
          : ['prepack', 'prepare', 'postpack'];
      return more.length === 0 ? { ...request, scripts: publish } : undefined;
    }
    return undefined;
  }
  if (manager === 'bun' && sub === 'test') return undefined; // bun's own test runner
  if (sub === 'install' || sub === 'i') return more.length === 0 ? { ...request, scripts: install } : undefined;
  if (BUILTINS[manager].has(sub)) return undefined;
  if (manager === 'bun' && /[./]/.test(sub)) return undefined; // `bun index.ts` runs a file
  // `yarn NAME`, `pnpm NAME`, `bun NAME`, `pnpm test`: a script (or a binary of that name)
  return { ...request, scripts: lifecycle(sub), main: sub, args };
}

/** package.json's scripts, or why they cannot be read. */
export function packageScripts(text: string): Record<string, string> | { unreadable: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { unreadable: 'not valid JSON' };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return { unreadable: 'not a JSON object' };
  const scripts = (json as { scripts?: unknown }).scripts;
  if (scripts === undefined) return {};
  if (!scripts || typeof scripts !== 'object' || Array.isArray(scripts)) return { unreadable: '"scripts" is not an object' };
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(scripts as Record<string, unknown>)) {
    if (typeof value === 'string') out[name] = value;
  }
  return out;
}

/** Line of `"NAME":` in package.json, for messages. */
export function scriptLine(text: string, name: string): number | undefined {
  const at = text.indexOf(`${JSON.stringify(name)}`);
  if (at < 0) return undefined;
  return text.slice(0, at).split('\n').length;
}

/** POSIX single quotes, unless the word needs none. */
export function quote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
