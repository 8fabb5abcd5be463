// Operation type -> its executor, loaded lazily so a terraform run never loads kubectl code.
import type { Operation, OperationType } from '../types.js';

const LOADERS: Record<OperationType, () => Promise<Operation>> = {
  terraform: async () => (await import('./terraform.js')).terraformOperation,
  kubectl: async () => (await import('./kubectl.js')).kubectlOperation,
  gitops: async () => (await import('./gitops.js')).gitopsOperation,
  app: async () => (await import('./app.js')).appOperation,
  terragrunt: async () => (await import('./terragrunt.js')).terragruntOperation,
};

/** The executor of an operation type; undefined for a type no executor handles. */
export async function loadOperation(type: OperationType): Promise<Operation | undefined> {
  return Object.hasOwn(LOADERS, type) ? LOADERS[type]() : undefined;
}
