// A terraform project as real repositories have them: a provider (hashicorp/aws from the image's
// filesystem mirror, configured so it needs no cloud), the user's own TF_CLI_CONFIG_FILE naming that
// mirror, and the dependency lock file `terraform init` writes. plan -> approve -> execute must end
// COMPLETE with the lock file committed once, and a second run must change nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaled } from '../helpers/timeouts.js';
import { APPROVAL, originHead, workspace } from '../support/workspace.js';

// Every terraform call loads the aws provider's schema (a 700 MB binary): about 3 s each on an idle
// machine and 15 s at load 30 (a fifth less with the suite's GOGC: test/global-setup.ts). The limit only ends a hung run; it measures nothing.
const SLOW_PROVIDER = scaled(900_000);

const MIRROR = '/opt/tf-plugins';
const hasMirror = existsSync(join(MIRROR, 'registry.terraform.io/hashicorp/aws'));
const hasTerraform = (() => {
  try {
    execFileSync('terraform', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const MAIN_TF = `terraform {
  backend "local" {}
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

# Configured, never called: no credentials, no account lookup, no metadata API.
provider "aws" {
  region                      = "eu-west-1"
  access_key                  = "offline"
  secret_key                  = "offline"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

variable "name" {
  type    = string
  default = "demo"
}

resource "terraform_data" "app" {
  input = { name = var.name }
}

output "app_name" {
  value = terraform_data.app.output.name
}
`;

const PLAN = [
  'operation: terraform',
  'workdir: infra/app',
  'git:',
  '  files: [infra/app/main.tf]',
  '  message: "feat(infra): add the app behind the aws provider"',
  'terraform:',
  '  vars: { name: demo }',
  '',
].join('\n');

describe.skipIf(!hasMirror || !hasTerraform)('a real provider from the filesystem mirror (hashicorp/aws, no cloud)', () => {
  it(
    'plan -> approve -> execute ends COMPLETE with the lock file committed once; a second run changes nothing',
    async () => {
      const ws = workspace({ plan: PLAN });
      // The user's CLI configuration: the mirror, and a plugin cache (so init links the 700 MB
      // provider rather than copying it for every run).
      const rc = join(ws.dir, 'terraformrc');
      const cache = join(ws.dir, 'plugin-cache');
      mkdirSync(cache);
      writeFileSync(rc, `plugin_cache_dir = "${cache}"\nprovider_installation {\n  filesystem_mirror {\n    path = "${MIRROR}"\n  }\n}\n`);
      ws.env.TF_CLI_CONFIG_FILE = rc;
      ws.write('infra/app/main.tf', MAIN_TF);
      // An untracked file unrelated to the plan (a saved `plan --json`) blocks nothing.
      ws.write('plan.json', '{}\n');

      const plan = await ws.cli('plan', 'plan.yaml');
      expect(plan.code, plan.stdout + plan.stderr).toBe(0);
      expect(plan.stdout).toContain('infra/app/.terraform.lock.hcl');

      const run = await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain('## Execution Complete');
      const files = execFileSync('git', ['show', '--name-only', '--format=', originHead(ws)], { cwd: ws.origin, encoding: 'utf8' });
      expect(files.split('\n').filter(Boolean).sort()).toEqual(['infra/app/.terraform.lock.hcl', 'infra/app/main.tf']);
      const lockCommits = execFileSync('git', ['log', '--format=%H', 'main', '--', 'infra/app/.terraform.lock.hcl'], {
        cwd: ws.origin,
        encoding: 'utf8',
      });
      expect(lockCommits.trim().split('\n')).toHaveLength(1);

      // A second run: nothing left to change, nothing committed, the lock file untouched.
      const before = originHead(ws);
      const again = await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL);
      expect(again.code, again.stdout + again.stderr).toBe(0);
      expect(originHead(ws)).toBe(before);
      expect(ws.git('status', '--porcelain', '--', 'infra')).toBe('');
    },
    SLOW_PROVIDER,
  );

  it(
    'without the mirror in the CLI configuration, init fails with terraform’s own reason, not a refusal about files',
    async () => {
      const ws = workspace({ plan: PLAN });
      ws.env.TF_CLI_CONFIG_FILE = join(ws.dir, 'no-such-terraformrc');
      ws.write('infra/app/main.tf', MAIN_TF);
      const plan = await ws.cli('plan', 'plan.yaml');
      expect(plan.code).not.toBe(0);
      expect(plan.stdout + plan.stderr).toMatch(/terraform init failed/);
      expect(plan.stdout + plan.stderr).not.toMatch(/uncommitted changes/);
    },
    SLOW_PROVIDER,
  );
});
