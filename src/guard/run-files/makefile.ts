// What `make [TARGET…]` will run, read from the Makefile as GNU make reads it: variables (recursive
// and simple, command-line overrides, target-specific), conditionals, include, define, the default
// goal, prerequisites, pattern rules, and the recipe lines of every target it will build. `$(shell
// …)`, `VAR != …` and `$(eval …)` run while the file is read, whatever the target: they are
// commands too. What make would take from the environment stays a shell variable reference in the
// text (`$(DOCKER)` -> `${DOCKER}`), which the shell analysis reads as not static. Pure: files are
// read through the callback given.
import { posix } from 'node:path';
import type { FileRead, Source } from './types.js';

/** Text that stands for a value make computes at run time: a shell reference nothing defines. */
const DYNAMIC = '${__execguard_make_dynamic}';

export interface MakeRequest {
  /** The Makefile, absolute (the first of `files`). */
  file: string;
  /** Every -f file, in order, when there are several. */
  files?: string[];
  /** Makefiles named by MAKEFILES, read before the others. */
  before?: string[];
  /** The folder make runs in (after -C), absolute. */
  dir: string;
  targets: string[];
  /** VAR=value given on the command line (they override the file's). */
  vars: Record<string, string>;
  /** -n/--dry-run, -q, -t: recipes are printed, not run (except `+` lines and $(MAKE)). */
  dryRun: boolean;
  /** Shown in messages for a file (relative to the folder the command starts in). */
  show: (path: string) => string;
}

export interface MakeFound {
  /** Recipe lines and parse-time commands, in the order make runs them. */
  sources: Source[];
  unreadable: string[];
}

interface Var {
  value: string;
  recursive: boolean;
  override?: boolean;
  fromCommandLine?: boolean;
}

interface Line {
  text: string;
  file: string;
  line: number;
}

interface Rule {
  targets: string[];
  prereqs: string[];
  recipe: Line[];
  doubleColon: boolean;
  /** Target-specific variables: raw assignment lines to apply when building it. */
  vars: Array<{ name: string; op: string; value: string }>;
}

const LIMITS = { visits: 500, lines: 2000, expandDepth: 40, includes: 16 };

const SPECIAL =
  /^\.(PHONY|SUFFIXES|DEFAULT|PRECIOUS|INTERMEDIATE|NOTINTERMEDIATE|SECONDARY|SECONDEXPANSION|DELETE_ON_ERROR|IGNORE|LOW_RESOLUTION_TIME|SILENT|EXPORT_ALL_VARIABLES|NOTPARALLEL|ONESHELL|POSIX|WAIT)$/;

/** make's own defaults for variables recipes commonly use. */
const DEFAULTS: Record<string, string> = {
  MAKE: 'make',
  CC: 'cc',
  CXX: 'g++',
  CPP: '$(CC) -E',
  AR: 'ar',
  AS: 'as',
  LD: 'ld',
  RM: 'rm -f',
  LEX: 'lex',
  YACC: 'yacc',
  FC: 'f77',
  PC: 'pc',
  MAKEINFO: 'makeinfo',
  TEX: 'tex',
  SHELL: '/bin/sh',
  MAKEFLAGS: '',
  MFLAGS: '',
  MAKECMDGOALS: '',
  CFLAGS: '',
  CXXFLAGS: '',
  CPPFLAGS: '',
  LDFLAGS: '',
  LDLIBS: '',
  ARFLAGS: 'rv',
  '.RECIPEPREFIX': '',
};

