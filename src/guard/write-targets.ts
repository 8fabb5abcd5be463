// What a simple command writes, as far as a static reading can tell: the words naming its targets
// (resolved against the folder by the protected-path rule), and whether the write reaches a whole
// tree (`rm -r`, `tar -x -C`, `mv DIR`) or one path. Pure: argv in, targets out.
import { posix } from 'node:path';
import type { SimpleCommand } from '../shell/types.js';

export interface WriteTarget {
  /** The word naming the target, as the analysis gives it (may hold `$VAR`, `~`, a glob). */
  word: string;
  /** The word holds an expansion the analysis could not resolve. */
  dynamic: boolean;
  /** The write reaches everything below the path too (recursive removal, extraction, a moved folder). */
  tree: boolean;
}

/** Options that take a value, per program (so the value is not read as an operand). */
const VALUED: Record<string, string[]> = {
  cp: ['-t', '--target-directory', '-S', '--suffix'],
  mv: ['-t', '--target-directory', '-S', '--suffix'],
  install: ['-t', '--target-directory', '-m', '--mode', '-o', '--owner', '-g', '--group', '-S', '--suffix'],
  ln: ['-t', '--target-directory', '-S', '--suffix'],
  tee: [],
  rm: [],
  rmdir: [],
  truncate: ['-s', '--size', '-r', '--reference'],
  touch: ['-d', '--date', '-r', '--reference', '-t'],
  chmod: ['--reference'],
  chown: ['--reference', '--from'],
  chgrp: ['--reference'],
  mkdir: ['-m', '--mode'],
  sed: ['-e', '--expression', '-f', '--file', '-l', '--line-length'],
  rsync: [
    '-e',
    '--rsh',
    '--exclude',
    '--include',
    '--filter',
    '-f',
    '--exclude-from',
    '--include-from',
    '--files-from',
    '--log-file',
    '--partial-dir',
    '--temp-dir',
    '-T',
    '--backup-dir',
    '--chmod',
    '--chown',
  ],
  scp: ['-P', '-i', '-o', '-F', '-c', '-l', '-J', '-S'],
};

interface Parsed {
  operands: { word: string; dynamic: boolean }[];
  options: Map<string, { word: string; dynamic: boolean }[]>;
  flags: Set<string>;
}

/** Splits argv into operands and options (`-t DIR`, `--target-directory=DIR`, bundled `-rf`). */
function parse(cmd: SimpleCommand, valued: string[] = []): Parsed {
  const out: Parsed = { operands: [], options: new Map(), flags: new Set() };
  const add = (name: string, word: string, dynamic: boolean) =>
    out.options.set(name, [...(out.options.get(name) ?? []), { word, dynamic }]);
  let options = true;
  for (let i = 1; i < cmd.argv.length; i++) {
    const word = cmd.argv[i];
    const dynamic = cmd.dynamic[i] ?? false;
    if (options && word === '--') {
      options = false;
      continue;
    }
    if (options && word.startsWith('--') && word.length > 2) {
      const eq = word.indexOf('=');
      const name = eq === -1 ? word : word.slice(0, eq);
      if (eq !== -1) add(name, word.slice(eq + 1), dynamic);
      else if (valued.includes(name)) add(name, cmd.argv[++i] ?? '', cmd.dynamic[i] ?? false);
      else out.flags.add(name);
      continue;
    }
    if (options && word.startsWith('-') && word.length > 1) {
      for (let j = 1; j < word.length; j++) {
        const name = `-${word[j]}`;
        if (valued.includes(name)) {
          const rest = word.slice(j + 1);
          if (rest) add(name, rest, dynamic);
          else add(name, cmd.argv[++i] ?? '', cmd.dynamic[i] ?? false);
          break;
        }
        out.flags.add(name);
      }
      continue;
    }
    out.operands.push({ word, dynamic });
  }
  return out;
}

const has = (p: Parsed, ...names: string[]) => names.some((n) => p.flags.has(n) || p.options.has(n));
const opt = (p: Parsed, ...names: string[]) => names.flatMap((n) => p.options.get(n) ?? []);
const under = (dir: { word: string; dynamic: boolean }, name: string) => ({
  word: posix.join(dir.word, posix.basename(name)),
  dynamic: dir.dynamic,
});

