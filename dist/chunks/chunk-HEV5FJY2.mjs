import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  evaluate
} from "./chunk-NUQ2TTKM.mjs";
import {
  needsKubeContext
} from "./chunk-NPWP2KBB.mjs";

// src/guard/decide.ts
async function decide(input) {
  const { policy, io } = input;
  return evaluate(input.command, {
    approval: input.grant?.scope ?? null,
    policy,
    ...input.grant ? { grantId: input.grant.id } : {},
    extend: async (analysis) => {
      const currentKubeContext = policy.readKubeContext && io?.readKubeContext && needsKubeContext(analysis) ? await io.readKubeContext() : void 0;
      return {
        cwd: input.cwd,
        protectedPaths: input.protectedPaths,
        agentSession: input.agentSession,
        ...io?.resolveLinks ? { resolveLinks: io.resolveLinks } : {},
        ...currentKubeContext ? { currentKubeContext } : {}
      };
    }
  });
}

export {
  decide
};
