// What `just [RECIPE [ARGS…]]…` will run, read from the justfile: the recipe's lines (or its
// shebang body) with its parameters and variables interpolated, its dependencies before it and its
// `&&` dependencies after, and every backtick of the file (just evaluates them while loading). What
// cannot be evaluated here stays a shell variable reference, read as not static.
import { posix } from 'node:path';
import type { SimpleCommand } from '../../shell/types.js';
import type { Reader } from './index.js';
import type { Found, Source } from './types.js';

const DYNAMIC = '${__execguard_just_dynamic}';
const NAMES = ['justfile', 'Justfile', 'JUSTFILE', '.justfile'];

interface Recipe {
  name: string;
  params: Array<{ name: string; variadic: boolean; fallback?: string }>;
  deps: Array<{ name: string; args: string[] }>;
  after: Array<{ name: string; args: string[] }>;
  body: Array<{ text: string; line: number }>;
  line: number;
  noCd: boolean;
  isDefault: boolean;
}

interface Parsed {
  vars: Map<string, string>;
  exported: Set<string>;
  recipes: Map<string, Recipe>;
  order: string[];
  backticks: Array<{ text: string; line: number }>;
}

interface Request {
  file?: string;
  dir?: string;
  calls: string[];
  overrides: Record<string, string>;
  dryRun: boolean;
}

function request(argv: string[]): Request | undefined {
  const out: Request = { calls: [], overrides: {}, dryRun: false };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (out.calls.length === 0 && a.startsWith('-')) {
      if (
        /^(-l|--list|--summary|-s|--show|--evaluate|--dump|--fmt|--choose|--variables|--help|-h|--version|-V|--init|--edit|-e|--groups|--completions|--changelog|--man)$/.test(
          a,
        )
      )
        return undefined;
      if (a === '-n' || a === '--dry-run') out.dryRun = true;
      else if (a === '-f' || a === '--justfile') out.file = argv[++i];
      else if (a.startsWith('--justfile=')) out.file = a.slice(11);
      else if (a === '-d' || a === '--working-directory') out.dir = argv[++i];
      else if (a === '--set') {
        out.overrides[argv[i + 1] ?? ''] = argv[i + 2] ?? '';
        i += 2;
      } else if (
        /^(--shell|--shell-arg|--dotenv-filename|--dotenv-path|-E|--color|--command-color|--list-heading|--list-prefix|--timestamp-format|--chooser|--alias-style)$/.test(
          a,
        )
      )
        i++;
      continue;
    }
    const assignment = /^([A-Za-z_][\w-]*)=(.*)$/s.exec(a);
    if (out.calls.length === 0 && assignment) {
      out.overrides[assignment[1]] = assignment[2];
      continue;
    }
    out.calls.push(a);
  }
  return out;
}

