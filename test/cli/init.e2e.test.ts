// `execguard init` from the user's side: a fresh repository gets a policy file, example plans and
// the Claude Code sandbox settings; running it again changes nothing; existing files and settings
// are kept (merged, never clobbered); and `execguard plan` works on the example right away.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAN_TEMPLATES } from '../../src/cli/init/plan-templates.js';
import { policyTemplate } from '../../src/cli/init/policy-template.js';
import { parsePlan } from '../../src/exec/plan/plan-schema.js';
import { DEFAULT_POLICY } from '../../src/guard/policy.js';
import { parsePolicy } from '../../src/guard/policy-parse.js';
import { execguard } from '../support/cli.js';
import { createRepo } from '../support/workspace.js';
import { tempDir } from '../helpers/tmp.js';

const haveTerraform = (() => {
  try {
    execFileSync('terraform', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function setup() {
  const dir = tempDir('execguard-init-');
  const repo = createRepo(dir);
  const home = join(dir, 'home');
  const state = join(dir, 'state');
  mkdirSync(home);
  const env = {
    HOME: home,
    EXECGUARD_HOME: state,
    PATH: process.env.PATH,
    TF_CLI_CONFIG_FILE: '',
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
  };
  return { repo, home, state, env };
}

/** Lines that look like `# key: value` (commented-out settings), uncommented. */
const uncomment = (text: string) =>
  text
    .split('\n')
    .filter((l) => /^#\s+[a-z][A-Za-z]*:/.test(l))
    .map((l) => l.replace(/^# ?/, ''))
    .join('\n');

describe('the policy template', () => {
  it('names every policy key (commit.* too), and uncommented it parses back to exactly the defaults', () => {
    const text = policyTemplate();
    for (const key of Object.keys(DEFAULT_POLICY)) expect(text).toMatch(new RegExp(`^# ${key}:`, 'm'));
    for (const key of Object.keys(DEFAULT_POLICY.commit)) expect(text).toMatch(new RegExp(`^#   ${key}:`, 'm'));
    const policy = parsePolicy(uncomment(text), '.execguard.yaml');
    const { source: _s, ...parsed } = policy;
    expect(parsed).toEqual(DEFAULT_POLICY);
  });

  it('as written (all commented) it is a valid, empty policy', () => {
    const { source: _s, ...parsed } = parsePolicy(policyTemplate(), '.execguard.yaml');
    expect(parsed).toEqual(DEFAULT_POLICY);
  });
});

describe('the example plans', () => {
  it('there is one per operation type, and each is a valid plan', () => {
    expect(Object.keys(PLAN_TEMPLATES).sort()).toEqual(['app', 'gitops', 'kubectl', 'terraform', 'terragrunt']);
    for (const [operation, text] of Object.entries(PLAN_TEMPLATES)) {
      const plan = parsePlan(text, { file: `plans/${operation}.yaml`, repoRoot: '/repo', defaultId: operation });
      expect(plan.operation).toBe(operation);
      expect(plan.git?.files.length).toBeGreaterThan(0);
    }
  });
});

describe('execguard init', () => {
  it('writes the policy, the example plans and the sandbox settings; a second run changes nothing', async () => {
    const { repo, state, env } = setup();
    const first = await execguard(repo.root, env, 'init', '--json');
    expect(first.code, first.stderr).toBe(0);
    const report = JSON.parse(first.stdout);
    expect(report.files.map((f: { action: string }) => f.action)).toEqual(Array(8).fill('created'));
    expect(readFileSync(join(repo.root, '.execguard.yaml'), 'utf8')).toBe(policyTemplate());
    expect(readdirSync(join(repo.root, 'plans')).sort()).toEqual([
      'app.yaml',
      'gitops.yaml',
      'kubectl.yaml',
      'terraform.yaml',
      'terragrunt.yaml',
    ]);

    // The committed file holds no path of this machine: the sandbox switch only.
    const shared = readFileSync(join(repo.root, '.claude', 'settings.json'), 'utf8');
    expect(JSON.parse(shared)).toEqual({ sandbox: { enabled: true } });
    for (const file of ['.execguard.yaml', '.claude/settings.json', ...readdirSync(join(repo.root, 'plans')).map((f) => `plans/${f}`)]) {
      const text = readFileSync(join(repo.root, file), 'utf8');
      expect(text, file).not.toContain(repo.root);
      expect(text, file).not.toContain(state);
      expect(text, file).not.toMatch(/(^|[\s"'(])\/(home|root|tmp|Users)\//m);
      expect(text, file).not.toMatch(/https?:\/\//);
    }
    const settings = JSON.parse(readFileSync(join(repo.root, '.claude', 'settings.local.json'), 'utf8'));
    for (const dir of ['grants', 'keys', 'pending']) {
      expect(settings.sandbox.filesystem.denyWrite).toContain(`/${join(state, dir)}`);
      expect(existsSync(join(state, dir))).toBe(true); // created, so the sandbox has something to bind
    }
    expect(settings.sandbox.filesystem.denyWrite).toContain(`/${join(repo.root, '.claude', 'settings.json')}`);
    expect(settings.sandbox.filesystem.denyWrite).toContain(`/${join(repo.root, '.execguard.yaml')}`);
    expect(settings.sandbox.filesystem.denyRead).toContain(`/${join(state, 'keys', 'grant-signing.key')}`);
    expect(settings.permissions.deny).toContain(`Read(/${join(state, 'keys', 'grant-signing.key')})`);
    expect(settings.permissions.deny).toContain(`Edit(/${join(state, 'grants')}/**)`);

    const before = readFileSync(join(repo.root, '.claude', 'settings.local.json'), 'utf8');
    const second = await execguard(repo.root, env, 'init', '--json');
    expect(JSON.parse(second.stdout).files.map((f: { action: string }) => f.action)).toEqual(Array(8).fill('unchanged'));
    expect(readFileSync(join(repo.root, '.claude', 'settings.local.json'), 'utf8')).toBe(before);
    expect(readFileSync(join(repo.root, '.claude', 'settings.json'), 'utf8')).toBe(shared);
  });

  it('merges into existing settings without losing a key, and keeps edited files unless --force', async () => {
    const { repo, state, env } = setup();
    mkdirSync(join(repo.root, '.claude'));
    const mine = {
      model: 'opus',
      permissions: { allow: ['Bash(npm test)'], deny: ['Read(./.env)'] },
      sandbox: { filesystem: { denyWrite: ['/etc'] } },
      hooks: { Stop: [] },
    };
    writeFileSync(join(repo.root, '.claude', 'settings.json'), JSON.stringify(mine));
    writeFileSync(join(repo.root, '.execguard.yaml'), 'mode: strict\n');

    const run = await execguard(repo.root, env, 'init');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/kept\s+\.execguard\.yaml\s+\(exists and differs; --force overwrites it\)/);
    expect(readFileSync(join(repo.root, '.execguard.yaml'), 'utf8')).toBe('mode: strict\n');
    const settings = JSON.parse(readFileSync(join(repo.root, '.claude', 'settings.json'), 'utf8'));
    expect(settings.model).toBe('opus');
    expect(settings.hooks).toEqual({ Stop: [] });
    expect(settings.permissions.allow).toEqual(['Bash(npm test)']);
    expect(settings.permissions.deny).toEqual(['Read(./.env)']);
    expect(settings.sandbox.filesystem.denyWrite).toEqual(['/etc']);
    expect(settings.sandbox.enabled).toBe(true);
    const local = JSON.parse(readFileSync(join(repo.root, '.claude', 'settings.local.json'), 'utf8'));
    expect(local.sandbox.filesystem.denyWrite).toContain(`/${join(state, 'grants')}`);

    const forced = await execguard(repo.root, env, 'init', '--force');
    expect(forced.stdout).toMatch(/overwritten\s+\.execguard\.yaml/);
    expect(readFileSync(join(repo.root, '.execguard.yaml'), 'utf8')).toBe(policyTemplate());
  });

  it('never overwrites settings that are not valid JSON, and says so', async () => {
    const { repo, env } = setup();
    mkdirSync(join(repo.root, '.claude'));
    writeFileSync(join(repo.root, '.claude', 'settings.json'), '{ "model": "opus", }');
    const run = await execguard(repo.root, env, 'init');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/settings\.json is not valid JSON .*init never overwrites it/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(repo.root, '.claude', 'settings.json'), 'utf8')).toBe('{ "model": "opus", }');
    expect(existsSync(join(repo.root, 'plans'))).toBe(false);
  });

  it('does not turn the sandbox on over an explicit "enabled": false without --force', async () => {
    const { repo, env } = setup();
    mkdirSync(join(repo.root, '.claude'));
    writeFileSync(join(repo.root, '.claude', 'settings.json'), JSON.stringify({ sandbox: { enabled: false } }));
    const run = await execguard(repo.root, env, 'init');
    expect(run.stdout).toMatch(/kept\s+\.claude\/settings\.json\s+\(sandbox\.enabled is false/);
    expect(JSON.parse(readFileSync(join(repo.root, '.claude', 'settings.json'), 'utf8')).sandbox.enabled).toBe(false);
    await execguard(repo.root, env, 'init', '--force');
    expect(JSON.parse(readFileSync(join(repo.root, '.claude', 'settings.json'), 'utf8')).sandbox.enabled).toBe(true);
  });

  describe('in an agent session, only the user changes the rules', () => {
    const sessions: [string, Record<string, string>][] = [
      ['CLAUDECODE=1', { CLAUDECODE: '1' }],
      ['an execguard session id', { EXECGUARD_SESSION_ID: 's-1' }],
    ];
    it.each(sessions)('%s: --force is refused and changes nothing', async (_name, marker) => {
      const { repo, env } = setup();
      const policy = 'productionNames: [live]\n';
      const settings = '{"permissions":{"deny":[]}}\n';
      writeFileSync(join(repo.root, '.execguard.yaml'), policy);
      mkdirSync(join(repo.root, '.claude'));
      writeFileSync(join(repo.root, '.claude', 'settings.json'), settings);
      const run = await execguard(repo.root, { ...env, ...marker }, 'init', '--force');
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/refused: --force in an agent session would overwrite \.execguard\.yaml and \.claude\/settings\.json/);
      expect(readFileSync(join(repo.root, '.execguard.yaml'), 'utf8')).toBe(policy);
      expect(readFileSync(join(repo.root, '.claude', 'settings.json'), 'utf8')).toBe(settings);
      expect(existsSync(join(repo.root, 'plans'))).toBe(false);
    });

    it('without --force it keeps the policy and the settings as they are, and creates what is missing', async () => {
      const { repo, env } = setup();
      const settings = '{"sandbox":{"enabled":false}}\n';
      writeFileSync(join(repo.root, '.execguard.yaml'), 'mode: strict\n');
      mkdirSync(join(repo.root, '.claude'));
      writeFileSync(join(repo.root, '.claude', 'settings.json'), settings);
      const run = await execguard(repo.root, { ...env, CLAUDECODE: '1' }, 'init');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/kept\s+\.claude\/settings\.json\s+\(an agent session never changes existing settings/);
      expect(readFileSync(join(repo.root, '.execguard.yaml'), 'utf8')).toBe('mode: strict\n');
      expect(readFileSync(join(repo.root, '.claude', 'settings.json'), 'utf8')).toBe(settings);
      expect(existsSync(join(repo.root, 'plans', 'terraform.yaml'))).toBe(true);
    });

    it('in a fresh repository it writes the policy and the settings (nothing of the user is replaced)', async () => {
      const { repo, env } = setup();
      const run = await execguard(repo.root, { ...env, CLAUDECODE: '1' }, 'init', '--force');
      expect(run.code, run.stderr).toBe(0);
      expect(readFileSync(join(repo.root, '.execguard.yaml'), 'utf8')).toBe(policyTemplate());
      expect(JSON.parse(readFileSync(join(repo.root, '.claude', 'settings.json'), 'utf8')).sandbox.enabled).toBe(true);
    });

    it('outside a session --force still overwrites', async () => {
      const { repo, env } = setup();
      writeFileSync(join(repo.root, '.execguard.yaml'), 'mode: strict\n');
      const run = await execguard(repo.root, env, 'init', '--force');
      expect(run.code).toBe(0);
      expect(readFileSync(join(repo.root, '.execguard.yaml'), 'utf8')).toBe(policyTemplate());
    });
  });

  it('--help explains it; a stray argument is a usage error', async () => {
    const { repo, env } = setup();
    expect((await execguard(repo.root, env, 'init', '--help')).stdout).toMatch(/Usage: execguard init \[--force\] \[--json\]/);
    const bad = await execguard(repo.root, env, 'init', 'somewhere');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/unexpected argument 'somewhere'/);
  });

  it.skipIf(!haveTerraform)('then `execguard plan plans/terraform.yaml` works in the fresh repository (terraform_data)', async () => {
    const { repo, env } = setup();
    expect((await execguard(repo.root, env, 'init')).code).toBe(0);
    // As a user would: commit what init wrote for the team (not this machine's local settings) along with the Terraform code.
    repo.git('add', '.execguard.yaml', '.claude/settings.json', 'plans');
    repo.commitAndPush(
      { 'infra/main.tf': 'resource "terraform_data" "example" {\n  input = "hello"\n}\n' },
      'feat(infra): add the example',
    );
    // The example's commit message is a placeholder the commit rule refuses: it never lands as is.
    const unedited = await execguard(repo.root, env, 'plan', 'plans/terraform.yaml');
    expect(unedited.code).toBe(2);
    expect(unedited.stdout).toMatch(/the commit message "EDIT ME: .*" is refused/);
    const plan = join(repo.root, 'plans', 'terraform.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('EDIT ME: ', ''));
    const run = await execguard(repo.root, env, 'plan', 'plans/terraform.yaml');
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toMatch(/terraform_data\.example/);
    expect(run.stdout).toMatch(/plan digest:\*{0,2} sha256:[0-9a-f]{64}/i);
  });
});
