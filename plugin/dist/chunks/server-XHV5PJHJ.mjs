import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  answerEvent,
  answerMac,
  helperSecret,
  privateDir
} from "./chunk-OISRDCCW.mjs";
import "./chunk-R7ODJEZY.mjs";
import "./chunk-RL46IMCX.mjs";
import {
  stateHome,
  statePaths
} from "./chunk-VL7M2WAP.mjs";
import "./chunk-GLDXOGL5.mjs";

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
  const secretFile = statePaths(stateHome(process.env)).helperSecret;
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
      const raw = Buffer.concat(chunks);
      let request;
      try {
        request = JSON.parse(raw.toString("utf8"));
      } catch {
        conn.destroy();
        return;
      }
      const { nonce, event, stdin, env } = request;
      if (typeof nonce !== "string" || typeof event !== "string" || typeof stdin !== "string" || typeof env !== "object" || env === null) {
        conn.destroy();
        return;
      }
      const secret = helperSecret(secretFile, false);
      if (!secret) {
        conn.destroy();
        return;
      }
      answerEvent(event, stdin, env).then(
        (answer) => {
          const answerText = JSON.stringify(answer);
          conn.end(JSON.stringify({ answer: answerText, mac: answerMac(secret, nonce, raw, answerText) }));
        },
        () => conn.destroy()
        // the client then answers in-process
      );
    });
  });
  const umask = process.umask(127);
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
  } finally {
    process.umask(umask);
  }
  chmodSync(socket, 384);
  const inode = statSync(socket).ino;
  rmSync(`${socket}.starting`, { force: true });
  const cleanup = () => {
    try {
      if (statSync(socket).ino === inode) rmSync(socket, { force: true });
    } catch {
    }
  };
  process.on("exit", cleanup);
  process.on("SIGTERM", () => process.exit(0));
  armIdle();
  const bundle = process.argv[1] ?? "";
  const build = buildOf(bundle);
  setInterval(() => {
    let socketThere = true;
    try {
      const s = statSync(socket);
      socketThere = s.isSocket() && s.ino === inode;
    } catch {
      socketThere = false;
    }
    if (!socketThere || buildOf(bundle) !== build) server.close(() => process.exit(0));
  }, WATCH_MS).unref();
}
export {
  serveHelper
};
