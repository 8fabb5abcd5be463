import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  needsKubeContext
} from "./chunk-QLQ6XP6G.mjs";
import {
  evaluate
} from "./chunk-4KKI333C.mjs";

// src/guard/decide.ts
var RUNS_FILES = /^(bash|sh|zsh|dash|ksh|mksh|ash|source|\.|g?make|npm|pnpm|yarn|bun|just|task|go-task|terraform|tofu|git)$/;
async function withRunFiles(analysis, input) {
  if (!analysis.commands.some((c) => c.path !== void 0 || RUNS_FILES.test(c.argv[0] ?? ""))) return analysis;
  const { expandRunFiles } = await import("./run-files-5VHHUCUK.mjs");
  const io = input.io;
  return expandRunFiles(analysis, {
    cwd: input.cwd,
    homeDir: input.protectedPaths.homeDir,
    aliases: input.policy.aliases,
    io: io?.readFile ? {
      readFile: io.readFile,
      ...io.listDir ? { listDir: io.listDir } : {},
      ...io.readGitConfig ? { readGitConfig: io.readGitConfig } : {},
      ...io.env ? { env: io.env } : {}
    } : void 0
  });
}
async function decide(input) {
  const { policy, io } = input;
  return evaluate(input.command, {
    approval: input.grant?.scope ?? null,
    policy,
    ...input.grant ? { grantId: input.grant.id } : {},
    extend: async (read) => {
      const analysis = await withRunFiles(read, input);
      const currentKubeContext = policy.readKubeContext && io?.readKubeContext && needsKubeContext(analysis) ? await io.readKubeContext() : void 0;
      return {
        ...analysis !== read ? { analysis } : {},
        cwd: input.cwd,
        protectedPaths: input.protectedPaths,
        agentSession: input.agentSession,
        ...io?.resolveLinks ? { resolveLinks: io.resolveLinks } : {},
        ...io?.git ? { git: io.git } : {},
        ...currentKubeContext ? { currentKubeContext } : {},
        ...input.unsandboxed ? { unsandboxed: input.unsandboxed } : {}
      };
    }
  });
}

export {
  decide
};
