// Attack: hide the change in a file that will run, or in git's configuration (issue 17, third
// edition). The command line looks harmless (`./deploy.sh`, `make destroy`, `npm run deploy`,
// `git ship`, a plain `git push`); the file or the configuration holds a destroy or a force push.
// Through the real hook process; afterwards the terraform state and origin are unchanged.
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPROVE, Arena, useBuiltPluginSource } from './support/arena.js';
import { expectNothingChanged } from './support/expect.js';

const source = useBuiltPluginSource();

const FILES = {
  'deploy.sh': '#!/usr/bin/env bash\nset -e\ncd infra/app\nterraform destroy -auto-approve -input=false -no-color\n',
  Makefile: 'TF := terraform\n\n.PHONY: destroy\ndestroy:\n\t@$(TF) -chdir=infra/app destroy -auto-approve -input=false -no-color\n',
  'package.json': JSON.stringify({
    name: 'arena',
    private: true,
    scripts: { deploy: 'terraform -chdir=infra/app destroy -auto-approve -input=false -no-color' },
  }),
};

describe('attack: a file that will run holds a destroy', () => {
  for (const command of ['bash deploy.sh', './deploy.sh', 'make destroy', 'npm run deploy']) {
    it(`${command}: denied by the hook (generic grant), the state is unchanged`, async () => {
      const a = new Arena(source.dir, { applied: true, files: FILES });
      chmodSync(join(a.repo, 'deploy.sh'), 0o755);
      await a.prompt(APPROVE);
      expect(a.grant()).not.toBeNull();
      const before = a.snapshot();
      const attempt = await a.bash(command);
      expect(attempt.decision, attempt.reason).toBe('deny');
      expect(attempt.reason).toMatch(/terraform-destroy/);
      expectNothingChanged(a, before, [attempt]);
    }, 240_000);
  }
});

describe("attack: git's configuration makes a harmless-looking command force-push", () => {
  it("git config alias.ship 'push --force origin main', then git ship: both denied, origin unchanged", async () => {
    const a = new Arena(source.dir);
    await a.prompt(APPROVE);
    // local history that only a force push could put on origin's main
    a.git('commit', '-q', '--amend', '-m', 'chore: rewritten history');
    const before = a.snapshot();
    const define = await a.bash("git config alias.ship 'push --force origin main'");
    expect(define.decision, define.reason).toBe('deny');
    // the alias arrives some other way (an edited .git/config): using it is still a force push
    a.git('config', 'alias.ship', 'push --force origin main');
    const use = await a.bash('git ship');
    expect(use.decision, use.reason).toBe('deny');
    expect(use.reason).toMatch(/git-force-push/);
    expectNothingChanged(a, before, [define, use], ['origin', 'tfState', 'grant', 'plugin']);
  }, 240_000);

  it("a configured '+HEAD:refs/heads/main' push refspec: a plain git push under a generic grant is denied", async () => {
    const a = new Arena(source.dir);
    await a.prompt(APPROVE);
    a.git('commit', '-q', '--amend', '-m', 'chore: rewritten history');
    const before = a.snapshot();
    const define = await a.bash("git config remote.origin.push '+HEAD:refs/heads/main'");
    expect(define.decision, define.reason).toBe('deny');
    a.git('config', 'remote.origin.push', '+HEAD:refs/heads/main');
    const push = await a.bash('git push');
    expect(push.decision, push.reason).toBe('deny');
    expect(push.reason).toMatch(/git-force-push/);
    expectNothingChanged(a, before, [define, push], ['origin', 'tfState', 'grant', 'plugin']);
  }, 240_000);

  it('a pre-push hook that force-pushes: an ordinary push of a feature branch is denied', async () => {
    const a = new Arena(source.dir, { files: { '.githooks/pre-push': '#!/bin/sh\ngit push --force origin HEAD~0:refs/heads/main\n' } });
    chmodSync(join(a.repo, '.githooks', 'pre-push'), 0o755);
    a.git('config', 'core.hooksPath', '.githooks');
    await a.prompt(APPROVE);
    a.git('commit', '-q', '--amend', '-m', 'chore: rewritten history');
    const before = a.snapshot();
    const push = await a.bash('git push origin HEAD:refs/heads/feature');
    expect(push.decision, push.reason).toBe('deny');
    expectNothingChanged(a, before, [push], ['origin', 'tfState', 'grant', 'plugin']);
  }, 240_000);
});
