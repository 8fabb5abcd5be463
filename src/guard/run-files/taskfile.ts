// What `task [NAME…]` (go-task) will run, read from the Taskfile: the task's `cmds` (strings, `cmd:`,
// `task:` calls), its `deps` before them, `sh:` variables (run while the file is read), included
// Taskfiles for `namespace:task`, and `{{.VAR}}` templates with the variables the file and the
// command line give. Templates it cannot evaluate stay shell variable references (not static).
import { posix } from 'node:path';
import type { SimpleCommand } from '../../shell/types.js';
import type { Reader } from './index.js';
import type { Found, Source } from './types.js';

const DYNAMIC = '${__execguard_task_dynamic}';
const NAMES = [
  'Taskfile.yml',
  'taskfile.yml',
  'Taskfile.yaml',
  'taskfile.yaml',
  'Taskfile.dist.yml',
  'taskfile.dist.yml',
  'Taskfile.dist.yaml',
  'taskfile.dist.yaml',
];

type Yaml = typeof import('yaml');

interface TaskFile {
  path: string;
  text: string;
  doc: Record<string, unknown>;
}

const isMap = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function request(
  argv: string[],
): { dir?: string; file?: string; names: string[]; vars: Record<string, string>; cliArgs: string[]; dry: boolean } | undefined {
  const out = { names: [] as string[], vars: {} as Record<string, string>, cliArgs: [] as string[], dry: false } as {
    dir?: string;
    file?: string;
    names: string[];
    vars: Record<string, string>;
    cliArgs: string[];
    dry: boolean;
  };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      out.cliArgs = argv.slice(i + 1);
      break;
    }
    if (a.startsWith('-')) {
      const [name, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
      if (/^(-l|--list|-a|--list-all|--summary|--status|-h|--help|--version|-i|--init|--completion)$/.test(name)) return undefined;
      if (name === '-n' || name === '--dry') out.dry = true;
      else if (name === '-d' || name === '--dir') out.dir = inline ?? argv[++i];
      else if (name === '-t' || name === '--taskfile') out.file = inline ?? argv[++i];
      else if (
        /^(-o|--output|-C|--concurrency|-I|--interval|--output-group-begin|--output-group-end|--sort)$/.test(name) &&
        inline === undefined
      )
        i++;
      continue;
    }
    const assignment = /^([A-Za-z_]\w*)=(.*)$/s.exec(a);
    if (assignment) out.vars[assignment[1]] = assignment[2];
    else out.names.push(a);
  }
  return out;
}

function template(text: string, vars: Map<string, string>): string {
  return text.replace(/\{\{\s*(.*?)\s*\}\}/g, (_m, expr: string) => {
    const name = /^\.([A-Za-z_]\w*)$/.exec(expr);
    if (name && vars.has(name[1])) return vars.get(name[1]) as string;
    return DYNAMIC;
  });
}

function lineOf(text: string, key: string): number {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => new RegExp(`^\\s*['"]?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?\\s*:`).test(l));
  return at < 0 ? 1 : at + 1;
}