const ASSIGNMENT = /^((?:(?:override|export|private|unexport)\s+)*)([^\s:#=]+)\s*(:::=|::=|:=|\?=|\+=|!=|=)\s*([\s\S]*)$/;

export function makeRun(request: MakeRequest, read: (path: string) => FileRead): MakeFound {
  const make = new Make(request, read);
  // MAKEFILES are read first (they cannot give the default goal); then every -f, in order
  for (const extra of request.before ?? []) make.load(extra, true, false);
  for (const file of request.files ?? [request.file]) make.load(file);
  make.run();
  return { sources: make.sources, unreadable: make.unreadable };
}

class Make {
  vars = new Map<string, Var>();
  rules: Rule[] = [];
  sources: Source[] = [];
  unreadable: string[] = [];
  exported = new Set<string>();
  exportAll = false;
  firstTarget?: string;
  includes = 0;
  private lineCount = 0;

  constructor(
    readonly request: MakeRequest,
    readonly read: (path: string) => FileRead,
  ) {
    for (const [name, value] of Object.entries(request.vars)) {
      this.vars.set(name, { value, recursive: false, fromCommandLine: true });
    }
    this.vars.set('CURDIR', { value: request.dir, recursive: false });
    this.vars.set('MAKECMDGOALS', { value: request.targets.join(' '), recursive: false });
  }

  // ---- reading the file ----

  load(path: string, optional = false, goals = true): void {
    const got = this.read(path);
    if (!('text' in got)) {
      if (!optional || got.unreadable !== 'missing')
        this.unreadable.push(`make reads ${this.request.show(path)}, which is ${got.unreadable}`);
      return;
    }
    const first = this.firstTarget;
    this.parse(got.text, path);
    if (!goals) this.firstTarget = first;
  }

  parse(text: string, file: string, firstLine = 1): void {
    const lines = text.split(/\r?\n/);
    const conditions: Array<{ state: 'true' | 'false' | 'unknown'; taken: boolean }> = [];
    const active = () => conditions.every((c) => c.state !== 'false');
    let rule: Rule | undefined;
    const prefix = () => this.vars.get('.RECIPEPREFIX')?.value || '\t';
    for (let i = 0; i < lines.length; i++) {
      const number = firstLine + i;
      const raw = lines[i];
      if (rule && raw.startsWith(prefix()) && active()) {
        let body = raw.slice(prefix().length);
        while (body.endsWith('\\') && i + 1 < lines.length) {
          i++;
          body += `\n${lines[i].startsWith(prefix()) ? lines[i].slice(prefix().length) : lines[i]}`;
        }
        rule.recipe.push({ text: body, file, line: number });
        continue;
      }
      // a logical line: continuations joined, comment removed
      let logical = raw;
      while (logical.endsWith('\\') && i + 1 < lines.length) {
        i++;
        logical = `${logical.slice(0, -1)} ${lines[i].trimStart()}`;
      }
      logical = stripComment(logical).trim();
      if (raw.startsWith('\t') && !rule && logical === '') continue;
      if (logical === '') continue;
      const directive = /^(ifeq|ifneq|ifdef|ifndef|else|endif)\b\s*(.*)$/.exec(logical);
      if (directive) {
        const [, word, rest] = directive;
        if (word === 'endif') conditions.pop();
        else if (word === 'else') {
          const top = conditions[conditions.length - 1];
          if (!top || top.state === 'unknown') continue;
          const nested = /^(ifeq|ifneq|ifdef|ifndef)\b\s*(.*)$/.exec(rest);
          if (top.taken) top.state = 'false';
          else if (nested) {
            const outerActive = conditions.slice(0, -1).every((c) => c.state !== 'false');
            top.state = outerActive ? this.condition(nested[1], nested[2]) : 'false';
          } else top.state = 'true';
          top.taken ||= top.state === 'true';
        } else {
          const state = active() ? this.condition(word, rest) : 'false';
          conditions.push({ state, taken: state === 'true' });
        }
        continue;
      }
      if (!active()) {
        if (/^define\b/.test(logical)) i = this.skipDefine(lines, i);
        continue;
      }
      const define = /^((?:(?:override|export|private)\s+)*)define\s+([^\s]+)\s*(=|:=|::=|\?=|\+=)?\s*$/.exec(logical);
      if (define) {
        const body: string[] = [];
        let depth = 1;
        for (i++; i < lines.length; i++) {
          if (/^\s*define\b/.test(lines[i])) depth++;
          if (/^\s*endef\b/.test(lines[i]) && --depth === 0) break;
          body.push(lines[i]);
        }
        this.assign(define[2], define[3] ?? '=', body.join('\n'), define[1], file, number);
        rule = undefined;
        continue;
      }
      const include = /^(-?include|sinclude)\s+(.*)$/.exec(logical);
      if (include) {
        rule = undefined;
        const optional = include[1] !== 'include';
        for (const name of words(this.expand(include[2]))) {
          if (name.includes(DYNAMIC) || name.includes('${')) {
            if (!optional) this.unreadable.push(`${this.request.show(file)} includes a file whose name make computes (${include[2]})`);
            continue;
          }
          if (++this.includes > LIMITS.includes) {
            this.unreadable.push(`${this.request.show(file)} includes more than ${LIMITS.includes} files`);
            break;
          }
          this.load(posix.resolve(this.request.dir, name), optional);
        }
        continue;
      }
      const exportOnly = /^(export|unexport)(?:\s+(.*))?$/.exec(logical);
      if (exportOnly && !ASSIGNMENT.test(logical)) {
        if (exportOnly[1] === 'export' && !exportOnly[2]) this.exportAll = true;
        for (const name of words(this.expand(exportOnly[2] ?? ''))) {
          if (exportOnly[1] === 'export') this.exported.add(name);
          else this.exported.delete(name);
        }
        continue;
      }
      if (/^(vpath|VPATH|\.RECIPEPREFIX)\b/.test(logical) && !logical.includes(':')) continue;
      const colon = ruleColon(logical);
      const assignment = ASSIGNMENT.exec(logical);
      if (assignment && (colon < 0 || logical.indexOf(assignment[3]) <= colon)) {
        this.assign(assignment[2], assignment[3], assignment[4], assignment[1], file, number);
        rule = undefined;
        continue;
      }
      if (colon >= 0) {
        rule = this.ruleLine(logical, colon, file, number);
        continue;
      }
      // a line of function calls only: $(info …), $(eval …), $(shell …) run now
      if (logical.startsWith('$')) this.expand(logical, {}, { file, line: number });
    }
  }

  private skipDefine(lines: string[], i: number): number {
    let depth = 1;
    for (i++; i < lines.length; i++) {
      if (/^\s*define\b/.test(lines[i])) depth++;
      if (/^\s*endef\b/.test(lines[i]) && --depth === 0) break;
    }
    return i;
  }

  private condition(word: string, rest: string): 'true' | 'false' | 'unknown' {
    if (word === 'ifdef' || word === 'ifndef') {
      const name = this.expand(rest.trim());
      if (name.includes(DYNAMIC)) return 'unknown';
      const v = this.vars.get(name);
      // a variable make may take from the environment: unknown, both branches are read
      if (!v && !Object.hasOwn(DEFAULTS, name)) return 'unknown';
      const defined = (v?.value ?? DEFAULTS[name] ?? '') !== '';
      return defined === (word === 'ifdef') ? 'true' : 'false';
    }
    const args = conditionArgs(rest);
    if (!args) return 'unknown';
    const a = this.expand(args[0]).trim();
    const b = this.expand(args[1]).trim();
    if (a.includes('${') || b.includes('${')) return 'unknown';
    return (a === b) === (word === 'ifeq') ? 'true' : 'false';
  }

  private assign(name: string, op: string, value: string, modifiers: string, file: string, line: number): void {
    name = this.expand(name).trim();
    const existing = this.vars.get(name);
    const override = /\boverride\b/.test(modifiers);
    if (/\bexport\b/.test(modifiers)) this.exported.add(name);
    if (existing?.fromCommandLine && !override) return;
    switch (op) {
      case '?=':
        if (!existing) this.vars.set(name, { value, recursive: true, override });
        return;
      case '+=': {
        if (!existing) this.vars.set(name, { value, recursive: true, override });
        else {
          const added = existing.recursive ? value : this.expand(value);
          this.vars.set(name, { ...existing, value: existing.value ? `${existing.value} ${added}` : added, override });
        }
        return;
      }
      case '!=': {
        const command = this.expand(value);
        this.sources.push(this.source(command, `make reads ${posix.basename(file)}`, file, line));
        this.vars.set(name, { value: DYNAMIC, recursive: false, override });
        return;
      }
      case ':=':
      case '::=':
      case ':::=':
        this.vars.set(name, { value: this.expand(value, {}, { file, line }), recursive: false, override });
        return;
      default:
        this.vars.set(name, { value, recursive: true, override });
    }
  }

  private ruleLine(logical: string, colon: number, file: string, line: number): Rule | undefined {
    const doubleColon = logical[colon + 1] === ':';
    const left = logical.slice(0, colon);
    let right = logical.slice(colon + (doubleColon ? 2 : 1));
    let inline: string | undefined;
    const semi = topLevelIndex(right, ';');
    if (semi >= 0) {
      inline = right.slice(semi + 1).trimStart();
      right = right.slice(0, semi);
    }
    const targets = words(this.expand(left, {}, { file, line }));
    const targetVar = ASSIGNMENT.exec(right.trim());
    if (targetVar && !targetVar[2].includes('%') === true && inline === undefined) {
      // `target: VAR = value`
      for (const t of targets) {
        let r = this.rules.find((x) => x.targets.includes(t) && x.prereqs.length === 0 && x.recipe.length === 0 && x.vars.length > 0);
        if (!r) {
          r = { targets: [t], prereqs: [], recipe: [], doubleColon: false, vars: [] };
          this.rules.push(r);
        }
        r.vars.push({ name: targetVar[2], op: targetVar[3], value: targetVar[4] });
      }
      return undefined;
    }
    // static pattern rule `objs: %.o: %.c`
    const second = ruleColon(right);
    let prereqs: string[];
    if (second >= 0) {
      const pattern = right.slice(0, second).trim();
      const prereqPatterns = words(this.expand(right.slice(second + 1)));
      prereqs = [];
      for (const t of targets) {
        const stem = matchPattern(this.expand(pattern), t);
        if (stem === undefined) continue;
        prereqs.push(...prereqPatterns.map((p) => p.replace('%', stem)));
      }
    } else prereqs = words(this.expand(right.replace('|', ' '), {}, { file, line }));
    const rule: Rule = { targets, prereqs, recipe: [], doubleColon, vars: [] };
    if (inline !== undefined && inline !== '') rule.recipe.push({ text: inline, file, line });
    this.rules.push(rule);
    if (this.firstTarget === undefined) {
      const first = targets.find((t) => !(t.startsWith('.') && !t.includes('/')) && !t.includes('%'));
      if (first) this.firstTarget = first;
    }
    return rule;
  }

  // ---- expanding text ----

  expand(text: string, locals: Record<string, string> = {}, at?: { file: string; line: number }, depth = 0): string {
    if (depth > LIMITS.expandDepth) return DYNAMIC;
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c !== '$') {
        out += c;
        continue;
      }
      const next = text[i + 1];
      if (next === undefined) break;
      if (next === '$') {
        out += '$';
        i++;
        continue;
      }
      if (next === '(' || next === '{') {
        const close = matching(text, i + 1);
        if (close < 0) {
          out += DYNAMIC;
          break;
        }
        out += this.reference(text.slice(i + 2, close), locals, at, depth + 1);
        i = close;
        continue;
      }
      out += this.variable(next, locals, at, depth + 1);
      i++;
    }
    return out;
  }

  private reference(body: string, locals: Record<string, string>, at: { file: string; line: number } | undefined, depth: number): string {
    const fn = /^([a-z-]+)[ \t]+([\s\S]*)$/.exec(body);
    if (fn && FUNCTIONS.has(fn[1])) return this.call(fn[1], fn[2], locals, at, depth);
    // substitution reference $(VAR:a=b)
    const sub = /^([^:]+):([^=]*)=(.*)$/s.exec(body);
    if (sub && !body.startsWith('$')) {
      const value = this.variable(this.expand(sub[1], locals, at, depth), locals, at, depth);
      const from = sub[2].includes('%') ? sub[2] : `%${sub[2]}`;
      const to = sub[3].includes('%') ? sub[3] : `%${sub[3]}`;
      return words(value)
        .map((w) => patsubst(from, to, w))
        .join(' ');
    }
    return this.variable(this.expand(body, locals, at, depth), locals, at, depth);
  }

  private variable(name: string, locals: Record<string, string>, at: { file: string; line: number } | undefined, depth: number): string {
    if (Object.hasOwn(locals, name)) return locals[name];
    const dirFile = /^([@<^+*?%])([DF])$/.exec(name);
    if (dirFile && Object.hasOwn(locals, dirFile[1])) {
      return words(locals[dirFile[1]])
        .map((w) => (dirFile[2] === 'D' ? posix.dirname(w) : posix.basename(w)))
        .join(' ');
    }
    const v = this.vars.get(name);
    if (v) return v.recursive ? this.expand(v.value, locals, at, depth) : v.value;
    if (Object.hasOwn(DEFAULTS, name)) return this.expand(DEFAULTS[name], locals, at, depth);
    // an automatic variable outside a recipe, or a name from the environment
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return `\${${name}}`;
    return name.length === 1 && '@<^+*?%|'.includes(name) ? '' : DYNAMIC;
  }

  private call(
    name: string,
    argText: string,
    locals: Record<string, string>,
    at: { file: string; line: number } | undefined,
    depth: number,
  ): string {
    const args = splitArgs(
      argText,
      name === 'if' || name === 'or' || name === 'and' ? 3 : name === 'foreach' ? 3 : Number.POSITIVE_INFINITY,
    );
    const x = (s: string | undefined) => this.expand(s ?? '', locals, at, depth);
    switch (name) {
      case 'shell': {
        const command = x(argText);
        this.sources.push(this.source(command, 'make $(shell …)', at?.file ?? this.request.file, at?.line ?? 0));
        return DYNAMIC;
      }
      case 'eval': {
        const text = x(argText);
        this.sources.push(this.source(text, 'make $(eval …)', at?.file ?? this.request.file, at?.line ?? 0));
        this.parse(text, at?.file ?? this.request.file, at?.line ?? 0);
        return '';
      }
      case 'info':
      case 'warning':
      case 'error':
        return '';
      case 'subst':
        return x(args[2]).split(x(args[0])).join(x(args[1]));
      case 'patsubst':
        return words(x(args[2]))
          .map((w) => patsubst(x(args[0]), x(args[1]), w))
          .join(' ');
      case 'strip':
        return words(x(argText)).join(' ');
      case 'findstring':
        return x(args[1]).includes(x(args[0])) ? x(args[0]) : '';
      case 'filter':
      case 'filter-out': {
        const patterns = words(x(args[0]));
        const keep = (w: string) => patterns.some((p) => matchPattern(p, w) !== undefined);
        return words(x(args[1]))
          .filter((w) => keep(w) === (name === 'filter'))
          .join(' ');
      }
      case 'sort':
        return [...new Set(words(x(argText)))].sort().join(' ');
      case 'word': {
        const n = Number.parseInt(x(args[0]), 10);
        return words(x(args[1]))[n - 1] ?? '';
      }
      case 'words':
        return String(words(x(argText)).length);
      case 'firstword':
        return words(x(argText))[0] ?? '';
      case 'lastword':
        return words(x(argText)).pop() ?? '';
      case 'dir':
        return words(x(argText))
          .map((w) => (w.includes('/') ? w.slice(0, w.lastIndexOf('/') + 1) : './'))
          .join(' ');
      case 'notdir':
        return words(x(argText))
          .map((w) => w.slice(w.lastIndexOf('/') + 1))
          .join(' ');
      case 'basename':
        return words(x(argText))
          .map((w) => w.replace(/\.[^./]*$/, ''))
          .join(' ');
      case 'suffix':
        return words(x(argText))
          .map((w) => /\.[^./]*$/.exec(w)?.[0] ?? '')
          .filter(Boolean)
          .join(' ');
      case 'addprefix':
        return words(x(args[1]))
          .map((w) => x(args[0]) + w)
          .join(' ');
      case 'addsuffix':
        return words(x(args[1]))
          .map((w) => w + x(args[0]))
          .join(' ');
      case 'join': {
        const a = words(x(args[0]));
        const b = words(x(args[1]));
        return Array.from({ length: Math.max(a.length, b.length) }, (_, k) => (a[k] ?? '') + (b[k] ?? '')).join(' ');
      }
      case 'abspath':
        return words(x(argText))
          .map((w) => posix.resolve(this.request.dir, w))
          .join(' ');
      case 'if': {
        const condition = x(args[0]).trim();
        if (condition.includes('${')) return `${x(args[1])} ${x(args[2])}`;
        return condition ? x(args[1]) : x(args[2]);
      }
      case 'or': {
        for (const a of args) {
          const v = x(a).trim();
          if (v) return v;
        }
        return '';
      }
      case 'and': {
        let last = '';
        for (const a of args) {
          last = x(a).trim();
          if (!last) return '';
        }
        return last;
      }
      case 'foreach': {
        const variable = x(args[0]).trim();
        return words(x(args[1]))
          .map((w) => this.expand(args[2] ?? '', { ...locals, [variable]: w }, at, depth))
          .join(' ');
      }
      case 'call': {
        const callee = x(args[0]).trim();
        const params: Record<string, string> = { ...locals, '0': callee };
        args.slice(1).forEach((a, k) => {
          params[String(k + 1)] = x(a);
        });
        const v = this.vars.get(callee);
        if (!v) return DYNAMIC;
        return this.expand(v.value, params, at, depth);
      }
      case 'value': {
        const v = this.vars.get(x(argText).trim());
        return v?.value ?? '';
      }
      case 'origin':
      case 'flavor':
        return this.vars.has(x(argText).trim()) ? 'file' : 'undefined';
      default:
        // wildcard, realpath, file, guile, …: what they give is not known here
        return DYNAMIC;
    }
  }

  private source(text: string, label: string, file: string, line: number): Source {
    return {
      label,
      origin: `${this.request.show(file)}:${line}`,
      file: this.request.show(file),
      line,
      text,
      dir: this.request.dir,
    };
  }

  // ---- running the goals ----

  run(): void {
    const goals = this.request.targets.length > 0 ? this.request.targets : [];
    if (goals.length === 0) {
      const declared = this.vars.get('.DEFAULT_GOAL');
      const goal = declared ? this.expand(declared.value).trim() : this.firstTarget;
      if (!goal) {
        this.unreadable.push(`make: ${this.request.show(this.request.file)} defines no target to build by default`);
        return;
      }
      goals.push(goal);
    }
    const visited = new Set<string>();
    const state = { visits: 0 };
    for (const goal of goals) this.build(goal, true, visited, state, {});
  }

  private build(target: string, goal: boolean, visited: Set<string>, state: { visits: number }, inherited: Record<string, string>): void {
    if (visited.has(target)) return;
    visited.add(target);
    if (++state.visits > LIMITS.visits || this.lineCount > LIMITS.lines) {
      if (state.visits === LIMITS.visits + 1) this.unreadable.push(`make: ${this.request.show(this.request.file)} is too large to follow`);
      return;
    }
    let rules = this.rules.filter(
      (r) => r.targets.includes(target) && (r.recipe.length > 0 || r.prereqs.length > 0 || r.vars.length === 0),
    );
    let stem: string | undefined;
    if (rules.length === 0 || rules.every((r) => r.recipe.length === 0)) {
      // a pattern rule can provide it (`%.o: %.c`)
      for (const r of this.rules) {
        if (r.recipe.length === 0) continue;
        for (const t of r.targets) {
          if (!t.includes('%')) continue;
          const s = matchPattern(t, target);
          if (s === undefined) continue;
          stem = s;
          rules = [...rules, { ...r, targets: [target], prereqs: r.prereqs.map((p) => p.replace('%', s)) }];
          break;
        }
        if (stem !== undefined) break;
      }
    }
    const explicit = this.rules.some((r) => r.targets.includes(target));
    if (rules.length === 0 && !explicit) {
      const fallback = this.rules.find((r) => r.targets.includes('.DEFAULT') && r.recipe.length > 0);
      if (fallback) rules = [{ ...fallback, targets: [target] }];
      else {
        if (goal) this.unreadable.push(`make ${target}: ${this.request.show(this.request.file)} defines no target \`${target}\``);
        return; // a prerequisite with no rule is a file
      }
    }
    const locals: Record<string, string> = { ...inherited };
    for (const r of this.rules) {
      if (!r.targets.includes(target)) continue;
      for (const v of r.vars) {
        const value = v.op === ':=' || v.op === '::=' ? this.expand(v.value, locals) : this.expand(v.value, locals);
        locals[v.name] = v.op === '+=' ? `${locals[v.name] ?? this.variable(v.name, {}, undefined, 1)} ${value}` : value;
      }
    }
    const prereqs = [...new Set(rules.flatMap((r) => r.prereqs))].filter((p) => !SPECIAL.test(p));
    for (const p of prereqs) this.build(p, false, visited, state, locals);
    const withRecipe = rules.filter((r) => r.recipe.length > 0);
    const recipes = withRecipe.some((r) => r.doubleColon) ? withRecipe : withRecipe.slice(-1);
    const automatic: Record<string, string> = {
      ...locals,
      '@': target,
      '<': prereqs[0] ?? '',
      '^': prereqs.join(' '),
      '+': rules.flatMap((r) => r.prereqs).join(' '),
      '?': prereqs.join(' '),
      '*': stem ?? target.replace(/\.[^./]*$/, ''),
      '%': '',
      '|': '',
    };
    // .ONESHELL: a target's lines run in one shell (a `cd` on one line holds for the next)
    const oneShell = this.rules.some((r) => r.targets.includes('.ONESHELL'));
    const lines: Line[] = [];
    for (const r of recipes) {
      if (!oneShell || r.recipe.length === 0) {
        lines.push(...r.recipe);
        continue;
      }
      const text = r.recipe.map((l, k) => (k === 0 ? l.text : l.text.replace(/^[@+-]+/, ''))).join('\n');
      lines.push({ text, file: r.recipe[0].file, line: r.recipe[0].line });
    }
    for (const line of lines) {
      this.lineCount++;
      const rawPrefix = /^[\s@+-]*/.exec(line.text)?.[0] ?? '';
      const expanded = this.expand(line.text, automatic, line);
      const prefix = /^[\s@+-]*/.exec(expanded)?.[0] ?? '';
      const body = expanded.slice(prefix.length);
      const forced = rawPrefix.includes('+') || prefix.includes('+') || /\$[({]MAKE[)}]/.test(line.text);
      if (this.request.dryRun && !forced) continue;
      if (body.trim() === '') continue;
      const source = this.source(body, `make ${target}`, line.file, line.line);
      const env = this.environment(automatic);
      if (Object.keys(env).length > 0) source.env = env;
      this.sources.push(source);
    }
  }

  /** Variables make exports to recipes with a static value. */
  private environment(locals: Record<string, string>): Record<string, string> {
    const env: Record<string, string> = {};
    const names = this.exportAll ? [...this.vars.keys()] : [...this.exported];
    for (const name of names) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
      const value = Object.hasOwn(locals, name) ? locals[name] : this.variable(name, {}, undefined, 1);
      if (!value.includes('${')) env[name] = value;
    }
    for (const [name, v] of this.vars) if (v.fromCommandLine && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) env[name] = v.value;
    return env;
  }
}

