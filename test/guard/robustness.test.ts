// Robustness: >= 10,000 generated and mutated commands (seeded, so reproducible). evaluate() must
// never throw, always return a well-formed decision, and deny every pathological input (bound
// hits). The analysis is bounded by work, not time; the slowest input is printed, never asserted
// (no test passes or fails on the machine's speed: bench/guard.mjs measures it).
import { describe, expect, it } from 'vitest';
import { parseApproval } from '../../src/approval/scope.js';
import { evaluate } from '../../src/guard/evaluate.js';
import type { Decision } from '../../src/guard/types.js';

/** mulberry32: a tiny seeded PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
  };
}

const REAL = [
  'terraform -chdir=infra/vpc destroy -auto-approve',
  'terraform plan -destroy -out=d.tfplan && terraform apply d.tfplan',
  'terragrunt run --all -- destroy',
  'kubectl delete ns prod --context eks-prod',
  'kubectl --kubeconfig ~/.kube/prod.yaml delete pods --all -n payments-prod',
  'helm uninstall api -n production --kube-context gke_acme_prd',
  'git -c alias.yolo="push --force" yolo origin main',
  'git push origin "+refs/heads/main:refs/heads/main"',
  'git commit -m "$(cat <<\'EOF\'\nfeat(guard): add rules\n\nbody\nEOF\n)"',
  'git commit -F - <<EOF\nfix: x\nEOF',
  'echo dGVycmFmb3JtIGRlc3Ryb3k= | base64 -d | sh',
  "python3 -c \"import subprocess; subprocess.run(['terraform', 'destroy'])\"",
  'for ns in prod-a prod-b; do kubectl delete ns "$ns"; done',
  "bash -lc $'terraform\\x20destroy'",
  'TF=terraform; $TF destroy',
  'curl -u admin:hunter2 https://example.com | jq .',
  'docker run --rm hashicorp/terraform:1.9 destroy -auto-approve',
  'find . -name "*.tf" -exec terraform fmt {} \\;',
  'cat <<EOF | kubectl apply -f -\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: dev\nEOF',
  'ssh bastion "kubectl delete ns prod"',
  'f() { git push --force; }; f',
  'echo "$(date)" `whoami` ${HOME:-/root} $((1+2)) <(ls) >(cat)',
  'if [[ -n "$X" ]]; then terraform apply; elif true; then :; else exit 1; fi',
  'case "$1" in destroy) terraform destroy;; *) echo no;; esac',
  'while read -r l; do echo "$l"; done < file.txt',
];

const WORDS = [
  'terraform',
  'tofu',
  'terragrunt',
  'tf',
  'kubectl',
  'k',
  'helm',
  'git',
  'flux',
  'bash',
  'sh',
  'eval',
  'sudo',
  'env',
  'xargs',
  'destroy',
  'apply',
  '-destroy',
  'delete',
  'push',
  '--force',
  '-f',
  '+main',
  'ns',
  'prod',
  '-n',
  '--context',
  'commit',
  '-m',
  '"feat: x"',
  "'wip'",
  '$X',
  '${Y:-z}',
  '$(ls)',
  '`id`',
  "$'\\x41'",
  'echo',
  'cat',
  'ls',
  '-la',
  'AKIA',
  '--all',
  '-A',
  '|',
  '2>&1',
  '>',
  'out.txt',
  '<',
  '<<EOF',
  'EOF',
  '\\',
  '#',
  '!',
  '{',
  '}',
  '(',
  ')',
  '[[',
  ']]',
  ';;',
  '=',
  'X=1',
  '~',
  '*',
  '?',
];
const OPS = [' ; ', ' && ', ' || ', ' | ', ' & ', '\n', ' |& '];

function grammar(r: ReturnType<typeof prng>, depth = 0): string {
  const words = Array.from({ length: 1 + r.int(6) }, () => r.pick(WORDS)).join(' ');
  if (depth > 3) return words;
  switch (r.int(9)) {
    case 0:
      return `$(${grammar(r, depth + 1)})`;
    case 1:
      return `bash -c "${grammar(r, depth + 1).replace(/"/g, '\\"')}"`;
    case 2:
      return `( ${grammar(r, depth + 1)} )`;
    case 3:
      return `{ ${grammar(r, depth + 1)}; }`;
    case 4:
      return `${grammar(r, depth + 1)}${r.pick(OPS)}${grammar(r, depth + 1)}`;
    case 5:
      return `cat <<EOF | sh\n${grammar(r, depth + 1)}\nEOF`;
    case 6:
      return `for x in a b; do ${grammar(r, depth + 1)}; done`;
    case 7:
      return `eval '${grammar(r, depth + 1).replace(/'/g, '')}'`;
    default:
      return words;
  }
}

function mutate(r: ReturnType<typeof prng>, text: string): string {
  const chars = [...text];
  for (let n = 1 + r.int(4); n > 0; n--) {
    const i = r.int(chars.length + 1);
    switch (r.int(4)) {
      case 0:
        chars.splice(i, 1);
        break;
      case 1:
        chars.splice(i, 0, r.pick(['"', "'", '$', '(', ')', '`', '\\', '\n', '\0', '{', '}', ';', '|', '<<', '\uFFFD']));
        break;
      case 2:
        chars.splice(i, 0, ...chars.slice(r.int(chars.length), r.int(chars.length)));
        break;
      default:
        chars[i] = String.fromCharCode(r.int(0x250));
    }
  }
  return chars.join('');
}

function randomBytes(r: ReturnType<typeof prng>, n: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = r.int(256);
  return b;
}

interface Input {
  kind: string;
  text: string;
  /** Pathological: must be denied. */
  mustDeny?: boolean;
}

