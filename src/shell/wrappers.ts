// Wrappers that run another command: their own options are stripped and the inner command is
// analysed as if written directly (recorded in `via`).
import type { Word } from './context.js';
import { SHELLS } from './interpreters.js';
import { LAUNCHERS } from './launchers.js';
import type { StdinSource } from './types.js';
import { type InnerCommand, type Unwrapped, argv, envWrapper, joined, leadingAssignments, set, skipOptions } from './unwrap-kit.js';
import { splitAssignment } from './variables.js';

export type { Unwrapped } from './unwrap-kit.js';

const WRAPPERS: Record<string, (words: Word[], stdin: StdinSource | undefined) => Unwrapped | undefined> = {
  sudo(words) {
    const i = skipOptions(words, 1, {
      withArg: set('u', 'g', 'p', 'C', 'D', 'r', 't', 'U', 'T', 'R', 'h'),
      longWithArg: set('user', 'group', 'prompt', 'close-from', 'chdir', 'role', 'type', 'other-user', 'command-timeout', 'chroot', 'host'),
    });
    const { index, assignments } = leadingAssignments(words, i);
    return argv('sudo', words.slice(index), { assignments });
  },
  doas(words) {
    return argv('doas', words.slice(skipOptions(words, 1, { withArg: set('u', 'C') })));
  },
  env: (words) => envWrapper(words),
  command(words) {
    const i = skipOptions(words, 1, { withArg: set() });
    // `command -v X` / `-V X` only looks X up
    if (words.slice(1, i).some((w) => /^-[a-zA-Z]*[vV]/.test(w.text))) return undefined;
    return argv('command', words.slice(i));
  },
  builtin: (words) => argv('builtin', words.slice(1)),
  coproc: (words) => argv('coproc', words.slice(1)),
  exec: (words) => argv('exec', words.slice(skipOptions(words, 1, { withArg: set('a') }))),
  time: (words) => argv('time', words.slice(skipOptions(words, 1, { withArg: set('f', 'o'), longWithArg: set('format', 'output') }))),
  nohup: (words) => argv('nohup', words.slice(skipOptions(words, 1, { withArg: set() }))),
  nice(words) {
    let i = 1;
    while (i < words.length) {
      const t = words[i].text;
      if (t === '-n' || t === '--adjustment') i += 2;
      else if (/^-(n)?-?\d+$/.test(t) || t.startsWith('--adjustment=') || /^-n.+/.test(t)) i += 1;
      else if (t === '--') {
        i += 1;
        break;
      } else break;
    }
    return argv('nice', words.slice(i));
  },
  // busybox APPLET ARGS runs the applet (sh, ash, env, ...) as if called by that name
  busybox: (words) => argv('busybox', words.slice(1)),
  chrt(words) {
    const i = skipOptions(words, 1, { withArg: set('T', 'P', 'D'), longWithArg: set('sched-runtime', 'sched-period', 'sched-deadline') });
    if (words.slice(1, i).some((w) => /^-[a-zA-Z]*p$|^--pid$/.test(w.text))) return undefined; // changes a running process
    const prio = /^\d+$/.test(words[i]?.text ?? '') ? i + 1 : i;
    return argv('chrt', words.slice(prio));
  },
  'systemd-run'(words) {
    const assignments: NonNullable<InnerCommand['assignments']> = [];
    const valued = set('p', 'u', 'E', 'M', 'H', 'C');
    const longValued = set(
      'property',
      'unit',
      'description',
      'setenv',
      'uid',
      'gid',
      'nice',
      'working-directory',
      'machine',
      'host',
      'slice',
      'on-active',
      'on-boot',
      'on-startup',
      'on-unit-active',
      'on-unit-inactive',
      'on-calendar',
      'on-clock-change',
      'timer-property',
      'path-property',
      'socket-property',
      'service-type',
      'capsule',
      'json',
    );
    let i = 1;
    for (; i < words.length; i++) {
      const t = words[i].text;
      if (t === '--') {
        i += 1;
        break;
      }
      if (!t.startsWith('-') || t === '-') break;
      const long = t.startsWith('--') ? t.slice(2).split('=')[0] : undefined;
      const takes = long !== undefined ? longValued.has(long) && !t.includes('=') : valued.has(t[t.length - 1]) && t.length === 2;
      const value = takes
        ? words[i + 1]
        : long !== undefined && t.includes('=')
          ? { ...words[i], text: t.slice(t.indexOf('=') + 1) }
          : undefined;
      // -E/--setenv NAME=VALUE reaches the program's environment
      if ((t === '-E' || long === 'setenv') && value) {
        const parsed = splitAssignment(value.text);
        if (parsed) assignments.push({ name: parsed.name, append: false, value: { text: parsed.value, dynamic: value.dynamic } });
      }
      if (takes) i += 1;
    }
    return argv('systemd-run', words.slice(i), { assignments });
  },
  parallel: (words, stdin) => parallel(words, stdin),
  ionice: (words) => argv('ionice', words.slice(skipOptions(words, 1, { withArg: set('c', 'n', 'p', 'P', 'u') }))),
  timeout(words) {
    const i = skipOptions(words, 1, { withArg: set('s', 'k'), longWithArg: set('signal', 'kill-after') });
    return argv('timeout', words.slice(i + 1)); // words[i] is the duration
  },
  stdbuf: (words) =>
    argv('stdbuf', words.slice(skipOptions(words, 1, { withArg: set('i', 'o', 'e'), longWithArg: set('input', 'output', 'error') }))),
  xargs: (words, stdin) => xargs(words, stdin),
  watch(words) {
    const i = skipOptions(words, 1, {
      withArg: set('n', 'q'),
      longWithArg: set('interval', 'equexit'),
    });
    const exec = words.slice(1, i).some((w) => w.text === '--exec' || /^-[a-zA-Z]*x/.test(w.text));
    return exec ? argv('watch', words.slice(i)) : joined('watch', words.slice(i));
  },
  find: (words) => find(words),
  script(words) {
    for (let i = 1; i < words.length; i++) {
      const t = words[i].text;
      if (t === '-c' || t === '--command') return joined('script -c', words.slice(i + 1, i + 2));
      if (t.startsWith('--command=')) return joined('script -c', [{ ...words[i], text: t.slice('--command='.length) }]);
      if (/^-[a-zA-Z]*c$/.test(t)) return joined('script -c', words.slice(i + 1, i + 2));
    }
    return undefined;
  },
  su: (words) => suCommand('su', words),
  flock(words) {
    const i = skipOptions(words, 1, { withArg: set('w', 'E', 'c'), longWithArg: set('timeout', 'wait', 'conflict-exit-code', 'command') });
    const inline = words.findIndex((w, k) => k >= 1 && (w.text === '-c' || w.text === '--command'));
    if (inline > 0) return joined('flock', words.slice(inline + 1, inline + 2));
    return argv('flock', words.slice(i + 1)); // words[i] is the lock file
  },
  chroot(words) {
    const i = skipOptions(words, 1, { withArg: set(), longWithArg: set('userspec', 'groups') });
    return argv('chroot', words.slice(i + 1)); // words[i] is the new root
  },
  setsid: (words) => argv('setsid', words.slice(skipOptions(words, 1, { withArg: set() }))),
  unbuffer: (words) => argv('unbuffer', words.slice(skipOptions(words, 1, { withArg: set() }))),
  chronic: (words) => argv('chronic', words.slice(skipOptions(words, 1, { withArg: set() }))),
  caffeinate: (words) => argv('caffeinate', words.slice(skipOptions(words, 1, { withArg: set('t', 'w') }))),
  torsocks: (words) => argv('torsocks', words.slice(skipOptions(words, 1, { withArg: set('u', 'p', 'a', 'P') }))),
  proxychains: (words) => argv('proxychains', words.slice(skipOptions(words, 1, { withArg: set('f') }))),
  proxychains4: (words) => argv('proxychains4', words.slice(skipOptions(words, 1, { withArg: set('f') }))),
  taskset(words) {
    const i = skipOptions(words, 1, { withArg: set() });
    return argv('taskset', words.slice(i + 1)); // words[i] is the CPU mask or list
  },
  op: (words) => afterDoubleDash('op run', words, 'run'),
  infisical: (words) => afterDoubleDash('infisical run', words, 'run'),
  chamber: (words) => afterDoubleDash('chamber exec', words, 'exec'),
  dotenv: (words) => {
    const dash = words.findIndex((w) => w.text === '--');
    return dash > 0 ? argv('dotenv', words.slice(dash + 1)) : undefined;
  },
  direnv(words) {
    if (words[1]?.text !== 'exec') return undefined;
    return argv('direnv exec', words.slice(3)); // words[2] is the directory
  },
  mise(words) {
    if (words[1]?.text !== 'exec' && words[1]?.text !== 'x') return undefined;
    const command = words.findIndex((w) => w.text === '-c' || w.text === '--command');
    if (command > 0) return joined('mise exec -c', words.slice(command + 1, command + 2));
    const dash = words.findIndex((w) => w.text === '--');
    return dash > 0 ? argv('mise exec', words.slice(dash + 1)) : undefined;
  },
  'nix-shell'(words) {
    const at = words.findIndex((w) => w.text === '--run' || w.text === '--command');
    return at > 0 ? joined('nix-shell --run', words.slice(at + 1, at + 2)) : undefined;
  },
  nix(words) {
    if (words[1]?.text !== 'develop' && words[1]?.text !== 'shell') return undefined;
    const at = words.findIndex((w) => w.text === '-c' || w.text === '--command');
    return at > 0 ? argv(`nix ${words[1].text}`, words.slice(at + 1)) : undefined;
  },
  'aws-vault'(words) {
    if (words[1]?.text !== 'exec') return undefined;
    const dash = words.findIndex((w) => w.text === '--');
    if (dash > 0) return argv('aws-vault exec', words.slice(dash + 1));
    const i = skipOptions(words, 2, { withArg: set('d', 't', 'j'), longWithArg: set('duration', 'region', 'prompt', 'mfa-token') });
    return argv('aws-vault exec', words.slice(i + 1)); // words[i] is the profile
  },
  doppler(words) {
    if (words[1]?.text !== 'run') return undefined;
    for (let i = 2; i < words.length; i++) {
      const t = words[i].text;
      if (t === '--') return argv('doppler run', words.slice(i + 1));
      if (t === '--command') return joined('doppler run', words.slice(i + 1, i + 2));
      if (t.startsWith('--command=')) return joined('doppler run', [{ ...words[i], text: t.slice('--command='.length) }]);
    }
    const i = skipOptions(words, 2, { withArg: set('p', 'c', 't'), longWithArg: set('project', 'config', 'token', 'scope', 'fallback') });
    return argv('doppler run', words.slice(i));
  },
  ssh(words) {
    const i = skipOptions(words, 1, {
      withArg: set('b', 'c', 'D', 'E', 'e', 'F', 'I', 'i', 'J', 'L', 'l', 'm', 'O', 'o', 'p', 'Q', 'R', 'S', 'W', 'w', 'B'),
    });
    const remote = joined('ssh', words.slice(i + 1), true); // words[i] is the host
    return remote;
  },
  docker: (words) => docker(words),
  podman: (words) => docker(words),
  'docker-compose': (words) => compose(words, 1),
  kubectl(words) {
    const verbAt = skipOptions(words, 1, {
      withArg: set('n', 's'),
      longWithArg: set('namespace', 'context', 'kubeconfig', 'cluster', 'user', 'server', 'token', 'as', 'as-group'),
    });
    if (words[verbAt]?.text !== 'exec') return undefined;
    const dash = words.findIndex((w, k) => k > verbAt && w.text === '--');
    if (dash < 0) return undefined;
    const inner = argv('kubectl exec', words.slice(dash + 1));
    if (inner && inner.kind === 'argv') inner.remote = true;
    return inner;
  },
};

