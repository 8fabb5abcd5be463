// What one executor kind (an `operation:` of the plan file) contributes, in one place: its plan
// section, the names in it that point at environments, the files it reads, the commands the user
// is shown, its rollback path, its target across machines, its example plan and its executor.
// Adding a kind is one module in this folder plus its line in index.ts; nothing else special-cases
// a kind (issue 23, point 3).
import { isAbsolute } from 'node:path';
import type { infer as Infer, ZodMiniType } from 'zod/mini';
import type { DryRunSummary, Operation } from '../types.js';

/** A key path inside the plan (for errors: `kubectl.manifests[0]`). */
export type KeyPath = (string | number)[];

export interface PlanPath {
  key: KeyPath;
  /** The path as a repository path (relative to the repository root). */
  path: string;
  /** The run reads the file's content (hashed into the digest), as opposed to naming a folder. */
  input: boolean;
}

export interface ExecutorKind<Schema extends ZodMiniType = ZodMiniType> {
  /** One line: what a run of this kind does (the example plan's header, the plan reference). */
  summary: string;
  /** The plan's section for this kind: validation, defaults, the plan reference's table. */
  section: Schema;
  /** The example plan `execguard init` writes to plans/ (the common header and git section are added around it). */
  template: { workdir: string; files: string[]; message: string; body: string };
  /** Names in the section that may point at an environment (workspace, namespace, context, file names). */
  environmentNames(section: Infer<Schema>): string[];
  /** Paths the section names, as repository paths: each must stay inside the repository. */
  paths(section: Infer<Schema>, workdir: string): PlanPath[];
  /** The commands the run will run, as the approval summary shows them; `at` marks the workdir. */
  commands(section: Infer<Schema>, at: (command: string) => string): string[];
  /** How `execguard rollback` undoes a run of this kind, given what the dry run found. */
  rollbackPath(summary: DryRunSummary): string;
  /** What names the target besides the repository and workdir (terraform workspace, kube context). */
  target(section: Infer<Schema>): string | undefined;
  /** The executor, loaded only when a run needs it (a terraform run never loads kubectl code). */
  load(): Promise<Operation>;
}

/** Keeps each kind's section type while checking it against the contract. */
export const executorKind = <Schema extends ZodMiniType>(kind: ExecutorKind<Schema>): ExecutorKind<Schema> => kind;

/** A path relative to the workdir, as a repository path (an absolute one stays absolute, to be refused). */
export const inWorkdir = (workdir: string, file: string): string => (isAbsolute(file) || workdir === '.' ? file : `${workdir}/${file}`);