function parse(text: string): Parsed {
  const parsed: Parsed = { vars: new Map(), exported: new Set(), recipes: new Map(), order: [], backticks: [] };
  const lines = text.split(/\r?\n/);
  let attributes: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (/^\s/.test(line)) continue; // a body line of nothing we know
    for (const m of line.matchAll(/`([^`]*)`/g)) parsed.backticks.push({ text: m[1], line: i + 1 });
    if (trimmed.startsWith('[')) {
      attributes.push(
        ...trimmed
          .slice(1, trimmed.lastIndexOf(']'))
          .split(',')
          .map((a) => a.trim()),
      );
      continue;
    }
    const assignment = /^(export\s+)?([A-Za-z_][\w-]*)\s*:=\s*(.*)$/.exec(trimmed);
    if (assignment) {
      parsed.vars.set(assignment[2], assignment[3]);
      if (assignment[1]) parsed.exported.add(assignment[2]);
      attributes = [];
      continue;
    }
    if (/^(set|alias|import|mod|unexport)\b/.test(trimmed)) {
      attributes = [];
      continue;
    }
    const header = /^@?([A-Za-z_][\w-]*)([^:]*?):(?!=)(.*)$/.exec(trimmed);
    if (!header) continue;
    const params = header[2]
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((p) => {
        const variadic = /^[+*]/.test(p);
        const name = p.replace(/^[+*$]+/, '');
        const eq = name.indexOf('=');
        return eq < 0 ? { name, variadic } : { name: name.slice(0, eq), variadic, fallback: unquote(name.slice(eq + 1)) };
      });
    const [before, after = ''] = header[3].split('&&');
    const recipe: Recipe = {
      name: header[1],
      params,
      deps: dependencies(before),
      after: dependencies(after),
      body: [],
      line: i + 1,
      noCd: attributes.includes('no-cd'),
      isDefault: attributes.includes('default'),
    };
    attributes = [];
    for (; i + 1 < lines.length && (/^\s+\S/.test(lines[i + 1]) || lines[i + 1].trim() === ''); i++) {
      const body = lines[i + 1];
      if (body.trim() === '') continue;
      recipe.body.push({ text: body.replace(/^\s+/, ''), line: i + 2 });
    }
    parsed.recipes.set(recipe.name, recipe);
    parsed.order.push(recipe.name);
  }
  return parsed;
}

function dependencies(text: string): Array<{ name: string; args: string[] }> {
  const out: Array<{ name: string; args: string[] }> = [];
  for (const m of text.matchAll(/\(([A-Za-z_][\w-]*)([^)]*)\)|([A-Za-z_][\w-]*)/g)) {
    if (m[3]) out.push({ name: m[3], args: [] });
    else out.push({ name: m[1], args: [...m[2].matchAll(/'[^']*'|"[^"]*"|\S+/g)].map((x) => unquote(x[0])) });
  }
  return out;
}

function unquote(text: string): string {
  const t = text.trim();
  if ((t.startsWith("'") && t.endsWith("'")) || (t.startsWith('"') && t.endsWith('"'))) return t.slice(1, -1);
  return t;
}

/** A just expression: names, string literals and `+` concatenation; anything else is not known here. */
function evaluate(expr: string, scope: Map<string, string>, depth = 0): string {
  if (depth > 20) return DYNAMIC;
  const parts = expr.split(/\s+\+\s+/);
  if (parts.length > 1) return parts.map((p) => evaluate(p, scope, depth + 1)).join('');
  const t = expr.trim();
  if (/^'[^']*'$|^"[^"]*"$/.test(t)) return t.slice(1, -1);
  if (/^[A-Za-z_][\w-]*$/.test(t)) return scope.get(t) ?? DYNAMIC;
  if (t === 'justfile_directory()' || t === 'invocation_directory()') return scope.get(`__${t}`) ?? DYNAMIC;
  return DYNAMIC;
}

function interpolate(text: string, scope: Map<string, string>): string {
  return text
    .replace(/\{\{\{\{/g, '\u0000')
    .replace(/\{\{(.*?)\}\}/g, (_m, expr: string) => evaluate(expr, scope))
    .replace(/\u0000/g, '{{');
}

export function justRun(cmd: SimpleCommand, dir: string | undefined, reader: Reader, home: string | undefined): Found {
  const req = request(cmd.argv);
  if (!req) return { sources: [], unreadable: [] };
  const shown = `\`${cmd.text.slice(0, 80)}\``;
  if (!dir) return { sources: [], unreadable: [`${shown}: the folder just runs in cannot be read statically`] };
  let file: string | undefined;
  let text: string | undefined;
  if (req.file) {
    file = posix.resolve(dir, req.file.startsWith('~/') && home ? posix.join(home, req.file.slice(2)) : req.file);
    const got = reader.read(file);
    if (!('text' in got)) return { sources: [], unreadable: [`${shown} reads ${reader.show(file)}, which is ${got.unreadable}`] };
    text = got.text;
  } else {
    search: for (let d = dir; ; d = posix.dirname(d)) {
      for (const name of NAMES) {
        const got = reader.read(posix.join(d, name));
        if ('text' in got) {
          file = posix.join(d, name);
          text = got.text;
          break search;
        }
      }
      if (posix.dirname(d) === d || d === home) break;
    }
  }
  if (!file || text === undefined) return { sources: [], unreadable: [`${shown}: no justfile can be read here`] };
  const parsed = parse(text);
  const justDir = posix.dirname(file);
  const scope = new Map<string, string>([
    ['__justfile_directory()', justDir],
    ['__invocation_directory()', dir],
  ]);
  for (const [name, expr] of parsed.vars) scope.set(name, Object.hasOwn(req.overrides, name) ? req.overrides[name] : evaluate(expr, scope));
  const sources: Source[] = [];
  const unreadable: string[] = [];
  const show = reader.show(file);
  const env: Record<string, string> = {};
  for (const name of parsed.exported) {
    const v = scope.get(name);
    if (v !== undefined && !v.includes(DYNAMIC)) env[name] = v;
  }
  for (const b of parsed.backticks) {
    sources.push({ label: 'just `…`', origin: `${show}:${b.line}`, file: show, line: b.line, text: b.text, dir: justDir });
  }
  // recipes named on the command line, each taking as many arguments as it has parameters
  const calls: Array<{ name: string; args: string[] }> = [];
  if (req.calls.length === 0) {
    const first = [...parsed.recipes.values()].find((r) => r.isDefault) ?? parsed.recipes.get(parsed.order[0] ?? '');
    if (!first) return { sources, unreadable: [`${shown}: ${show} defines no recipe`] };
    calls.push({ name: first.name, args: [] });
  }
  for (let i = 0; i < req.calls.length; ) {
    const name = req.calls[i++];
    if (name.includes('::')) {
      unreadable.push(`${shown}: recipe ${name} is in a just module, which the guard does not read`);
      break;
    }
    const recipe = parsed.recipes.get(name);
    if (!recipe) {
      unreadable.push(`${shown}: ${show} defines no recipe \`${name}\``);
      break;
    }
    const takes = recipe.params.some((p) => p.variadic) ? Number.POSITIVE_INFINITY : recipe.params.length;
    const args = req.calls.slice(i, i + takes);
    i += args.length;
    calls.push({ name, args });
  }
  const done = new Set<string>();
  const run = (name: string, args: string[], depth: number): void => {
    const recipe = parsed.recipes.get(name);
    const key = `${name}\u0000${args.join('\u0000')}`;
    if (done.has(key) || depth > 32) return;
    done.add(key);
    if (!recipe) {
      unreadable.push(`${shown}: ${show} defines no recipe \`${name}\``);
      return;
    }
    const local = new Map(scope);
    recipe.params.forEach((p, k) => {
      local.set(
        p.name,
        p.variadic ? args.slice(k).join(' ') : (args[k] ?? (p.fallback !== undefined ? interpolate(p.fallback, local) : DYNAMIC)),
      );
    });
    for (const dep of recipe.deps)
      run(
        dep.name,
        dep.args.map((a) => interpolate(a, local)),
        depth + 1,
      );
    const runDir = recipe.noCd ? dir : justDir;
    const body = recipe.body;
    if (!req.dryRun && body.length > 0) {
      if (body[0].text.startsWith('#!')) {
        const script = body.map((b) => interpolate(b.text, local)).join('\n');
        sources.push({
          label: `just ${name}`,
          origin: `${show}:${body[0].line}`,
          file: show,
          line: body[0].line,
          text: script,
          dir: runDir,
          env,
        });
      } else {
        for (const b of body) {
          const line = interpolate(b.text, local).replace(/^[@-]+/, '');
          sources.push({ label: `just ${name}`, origin: `${show}:${b.line}`, file: show, line: b.line, text: line, dir: runDir, env });
        }
      }
    }
    for (const dep of recipe.after)
      run(
        dep.name,
        dep.args.map((a) => interpolate(a, local)),
        depth + 1,
      );
  };
  for (const call of calls) run(call.name, call.args, 0);
  return { sources, unreadable };
}
