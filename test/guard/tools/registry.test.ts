// The tool registry's own answers: which argv is a known tool's guarded act (for text presumed to
// run), and the argv a tool reads behind a package runner.
import { describe, expect, it } from 'vitest';
import { isGuardedAct, toolArgv } from '../../../src/guard/tools/index.js';

describe('tool registry', () => {
  it.each([
    ['terraform', 'apply'],
    ['terraform', 'destroy'],
    ['pulumi', '-C', 'infra', 'destroy'],
    ['pulumi', 'up'],
    ['aws', 's3', 'rb', 's3://b'],
    ['kubectl', 'delete', 'ns', 'x'],
    ['gh', 'repo', 'delete', 'o/r'],
    ['flux', 'uninstall'],
    ['npx', 'cdk', 'destroy'],
  ])('%s … is a guarded act', (...argv) => {
    expect(isGuardedAct(argv)).toBe(true);
  });

  it.each([
    ['terraform', 'plan'],
    ['pulumi', 'preview'],
    ['aws', 's3', 'ls'],
    ['gcloud', 'projects', 'list'],
    ['kubectl', 'get', 'pods'],
    ['gh', 'pr', 'view', '1'],
    ['echo', 'terraform', 'destroy'],
    ['make', 'build'],
  ])('%s … is not a guarded act', (...argv) => {
    expect(isGuardedAct(argv)).toBe(false);
  });

  it('strips package runners in front of the tool', () => {
    expect(toolArgv(['npx', '--yes', 'aws-cdk@2', 'destroy'])).toEqual(['aws-cdk', 'destroy']);
    expect(toolArgv(['pnpm', 'exec', 'cdk', 'destroy'])).toEqual(['cdk', 'destroy']);
    expect(toolArgv(['yarn', 'cdk', 'destroy'])).toEqual(['cdk', 'destroy']);
    expect(toolArgv(['yarn', 'build'])).toEqual(['yarn', 'build']);
  });
});
