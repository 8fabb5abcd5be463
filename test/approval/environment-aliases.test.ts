// The other spellings of an environment (development, stage, stg, production, prd) and the policy's
// production names as a user writes them in a policy (padded, any case, with characters a pattern
// would read as syntax): an answer bound to a command in one environment never covers another.
import { describe, expect, it } from 'vitest';
import { approvalForCheck, grantFromWords } from '../../src/approval/answer-binding.js';
import { readPrompt } from '../../src/approval/scope.js';

const ALIASES: [string, 'dev' | 'staging' | 'prod', string][] = [
  ['development', 'dev', 'prod'],
  ['stage', 'staging', 'prod'],
  ['stg', 'staging', 'dev'],
  ['production', 'prod', 'dev'],
  ['prd', 'prod', 'staging'],
];

describe('an environment named by another spelling in the command shown', () => {
  it.each(ALIASES)('infra/%s is %s: a bare yes covers it, a yes for %s covers nothing', (alias, env, other) => {
    const command = `terraform -chdir=infra/${alias} apply -auto-approve`;
    expect(approvalForCheck('Yes.', command)?.environments).toEqual([env]);
    expect(approvalForCheck(`Approved for ${other}.`, command)).toBeNull();
  });
});

describe("the user's words as a grant", () => {
  it('no words, no grant; words that approve nothing, no grant', () => {
    for (const text of [undefined, null, '']) expect(grantFromWords(text, 'terraform apply', 'prompt')).toBeNull();
    expect(grantFromWords('Not yet.', 'terraform apply', 'prompt')).toBeNull();
  });

  it('an approval is a grant labelled with its source, bound to the command shown', () => {
    expect(grantFromWords('Yes, go ahead.', 'terraform -chdir=infra/staging apply', 'cli-flag')).toMatchObject({
      id: 'cli-flag',
      scope: { affirmed: true, destroy: false, environments: ['staging'] },
    });
  });
});

describe("the policy's production names, as written in a policy", () => {
  const read = (text: string, productionNames: string[]) => readPrompt(text, { pending: true, productionNames });

  it('padded or capitalized, a name still marks production, wherever and however often the prompt says it', () => {
    expect(read('Approved for live2.', [' live2 ']).scope.environments).toEqual(['prod']);
    expect(read('Approved for LIVE2.', ['Live2']).scope.environments).toEqual(['prod']);
    expect(read('Approved for dev, not live2, and never live2.', ['live2']).scope.environments).toEqual(['dev']);
  });

  it('a name a pattern would read as syntax is left out, and the reading neither throws nor widens', () => {
    for (const names of [['live(2'], ['(x'], ['x('], ['a b']]) {
      const reading = read('Approved for dev.', names);
      expect(reading.kind).toBe('approval');
      expect(reading.scope.environments).toEqual(['dev']);
    }
  });

  it('two policies in turn: the second is read with its own names, not the first', () => {
    expect(read('Approved for ab.', ['ab']).scope.environments).toEqual(['prod']);
    expect(read('Approved for ab.', ['a', 'b']).scope.environments).not.toContain('prod');
    expect(read('Approved for b.', ['a', 'b']).scope.environments).toEqual(['prod']);
  });
});

describe('"live" and the words that make a name an environment', () => {
  const read = (text: string) => readPrompt(text, { pending: true });

  it('"for live" names production even before "with"; "live with" alone is an ordinary word', () => {
    expect(read('Approved for live with the new config.').scope.environments).toEqual(['prod']);
    expect(read('Approved, I can live with the downtime.').scope.environments).toEqual([]);
  });

  it('"test" or "integration" without an environment noun names no environment', () => {
    expect(read('Yes, apply it. Integration tests passed.').scope).toMatchObject({ affirmed: true, environments: [] });
  });
});
