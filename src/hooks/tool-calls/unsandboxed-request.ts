// What the unsandboxed-request rule needs for a Bash call that asks to leave the sandbox: the
// executor this session trusts (the plugin's own bin/execguard, by absolute path), whether the
// user's grant is active, the digests it is bound to, and the digest of what the call would run
// (the plan file's latest unconsumed `execguard plan`, or the named run's). Loaded only for such
// calls: the run folders are read then, never on an ordinary command.
import { realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GrantBinding } from '../../approval/types.js';
import { listRuns } from '../../exec/journal/run-store.js';
import type { UnsandboxedRequest } from '../../guard/rules/unsandboxed-request.js';
import type { HookContext } from '../context.js';

function trustedExecutors(ctx: HookContext): string[] {
  const root = ctx.pluginRoot || ctx.env.CLAUDE_PLUGIN_ROOT;
  if (!root) return [];
  const bin = join(resolve(root), 'bin', 'execguard');
  try {
    return [...new Set([bin, realpathSync(bin)])];
  } catch {
    return []; // no executor in the plugin: nothing may leave the sandbox
  }
}

export function unsandboxedRequestOf(ctx: HookContext, grant: { binding?: GrantBinding } | null): UnsandboxedRequest {
  return {
    executors: trustedExecutors(ctx),
    granted: grant !== null,
    approvedDigests: grant?.binding?.digests ?? [],
    digestOf: (sub, arg) => {
      const runs = listRuns(ctx.stateHome);
      if (sub !== 'execute') return runs.find((m) => m.runId === arg)?.digest;
      const planPath = resolve(ctx.cwd, arg);
      const consumed = new Set(runs.filter((m) => m.kind === 'execute' && m.planRunId && m.status === 'COMPLETE').map((m) => m.planRunId));
      return runs.filter((m) => m.kind === 'plan' && m.status === 'COMPLETE' && m.planPath === planPath && !consumed.has(m.runId)).at(-1)
        ?.digest;
    },
  };
}
