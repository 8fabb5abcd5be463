// What a deny tells the agent: the rule, the command it blocked, why, and the one thing to do next
// (which approval words would lift it, or which environment the approval does not cover). The
// agent reads only this text, so each rule's reason is part of its behaviour.
// Attack cases are data fed to the guard only: nothing here runs them.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/guard/evaluate.js';
import { DEFAULT_POLICY } from '../../src/guard/policy.js';
import { verdict } from './launch-support.js';

const PENDING = '`PLAN_STATUS: PENDING_APPROVAL`';

async function denied(command: string, approval: string | null, agentSession = false) {
  const d = await verdict(command, agentSession, approval);
  expect(d.decision, d.reason).toBe('deny');
  return d.reason;
}

describe('terraform-destroy says what would lift it', () => {
  it('a generic approval: show the destroy plan, ask for "destroy"', async () => {
    const reason = await denied('terraform -chdir=infra/dev destroy -auto-approve', 'User approved. Execute the plan.');
    expect(reason).toMatch(/^terraform-destroy: blocked `[^`]*destroy[^`]*` \(`terraform -chdir=infra\/dev destroy -auto-approve`\)/);
    expect(reason).toContain('no approval explicitly authorizes destruction');
    expect(reason).toContain(PENDING);
    expect(reason).toContain('"destroy" or "tear down"');
  });

  it('no approval at all: the destroy rule still says what would lift it', async () => {
    const reason = await denied('terraform destroy -auto-approve', null);
    expect(reason).toMatch(/^terraform-destroy: blocked /);
    expect(reason).toContain('no approval explicitly authorizes destruction');
  });

  it('a destroy with no preview command: present what would be destroyed', async () => {
    const reason = await denied('heroku apps:destroy --app web-dev --confirm web-dev', 'User approved. Execute the plan.');
    expect(reason).toContain('(a generic approval does not). Present what would be destroyed to the user');
  });

  it('a destroy approved for dev does not reach prod, and the reason names both', async () => {
    const reason = await denied('terraform -chdir=infra/prod destroy -auto-approve', 'Approved: destroy the dev stack.');
    expect(reason).toContain('the approval covers dev while this command targets prod');
    expect(reason).toContain('approve the destroy for prod explicitly');
  });
});

describe('irreversible-delete says what would lift it', () => {
  it('a generic approval: present the exact deletion, ask for "delete"', async () => {
    const reason = await denied('aws s3 rb s3://dev-logs --force', 'User approved. Execute the plan.');
    expect(reason).toMatch(/^irreversible-delete: blocked `[^`]+` \(`aws s3 rb s3:\/\/dev-logs --force`\)/);
    expect(reason).toContain('a generic approval does not cover irreversible deletions');
    expect(reason).toContain(PENDING);
    expect(reason).toContain('an approval that says "delete"');
  });

  it('no approval at all: the delete rule still says what would lift it', async () => {
    expect(await denied('aws s3 rb s3://dev-logs --force', null)).toMatch(/^irreversible-delete: blocked /);
  });

  it('a delete approved for dev does not reach prod', async () => {
    const reason = await denied('aws s3 rb s3://prod-logs --force', 'Approved, delete the logs bucket in dev.');
    expect(reason).toContain('the approval covers dev while this command targets prod');
  });
});

describe('kubectl-delete-prod says where and what would lift it', () => {
  it('kubectl delete in a production namespace', async () => {
    const reason = await denied('kubectl delete deployment web -n prod', 'User approved. Execute the plan.');
    expect(reason).toMatch(/^kubectl-delete-prod: blocked `kubectl delete deployment web -n prod`: kubectl delete where /);
    expect(reason).toContain('A generic approval does not cover deletions');
    expect(reason).toContain(PENDING);
  });

  it('helm uninstall is named as such, in any of its spellings', async () => {
    const reason = await denied('helm uninstall web -n prod', 'User approved. Execute the plan.');
    expect(reason).toContain(': helm uninstall where ');
    expect(await denied('helm delete web -n prod', 'User approved. Execute the plan.')).toContain(': helm uninstall where ');
  });

  it('a delete approved for dev does not reach prod', async () => {
    const reason = await denied('kubectl delete deployment web -n prod', 'Approved, delete it in dev.');
    expect(reason).toContain('The approval covers dev but this command targets prod');
  });

  it('a delete approved for dev names both environments it would reach instead', async () => {
    const reason = await denied('kubectl delete deployment web -n prod --context staging-cluster', 'Approved, delete it in dev.');
    expect(reason).toContain(
      'The approval covers dev but this command targets prod/staging; ask the user to approve this deletion for prod/staging explicitly.',
    );
  });

  it("with no approval at all the reason is still the rule's", async () => {
    expect(await denied('kubectl delete ns prod', null)).toMatch(/^kubectl-delete-prod: blocked `kubectl delete ns prod`: /);
  });

  it('a raw API path that names production says so', async () => {
    expect(await denied('kubectl delete --raw /api/v1/namespaces/production', null)).toContain(
      'kubectl delete where the raw API path `/api/v1/namespaces/production` is production.',
    );
  });

  it('quotes at most 200 characters of a long command', async () => {
    const command = `kubectl delete deployment ${Array.from({ length: 30 }, (_, i) => `web-${i}`).join(' ')} -n prod`;
    const reason = await denied(command, 'User approved. Execute the plan.');
    expect(reason).toContain(`blocked \`${command.slice(0, 200)}\`: kubectl delete where`);
  });
});

