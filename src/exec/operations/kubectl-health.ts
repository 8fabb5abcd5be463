// Pure health rules for workloads, read from `kubectl get -o json`: a rollout is healthy when the
// controller has seen the latest spec and every replica is updated and available.

export interface Health {
  healthy: boolean;
  detail: string;
}

/** As read from `kubectl get -o json`: fields are checked, not trusted. */
export type Workload = {
  kind?: string;
  metadata?: { name?: string; generation?: number };
  spec?: { replicas?: number };
  status?: Record<string, unknown>;
};

type Condition = { type: string; status: string; reason?: string; message?: string };
const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

export const isWorkload = (obj: { kind?: string }): boolean => WORKLOADS.has(obj.kind ?? '');

export function workloadHealth(obj: Workload): Health {
  const raw = obj.status ?? {};
  const s = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, num(v)])) as Record<string, number | undefined>;
  const conditions = (Array.isArray(raw.conditions) ? raw.conditions : []) as Condition[];
  const generation = obj.metadata?.generation ?? 0;
  const observed = s.observedGeneration ?? 0;
  const name = `${(obj.kind ?? 'object').toLowerCase()}/${obj.metadata?.name ?? '?'}`;
  if (observed < generation)
    return { healthy: false, detail: `${name}: controller has not observed generation ${generation} yet (observed ${observed})` };

  if (obj.kind === 'DaemonSet') {
    const desired = s.desiredNumberScheduled ?? 0;
    const updated = s.updatedNumberScheduled ?? 0;
    const available = s.numberAvailable ?? 0;
    const healthy = updated === desired && available === desired;
    return { healthy, detail: `${name}: ${updated}/${desired} updated, ${available}/${desired} available` };
  }

  const replicas = obj.spec?.replicas ?? 1;
  const updated = s.updatedReplicas ?? 0;
  const available = obj.kind === 'StatefulSet' ? (s.availableReplicas ?? s.readyReplicas ?? 0) : (s.availableReplicas ?? 0);
  const deadline = conditions.find((c) => c.type === 'Progressing' && c.reason === 'ProgressDeadlineExceeded');
  if (deadline) return { healthy: false, detail: `${name}: progress deadline exceeded${deadline.message ? ` (${deadline.message})` : ''}` };
  const healthy = updated === replicas && available === replicas && (s.replicas ?? replicas) === replicas;
  return {
    healthy,
    detail: `${name}: ${updated}/${replicas} updated, ${available}/${replicas} available (generation ${generation} observed)`,
  };
}
