import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  answerEvent,
  privateDir
} from "./chunk-2SUHC7JQ.mjs";
import "./chunk-JYZVYPDW.mjs";
import "./chunk-UOJPWSGW.mjs";

// src/hooks/helper/server.ts
import { chmodSync, rmSync, statSync, unlinkSync } from "node:fs";
import { connect, createServer } from "node:net";
import { dirname } from "node:path";
var IDLE_MS = 5 * 6e4;
var WATCH_MS = 2e3;
var buildOf = (bundle) => {
  try {
    const s = statSync(bundle);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return "";
  }
};
var MAX_REQUEST_BYTES = 16 * 1024 * 1024;
function alive(socket) {
  return new Promise((resolve) => {
    const c = connect(socket);
    c.on("connect", () => {
      c.destroy();
      resolve(true);
    });
    c.on("error", () => resolve(false));
  });
}
function listen(server, socket) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(socket, () => {
      server.off("error", reject);
      resolve();
    });
  });
}
async function serveHelper(socket) {
  if (!privateDir(dirname(socket))) process.exit(1);
  const idleMs = Number(process.env.EXECGUARD_HOOK_HELPER_IDLE_MS) || IDLE_MS;
  let idle;
  let active = 0;
  const armIdle = () => {
    clearTimeout(idle);
    if (active === 0) idle = setTimeout(() => server.close(() => process.exit(0)), idleMs);
  };
  const server = createServer({ allowHalfOpen: true }, (conn) => {
    active++;
    clearTimeout(idle);
    const chunks = [];
    let size = 0;
    const finish = () => {
      active--;
      armIdle();
    };
    conn.on("data", (c) => {
      size += c.length;
      if (size > MAX_REQUEST_BYTES) conn.destroy();
      else chunks.push(c);
    });
    conn.on("error", () => void 0);
    conn.on("close", finish);
    conn.on("end", () => {
      let request;
      try {
        request = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        conn.destroy();
        return;
      }
      const { event, stdin, env } = request;
      if (typeof event !== "string" || typeof stdin !== "string" || typeof env !== "object" || env === null) {
        conn.destroy();
        return;
      }
      answerEvent(event, stdin, env).then(
        (answer) => conn.end(JSON.stringify(answer)),
        () => conn.destroy()
        // the client then answers in-process
      );
    });
  });
  try {
    await listen(server, socket);
  } catch {
    if (await alive(socket)) process.exit(0);
    try {
      unlinkSync(socket);
      await listen(server, socket);
    } catch {
      process.exit(0);
    }
  }
  chmodSync(socket, 384);
  rmSync(`${socket}.starting`, { force: true });
  const cleanup = () => rmSync(socket, { force: true });
  process.on("exit", cleanup);
  process.on("SIGTERM", () => process.exit(0));
  armIdle();
  const bundle = process.argv[1] ?? "";
  const build = buildOf(bundle);
  setInterval(() => {
    let socketThere = true;
    try {
      socketThere = statSync(socket).isSocket();
    } catch {
      socketThere = false;
    }
    if (!socketThere || buildOf(bundle) !== build) server.close(() => process.exit(0));
  }, WATCH_MS).unref();
}
export {
  serveHelper
};
