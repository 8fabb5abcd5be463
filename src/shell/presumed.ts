// Safe by elimination (docs/guard-rules.md, third edition): text in a program's arguments that reads as
// a guarded act (a guarded tool's name followed by more words) is presumed to run, unless the
// program is known to treat its arguments as data. This finds those texts; the analyser reads each
// as a command (`via` 'presumed: PROGRAM') so the rules judge it like the command itself.

/** Tools whose acts the rules and the gate judge: their names start a presumed command. */
const GUARDED_TOOLS = [
  'terraform',
  'tofu',
  'terragrunt',
  'tf',
  'kubectl',
  'k',
  'oc',
  'helm',
  'flux',
  'git',
  'gh',
  'glab',
  'pulumi',
  'cdk',
  'cdktf',
  'aws',
  'gcloud',
  'gsutil',
  'az',
  'eksctl',
  'doctl',
  'argocd',
  'sam',
  'serverless',
  'sls',
  'vault',
  'docker',
  'podman',
  'npm',
  'yarn',
  'pnpm',
  'cargo',
  'twine',
  'gem',
  'ansible',
  'ansible-playbook',
  'helmfile',
  'skaffold',
  'heroku',
  'fly',
  'flyctl',
  'vercel',
  'netlify',
  'firebase',
  'wrangler',
  'systemctl',
  'execguard',
];

/**
 * Programs whose arguments are judged by their own rules (a commit message, a PR body, an
 * annotation are data there): their words are not searched for presumed commands.
 */
const JUDGED_BY_RULES = new Set([
  'terraform',
  'tofu',
  'terragrunt',
  'kubectl',
  'oc',
  'helm',
  'flux',
  'git',
  'gh',
  'glab',
  'hub',
  'pulumi',
  'cdk',
  'cdktf',
  'aws',
  'gcloud',
  'gsutil',
  'az',
  'eksctl',
  'doctl',
  'argocd',
  'vault',
  'kubectx',
  'kubens',
  'execguard',
]);

/**
 * Programs known to treat their arguments as data: printers, searchers, help and manuals, jq/yq
 * filters, pagers and viewers, file utilities (names of files are data), shell builtins that only
 * set or read state, network clients that send text. sed and awk are read by their own readers.
 */
const DATA = new Set(
  (
    'echo printf grep egrep fgrep zgrep zegrep rg ag ack ugrep man help tldr info whatis apropos jq yq gojq jaq ' +
    'cat tac less more most pg bat batcat head tail wc sort uniq cut tr nl fold fmt column paste join expand unexpand ' +
    'diff cmp comm od xxd hexdump strings md5sum sha1sum sha256sum sha512sum shasum cksum base64 base32 file stat ls ll la ' +
    'tree exa eza du df pwd cd pushd popd dirs which type whereis hash true false : test [ [[ read mapfile readarray ' +
    'export declare typeset local readonly set unset alias unalias shift return exit break continue wait jobs fg bg getopts ' +
    'umask ulimit printenv date cal sleep touch mkdir rmdir cp mv rm ln chmod chown chgrp realpath readlink dirname ' +
    'basename tee kill killall pkill pgrep ps curl wget http https xh logger notify-send history sponge awk gawk mawk nawk ' +
    'sed gsed column cowsay figlet toilet banner wall write mail mailx sendmail'
  ).split(/\s+/),
);

/** Interpreters whose inline body is read by the spawn readers (a body that only prints is data). */
const BODY_FLAGS: Array<[RegExp, RegExp]> = [
  [/^(python|pypy)(\d+(\.\d+)*)?$/, /^-[a-zA-Z]*c$/],
  [/^(node|nodejs)$/, /^(-e|--eval|-p|--print|-pe)$/],
  [/^(perl|ruby)$/, /^-[a-zA-Z]*[eE]$/],
  [/^php$/, /^-r$/],
  [/^lua(\d+(\.\d+)*)?$|^luajit$/, /^-e$/],
];

/** Test runners (and the package scripts that start them): a test-name filter is data. */
const TEST_RUNNERS = new Set('vitest jest mocha pytest py.test go cargo rspec npm yarn pnpm ava tap jasmine playwright cypress'.split(' '));
const FILTER_OPTION = /^(-t|-g|-k|-m|-run|--grep|--testNamePattern|--test-name-pattern|--filter|--test-name-filter|--example)$/;
const FILTER_OPTION_INLINE = /^(--grep|--testNamePattern|--test-name-pattern|--filter|--test-name-filter|-run|--example|-k)=/;

const MAX_CANDIDATES = 32;

/** Is this program's argument list searched for presumed commands? */
function searchesArguments(argv: string[]): boolean {
  const program = argv[0] ?? '';
  if (program === '' || DATA.has(program) || JUDGED_BY_RULES.has(program)) return false;
  // any tool's --help prints help
  if (argv.includes('--help')) return false;
  return true;
}

