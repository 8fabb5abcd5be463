// Attack: a command the hook and `execguard check` judge differently (issue #8). With
// readKubeContext and a prod current context, removing a helm release by its short verbs must be
// denied by the hook exactly as check denies it. helm is not installed here, and nothing is run:
// the decision is the whole test.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KubeApiServer, startKubeApiServer } from '../support/kube-api-server.js';
import { APPROVE, Arena, useBuiltPluginSource } from './support/arena.js';
import { HELM_REMOVALS } from './support/attacks.js';

const source = useBuiltPluginSource();
let kube: KubeApiServer;
beforeAll(async () => {
  kube = await startKubeApiServer();
});
afterAll(() => kube?.close());

describe('attack: hook and check disagree (readKubeContext, prod context)', () => {
  // With no grant both deny anyway; the difference showed under a generic approval, where only
  // the prod context makes the removal a deny.
  for (const grant of [null, APPROVE]) {
    for (const command of HELM_REMOVALS) {
      it(`${command} (${grant ? 'generic grant' : 'no grant'}): the hook denies, as check does`, async () => {
        const a = new Arena(source.dir, {
          kubeconfig: (dir) => kube.writeKubeconfig(dir, { context: 'prod' }),
          files: { '.execguard.yaml': 'readKubeContext: true\n' },
        });
        if (grant) {
          await a.prompt(grant);
          expect(a.grant()).not.toBeNull();
        }
        const check = await a.run(process.execPath, [
          join(a.plugin, 'dist', 'cli.mjs'),
          'check',
          ...(grant ? ['--approval', grant] : []),
          command,
        ]);
        expect(check.code, check.stdout + check.stderr).toBe(2);
        const verdict = await a.hook('Bash', { command, description: 'attack' });
        expect(verdict.decision, verdict.reason).toBe('deny');
      }, 240_000);
    }
  }
});
