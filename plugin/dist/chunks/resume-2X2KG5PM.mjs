import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  runExecute
} from "./chunk-X3OI2VDO.mjs";
import "./chunk-KUEXMIPD.mjs";
import "./chunk-LQI7QEBN.mjs";
import {
  loadPlan
} from "./chunk-CVWDD52Z.mjs";
import "./chunk-XTNUR4HF.mjs";
import "./chunk-KM4H3BWL.mjs";
import {
  readMeta,
  reapDeadRuns,
  runsRoot
} from "./chunk-UIYI6RHU.mjs";
import "./chunk-P37WMGKB.mjs";
import "./chunk-YOZ77OXQ.mjs";
import "./chunk-VU4LYT2Z.mjs";
import "./chunk-DCM7PZVW.mjs";
import "./chunk-FP4XGDEA.mjs";
import "./chunk-VZJXIXTK.mjs";
import "./chunk-3PDF6CMC.mjs";
import "./chunk-AZF5T37V.mjs";
import "./chunk-TLBJUBPP.mjs";
import "./chunk-NQJ7SG5Y.mjs";
import "./chunk-EFYBUVPJ.mjs";
import "./chunk-ZVMRUSTS.mjs";
import {
  UsageError
} from "./chunk-6DUTV3N7.mjs";
import {
  stateHome
} from "./chunk-IXTILJUS.mjs";
import "./chunk-IFFSJ7SF.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/exec/resume.ts
import { join } from "node:path";
async function resumeRun(options) {
  const home = options.home ?? stateHome(options.env);
  await reapDeadRuns(home);
  const meta = readMeta(join(runsRoot(home), options.runId));
  if (!meta) throw new UsageError(`no run ${options.runId} (see execguard runs)`);
  if (meta.kind !== "execute") throw new UsageError(`run ${options.runId} is a ${meta.kind} run; only execute runs can be resumed`);
  if (meta.status === "RUNNING")
    return { noop: true, message: `run ${meta.runId} is still running (pid ${meta.pid ?? "?"}): nothing to resume
` };
  if (meta.status === "COMPLETE")
    return {
      noop: true,
      message: `run ${meta.runId} already finished COMPLETE${meta.resumes ? ` (after ${meta.resumes} resume(s))` : ""}: nothing to resume
`
    };
  if (!meta.interrupted) {
    return {
      noop: true,
      message: `run ${meta.runId} finished BLOCKED (${meta.errorClass ?? "failed"}), it was not interrupted: nothing to resume. Fix the cause, then run execguard plan and execute again
`
    };
  }
  const loaded = loadPlan(meta.planPath, options.cwd);
  return runExecute(loaded, { ...options, home, planArg: meta.planPath }, meta);
}
export {
  resumeRun
};
