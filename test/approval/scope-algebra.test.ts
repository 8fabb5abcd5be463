// Scope algebra (src/approval/scope-algebra.ts): a grant derived from an orchestrator's launch
// prompt is the intersection with the user's grant, so it can narrow what the user approved and
// never widen it.
import { describe, expect, it } from 'vitest';
import { intersectScopes } from '../../src/approval/scope-algebra.js';
import { parseApproval } from '../../src/approval/scope.js';
import type { ApprovalScope } from '../../src/approval/types.js';

const scope = (over: Partial<ApprovalScope> = {}): ApprovalScope => ({
  text: 'User approved. Execute the plan.',
  affirmed: true,
  destroy: false,
  delete: false,
  forcePush: false,
  environments: [],
  ...over,
});

describe('intersectScopes: what both the user and the orchestrator authorize', () => {
  it('keeps only the powers both grant', () => {
    const user = scope({ destroy: true, environments: ['dev'] });
    const asked = scope({ text: 'Approved: destroy prod, force push', destroy: true, forcePush: true, environments: ['prod'] });
    expect(intersectScopes(user, asked)).toMatchObject({ affirmed: false, destroy: true, forcePush: false });
    expect(intersectScopes(scope(), scope({ destroy: true, forcePush: true, delete: true }))).toMatchObject({
      affirmed: true,
      destroy: false,
      delete: false,
      forcePush: false,
    });
    expect(intersectScopes(scope({ delete: true, forcePush: true }), scope({ delete: true, forcePush: true }))).toMatchObject({
      delete: true,
      forcePush: true,
    });
  });

  it('an affirmation needs both sides: a refusal on either side approves nothing', () => {
    expect(intersectScopes(scope({ affirmed: false }), scope()).affirmed).toBe(false);
    expect(intersectScopes(scope(), scope({ affirmed: false })).affirmed).toBe(false);
    expect(intersectScopes(scope(), scope()).affirmed).toBe(true);
  });

  it('environments: no list means any; two lists intersect; disjoint lists authorize nothing', () => {
    expect(intersectScopes(scope({ environments: ['dev', 'staging'] }), scope({ environments: [] })).environments).toEqual([
      'dev',
      'staging',
    ]);
    expect(intersectScopes(scope(), scope({ environments: ['dev'] })).environments).toEqual(['dev']);
    const both = intersectScopes(scope({ environments: ['dev', 'staging'] }), scope({ environments: ['staging', 'prod'] }));
    expect(both).toMatchObject({ affirmed: true, environments: ['staging'] });
    const disjoint = intersectScopes(scope({ environments: ['dev'] }), scope({ environments: ['prod'] }));
    expect(disjoint).toMatchObject({ affirmed: false, environments: [] });
  });

  it("the recorded text is the orchestrator's, so the grant says what was asked", () => {
    expect(intersectScopes(scope({ text: 'user words' }), scope({ text: 'launch words' })).text).toBe('launch words');
  });

  it("from the user's and the orchestrator's own words: the orchestrator cannot add a destroy", () => {
    const user = parseApproval('Approved. Execute the plan in dev.');
    const launch = parseApproval('Approved: destroy everything in dev and force push main.');
    const granted = intersectScopes(user, launch);
    expect(user.affirmed).toBe(true);
    expect(launch).toMatchObject({ affirmed: true, destroy: true, forcePush: true });
    expect(granted).toMatchObject({ affirmed: true, destroy: false, forcePush: false });
  });
});