/** su [opts] [-] [user] -c 'CMD': the string goes to the user's shell. */
function suCommand(label: string, words: Word[]): Unwrapped | undefined {
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    if (t === '-c' || t === '--command' || t === '--session-command') return joined(`${label} -c`, words.slice(i + 1, i + 2));
    if (/^--(session-)?command=/.test(t)) return joined(`${label} -c`, [{ ...words[i], text: t.slice(t.indexOf('=') + 1) }]);
  }
  return undefined;
}

/** `TOOL VERB [opts] -- CMD...` (op run, infisical run, chamber exec). */
function afterDoubleDash(label: string, words: Word[], verb: string): Unwrapped | undefined {
  if (words[1]?.text !== verb) return undefined;
  const dash = words.findIndex((w) => w.text === '--');
  return dash > 0 ? argv(label, words.slice(dash + 1)) : undefined;
}

function xargs(words: Word[], stdin: StdinSource | undefined): Unwrapped | undefined {
  let replace: string | undefined;
  let i = 1;
  while (i < words.length) {
    const t = words[i].text;
    if (t === '--') {
      i += 1;
      break;
    }
    if (!t.startsWith('-') || t === '-') break;
    if (t === '-I') {
      replace = words[i + 1]?.text;
      i += 2;
    } else if (t.startsWith('-I')) {
      replace = t.slice(2);
      i += 1;
    } else if (t === '-i' || t === '--replace') {
      replace = '{}';
      i += 1;
    } else if (t.startsWith('--replace=') || (t.startsWith('-i') && t.length > 2)) {
      replace = t.startsWith('-i') ? t.slice(2) : t.slice('--replace='.length);
      i += 1;
    } else if (/^-[nLPsdEa]$/.test(t)) i += 2;
    else i += 1;
  }
  const command = words.slice(i);
  const inner = command.length > 0 ? command : [{ text: 'echo', dynamic: false }];
  const input = stdin?.text;
  if (input === undefined) {
    // the arguments come from stdin we cannot read
    const unknown: Word = { text: '{xargs input}', dynamic: true };
    // in a shell's -c body the input becomes an unknown variable: the rest of the body stays
    // readable (`sh -c 'cd {} && terraform destroy'` still destroys)
    const bodyAt = SHELLS.has(inner[0].text) ? inner.findIndex((w) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(w.text)) + 1 : 0;
    const words2 =
      replace !== undefined
        ? inner.map((w, k) =>
            !w.text.includes(replace)
              ? w
              : k === bodyAt && bodyAt > 0 && !w.dynamic
                ? { ...w, text: w.text.split(replace).join('"${__xargs_input}"') }
                : { ...w, dynamic: true },
          )
        : [...inner, unknown];
    return { kind: 'argv', label: 'xargs', commands: [{ words: words2 }] };
  }
  if (replace !== undefined) {
    const lines = input
      .split('\n')
      .filter((line) => line.trim() !== '')
      .slice(0, 64);
    return {
      kind: 'argv',
      label: 'xargs',
      commands: lines.map((line) => ({ words: inner.map((w) => ({ ...w, text: w.text.split(replace).join(line) })) })),
    };
  }
  const items = input
    .split(/[ \t\n]+/)
    .filter(Boolean)
    .map((text) => ({ text, dynamic: false }));
  return { kind: 'argv', label: 'xargs', commands: [{ words: [...inner, ...items] }] };
}

