// Workload health read from `kubectl get -o json`: the rules verify applies.
import { describe, expect, it } from 'vitest';
import { isWorkload, workloadHealth } from '../../src/exec/operations/kubectl-health.js';

const deployment = (status: Record<string, unknown>, generation = 3, replicas = 2) => ({
  kind: 'Deployment',
  metadata: { name: 'web', generation },
  spec: { replicas },
  status,
});

describe('workload health', () => {
  it('a deployment is healthy when the latest generation is observed and every replica is updated and available', () => {
    expect(workloadHealth(deployment({ observedGeneration: 3, replicas: 2, updatedReplicas: 2, availableReplicas: 2 }))).toEqual({
      healthy: true,
      detail: 'deployment/web: 2/2 updated, 2/2 available (generation 3 observed)',
    });
  });

  it.each([
    [
      'an old generation',
      { observedGeneration: 2, replicas: 2, updatedReplicas: 2, availableReplicas: 2 },
      /has not observed generation 3 yet/,
    ],
    ['replicas not updated', { observedGeneration: 3, replicas: 2, updatedReplicas: 1, availableReplicas: 2 }, /1\/2 updated/],
    ['replicas not available', { observedGeneration: 3, replicas: 2, updatedReplicas: 2, availableReplicas: 0 }, /0\/2 available/],
    ['old replicas still running', { observedGeneration: 3, replicas: 3, updatedReplicas: 2, availableReplicas: 2 }, /2\/2 updated/],
    [
      'a progress deadline',
      {
        observedGeneration: 3,
        replicas: 2,
        updatedReplicas: 2,
        availableReplicas: 2,
        conditions: [
          {
            type: 'Progressing',
            status: 'False',
            reason: 'ProgressDeadlineExceeded',
            message: 'ReplicaSet "web-1" has timed out progressing.',
          },
        ],
      },
      /progress deadline exceeded \(ReplicaSet "web-1" has timed out progressing\.\)/,
    ],
  ])('a deployment with %s is unhealthy', (_name, status, detail) => {
    const h = workloadHealth(deployment(status));
    expect(h.healthy).toBe(false);
    expect(h.detail).toMatch(detail);
  });

  it('reads StatefulSets and DaemonSets with their own fields', () => {
    expect(
      workloadHealth({
        kind: 'StatefulSet',
        metadata: { name: 'db', generation: 1 },
        spec: { replicas: 3 },
        status: { observedGeneration: 1, replicas: 3, updatedReplicas: 3, readyReplicas: 3 },
      }).healthy,
    ).toBe(true);
    expect(
      workloadHealth({
        kind: 'StatefulSet',
        metadata: { name: 'db', generation: 1 },
        spec: { replicas: 3 },
        status: { observedGeneration: 1, replicas: 3, updatedReplicas: 3, readyReplicas: 1 },
      }).healthy,
    ).toBe(false);
    const ds = (available: number) => ({
      kind: 'DaemonSet',
      metadata: { name: 'agent', generation: 1 },
      status: { observedGeneration: 1, desiredNumberScheduled: 4, updatedNumberScheduled: 4, numberAvailable: available },
    });
    expect(workloadHealth(ds(4))).toEqual({ healthy: true, detail: 'daemonset/agent: 4/4 updated, 4/4 available' });
    expect(workloadHealth(ds(3)).healthy).toBe(false);
  });

  it('knows which kinds are workloads', () => {
    expect(['Deployment', 'StatefulSet', 'DaemonSet', 'ConfigMap', 'Service'].map((kind) => isWorkload({ kind }))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
