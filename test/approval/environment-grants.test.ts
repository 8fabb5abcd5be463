// Round six's environment vocabulary through the hooks, in-process: what a grant read from "approved
// for qa", "approved for live" or a policy production name lets the guard run afterwards. The agent
// asked (a denied apply with no environment, the plan presented); the user named an environment.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from './support/session.js';

const apply = (dir: string) => `terraform -chdir=infra/${dir} apply -auto-approve`;

/** A session whose project names `live2` as production, with a folder per environment. */
function session(): Session {
  const s = new Session();
  for (const d of ['qa', 'live', 'live2']) mkdirSync(join(s.cwd, 'infra', d), { recursive: true });
  writeFileSync(join(s.cwd, '.execguard.yaml'), 'productionNames: [prod, production, prd, live2]\n');
  return s;
}

async function approved(prompt: string): Promise<Session> {
  const s = session();
  await s.askForApproval();
  await s.prompt(prompt);
  return s;
}

describe('a grant for a named environment, enforced', () => {
  it('"Approved for qa." runs in qa and never in production', async () => {
    const s = await approved('Approved for qa.');
    expect(await s.allows(apply('qa'))).toBe(true);
    expect(await s.allows(apply('prod'))).toBe(false);
    expect(await s.allows(apply('live2'))).toBe(false);
  });

  it('"Approved for the live environment." runs in production and not in dev', async () => {
    const s = await approved('Approved for the live environment.');
    expect(await s.allows(apply('prod'))).toBe(true);
    expect(await s.allows(apply('dev'))).toBe(false);
  });

  it('a policy production name in the prompt is production: it runs there, and not in dev', async () => {
    const s = await approved('Approved for live2.');
    expect(await s.allows(apply('live2'))).toBe(true);
    expect(await s.allows(apply('dev'))).toBe(false);
  });

  it('"everything except live2" keeps the policy production name out', async () => {
    const s = await approved('Approved everywhere except live2.');
    expect(await s.allows(apply('dev'))).toBe(true);
    expect(await s.allows(apply('live2'))).toBe(false);
    expect(await s.allows(apply('prod'))).toBe(false);
  });

  it('an excluded environment a grant cannot name grants nothing', async () => {
    const s = await approved('Approved, but not in qa.');
    expect(await s.allows(apply('dev'))).toBe(false);
    expect(await s.allows(apply('qa'))).toBe(false);
  });
});
