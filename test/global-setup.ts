// Every test process gets a private state folder and terraform settings that work offline.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup() {
  const home = mkdtempSync(join(tmpdir(), 'execguard-test-home-'));
  process.env.EXECGUARD_HOME = home;
  process.env.TF_CLI_CONFIG_FILE = '';
  process.env.CHECKPOINT_DISABLE = '1';
  process.env.TF_IN_AUTOMATION = '1';
  return () => rmSync(home, { recursive: true, force: true });
}
