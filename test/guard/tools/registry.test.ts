// The tool registry's own answers: the argv a tool reads behind a package runner.
import { describe, expect, it } from 'vitest';
import { toolArgv } from '../../../src/guard/tools/index.js';

describe('tool registry', () => {
  it('strips package runners in front of the tool', () => {
    expect(toolArgv(['npx', '--yes', 'aws-cdk@2', 'destroy'])).toEqual(['aws-cdk', 'destroy']);
    expect(toolArgv(['pnpm', 'exec', 'cdk', 'destroy'])).toEqual(['cdk', 'destroy']);
    expect(toolArgv(['yarn', 'cdk', 'destroy'])).toEqual(['cdk', 'destroy']);
    expect(toolArgv(['yarn', 'build'])).toEqual(['yarn', 'build']);
  });
});