const PARALLEL_VALUED = set('j', 'S', 'I', 'N', 'n', 'L', 'P', 'E', 'd', 'a', 'C', 'X', 'l', 's', 'W', 'M');
const PARALLEL_SEPARATORS = new Set([':::', '::::', ':::+', '::::+']);

/**
 * GNU parallel [options] [command] ::: args: each argument run through a shell, `{}` replaced by
 * it (or appended); with no command the arguments are the commands; without `:::` the arguments
 * come from stdin.
 */
function parallel(words: Word[], stdin: StdinSource | undefined): Unwrapped | undefined {
  let i = 1;
  while (i < words.length && words[i].text.startsWith('-') && !PARALLEL_SEPARATORS.has(words[i].text)) {
    const t = words[i].text;
    if (t === '--') {
      i += 1;
      break;
    }
    i += t.length === 2 && PARALLEL_VALUED.has(t[1]) ? 2 : 1;
  }
  let end = i;
  while (end < words.length && !PARALLEL_SEPARATORS.has(words[end].text)) end++;
  const template = words.slice(i, end);
  const inputs: Word[] = [];
  for (let k = end; k < words.length; k++) if (!PARALLEL_SEPARATORS.has(words[k].text)) inputs.push(words[k]);
  if (end === words.length && stdin?.text !== undefined) {
    inputs.push(
      ...stdin.text
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((text) => ({ text, dynamic: false })),
    );
  }
  const dynamic =
    template.some((w) => w.dynamic) ||
    inputs.some((w) => w.dynamic) ||
    (end === words.length && stdin?.text === undefined && template.length === 0);
  const body = template.map((w) => w.text).join(' ');
  const texts =
    template.length === 0
      ? inputs.map((w) => w.text)
      : inputs.length === 0
        ? [body.replace(/\{[^}]*\}/g, '"${__parallel_input}"')]
        : inputs.slice(0, 64).map((w) => (/\{[^}]*\}/.test(body) ? body.replace(/\{[^}]*\}/g, w.text) : `${body} ${w.text}`));
  if (texts.length === 0) return undefined;
  const text = texts.join('\n');
  return {
    kind: 'text',
    label: 'parallel',
    text: dynamic && template.every((w) => !w.dynamic) && template.length > 0 ? text : dynamic ? undefined : text,
    source: text,
  };
}

