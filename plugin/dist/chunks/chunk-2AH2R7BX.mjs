import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// src/usage-error.ts
var UsageError = class extends Error {
};

// src/cli/io.ts
import { readFileSync } from "node:fs";
var processIo = () => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin: async () => process.stdin.isTTY ? "" : readFileSync(0, "utf8"),
  env: process.env,
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY)
});
function parseArgs(argv, spec) {
  const valued = new Set(spec.valued ?? []);
  const bools = /* @__PURE__ */ new Set([...spec.boolean ?? [], "help"]);
  const flags = {};
  const positionals = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-h") {
      flags.help = true;
      continue;
    }
    if (arg.startsWith("--") && arg.length > 2) {
      const eq = arg.indexOf("=");
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      if (valued.has(name)) {
        if (eq !== -1) flags[name] = arg.slice(eq + 1);
        else if (i + 1 < argv.length) flags[name] = argv[++i];
        else throw new UsageError(`--${name} needs a value`);
      } else if (bools.has(name) && eq === -1) {
        flags[name] = true;
      } else {
        throw new UsageError(`unknown option --${name}`);
      }
      continue;
    }
    positionals.push(arg);
  }
  return { flags, positionals };
}

export {
  UsageError,
  processIo,
  parseArgs
};
