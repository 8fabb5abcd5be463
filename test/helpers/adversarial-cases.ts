// The adversarial case set (test/fixtures/adversarial-cases.txt, written independently of the rule
// tests): chunks separated by `%%` lines, each `B` (must block) or `A` (must allow), an optional
// `approval: TEXT` line (`-`: none; default: the generic approval), then the command.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const GENERIC_APPROVAL = 'User approved. Execute the plan.';

export interface AdversarialCase {
  expect: 'deny' | 'allow';
  approval: string | null;
  command: string;
}

export function loadAdversarialCases(): AdversarialCase[] {
  const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'adversarial-cases.txt'), 'utf8');
  return text
    .split('\n%%\n')
    .filter((chunk) => !chunk.startsWith('#'))
    .map((chunk) => {
      const lines = chunk.replace(/\n$/, '').split('\n');
      const kind = lines.shift()?.trim();
      let approval: string | null = GENERIC_APPROVAL;
      if (lines[0]?.startsWith('approval: ')) {
        const value = (lines.shift() ?? '').slice('approval: '.length);
        approval = value === '-' ? null : value;
      }
      return { expect: kind === 'B' ? 'deny' : 'allow', approval, command: lines.join('\n') };
    });
}