function find(words: Word[]): Unwrapped | undefined {
  const commands: InnerCommand[] = [];
  for (let i = 1; i < words.length; i++) {
    if (!/^-(exec|execdir|ok|okdir)$/.test(words[i].text)) continue;
    const start = i + 1;
    let end = start;
    while (end < words.length && words[end].text !== ';' && !(words[end].text === '+' && words[end - 1]?.text === '{}')) end++;
    if (end > start) commands.push({ words: words.slice(start, end) });
    i = end;
  }
  return commands.length > 0 ? { kind: 'argv', label: 'find -exec', commands } : undefined;
}

const DOCKER_RUN_WITH_ARG = set('e', 'v', 'w', 'p', 'u', 'l', 'm', 'h', 'c', 'a');
const DOCKER_RUN_LONG_WITH_ARG = set(
  'env',
  'volume',
  'workdir',
  'name',
  'entrypoint',
  'publish',
  'network',
  'net',
  'user',
  'env-file',
  'mount',
  'platform',
  'label',
  'pull',
  'memory',
  'cpus',
  'hostname',
  'add-host',
  'cap-add',
  'cap-drop',
  'device',
  'dns',
  'expose',
  'gpus',
  'ipc',
  'log-driver',
  'log-opt',
  'restart',
  'runtime',
  'security-opt',
  'shm-size',
  'tmpfs',
  'ulimit',
  'volumes-from',
  'attach',
  'cidfile',
  'cpu-shares',
  'detach-keys',
  'group-add',
  'health-cmd',
  'link',
  'pid',
  'stop-signal',
  'stop-timeout',
  'userns',
  'uts',
);

