// `execguard check --approval TEXT CMD` reads TEXT as the answer to a request that presented CMD.
import { describe, expect, it } from 'vitest';
import { approvalForCheck, boundEnvironments } from '../../src/approval/answer-binding.js';
import { environmentsNamed } from '../../src/approval/environment-words.js';
import { evaluate } from '../../src/guard/evaluate.js';
import { DEFAULT_POLICY } from '../../src/guard/policy.js';

const decide = async (text: string, command: string) =>
  (await evaluate(command, { approval: approvalForCheck(text, command), policy: DEFAULT_POLICY })).decision;

describe('approvalForCheck', () => {
  it('"Yes, tear down the dev stack now." lifts the dev destroy it answers', async () => {
    expect(await decide('Yes, tear down the dev stack now.', 'terraform -chdir=infra/dev destroy -auto-approve')).toBe('allow');
    expect(approvalForCheck('Yes, tear down the dev stack now.', 'terraform -chdir=infra/dev destroy')).toMatchObject({
      affirmed: true,
      destroy: true,
      environments: ['dev'],
    });
  });

  it('covers the environment of the command shown, narrows by the words, never widens', async () => {
    expect(approvalForCheck('Approved.', 'terraform -chdir=infra/prod apply')?.environments).toEqual(['prod']);
    expect(approvalForCheck('Approved for dev.', 'terraform -chdir=infra/prod apply')).toBeNull();
    expect(await decide('yes', 'terraform -chdir=infra/staging apply -auto-approve')).toBe('allow');
    expect(await decide('yes', 'terraform -chdir=infra/staging destroy -auto-approve')).not.toBe('allow');
  });

  it('questions, conditions, deferrals, quotes and refusals approve nothing', () => {
    for (const text of [
      'Should I apply?',
      'Apply once CI is green.',
      'Not yet.',
      'He said "approved".',
      'No.',
      'Show me the plan first.',
    ]) {
      expect(approvalForCheck(text, 'terraform apply')).toBeNull();
    }
  });

  it('environment helpers', () => {
    expect(environmentsNamed('kubectl --context prod delete ns payments')).toEqual(['prod']);
    expect(environmentsNamed('terraform -chdir=envs/development/net apply -var-file=stg.tfvars').sort()).toEqual(['dev', 'staging']);
    expect(environmentsNamed('terraform apply')).toEqual([]);
    expect(boundEnvironments([], ['dev'])).toEqual(['dev']);
    expect(boundEnvironments(['prod'], ['dev'])).toBeNull();
    expect(boundEnvironments(['dev'], [])).toEqual(['dev']);
  });
});