export async function taskRun(cmd: SimpleCommand, dir: string | undefined, reader: Reader): Promise<Found> {
  const req = request(cmd.argv);
  if (!req) return { sources: [], unreadable: [] };
  const shown = `\`${cmd.text.slice(0, 80)}\``;
  if (!dir) return { sources: [], unreadable: [`${shown}: the folder task runs in cannot be read statically`] };
  const yaml: Yaml = await import('yaml');
  const sources: Source[] = [];
  const unreadable: string[] = [];

  const load = (path: string): TaskFile | string => {
    let candidates = [path];
    const got0 = reader.read(path);
    if (!('text' in got0) && got0.unreadable === 'a directory') candidates = NAMES.map((n) => posix.join(path, n));
    for (const p of candidates) {
      const got = reader.read(p);
      if (!('text' in got)) {
        if (got.unreadable === 'missing' && candidates.length > 1) continue;
        return `${reader.show(p)} is ${got.unreadable}`;
      }
      try {
        const doc = yaml.parse(got.text) as unknown;
        if (!isMap(doc)) return `${reader.show(p)} is not a Taskfile`;
        return { path: p, text: got.text, doc };
      } catch {
        return `${reader.show(p)} is not valid YAML`;
      }
    }
    return `no Taskfile can be read in ${reader.show(path)}`;
  };

  let root: TaskFile | string = 'no Taskfile can be read here';
  const start = req.dir ? posix.resolve(dir, req.dir) : dir;
  if (req.file) root = load(posix.resolve(start, req.file));
  else {
    for (let d = start; ; d = posix.dirname(d)) {
      const found = NAMES.map((n) => posix.join(d, n)).find((p) => 'text' in reader.read(p));
      if (found) {
        root = load(found);
        break;
      }
      if (posix.dirname(d) === d) break;
    }
  }
  if (typeof root === 'string') return { sources, unreadable: [`${shown}: ${root}`] };

  const varsOf = (file: TaskFile, node: unknown, base: Map<string, string>): Map<string, string> => {
    const vars = new Map(base);
    if (!isMap(node)) return vars;
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') vars.set(k, template(String(v), vars));
      else if (isMap(v) && typeof v.sh === 'string') {
        const line = lineOf(file.text, k);
        sources.push({
          label: 'task sh:',
          origin: `${reader.show(file.path)}:${line}`,
          file: reader.show(file.path),
          line,
          text: template(v.sh, vars),
          dir: posix.dirname(file.path),
        });
        vars.set(k, DYNAMIC);
      } else vars.set(k, DYNAMIC);
    }
    return vars;
  };

  const cli = new Map<string, string>(Object.entries(req.vars));
  cli.set('CLI_ARGS', req.cliArgs.join(' '));
  const fileVars = new Map<string, Map<string, string>>();
  const globals = (file: TaskFile) => {
    let v = fileVars.get(file.path);
    if (!v) {
      v = varsOf(file, file.doc.vars, new Map());
      for (const [k, x] of cli) v.set(k, x);
      fileVars.set(file.path, v);
    }
    return v;
  };

  const resolveTask = (file: TaskFile, name: string, depth: number): { file: TaskFile; name: string; task: unknown } | string => {
    const tasks = isMap(file.doc.tasks) ? file.doc.tasks : {};
    if (Object.hasOwn(tasks, name)) return { file, name, task: tasks[name] };
    const colon = name.indexOf(':');
    if (colon > 0 && depth < 8 && isMap(file.doc.includes)) {
      const ns = name.slice(0, colon);
      const include = file.doc.includes[ns];
      const target =
        typeof include === 'string' ? include : isMap(include) && typeof include.taskfile === 'string' ? include.taskfile : undefined;
      if (target) {
        const included = load(posix.resolve(posix.dirname(file.path), template(target, globals(file))));
        if (typeof included === 'string') return included;
        return resolveTask(included, name.slice(colon + 1), depth + 1);
      }
    }
    return `${reader.show(file.path)} defines no task \`${name}\``;
  };

  const done = new Set<string>();
  const run = (file: TaskFile, name: string, base: Map<string, string>, depth: number): void => {
    if (depth > 32 || done.has(`${file.path}\u0000${name}`)) return;
    done.add(`${file.path}\u0000${name}`);
    const found = resolveTask(file, name, 0);
    if (typeof found === 'string') {
      unreadable.push(`${shown}: ${found}`);
      return;
    }
    const task = found.task;
    const owner = found.file;
    const vars = varsOf(owner, isMap(task) ? task.vars : undefined, new Map([...globals(owner), ...base]));
    const taskDir =
      isMap(task) && typeof task.dir === 'string'
        ? posix.resolve(posix.dirname(owner.path), template(task.dir, vars))
        : posix.dirname(owner.path);
    const line = lineOf(owner.text, found.name);
    const add = (text: string) =>
      sources.push({
        label: `task ${name}`,
        origin: `${reader.show(owner.path)}:${line}`,
        file: reader.show(owner.path),
        line,
        text: template(text, vars),
        dir: taskDir,
      });
    const deps = isMap(task) && Array.isArray(task.deps) ? task.deps : [];
    for (const d of deps) {
      if (typeof d === 'string') run(owner, d, new Map(), depth + 1);
      else if (isMap(d) && typeof d.task === 'string') run(owner, d.task, varsOf(owner, d.vars, vars), depth + 1);
    }
    const cmds =
      typeof task === 'string'
        ? [task]
        : Array.isArray(task)
          ? task
          : isMap(task) && Array.isArray(task.cmds)
            ? task.cmds
            : isMap(task) && typeof task.cmd === 'string'
              ? [task.cmd]
              : [];
    if (req.dry) return;
    for (const c of cmds) {
      if (typeof c === 'string') add(c);
      else if (isMap(c) && typeof c.cmd === 'string') add(c.cmd);
      else if (isMap(c) && typeof c.task === 'string') run(owner, c.task, varsOf(owner, c.vars, vars), depth + 1);
      else if (isMap(c) && typeof c.defer === 'string') add(c.defer);
      else if (isMap(c) && isMap(c.defer) && typeof c.defer.task === 'string') run(owner, c.defer.task, vars, depth + 1);
      else unreadable.push(`${shown}: task ${name} has a command the guard does not read`);
    }
  };

  const names = req.names.length > 0 ? req.names : ['default'];
  for (const name of names) run(root, name, new Map(), 0);
  return { sources, unreadable };
}