const FUNCTIONS = new Set([
  'shell',
  'eval',
  'info',
  'warning',
  'error',
  'subst',
  'patsubst',
  'strip',
  'findstring',
  'filter',
  'filter-out',
  'sort',
  'word',
  'words',
  'wordlist',
  'firstword',
  'lastword',
  'dir',
  'notdir',
  'suffix',
  'basename',
  'addsuffix',
  'addprefix',
  'join',
  'wildcard',
  'realpath',
  'abspath',
  'if',
  'or',
  'and',
  'intcmp',
  'foreach',
  'file',
  'call',
  'value',
  'origin',
  'flavor',
  'guile',
  'let',
]);

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

function stripComment(line: string): string {
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') {
      i++;
      continue;
    }
    if (line[i] === '#') return line.slice(0, i);
  }
  return line;
}

/** The index of the bracket closing the one at `open`, or -1. */
function matching(text: string, open: number): number {
  const opener = text[open];
  const closer = opener === '(' ? ')' : '}';
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === opener) depth++;
    else if (text[i] === closer && --depth === 0) return i;
  }
  return -1;
}

/** Index of `ch` outside $(…)/${…}, or -1. */
function topLevelIndex(text: string, ch: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) {
      depth++;
      i++;
    } else if ((c === ')' || c === '}') && depth > 0) depth--;
    else if (c === ch && depth === 0) return i;
  }
  return -1;
}

