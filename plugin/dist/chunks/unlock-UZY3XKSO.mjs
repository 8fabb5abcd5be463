import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  NO_STORE,
  commandStore,
  connectStore
} from "./chunk-4RWMBI7Y.mjs";
import "./chunk-K3VR3IEB.mjs";
import "./chunk-S3TMDBQ5.mjs";
import {
  UsageError,
  parseArgs
} from "./chunk-2AH2R7BX.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-4YJ4M3UI.mjs";
import "./chunk-H5RYQ4RP.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/cli/commands/unlock.ts
var USAGE = "usage: execguard unlock WORKSPACE --reason TEXT [--json]";
async function run(argv, io) {
  const { flags, positionals } = parseArgs(argv, { valued: ["reason"], boolean: ["json"] });
  if (flags.help) {
    io.stdout(`${USAGE}

Breaks the lease on WORKSPACE (as execguard locks names it) and records who, why and what was held.
`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(USAGE);
  if (typeof flags.reason !== "string" || flags.reason.trim() === "")
    throw new UsageError(`${USAGE} (the reason is required: it is recorded)`);
  const url = (await commandStore(io))?.url;
  if (!url) throw new UsageError(`execguard unlock ${NO_STORE}`);
  const store = await connectStore("unlock", url, io);
  if (!store) return 2;
  try {
    await store.requireSchema();
    const broken = await store.unlock(positionals[0], flags.reason);
    if (flags.json) io.stdout(`${JSON.stringify({ workspace: positionals[0], broken: broken ?? null })}
`);
    else
      io.stdout(
        broken ? `broke the lease on ${broken.workspace} held by ${broken.owner.user}@${broken.owner.host} (token ${broken.token}); recorded
` : `no lease on ${positionals[0]}; the attempt is recorded
`
      );
    return 0;
  } catch (error) {
    io.stderr(`execguard unlock: ${error.message}
`);
    return 2;
  } finally {
    await store.close();
  }
}
export {
  run
};