/** Images whose entrypoint is a tool we know: `docker run IMAGE ARGS` runs `TOOL ARGS`. */
const ENTRYPOINT_IMAGES: Array<[RegExp, string]> = [
  [/(^|\/)hashicorp\/terraform([:@]|$)/, 'terraform'],
  [/(^|\/)opentofu\/opentofu([:@]|$)/, 'tofu'],
  [/(^|\/)alpine\/terragrunt([:@]|$)/, 'terragrunt'],
  [/(^|\/)bitnami\/kubectl([:@]|$)/, 'kubectl'],
  [/(^|\/)alpine\/helm([:@]|$)/, 'helm'],
];

function docker(words: Word[]): Unwrapped | undefined {
  const verbAt = skipOptions(words, 1, {
    withArg: set('H', 'c', 'l'),
    longWithArg: set('host', 'context', 'config', 'log-level', 'tlscacert', 'tlscert', 'tlskey'),
  });
  let at = verbAt;
  if (words[at]?.text === 'compose') return compose(words, at + 1);
  if (words[at]?.text === 'container') at += 1;
  const verb = words[at]?.text;
  if (verb === 'exec') {
    const i = skipOptions(words, at + 1, {
      withArg: set('e', 'u', 'w'),
      longWithArg: set('env', 'env-file', 'user', 'workdir', 'detach-keys'),
    });
    const inner = argv('docker exec', words.slice(i + 1)); // words[i] is the container
    if (inner && inner.kind === 'argv') inner.remote = true;
    return inner;
  }
  if (verb !== 'run' && verb !== 'create') return undefined;
  const i = skipOptions(words, at + 1, { withArg: DOCKER_RUN_WITH_ARG, longWithArg: DOCKER_RUN_LONG_WITH_ARG });
  const image = words[i];
  if (!image) return undefined;
  const args = words.slice(i + 1);
  let entrypoint: Word | undefined;
  for (let k = at + 1; k < i; k++) {
    const t = words[k].text;
    if (t === '--entrypoint') entrypoint = words[k + 1];
    else if (t.startsWith('--entrypoint=')) entrypoint = { ...words[k], text: t.slice('--entrypoint='.length) };
  }
  let inner: Word[] = args;
  if (entrypoint && entrypoint.text !== '') inner = [entrypoint, ...args];
  else {
    const known = ENTRYPOINT_IMAGES.find(([pattern]) => pattern.test(image.text));
    if (known) inner = [{ text: known[1], dynamic: false }, ...args];
  }
  // `-e TF_CLI_ARGS=-destroy` is the container's environment: the tool inside reads it
  const assignments: NonNullable<InnerCommand['assignments']> = [];
  for (let k = at + 1; k < i; k++) {
    const t = words[k].text;
    const value =
      t === '-e' || t === '--env'
        ? words[k + 1]
        : /^(-e|--env=)./.test(t)
          ? { ...words[k], text: t.replace(/^(-e|--env=)/, '') }
          : undefined;
    const m = value && /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(value.text);
    if (m && value) assignments.push({ name: m[1], append: false, value: { text: m[2], dynamic: value.dynamic } });
  }
  const result = argv('docker run', inner, assignments.length > 0 ? { assignments } : {});
  if (result && result.kind === 'argv') result.remote = true;
  return result;
}