/** The colon that makes a line a rule (not `:=`, not inside $(…)), or -1. */
function ruleColon(line: string): number {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '$' && (line[i + 1] === '(' || line[i + 1] === '{')) {
      depth++;
      i++;
    } else if ((c === ')' || c === '}') && depth > 0) depth--;
    else if (c === ':' && depth === 0) {
      if (line[i + 1] === '=') return -1;
      if (line[i + 1] === ':' && (line[i + 2] === '=' || (line[i + 2] === ':' && line[i + 3] === '='))) return -1;
      return i;
    } else if (c === '=' && depth === 0) return -1;
  }
  return -1;
}

/** Arguments of a make function, split on top-level commas (at most `max`; the last keeps the rest). */
function splitArgs(text: string, max: number): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '{') depth++;
    else if ((c === ')' || c === '}') && depth > 0) depth--;
    else if (c === ',' && depth === 0 && out.length < max - 1) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** `(a,b)`, `"a" "b"`, `'a' 'b'`: the two sides of ifeq/ifneq. */
function conditionArgs(rest: string): [string, string] | undefined {
  const t = rest.trim();
  if (t.startsWith('(') && t.endsWith(')')) {
    const args = splitArgs(t.slice(1, -1), 2);
    return args.length === 2 ? [args[0], args[1]] : undefined;
  }
  const m = /^(["'])(.*?)\1\s+(["'])(.*?)\3$/.exec(t);
  return m ? [m[2], m[4]] : undefined;
}

/** The stem where `word` matches `pattern` (one `%`), or undefined. */
function matchPattern(pattern: string, word: string): string | undefined {
  const at = pattern.indexOf('%');
  if (at < 0) return pattern === word ? '' : undefined;
  const head = pattern.slice(0, at);
  const tail = pattern.slice(at + 1);
  if (word.length < head.length + tail.length || !word.startsWith(head) || !word.endsWith(tail)) return undefined;
  return word.slice(head.length, word.length - tail.length);
}

function patsubst(from: string, to: string, word: string): string {
  const stem = matchPattern(from, word);
  if (stem === undefined) return word;
  return to.includes('%') ? to.replace('%', stem) : to;
}
