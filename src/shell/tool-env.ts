// Environment that changes what a tool does, resolved in one place (docs/guard-rules.md, "Second
// edition"): the variables' effect is written into the command line the tool would act on, so a
// rule reads one argv whatever the route (prefix, `env`, export or assignment earlier on).
//   TF_CLI_ARGS, TF_CLI_ARGS_<sub>  terraform/tofu insert these flags right after the subcommand
//   GIT_CONFIG_PARAMETERS, GIT_CONFIG_COUNT/KEY_n/VALUE_n  `git -c key=value`, before any given -c
//   KUBECONFIG                      --kubeconfig for kubectl, oc, helm, flux (a flag given wins)
//   HELM_NAMESPACE, HELM_KUBECONTEXT  --namespace / --kube-context for helm (a flag given wins)
//   TF_WORKSPACE                    names the target; kept in toolEnv only
// Inserted flags go before the ones written, so "the last occurrence wins" keeps the written ones.

/** Is this variable one that changes a tool? */
export function isToolVariable(name: string): boolean {
  return (
    name.startsWith('TF_CLI_ARGS') ||
    name === 'TF_WORKSPACE' ||
    name.startsWith('GIT_CONFIG_') ||
    name === 'KUBECONFIG' ||
    name === 'HELM_NAMESPACE' ||
    name === 'HELM_KUBECONTEXT'
  );
}

/** Splits a flag string the way terraform (shellwords) and git aliases do: blanks, quotes kept together. */
function splitQuoted(value: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|((?:[^\s"'\\]|\\.)+)/g;
  let current: string | undefined;
  let last = 0;
  for (let m = re.exec(value); m; m = re.exec(value)) {
    const piece = m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? m[3].replace(/\\(.)/g, '$1'));
    // adjacent pieces with no blank between them form one word (-var='a b')
    if (current !== undefined && m.index === last) current += piece;
    else {
      if (current !== undefined) out.push(current);
      current = piece;
    }
    last = m.index + m[0].length;
  }
  if (current !== undefined) out.push(current);
  return out;
}

/** `'alias.pf'='push --force' 'user.name=x'`: the settings GIT_CONFIG_PARAMETERS carries. */
function gitConfigParameters(value: string): string[] {
  const settings: string[] = [];
  const re = /'((?:[^']|'\\'')*)'(?:=('(?:[^']|'\\'')*'))?/g;
  const unquote = (s: string) => s.replace(/'\\''/g, "'");
  for (let m = re.exec(value); m; m = re.exec(value)) {
    const key = unquote(m[1]);
    if (m[2] !== undefined) settings.push(`${key}=${unquote(m[2].slice(1, -1))}`);
    else settings.push(key.includes('=') ? key : `${key}=true`);
  }
  return settings;
}

function gitConfigEnv(env: Record<string, string>): string[] {
  const settings: string[] = [];
  if (env.GIT_CONFIG_PARAMETERS) settings.push(...gitConfigParameters(env.GIT_CONFIG_PARAMETERS));
  const count = Number.parseInt(env.GIT_CONFIG_COUNT ?? '', 10);
  // git reads KEY_n/VALUE_n only for n below GIT_CONFIG_COUNT
  for (let n = 0; Number.isFinite(count) && n < Math.min(count, 1000); n++) {
    const key = env[`GIT_CONFIG_KEY_${n}`];
    if (key) settings.push(`${key}=${env[`GIT_CONFIG_VALUE_${n}`] ?? ''}`);
  }
  return settings;
}

const TERRAFORM = new Set(['terraform', 'tofu']);

const TERRAGRUNT_RUNNERS = new Set(['run-all', 'run', 'all', 'stack']);

/** Index of the terraform subcommand (first word that is not a global option, nor a terragrunt runner). */
function terraformSubcommand(argv: string[]): number {
  for (let i = 1; i < argv.length; i++) {
    if (argv[i] === '-chdir' || argv[i] === '--chdir') i += 1;
    else if (argv[0] === 'terragrunt' && TERRAGRUNT_RUNNERS.has(argv[i])) continue;
    else if (!argv[i].startsWith('-')) return i;
  }
  return -1;
}

/**
 * The command line the tool acts on once the environment is applied: `argv` with the flags the
 * variables stand for inserted. `dynamic` follows argv (inserted words are static unless the value
 * was not).
 */
export function withToolEnv(
  argv: string[],
  dynamic: boolean[],
  env: Record<string, string>,
  dynamicNames: Set<string>,
): { argv: string[]; dynamic: boolean[] } {
  const program = argv[0];
  const insert = (at: number, words: string[], isDynamic: boolean) => {
    argv = [...argv.slice(0, at), ...words, ...argv.slice(at)];
    dynamic = [...dynamic.slice(0, at), ...words.map(() => isDynamic), ...dynamic.slice(at)];
  };
  if (TERRAFORM.has(program) || program === 'terragrunt') {
    const sub = terraformSubcommand(argv);
    if (sub < 0) return { argv, dynamic };
    const general = env.TF_CLI_ARGS ? splitQuoted(env.TF_CLI_ARGS) : [];
    const specificName = `TF_CLI_ARGS_${argv[sub].replace(/-all$/, '').replace(/-/g, '_')}`;
    const specific = env[specificName] ? splitQuoted(env[specificName]) : [];
    // terraform inserts TF_CLI_ARGS, then TF_CLI_ARGS_<sub> in front of it; terragrunt passes
    // them on to the terraform it runs, after its own words
    const at = program === 'terragrunt' ? argv.length : sub + 1;
    insert(at, [...specific, ...general], dynamicNames.has('TF_CLI_ARGS') || dynamicNames.has(specificName));
    return { argv, dynamic };
  }
  if (program === 'git') {
    const settings = gitConfigEnv(env);
    if (settings.length > 0)
      insert(
        1,
        settings.flatMap((s) => ['-c', s]),
        [...dynamicNames].some((n) => n.startsWith('GIT_CONFIG_')),
      );
    return { argv, dynamic };
  }
  const flags: string[] = [];
  if (env.KUBECONFIG && ['kubectl', 'oc', 'helm', 'flux'].includes(program)) flags.push(`--kubeconfig=${env.KUBECONFIG}`);
  if (program === 'helm') {
    if (env.HELM_NAMESPACE) flags.push(`--namespace=${env.HELM_NAMESPACE}`);
    if (env.HELM_KUBECONTEXT) flags.push(`--kube-context=${env.HELM_KUBECONTEXT}`);
  }
  if (flags.length > 0) {
    argv = [program, ...flags, ...argv.slice(1)];
    dynamic = [
      dynamic[0],
      ...flags.map((f) =>
        dynamicNames.has(f.startsWith('--kubeconfig') ? 'KUBECONFIG' : f.startsWith('--namespace') ? 'HELM_NAMESPACE' : 'HELM_KUBECONTEXT'),
      ),
      ...dynamic.slice(1),
    ];
  }
  return { argv, dynamic };
}

/** A variable that would change this tool's command line but whose value cannot be read. */
export function hiddenToolVariable(program: string, dynamicNames: Set<string>): string | undefined {
  for (const name of dynamicNames) {
    if (name.startsWith('TF_CLI_ARGS') && (TERRAFORM.has(program) || program === 'terragrunt')) return name;
    if (name.startsWith('GIT_CONFIG_') && program === 'git') return name;
  }
  return undefined;
}