/** `cp`/`install`/`ln`-style: sources into the last operand (or `-t DIR`). */
function copyLike(p: Parsed, tree: boolean, sourcesToo: boolean): WriteTarget[] {
  const targets: WriteTarget[] = [];
  const dirs = opt(p, '-t', '--target-directory');
  let sources = p.operands;
  let dest = dirs[0];
  if (!dest && !has(p, '-T', '--no-target-directory') && sources.length >= 1) {
    dest = sources[sources.length - 1];
    sources = sources.slice(0, -1);
  } else if (!dest && sources.length >= 2) {
    dest = sources[sources.length - 1];
    sources = sources.slice(0, -1);
  }
  if (dest) targets.push({ ...dest, tree });
  for (const src of sources) {
    if (dest) {
      const base = posix.basename(src.word);
      // `cp -r x/. dest` merges x's contents into dest: a write to the whole of dest.
      if (base === '.' || base === '..' || base === '' || src.dynamic)
        targets.push({ ...dest, dynamic: dest.dynamic || src.dynamic, tree: true });
      else targets.push({ ...under(dest, src.word), tree });
    }
    if (sourcesToo) targets.push({ ...src, tree: true });
  }
  return targets;
}

const REDIRECT_WRITE = /^(\d*>|\d*>>|&>|&>>|>\||\d*>\||\d*>&)$/;

/** Programs writeTargets reads in full (their other operands are sources, scripts or data). */
export const KNOWN_WRITERS = new Set([
  'cp',
  'install',
  'ln',
  'mv',
  'rm',
  'chmod',
  'chown',
  'chgrp',
  'setfacl',
  'chattr',
  'rmdir',
  'unlink',
  'shred',
  'truncate',
  'touch',
  'tee',
  'mkdir',
  'mkfifo',
  'dd',
  'sed',
  'awk',
  'gawk',
  'mawk',
  'nawk',
  'tar',
  'bsdtar',
  'unzip',
  'cpio',
  'rsync',
  'scp',
  'curl',
  'wget',
  'git',
  'find',
  'perl',
  'ruby',
  'patch',
]);

