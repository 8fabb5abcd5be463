// unreadable: a command the analysis could not read in full is not silently allowed when it holds
// anything a rule could be about. A resource bound hit is always a deny; otherwise deny in strict
// mode, ask in default mode. Judged on the typed analysis only (Analysis.unreadable).
import { SHELLS, SOURCE_BUILTINS } from '../../shell/interpreters.js';
import type { SimpleCommand, Unreadable } from '../../shell/types.js';
import type { Rule } from '../types.js';

/** Words a rule or the gate is about: a program, or a verb of one. */
const SENSITIVE = new Set([
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
  'kubectx',
  'kubens',
  ...SHELLS,
  ...SOURCE_BUILTINS,
  'busybox',
  'eval',
  'exec',
  'python',
  'python3',
  'node',
  'perl',
  'ruby',
  'php',
  'lua',
  'awk',
  'base64',
  'xxd',
  'xargs',
  'parallel',
  'sudo',
  'env',
  'ssh',
  'docker',
  'podman',
  'aws',
  'gcloud',
  'az',
  'npm',
  'pulumi',
  'argocd',
  'vault',
  'destroy',
  'delete',
  'apply',
  'push',
  'uninstall',
  'publish',
  'deploy',
  'rm',
  'reconcile',
  'merge',
  'rollout',
  'scale',
  'drain',
  'import',
  'taint',
  'state',
  'replace',
]);

/** Kinds that are unreadable by themselves, whatever the command holds. */
const ALWAYS: ReadonlySet<Unreadable['kind']> = new Set([
  'hidden-subcommand',
  'hidden-script',
  'written-script',
  'dynamic-program',
  'dynamic-env',
  'injected-code',
]);

/**
 * Programs in front of which injected code is denied outright (docs/guard-rules.md, third edition):
 * the tools the rules and the gate judge, and execguard's own CLI.
 */
const GUARDED = new Set([
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
  'sam',
  'serverless',
  'sls',
  'helmfile',
  'ansible',
  'ansible-playbook',
  'kubectx',
  'kubens',
  'execguard',
]);

/** A command that runs execguard's CLI or a guarded tool with code injected through its environment. */
function injectedIntoGuarded(commands: SimpleCommand[]): SimpleCommand | undefined {
  return commands.find(
    (cmd) =>
      cmd.injected !== undefined &&
      // Stryker disable next-line ConditionalExpression,EqualityOperator: the analysis sets `injected` only when it holds something
      cmd.injected.length > 0 &&
      (GUARDED.has(cmd.argv[0] ?? '') || cmd.argv.slice(0, 3).some((a) => /(^|\/)execguard([./-]|$)/.test(a))),
  );
}

function sensitive(commands: SimpleCommand[], unreadable: Unreadable[]): boolean {
  if (unreadable.some((u) => ALWAYS.has(u.kind))) return true;
  for (const cmd of commands) if (cmd.argv.some((word) => SENSITIVE.has(word.toLowerCase()))) return true;
  // a fragment the parser could not place: judge its words
  for (const u of unreadable) {
    for (const word of u.command.split(/[^\w.-]+/)) if (SENSITIVE.has(word.toLowerCase())) return true;
  }
  return false;
}

const shown = (unreadable: Unreadable[]) =>
  unreadable
    .slice(0, 3)
    .map((u) => u.detail)
    .join('; ');

export const unreadable: Rule = (ctx) => {
  const { analysis, policy } = ctx;
  if (analysis.boundHit) {
    return [
      {
        id: 'unreadable',
        decision: 'deny',
        reason: `unreadable: blocked: the command is too large or too deeply nested to analyse (${shown(analysis.unreadable) || 'a resource bound was hit'}). Split it into smaller commands, or write the script to a file and show it to the user before running it.`,
      },
    ];
  }
  const guarded = injectedIntoGuarded(analysis.commands);
  if (guarded) {
    return [
      {
        id: 'unreadable',
        decision: 'deny',
        // Stryker disable next-line ArrayDeclaration: a guarded command always has `injected` (injectedIntoGuarded checks it)
        reason: `unreadable: blocked \`${guarded.text.slice(0, 200)}\`: \`${guarded.argv[0]}\` would run with ${(guarded.injected ?? []).join(', ')}, which loads code the guard cannot see in front of a tool it guards. Run the tool without that variable; if a module or library is needed, show it to the user first.`,
      },
    ];
  }
  if (analysis.unreadable.length === 0 || !sensitive(analysis.commands, analysis.unreadable)) return [];
  const decision = policy.mode === 'strict' ? 'deny' : 'ask';
  return [
    {
      id: 'unreadable',
      decision,
      reason: `unreadable: the guard could not read all of this command (${shown(analysis.unreadable)}), and it contains something a rule is about. ${decision === 'deny' ? 'Blocked (strict mode).' : 'A human must confirm it.'} Write it without dynamic or hidden parts (literal program names and arguments, no eval of computed strings) so it can be checked.`,
    },
  ];
};