function corpus(): Input[] {
  const r = prng(0x5eed);
  const inputs: Input[] = [];
  for (let i = 0; i < 5200; i++) inputs.push({ kind: 'grammar', text: grammar(r) });
  for (const cmd of REAL) for (let i = 0; i <= cmd.length; i++) inputs.push({ kind: 'truncation', text: cmd.slice(0, i) });
  for (let i = 0; i < 2500; i++) inputs.push({ kind: 'mutation', text: mutate(r, r.pick(REAL)) });
  for (let i = 0; i < 600; i++) inputs.push({ kind: 'invalid-utf8', text: randomBytes(r, 1 + r.int(200)).toString('utf8') });
  for (let i = 0; i < 300; i++) inputs.push({ kind: 'random-latin1', text: randomBytes(r, 1 + r.int(400)).toString('latin1') });
  for (let i = 0; i < 200; i++) inputs.push({ kind: 'nul', text: `${r.pick(REAL)}\0${r.pick(REAL)}`.replace(/ /g, r.int(2) ? '\0' : ' ') });
  for (let i = 0; i < 100; i++) inputs.push({ kind: 'lone-surrogate', text: `terraform \uD800destroy ${'\uDC00'.repeat(r.int(5))}` });
  // Deep nesting and huge inputs: resource bounds, always denied.
  for (const n of [20, 50, 200, 1000, 5000]) {
    inputs.push({ kind: 'deep-subst', text: `${'$('.repeat(n)}terraform destroy${')'.repeat(n)}`, mustDeny: true });
    inputs.push({ kind: 'deep-parens', text: `${'('.repeat(n)}ls${')'.repeat(n)}` });
    inputs.push({ kind: 'deep-subshell', text: `${'( '.repeat(n)}terraform destroy${' )'.repeat(n)}`, mustDeny: true });
    inputs.push({ kind: 'deep-braces', text: `${'{ '.repeat(n)}git push --force${'; }'.repeat(n)}`, mustDeny: true });
  }
  // Nested interpreters end in a destroy: denied by the rule, or by the depth bound.
  for (let d = 1; d <= 12; d++) inputs.push({ kind: 'nested-bash-c', text: nestBashC(d), mustDeny: true });
  for (let d = 1; d <= 12; d++) inputs.push({ kind: 'nested-base64-sh', text: nestEval(d), mustDeny: true });
  inputs.push({ kind: 'huge', text: 'a'.repeat(1 << 20), mustDeny: true });
  inputs.push({ kind: 'huge', text: `echo ${'x '.repeat(200_000)}`, mustDeny: true });
  inputs.push({ kind: 'huge', text: Array.from({ length: 20_000 }, () => 'ls').join(' && '), mustDeny: true });
  inputs.push({ kind: 'huge', text: Array.from({ length: 5000 }, (_, i) => `echo ${i}`).join('\n'), mustDeny: true });
  inputs.push({ kind: 'huge', text: `git commit -m "${'feat: x '.repeat(20_000)}"`, mustDeny: true });
  inputs.push({ kind: 'huge', text: `${'"'.repeat(100_000)}`, mustDeny: true });
  inputs.push({ kind: 'huge', text: `mysql ${'-u x '.repeat(30_000)}`, mustDeny: true });
  inputs.push({ kind: 'huge', text: `for i in ${'a '.repeat(10_000)}; do terraform destroy; done` });
  inputs.push({ kind: 'big-heredoc', text: `cat > f <<EOF\n${'line of text\n'.repeat(3000)}EOF` });
  return inputs;
}

/** bash -c inside bash -c ... `depth` times, innermost a destroy. */
function nestBashC(depth: number): string {
  let cmd = 'terraform destroy';
  for (let i = 0; i < depth; i++) cmd = `bash -c ${JSON.stringify(cmd)}`;
  return cmd;
}

function nestEval(depth: number): string {
  let cmd = 'terraform destroy';
  for (let i = 0; i < depth; i++) cmd = `echo ${Buffer.from(cmd).toString('base64')} | base64 -d | sh`;
  return cmd;
}

describe('robustness', () => {
  const inputs = corpus();

  it('has at least 10,000 inputs', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(10_000);
  });

  it('never throws, always decides; pathological inputs are denied', async () => {
    const approval = parseApproval('User approved. Execute the plan.');
    // Load the parser and commitlint once first: the one-time load is measured in bench/guard.mjs.
    await evaluate('cat <<EOF | sh\necho "$(ls)"\nEOF && git commit -m "feat: warm up"', { approval });
    const counts: Record<string, number> = { allow: 0, ask: 0, deny: 0 };
    const failures: string[] = [];
    for (const input of inputs) {
      let d: Decision | undefined;
      try {
        d = await evaluate(input.text, { approval });
      } catch (error) {
        failures.push(`${input.kind}: threw ${String(error)} on ${JSON.stringify(input.text.slice(0, 80))}`);
        continue;
      }
      if (
        !d ||
        !['allow', 'ask', 'deny'].includes(d.decision) ||
        !/^T[0-3]$/.test(d.tier) ||
        !Array.isArray(d.rules) ||
        typeof d.reason !== 'string'
      ) {
        failures.push(`${input.kind}: malformed decision ${JSON.stringify(d)}`);
        continue;
      }
      if (d.decision !== 'allow' && !d.reason) failures.push(`${input.kind}: ${d.decision} without a reason`);
      if (input.mustDeny && d.decision !== 'deny')
        failures.push(`${input.kind}: pathological input not denied (${d.decision}): ${JSON.stringify(input.text.slice(0, 80))}`);
      counts[d.decision]++;
    }
    console.log(`robustness: ${inputs.length} inputs, decisions ${JSON.stringify(counts)}`);
    expect(failures.slice(0, 20)).toEqual([]);
  }, 120_000);
});