/** Every target the simple command writes. */
export function writeTargets(cmd: SimpleCommand): WriteTarget[] {
  const targets: WriteTarget[] = [];
  for (const r of cmd.redirects) {
    // `2>&1` duplicates a descriptor; `>&file` writes file.
    if (REDIRECT_WRITE.test(r.op) && !/^(\d+|-)$/.test(r.target) && !/^\/dev\/(null|stdout|stderr|tty|fd\/\d+)$/.test(r.target)) {
      targets.push({ word: r.target, dynamic: /[$`*?[]/.test(r.target), tree: false });
    }
  }
  const program = cmd.argv[0] ?? '';
  const p = parse(cmd, VALUED[program] ?? []);
  const recursive = has(p, '-r', '-R', '--recursive', '-a', '--archive');
  const all = (tree: boolean) => p.operands.map((o) => ({ ...o, tree }));
  switch (program) {
    case 'cp':
    case 'install':
      if (program === 'install' && has(p, '-d', '--directory')) targets.push(...all(false));
      else targets.push(...copyLike(p, recursive, false));
      break;
    case 'ln':
      // A link pointing into a protected folder is a way to write there later: its source counts too.
      targets.push(...copyLike(p, false, true));
      break;
    case 'mv':
      // Moving something away changes it (`mv .claude .claude.off`): sources count as whole trees.
      targets.push(...copyLike(p, false, true));
      break;
    case 'rm':
    case 'chmod':
    case 'chown':
    case 'chgrp':
    case 'setfacl':
    case 'chattr': {
      const ops = program === 'rm' ? p.operands : p.operands.slice(1); // chmod MODE FILE…
      targets.push(...ops.map((o) => ({ ...o, tree: recursive })));
      break;
    }
    case 'rmdir':
    case 'unlink':
    case 'shred':
    case 'truncate':
    case 'touch':
    case 'tee':
    case 'mkdir':
    case 'mkfifo':
      targets.push(...all(false));
      break;
    case 'dd':
      targets.push(
        ...p.operands.filter((o) => o.word.startsWith('of=')).map((o) => ({ word: o.word.slice(3), dynamic: o.dynamic, tree: false })),
      );
      break;
    case 'sed': {
      const inPlace = [...p.flags].some((f) => f === '-i' || f === '--in-place') || cmd.argv.some((a) => /^(-i.+|--in-place=.*)$/.test(a));
      const scripts = opt(p, '-e', '--expression');
      const files = scripts.length > 0 || opt(p, '-f', '--file').length > 0 ? p.operands : p.operands.slice(1);
      if (scripts.length === 0 && p.operands[0]) scripts.push(p.operands[0]);
      if (inPlace) targets.push(...files.map((o) => ({ ...o, tree: false })));
      // The `w FILE` command and the `w` flag of `s///` write FILE.
      for (const s of scripts) {
        for (const m of s.word.matchAll(/(?:^|[;\n{}]|\/[gpIiMme0-9]*)\s*w\s+([^;\n}]+)/g))
          targets.push({ word: m[1].trim(), dynamic: s.dynamic, tree: false });
      }
      break;
    }
    case 'awk':
    case 'gawk':
    case 'mawk':
    case 'nawk': {
      const body = cmd.argv.slice(1).find((a, i) => !a.startsWith('-') && cmd.argv[i] !== '-f' && cmd.argv[i] !== '-v') ?? '';
      for (const m of body.matchAll(/(?:print|printf)[^;}>|]*>>?\s*("([^"]*)"|[^\s;}]+)/g)) {
        targets.push(m[2] !== undefined ? { word: m[2], dynamic: false, tree: false } : { word: `$${m[1]}`, dynamic: true, tree: false });
      }
      if (cmd.argv.some((a, i) => a === 'inplace' && cmd.argv[i - 1] === '-i'))
        targets.push(...p.operands.slice(1).map((o) => ({ ...o, tree: false })));
      break;
    }
    case 'tar':
    case 'bsdtar': {
      const first = cmd.argv[1] ?? '';
      const extract = has(p, '-x', '--extract', '--get') || (/^[a-zA-Z]+$/.test(first) && first.includes('x'));
      const create = has(p, '-c', '--create', '-r', '--append', '-u', '--update') || (/^[a-zA-Z]+$/.test(first) && /[cru]/.test(first));
      const dirs = [...cmd.argv.entries()]
        .filter(([i]) => cmd.argv[i - 1] === '-C' || cmd.argv[i - 1] === '--directory')
        .map(([i, w]) => ({ word: w, dynamic: cmd.dynamic[i] ?? false }));
      for (const [i, w] of cmd.argv.entries())
        if (w.startsWith('--directory=')) dirs.push({ word: w.slice(12), dynamic: cmd.dynamic[i] ?? false });
      if (extract) {
        targets.push(...(dirs.length ? dirs : [{ word: '.', dynamic: false }]).map((d) => ({ ...d, tree: true })));
        if (has(p, '-P', '--absolute-names')) targets.push({ word: '/', dynamic: false, tree: true });
      }
      if (create) {
        const file = [...cmd.argv.entries()].find(([i]) => /^-[a-zA-Z]*f$/.test(cmd.argv[i - 1] ?? '') || cmd.argv[i - 1] === '--file');
        if (file) targets.push({ word: file[1], dynamic: cmd.dynamic[file[0]] ?? false, tree: false });
      }
      break;
    }
    case 'unzip': {
      if (has(p, '-l', '-p', '-t', '-v', '-Z')) break;
      const dir = cmd.argv.indexOf('-d');
      targets.push(
        dir !== -1
          ? { word: cmd.argv[dir + 1] ?? '', dynamic: cmd.dynamic[dir + 1] ?? false, tree: true }
          : { word: '.', dynamic: false, tree: true },
      );
      break;
    }
    case 'cpio': {
      const extract = has(p, '-i', '--extract') || cmd.argv.some((a) => /^-[a-zA-Z]*i/.test(a));
      const pass = has(p, '-p', '--pass-through') || cmd.argv.some((a) => /^-[a-zA-Z]*p/.test(a));
      const dir = cmd.argv.findIndex((a) => a === '-D' || a === '--directory');
      const base = dir !== -1 ? { word: cmd.argv[dir + 1] ?? '', dynamic: cmd.dynamic[dir + 1] ?? false } : { word: '.', dynamic: false };
      if (extract) targets.push({ ...base, tree: true });
      if (pass) targets.push(...p.operands.slice(-1).map((o) => ({ ...o, tree: true })));
      break;
    }
    case 'rsync':
    case 'scp': {
      const dest = p.operands[p.operands.length - 1];
      if (dest && p.operands.length >= 2 && !/^[^/]*:/.test(dest.word)) targets.push({ ...dest, tree: true });
      break;
    }
    case 'curl': {
      for (const [i, w] of cmd.argv.entries()) {
        const prev = cmd.argv[i - 1];
        if (
          prev === '-o' ||
          prev === '--output' ||
          prev === '--output-dir' ||
          prev === '-c' ||
          prev === '--cookie-jar' ||
          prev === '-D' ||
          prev === '--dump-header'
        ) {
          targets.push({ word: w, dynamic: cmd.dynamic[i] ?? false, tree: prev === '--output-dir' });
        } else if (/^-o./.test(w) && !w.startsWith('--')) targets.push({ word: w.slice(2), dynamic: cmd.dynamic[i] ?? false, tree: false });
        else if (/^--output(-dir)?=/.test(w))
          targets.push({ word: w.slice(w.indexOf('=') + 1), dynamic: cmd.dynamic[i] ?? false, tree: w.startsWith('--output-dir') });
      }
      if (has(p, '-O', '--remote-name', '--remote-name-all') || cmd.argv.some((a) => /^-[a-zA-Z]*O/.test(a) && !a.startsWith('--'))) {
        for (const o of p.operands)
          if (/^[a-z]+:\/\//i.test(o.word))
            targets.push({ word: posix.basename(o.word.replace(/[?#].*$/, '')) || '.', dynamic: o.dynamic, tree: false });
      }
      break;
    }
    case 'wget': {
      let named = false;
      for (const [i, w] of cmd.argv.entries()) {
        const prev = cmd.argv[i - 1];
        if (
          prev === '-O' ||
          prev === '--output-document' ||
          prev === '-P' ||
          prev === '--directory-prefix' ||
          prev === '-o' ||
          prev === '--output-file' ||
          prev === '-a'
        ) {
          targets.push({ word: w, dynamic: cmd.dynamic[i] ?? false, tree: prev === '-P' || prev === '--directory-prefix' });
          named ||= prev === '-O' || prev === '--output-document';
        } else if (/^(-O|-P).+/.test(w)) {
          targets.push({ word: w.slice(2), dynamic: cmd.dynamic[i] ?? false, tree: w.startsWith('-P') });
          named ||= w.startsWith('-O');
        } else if (/^--(output-document|directory-prefix)=/.test(w)) {
          targets.push({ word: w.slice(w.indexOf('=') + 1), dynamic: cmd.dynamic[i] ?? false, tree: w.startsWith('--directory-prefix') });
          named ||= w.startsWith('--output-document');
        }
      }
      if (!named)
        for (const o of p.operands)
          if (/^[a-z]+:\/\//i.test(o.word))
            targets.push({ word: posix.basename(o.word.replace(/[?#].*$/, '')) || '.', dynamic: o.dynamic, tree: true });
      break;
    }
    case 'perl':
    case 'ruby': {
      // `perl -pi -e 's/a/b/' FILE`: in place. The -e bodies are not files.
      if (!cmd.argv.some((a) => /^-[a-zA-Z]*i/.test(a) && !a.startsWith('--'))) break;
      const files = cmd.argv
        .map((w, i) => ({ word: w, dynamic: cmd.dynamic[i] ?? false }))
        .filter((o, i) => i > 0 && !o.word.startsWith('-') && !/^-[a-zA-Z]*[eE]$/.test(cmd.argv[i - 1] ?? ''));
      targets.push(...files.map((o) => ({ ...o, tree: false })));
      break;
    }
    case 'patch': {
      // The files a patch changes are named inside it: the whole folder it runs in (or -d DIR).
      const dir = opt(
        parse(cmd, ['-d', '--directory', '-p', '-i', '--input', '-o', '--output', '-r', '-B', '-z', '-F', '-V', '-D']),
        '-d',
        '--directory',
      )[0];
      targets.push({ ...(dir ?? { word: '.', dynamic: false }), tree: true });
      break;
    }
    case 'git': {
      const sub = cmd.argv
        .slice(1)
        .find((a, k, rest) => !a.startsWith('-') && !/^(-C|-c|--git-dir|--work-tree|--namespace)$/.test(rest[k - 1] ?? ''));
      const at = sub === undefined ? -1 : cmd.argv.indexOf(sub);
      const dirOpt = cmd.argv.indexOf('-C');
      const base = dirOpt !== -1 && dirOpt < at ? cmd.argv[dirOpt + 1] : undefined;
      const inBase = (o: { word: string; dynamic: boolean }) =>
        base ? { word: posix.join(base, o.word), dynamic: o.dynamic || (cmd.dynamic[dirOpt + 1] ?? false) } : o;
      const rest = at === -1 ? [] : cmd.argv.slice(at + 1).map((w, k) => ({ word: w, dynamic: cmd.dynamic[at + 1 + k] ?? false }));
      const pathspecs = rest.filter((o) => !o.word.startsWith('-'));
      if (sub === 'rm' || sub === 'mv' || sub === 'restore' || sub === 'checkout') {
        // Pathspecs after `--` (checkout/restore), or every operand (rm/mv).
        const dd = rest.findIndex((o) => o.word === '--');
        const files = sub === 'rm' || sub === 'mv' || dd === -1 ? pathspecs : rest.slice(dd + 1);
        // checkout/restore only bring back committed content: a protected path itself, not its folder.
        const tree = sub === 'mv' || (sub === 'rm' && rest.some((o) => /^-[a-zA-Z]*r/.test(o.word)));
        targets.push(...files.map((o) => ({ ...inBase(o), tree })));
      } else if (sub === 'clean' || sub === 'apply' || sub === 'am') {
        targets.push({ ...inBase({ word: '.', dynamic: false }), tree: true });
      }
      const i = sub === 'clone' ? at : -1;
      if (i === -1) break;
      const ops = cmd.argv
        .slice(i + 1)
        .map((w, k) => ({ word: w, dynamic: cmd.dynamic[i + 1 + k] ?? false }))
        .filter(
          (o, k, arr) =>
            !o.word.startsWith('-') &&
            !/^-(b|o|c|-branch|-origin|-depth|-reference|-template|-config|-separate-git-dir|-jobs|u|-upload-pack|-filter)$/.test(
              arr[k - 1]?.word ?? '',
            ),
        );
      // Without DIR, git names the folder after the URL's last part (static even when the host part is not).
      const named = ops[0] ? posix.basename(ops[0].word.replace(/\/+$/, '')).replace(/\.git$/, '') : '';
      const dir = ops[1] ?? (ops[0] ? { word: named, dynamic: /[$`*?[]/.test(named) } : undefined);
      if (dir) targets.push({ ...dir, tree: true });
      break;
    }
    case 'find': {
      if (!cmd.argv.includes('-delete')) break;
      const roots = cmd.argv.slice(1).map((w, k) => ({ word: w, dynamic: cmd.dynamic[k + 1] ?? false }));
      const end = roots.findIndex((r) => /^[-(!]/.test(r.word));
      const paths = end === -1 ? roots : roots.slice(0, end);
      targets.push(...(paths.length ? paths : [{ word: '.', dynamic: false }]).map((r) => ({ ...r, tree: true })));
      break;
    }
  }
  // `tee >(grep x)`: a process substitution is a pipe the shell opens, not a file.
  for (let i = targets.length - 1; i >= 0; i--) if (/^[<>]\(/.test(targets[i].word)) targets.splice(i, 1);
  // `find … -exec rm {} \;`, `xargs rm`: the operands are found at run time.
  if (targets.length > 0 && cmd.via.some((v) => v.startsWith('find') || v.startsWith('xargs'))) {
    for (const t of targets) if (t.word.includes('{}') || t.word.includes('{xargs')) t.dynamic = true;
  }
  return targets;
}
