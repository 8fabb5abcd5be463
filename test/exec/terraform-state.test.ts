// The state listing verify prints and a failed apply reports from: the raw state (`terraform state
// pull`) read into the addresses terraform itself prints, tainted instances marked.
import { describe, expect, it } from 'vitest';
import { stateAddresses } from '../../src/exec/operations/terraform.js';

const raw = (resources: unknown[]) => JSON.stringify({ version: 4, serial: 3, resources });

describe('stateAddresses', () => {
  it('names root, counted, for_each, data and module resources as terraform does, root module first', () => {
    const state = raw([
      { module: 'module.net[0]', mode: 'managed', type: 'terraform_data', name: 'sub', instances: [{}] },
      { mode: 'managed', type: 'terraform_data', name: 'web', instances: [{ index_key: 0 }, { index_key: 1 }] },
      { mode: 'data', type: 'terraform_remote_state', name: 'shared', instances: [{}] },
      { mode: 'managed', type: 'terraform_data', name: 'app', instances: [{ index_key: 'blue' }] },
    ]);
    expect([...stateAddresses(state).keys()]).toEqual([
      'data.terraform_remote_state.shared',
      'terraform_data.app["blue"]',
      'terraform_data.web[0]',
      'terraform_data.web[1]',
      'module.net[0].terraform_data.sub',
    ]);
  });

  it('marks a tainted instance (a create that failed half-way), not a deposed one', () => {
    const state = raw([
      { mode: 'managed', type: 'terraform_data', name: 'app', instances: [{}] },
      { mode: 'managed', type: 'terraform_data', name: 'slow', instances: [{ status: 'tainted' }] },
      { mode: 'managed', type: 'terraform_data', name: 'old', instances: [{}, { deposed: 'abcd1234', status: 'tainted' }] },
    ]);
    expect(Object.fromEntries(stateAddresses(state))).toEqual({
      'terraform_data.app': { tainted: false },
      'terraform_data.old': { tainted: false },
      'terraform_data.slow': { tainted: true },
    });
  });

  it('no state yet (empty output) is no resources', () => {
    expect(stateAddresses('').size).toBe(0);
    expect(stateAddresses(raw([])).size).toBe(0);
  });
});