/** Argument indices that are interpreter bodies (judged by the spawn readers, not here). */
function bodyIndices(argv: string[]): Set<number> {
  const bodies = new Set<number>();
  const entry = BODY_FLAGS.find(([program]) => program.test(argv[0] ?? ''));
  if (!entry) return bodies;
  argv.forEach((a, i) => {
    if (i > 0 && entry[1].test(a)) bodies.add(i + 1);
    if (/^--(eval|print)=/.test(a)) bodies.add(i);
  });
  return bodies;
}

const TOOL_PATTERN = GUARDED_TOOLS.map((t) => t.replace(/[-]/g, '\\-')).join('|');
/** A tool name at the start of a word (after a separator, a path, `=`, `!`, a quote), then a blank and more. */
const CANDIDATE = new RegExp(`(^|[\\s=!;&|(){}\\[\\]"'\`,:@<>$/+])(${TOOL_PATTERN})(?=[ \\t]+[^\\s;&|)])`, 'g');
/** Where a presumed command ends: a line end, a shell separator or a quote. */
const END = /[\n;&|)}\]"'`<>]/;

/** Cloud CLIs name a service first; their tier reads the act. */
const SERVICE_FIRST = new Set(['aws', 'gcloud', 'gsutil', 'az', 'eksctl', 'doctl']);
/** Words that make a tool's command a state-changing act (one of the first words after the tool). */
const ACTS = new Set(
  (
    'apply destroy import taint untaint state force-unlock refresh push send-pack delete create replace patch scale set ' +
    'rollout drain cordon uncordon install upgrade rollback uninstall reconcile suspend resume bootstrap up update deploy ' +
    'remove rm publish unpublish deprecate yank owner dist-tag merge release secret run-all run all destroy-all apply-all stack edit ' +
    'label annotate exec cp debug attach api repo workflow start stop restart enable disable mask kill sync app expose autoscale ' +
    'workspace config alias certificate taint-all cancel login upload dcommit lfs'
  ).split(/\s+/),
);

/** Does this text read as a guarded act: the tool, then one of its acts among the first words? */
function readsAsAct(candidate: string): boolean {
  const [tool, ...rest] = candidate.split(/\s+/);
  // `aws s3 rm …`: a service and an operation (`--provider aws` alone names no act)
  if (SERVICE_FIRST.has(tool)) return rest.filter((w) => !w.startsWith('-')).length >= 2;
  return (
    rest
      .filter((w) => !w.startsWith('-'))
      .slice(0, 3)
      // an act word, or a word that cannot be read (`terraform $ACTION` could be any act)
      .some((w) => ACTS.has(w.replace(/^[^a-z]+|[^a-z-]+$/g, '')) || /[$`]/.test(w))
  );
}

/** Quote splicing and escapes inside the text (`terra""form`, `t\erraform`) removed, as a shell would. */
function unspliced(text: string): string {
  return text.replace(/""|''/g, '').replace(/\\(?=[A-Za-z])/g, '');
}

function candidatesIn(text: string, out: Set<string>): void {
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const rest = text.slice(m.index + m[1].length);
    const end = rest.search(END);
    const candidate = (end < 0 ? rest : rest.slice(0, end)).trim();
    if (readsAsAct(candidate)) out.add(candidate);
    if (out.size > MAX_CANDIDATES) return;
  }
}

function search(texts: string[], found: Set<string>): void {
  for (const text of texts) {
    if (found.size > MAX_CANDIDATES) return;
    if (!/\s/.test(text.trim())) continue;
    candidatesIn(text, found);
    const plain = unspliced(text);
    if (plain !== text) candidatesIn(plain, found);
  }
}

/**
 * The texts in a program's arguments that read as a command of a guarded tool. `tooMany` when more
 * than the bound were found (the caller reports the command unreadable).
 */
export function presumedCommands(argv: string[]): { texts: string[]; tooMany: boolean } {
  if (!searchesArguments(argv)) return { texts: [], tooMany: false };
  const bodies = bodyIndices(argv);
  // a word with an unresolved part is read as written: `terraform $ACTION` still names the tool
  const filters = new Set<number>();
  if (TEST_RUNNERS.has(argv[0] ?? '')) {
    argv.forEach((a, i) => {
      if (FILTER_OPTION.test(a)) filters.add(i + 1);
      if (FILTER_OPTION_INLINE.test(a)) filters.add(i);
    });
  }
  const args = argv.map((a, i) => (i === 0 || bodies.has(i) || filters.has(i) ? undefined : a));
  const found = new Set<string>();
  // each argument on its own (`'1e terraform apply'`), then the arguments as one line (`run terraform destroy`)
  search(
    args.filter((a): a is string => a !== undefined),
    found,
  );
  search([args.map((a) => a ?? '\n').join(' ')], found);
  const texts = [...found];
  return { texts: texts.slice(0, MAX_CANDIDATES), tooMany: texts.length > MAX_CANDIDATES };
}

/** Words of a wrapper's own options that read as a guarded act (`ssh -o ProxyCommand=…`). */
export function presumedInOptions(words: Array<{ text: string }>): string[] {
  const found = new Set<string>();
  search(
    words.map((w) => w.text),
    found,
  );
  return [...found].slice(0, MAX_CANDIDATES);
}