describe('git-force-push names the force or the deleted branch', () => {
  it('a force push: push without force, or ask for "force push"', async () => {
    const reason = await denied('git push --force origin main', 'User approved. Execute the plan.');
    expect(reason).toContain('git-force-push: blocked `git push --force origin main`: a history-rewriting push (`--force`)');
    expect(reason).toContain('Push without force');
    expect(reason).toContain('"force push"');
  });

  it('quotes at most 200 characters of a long command', async () => {
    const command = `git push --force origin ${Array.from({ length: 30 }, (_, i) => `feature/${i}`).join(' ')}`;
    const reason = await denied(command, 'User approved. Execute the plan.');
    expect(reason).toContain(`git-force-push: blocked \`${command.slice(0, 200)}\`: a history-rewriting push`);
  });

  it('deleting a protected branch', async () => {
    const reason = await denied('git push origin --delete main', 'User approved. Execute the plan.');
    expect(reason).toContain('deleting the protected branch `main`');
    expect(reason).toContain('Protected branches are not deleted by an agent');
  });
});

describe('forge-force-push names the approval words', () => {
  it('deleting a repository is lifted by "delete" or "force push"', async () => {
    const reason = await denied('gh repo delete acme/infra --yes', 'User approved. Execute the plan.');
    expect(reason).toMatch(/^forge-force-push: blocked `[^`]+` \(`gh repo delete acme\/infra --yes`\)/);
    expect(reason).toContain('"delete" (or "force push")');
    expect(reason).toContain(PENDING);
  });

  it('a forced ref update is lifted only by "force push"', async () => {
    const reason = await denied('gh api -X PATCH repos/acme/infra/git/refs/heads/main -f sha=abc123 -F force=true', 'Approved.');
    expect(reason).toContain('wait for an approval that says "force push"');
    expect(reason).not.toContain('"delete"');
  });

  it('"delete" lifts a repository deletion but not a forced ref update; "force push" lifts both', async () => {
    const repoDelete = 'gh repo delete acme/infra --yes';
    const forcedRef = 'gh api -X PATCH repos/acme/infra/git/refs/heads/main -f sha=abc123 -F force=true';
    expect((await verdict(repoDelete, false, 'Approved: delete the repository.')).decision).toBe('allow');
    expect((await verdict(forcedRef, false, 'Approved: delete the repository.')).decision).toBe('deny');
    expect((await verdict(forcedRef, false, 'Approved, force push it.')).decision).toBe('allow');
    expect((await verdict(repoDelete, false, 'Approved, force push it.')).decision).toBe('allow');
    expect((await verdict(repoDelete, false, null)).decision).toBe('deny');
  });
});

describe('approval-gate says why nothing is approved', () => {
  it('no approval at all', async () => {
    const reason = await denied('terraform apply -auto-approve', null);
    expect(reason).toContain(
      'approval-gate: blocked `terraform apply -auto-approve`: it changes live state (tier T3) and no approval is active',
    );
    expect(reason).toContain(PENDING);
    expect(reason).not.toContain('does not approve');
  });

  it('text that does not approve is quoted back', async () => {
    const reason = await denied('terraform apply -auto-approve', 'Not yet, hold off.');
    expect(reason).toContain('(the text "Not yet, hold off." does not approve, or refuses)');
  });

  it('with no approval the reason goes straight on to what to do', async () => {
    expect(await denied('terraform apply -auto-approve', null)).toContain('no approval is active. Do not run it yet: present your plan');
  });

  it('a long text that does not approve is quoted to 80 characters', async () => {
    const text = `Not yet: ${'we still have to review the network changes with the team, '.repeat(3)}`;
    const reason = await denied('terraform apply -auto-approve', text);
    expect(reason).toContain(`(the text "${text.slice(0, 80)}" does not approve`);
    expect(reason).not.toContain(text.slice(0, 81));
  });

  it('an approval for dev does not cover a prod apply', async () => {
    const reason = await denied('terraform -chdir=infra/prod apply -auto-approve', 'Approved for dev.');
    expect(reason).toContain('the approval covers dev but this command targets prod');
  });
});

describe('reasons name every environment and stay short', () => {
  it('an approval for two environments is named as both', async () => {
    const approval = 'Approved: destroy and delete in dev and staging.';
    expect(await denied('terraform -chdir=infra/prod destroy -auto-approve', approval)).toContain('the approval covers dev/staging while');
    expect(await denied('aws s3 rb s3://prod-logs --force', approval)).toContain('the approval covers dev/staging while');
    expect(await denied('terraform -chdir=infra/prod apply -auto-approve', 'Approved for dev and staging.')).toContain(
      'the approval covers dev/staging but this command targets prod',
    );
  });

  it('a command that targets two environments the approval does not cover is named with both', async () => {
    expect(await denied('cd infra/prod && aws s3 rb s3://staging-logs --force', 'Approved, delete the logs bucket in dev.')).toContain(
      'the approval covers dev while this command targets prod/staging; ask the user to approve this deletion for prod/staging explicitly.',
    );
    expect(await denied('terraform -chdir=infra/prod destroy -var-file=staging.tfvars', 'Approved: destroy the dev stack.')).toContain(
      'the approval covers dev while this command targets prod/staging. Do not run it against another environment; ask the user to approve the destroy for prod/staging explicitly.',
    );
    expect(await denied('terraform -chdir=infra/prod apply -var-file=staging.tfvars', 'Approved for dev.')).toContain(
      'the approval covers dev but this command targets prod/staging. Run it only against the approved environment, or present a plan for prod/staging and end with',
    );
  });

  it('irreversible-delete names the command that shows what would be deleted, when the tool has one', async () => {
    expect(await denied('aws s3 rb s3://dev-logs --force', 'User approved. Execute the plan.')).toContain(
      'Show what it would delete (`aws s3 ls`), present the exact deletion to the user',
    );
    const reason = await denied('aws dynamodb delete-table --table-name sessions', 'User approved. Execute the plan.');
    expect(reason).toContain('does not cover irreversible deletions. Present the exact deletion to the user');
    expect(reason).not.toContain('Show what it would delete');
  });

  it('terraform-destroy names the preview that shows what would be destroyed', async () => {
    const reason = await denied('terraform destroy -auto-approve', 'User approved. Execute the plan.');
    expect(reason).toMatch(/Run `terraform [^`]*-destroy[^`]*` to show what would be destroyed, present it to the user/);
  });

  it.each([
    ['terraform-destroy', 'terraform destroy'],
    ['irreversible-delete', 'aws s3 rb s3://dev-logs'],
    ['forge-force-push', 'gh repo delete acme/infra'],
    ['approval-gate', 'terraform apply'],
  ])('%s quotes at most 200 characters of a long command', async (rule, head) => {
    const command = `${head} ${Array.from({ length: 40 }, (_, i) => `-var=v${i}=x`).join(' ')}`;
    const reason = await denied(command, rule === 'approval-gate' ? null : 'User approved. Execute the plan.');
    expect(reason.startsWith(`${rule}: blocked`)).toBe(true);
    expect(reason).toContain(command.slice(0, 200));
    expect(reason).not.toContain(command.slice(0, 201));
  });

  it('strict mode says that unknown commands count as T3', async () => {
    const d = await evaluate('frobnicate --now', { approval: null, policy: { ...DEFAULT_POLICY, mode: 'strict' } });
    expect(d.decision).toBe('deny');
    expect(d.reason).toContain('(strict mode: commands execguard does not know count as T3)');
    const plain = await evaluate('terraform apply', { approval: null, policy: DEFAULT_POLICY });
    expect(plain.reason).not.toContain('strict mode');
  });
});

describe('agent-session rules say what the agent may not do', () => {
  it('session-env: `-u NAME` is an unset only when env runs', async () => {
    expect((await verdict('ls -u CLAUDECODE', true)).decision).toBe('allow');
  });

  it('approval-flag: words given to a data program are data; a launcher with unreadable words is not', async () => {
    expect((await verdict('echo execute --approval yes', true)).decision).toBe('allow');
    const hidden = await denied('node cli.mjs execute plans/a.yaml $FLAGS', 'User approved. Execute the plan.', true);
    expect(hidden).toContain('it starts execguard execute with arguments that cannot be read statically');
    expect((await verdict('mytool execute plans/a.yaml $FLAGS', true)).decision).toBe('allow');
  });

  it.each([
    ['export EXECGUARD_HOME=/tmp/x', 'exports or declares EXECGUARD_HOME'],
    ['EXECGUARD_HOME=/tmp/x execguard execute plan.yaml', 'sets EXECGUARD_HOME'],
    ['EXECGUARD_HOME=/tmp/x; execguard execute plan.yaml', 'sets EXECGUARD_HOME'],
    ['unset CLAUDECODE', 'unsets CLAUDECODE'],
    ['env -u CLAUDECODE execguard execute plan.yaml', 'unsets (env -u) CLAUDECODE'],
    ['env -i PATH=/usr/bin execguard execute plan.yaml', 'clears the whole environment (env -i)'],
    ['env --ignore-e PATH=/usr/bin execguard execute p.yaml', 'clears the whole environment (env -i)'],
    ['nice env --ignore-e execguard execute p.yaml', 'clears the whole environment (env -i)'],
    ['env - PATH=/usr/bin execguard execute p.yaml', 'clears the whole environment (env -i)'],
    ["python3 -c \"import os; os.environ['CLAUDECODE']=''\"", 'changes CLAUDECODE'],
    ["perl -e 'delete $ENV{EXECGUARD_HOME}; system(q(execguard execute p.yaml))'", 'changes EXECGUARD_HOME'],
    ["python3 -c \"import os; os.putenv('EXECGUARD_SESSION_ID','x')\"", 'changes EXECGUARD_SESSION_ID'],
  ])('session-env names how `%s` changes the session', async (command, how) => {
    const reason = await denied(command, 'User approved. Execute the plan.', true);
    expect(reason).toContain(`session-env: blocked: the command ${how}. `);
    expect(reason).toContain('an agent may not change them');
  });

  it('approval-flag names the subcommand and the flag', async () => {
    const reason = await denied('execguard execute plans/vpc.yaml --approval yes', 'User approved. Execute the plan.', true);
    expect(reason).toContain(
      'approval-flag: blocked `execguard execute plans/vpc.yaml --approval yes`: it starts execguard execute with --approval',
    );
    expect(reason).toContain('PLAN_STATUS: PENDING_APPROVAL');
  });

  it('approval-flag quotes at most 200 characters of a long command', async () => {
    const command = `execguard execute plans/${'network-'.repeat(30)}.yaml --approval yes`;
    const reason = await denied(command, 'User approved. Execute the plan.', true);
    expect(reason).toContain(`blocked \`${command.slice(0, 200)}\`: it starts execguard execute with --approval`);
  });
});
