// Project policy (.execguard.yaml). Types and defaults only; parsing lives in policy-parse.ts.
import type { Environment } from '../approval/types.js';
import { BUILTIN_ALIASES } from '../shell/aliases.js';

export interface CommitPolicy {
  /** Maximum subject length (config-conventional default: 100). */
  headerMaxLength: number;
  /** Types accepted on top of config-conventional's. */
  extraTypes: string[];
  /** Trailers a commit message must not carry, e.g. "Co-Authored-By: Claude". Matched case-insensitively as a line prefix. */
  forbiddenTrailers: string[];
}

export interface Policy {
  /** strict: unknown commands are T3 and unreadable commands are denied instead of asked. */
  mode: 'default' | 'strict';
  /** Whole segments that mark production in namespaces, contexts, kubeconfigs and paths. */
  productionNames: string[];
  /** Context names (segments) that are local clusters: deletes there are allowed. */
  localContexts: string[];
  /** Branches whose deletion is blocked; `*` at the end is a prefix match (release/*). */
  protectedBranches: string[];
  commit: CommitPolicy;
  /** Extra command aliases, name -> program (tf -> terraform and k -> kubectl are built in). */
  aliases: Record<string, string>;
  /** How long an approval grant lasts. */
  approvalMinutes: number;
  /** May the guard run `kubectl config current-context` when a delete names no target? */
  readKubeContext: boolean;
  /** What the PreToolUse hook answers for an allowed command: stay silent (default) or allow explicitly. */
  hookAllow: 'silent' | 'explicit';
  /**
   * reviewers: how many other people must approve a plan per environment (four-eyes, docs/team.md);
   * planLock: with a team store, `execguard plan` keeps the workspace's lease until its apply.
   */
  approvals: { reviewers: Partial<Record<Environment, number>>; planLock: boolean };
  /** The team store (postgres://USER@HOST/DB, never a password); absent: the file store. */
  store?: string;
  /** Contained mode (`contained:`): absent when the project does not ask for it. */
  contained?: ContainedPolicy;
  /** Where the policy came from (file path), for messages. */
  source?: string;
}

/** Where credentials and write access usually live: only the executor, run after an approval, may use them. */
export const EXECUTOR_ONLY_DEFAULTS: readonly string[] = [
  '~/.aws',
  '~/.config/gcloud',
  '~/.azure',
  '~/.kube',
  '~/.terraform.d/credentials.tfrc.json',
  '~/.ssh',
  '~/.git-credentials',
  '~/.docker',
];

/** The `contained:` section: what the sandbox keeps from the agent's commands (docs/contained.md). */
export interface ContainedPolicy {
  /** Paths only an approved executor run may read or write (`~/` is the home folder). Replaces the defaults when set. */
  executorOnly: string[];
  /** Terraform local-backend state folders (absolute, `~/`, or relative to the repository): executor-only too. */
  stateFolders: string[];
  /** Control-plane hosts the agent's commands may not reach (the sandbox's network deny list). */
  controlPlaneHosts: string[];
  /** Read-only credentials `execguard plan` runs with; none named: plan runs inside the sandbox with none. */
  planCredentials: { env: Record<string, string> };
}

export const DEFAULT_CONTAINED: ContainedPolicy = {
  executorOnly: [...EXECUTOR_ONLY_DEFAULTS],
  stateFolders: [],
  controlPlaneHosts: [],
  planCredentials: { env: {} },
};

export const DEFAULT_POLICY: Policy = {
  mode: 'default',
  productionNames: ['prod', 'production', 'prd'],
  localContexts: ['kind', 'minikube', 'dev-cluster', 'docker-desktop', 'k3d', 'localhost'],
  protectedBranches: ['main', 'master', 'develop', 'production', 'prod', 'release/*'],
  commit: { headerMaxLength: 100, extraTypes: [], forbiddenTrailers: [] },
  aliases: { ...BUILTIN_ALIASES },
  approvalMinutes: 30,
  readKubeContext: false,
  hookAllow: 'silent',
  approvals: { reviewers: {}, planLock: false },
};
