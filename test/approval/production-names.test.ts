// The policy's production names are read in the user's prompt as production, like "prod" (issue 18,
// point 6, round six): "approved for live2" covers production only, "everything except live2" keeps
// it out. Without the policy an unknown environment never widens a grant to production.
import { describe, expect, it } from 'vitest';
import { readPrompt } from '../../src/approval/scope.js';

const withNames = (text: string) => readPrompt(text, { pending: true, productionNames: ['live2', 'pci-east', 'prod'] });

describe('production names from the policy, in a prompt', () => {
  it('a production name in an approval covers production only', () => {
    expect(withNames('Approved for live2.').scope.environments).toEqual(['prod']);
    expect(withNames('Yes, apply it to pci-east.').scope.environments).toEqual(['prod']);
  });

  it('a production name excluded keeps production out', () => {
    expect(withNames('Approved everywhere except live2.').scope.environments.sort()).toEqual(['dev', 'staging']);
    expect(withNames('Yes, dev and staging, not pci-east.').scope.environments.sort()).toEqual(['dev', 'staging']);
  });

  it('a name only inside a longer word is not one: the approval stays as wide as it was', () => {
    expect(withNames('Approved for live2-replica.').scope.environments).toEqual([]);
  });

  it('without the policy, an unknown environment never covers production', () => {
    const reading = readPrompt('Approved for the live2 environment.', { pending: true });
    expect(reading.kind).toBe('approval');
    expect(reading.scope.environments).not.toContain('prod');
    expect(reading.scope.environments.length).toBeGreaterThan(0);
  });
});
