// Every executor kind, by the name a plan's `operation:` uses. The one list: the plan schema, the
// approval check, the summary, the digest, the templates and the team lease all read it.
import type { infer as Infer } from 'zod/mini';
import { appKind } from './app.js';
import { gitopsKind } from './gitops.js';
import type { Operation } from '../types.js';
import type { ExecutorKind } from './kind.js';
import { kubectlKind } from './kubectl.js';
import { terraformKind } from './terraform.js';
import { terragruntKind } from './terragrunt.js';

export const KINDS = {
  terraform: terraformKind,
  terragrunt: terragruntKind,
  gitops: gitopsKind,
  kubectl: kubectlKind,
  app: appKind,
} as const;

export type OperationType = keyof typeof KINDS;

export const OPERATION_TYPES = Object.keys(KINDS) as OperationType[];

/** The validated section of a plan of this kind. */
export type SectionOf<T extends OperationType> = Infer<(typeof KINDS)[T]['section']>;

/** The kind of a plan, typed loosely: callers pass the plan's own section, which the schema checked. */
export const kindOf = (type: OperationType): ExecutorKind => KINDS[type] as unknown as ExecutorKind;

/** The executor of an operation type; undefined for a type no kind names (a run journal from another build). */
export async function loadOperation(type: OperationType): Promise<Operation | undefined> {
  return Object.hasOwn(KINDS, type) ? KINDS[type].load() : undefined;
}
