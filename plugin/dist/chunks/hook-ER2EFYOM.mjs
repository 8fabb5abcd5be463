import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-2AH2R7BX.mjs";
import {
  EVENTS,
  answerEvent
} from "./chunk-OISRDCCW.mjs";
import "./chunk-R7ODJEZY.mjs";
import "./chunk-RL46IMCX.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/cli/commands/hook.ts
var USAGE = `Usage: execguard hook EVENT < hook-input.json

EVENT: ${EVENTS.join(" | ")}
`;
async function run(argv, io) {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout(USAGE);
    return 0;
  }
  if (argv.length !== 1) throw new UsageError(`expected exactly one EVENT (${EVENTS.join(", ")})`);
  const answer = await answerEvent(argv[0], await io.readStdin(), io.env);
  if (answer.stderr) io.stderr(answer.stderr);
  if (answer.json) io.stdout(`${JSON.stringify(answer.json)}
`);
  return answer.exitCode;
}
export {
  run
};
