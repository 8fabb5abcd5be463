// Readiness of Flux objects and plan durations: the rules the gitops executor polls with.
import { describe, expect, it } from 'vitest';
import { helmReleaseReadiness, kustomizationReadiness, parseDuration, revisionMatches } from '../../src/exec/operations/gitops-wait.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const ks = (status: Record<string, unknown>, generation = 2) => ({ kind: 'Kustomization', metadata: { name: 'apps', generation }, status });
const ready = (status: string, reason = 'ReconciliationSucceeded', message = '') => [{ type: 'Ready', status, reason, message }];

describe('gitops readiness', () => {
  it('parses plan durations', () => {
    expect([parseDuration('500ms'), parseDuration('30s'), parseDuration('5m'), parseDuration('1h')]).toEqual([
      500, 30_000, 300_000, 3_600_000,
    ]);
    expect(() => parseDuration('5 minutes')).toThrow(/not a duration: 5 minutes/);
  });

  it('matches the revision formats Flux writes', () => {
    expect(revisionMatches(`main@sha1:${SHA}`, SHA)).toBe(true);
    expect(revisionMatches(`main/${SHA}`, SHA)).toBe(true);
    expect(revisionMatches(`sha1:${SHA}`, SHA.slice(0, 12))).toBe(true);
    expect(revisionMatches(`main@sha1:${'f'.repeat(40)}`, SHA)).toBe(false);
    expect(revisionMatches(undefined, SHA)).toBe(false);
  });

  it('a Kustomization is done only when it applied the expected commit, observed its generation and is Ready', () => {
    const applied = { observedGeneration: 2, lastAppliedRevision: `main@sha1:${SHA}`, lastAttemptedRevision: `main@sha1:${SHA}` };
    expect(kustomizationReadiness(ks({ ...applied, conditions: ready('True') }), SHA)).toEqual({
      done: true,
      detail: `kustomization apps applied main@sha1:${SHA} and is Ready`,
    });
    expect(kustomizationReadiness(ks({ ...applied, observedGeneration: 1, conditions: ready('True') }), SHA).done).toBe(false);
    expect(
      kustomizationReadiness(ks({ ...applied, lastAppliedRevision: 'main@sha1:aaaaaaa', conditions: ready('True') }), SHA),
    ).toMatchObject({ done: false, detail: expect.stringMatching(/waiting for revision 0123456789ab: applied main@sha1:aaaaaaa/) });
    expect(kustomizationReadiness(ks({ ...applied, conditions: ready('Unknown', 'Progressing') }), SHA).failed).toBeUndefined();
  });

  it('a Kustomization that tried the expected commit and failed is reported at once, not waited for', () => {
    const r = kustomizationReadiness(
      ks({
        observedGeneration: 2,
        lastAppliedRevision: 'main@sha1:aaaaaaa',
        lastAttemptedRevision: `main@sha1:${SHA}`,
        conditions: ready('False', 'BuildFailed', 'kustomize build failed'),
      }),
      SHA,
    );
    expect(r.failed).toBe(`kustomization apps failed to apply main@sha1:${SHA}: Ready=False (BuildFailed): kustomize build failed`);
    // Still working on it: keep waiting.
    expect(
      kustomizationReadiness(
        ks({ observedGeneration: 2, lastAttemptedRevision: `main@sha1:${SHA}`, conditions: ready('False', 'DependencyNotReady') }),
        SHA,
      ).failed,
    ).toBeUndefined();
  });

  it('a HelmRelease is done when Ready for its latest generation', () => {
    const hr = (status: Record<string, unknown>) => ({ kind: 'HelmRelease', metadata: { name: 'podinfo', generation: 1 }, status });
    expect(helmReleaseReadiness(hr({ observedGeneration: 1, conditions: ready('True', 'UpgradeSucceeded') })).done).toBe(true);
    expect(helmReleaseReadiness(hr({ observedGeneration: 1, conditions: ready('False', 'UpgradeFailed', 'timed out') })).failed).toBe(
      'helmrelease podinfo is not Ready: Ready=False (UpgradeFailed): timed out',
    );
    expect(helmReleaseReadiness(hr({ observedGeneration: 0, conditions: ready('True') })).done).toBe(false);
  });
});
