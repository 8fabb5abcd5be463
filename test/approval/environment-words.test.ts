// The one reading of environment names (src/approval/environment-words.ts), shared by the approval
// reader and the guard: the policy's own production names mark production, whatever their case.
import { describe, expect, it } from 'vitest';
import { parseApproval } from '../../src/approval/scope.js';
import { environmentsNamed } from '../../src/approval/environment-words.js';
import { evaluate } from '../../src/guard/evaluate.js';
import { DEFAULT_POLICY } from '../../src/guard/policy.js';

const decide = async (command: string, productionNames: string[]) =>
  (
    await evaluate(command, {
      approval: parseApproval('User approved. Execute the plan.'),
      policy: { ...DEFAULT_POLICY, productionNames },
    })
  ).decision;

describe('environment names', () => {
  it("a policy's production name makes a kubectl delete there a production delete", async () => {
    const command = 'kubectl delete deployment web -n live';
    expect(await decide(command, ['live'])).toBe('deny');
    expect(await decide(command, ['Live'])).toBe('deny');
    expect(await decide(command, [])).toBe('allow');
  });

  it('whole segments only, any case, any separator', () => {
    expect(environmentsNamed('envs/LIVE-eu/app', ['live'])).toEqual(['prod']);
    expect(environmentsNamed('envs/LIVE-eu/app', ['Live'])).toEqual(['prod']);
    expect(environmentsNamed('envs/lively/app', ['live'])).toEqual([]);
    expect(environmentsNamed('envs/live/app')).toEqual([]);
    expect(environmentsNamed('PROD')).toEqual(['prod']);
    expect(environmentsNamed('a//--dev')).toEqual(['dev']);
  });
});