/**
 * `docker compose run|exec [opts] SERVICE CMD…`: CMD runs in the service's container. Without a
 * command the service's own command runs, which the guard does not read (compose files are data).
 */
function compose(words: Word[], start: number): Unwrapped | undefined {
  const at = skipOptions(words, start, {
    withArg: set('f', 'p'),
    longWithArg: set('file', 'project-name', 'profile', 'env-file', 'project-directory', 'ansi', 'parallel', 'progress'),
  });
  const verb = words[at]?.text;
  if (verb !== 'run' && verb !== 'exec') return undefined;
  const i = skipOptions(words, at + 1, {
    withArg: set('e', 'u', 'w', 'v', 'p', 'l'),
    longWithArg: set(
      'env',
      'user',
      'workdir',
      'volume',
      'publish',
      'name',
      'entrypoint',
      'label',
      'index',
      'env-from-file',
      'cap-add',
      'cap-drop',
      'pull',
    ),
  });
  const inner = argv(`docker compose ${verb}`, words.slice(i + 1)); // words[i] is the service
  if (inner && inner.kind === 'argv') inner.remote = true;
  return inner;
}

/** Unwraps one wrapper layer, or undefined when argv[0] is not a wrapper (or wraps nothing). */
export function unwrap(words: Word[], stdin: StdinSource | undefined): Unwrapped | undefined {
  if (words.length === 0 || words[0].dynamic) return undefined;
  const name = words[0].text;
  const handler = Object.hasOwn(WRAPPERS, name) ? WRAPPERS[name] : Object.hasOwn(LAUNCHERS, name) ? LAUNCHERS[name] : undefined;
  return handler?.(words, stdin);
}
