// Operation type -> its executor, loaded lazily so a terraform run never loads kubectl code.
import type { Operation, OperationType } from '../types.js';

const LOADERS: Partial<Record<OperationType, () => Promise<Record<string, unknown>>>> = {
  terraform: () => import('./terraform.js'),
  kubectl: () => import('./kubectl.js'),
  gitops: () => import('./gitops.js'),
  app: () => import('./app.js'),
  terragrunt: () => import('./terragrunt.js'),
};

const isOperation = (value: unknown): value is Operation =>
  typeof value === 'object' &&
  value !== null &&
  ['preflight', 'dryRun', 'apply', 'verify', 'rollback'].every((k) => typeof (value as Record<string, unknown>)[k] === 'function');

/** Each operations/<type>.ts exports its Operation (as `default`, `operation`, or a named export). */
export async function loadOperation(type: OperationType): Promise<Operation | undefined> {
  const load = LOADERS[type];
  if (!load) return undefined;
  const mod = await load();
  const preferred = [mod.default, mod.operation, mod[type]];
  return preferred.find(isOperation) ?? Object.values(mod).find(isOperation);
}
