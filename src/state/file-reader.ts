// The guard reads the files a command will run (scripts, Makefiles, package.json, justfiles,
// Taskfiles, terraform test files, git hooks) through this edge: plain text up to a bound, or a
// reason it cannot. Results are cached by file identity (dev, inode, size, mtime), so the warm
// hook helper re-reads a Makefile only when it changed.
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import type { FileRead } from '../guard/run-files/types.js';

/** Bytes sniffed for a NUL before the size bound is applied: a binary is a program, not a script. */
const SNIFF = 4096;
const CACHE_LIMIT = 256;

const cache = new Map<string, { identity: string; result: FileRead }>();

function identityOf(st: { dev: number; ino: number; size: number; mtimeMs: number }): string {
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}`;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
  if (code === 'EACCES' || code === 'EPERM') return 'not readable (permission denied)';
  return `not readable (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

function readUncached(path: string, maxBytes: number, size: number, executable: boolean): FileRead {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(Math.min(size, SNIFF));
    const got = readSync(fd, head, 0, head.length, 0);
    if (head.subarray(0, got).includes(0)) return { unreadable: 'binary', binary: true, executable };
    if (size > maxBytes) return { unreadable: `larger than ${maxBytes} bytes` };
    const buffer = Buffer.alloc(size);
    let offset = 0;
    while (offset < size) {
      const n = readSync(fd, buffer, offset, size - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, offset));
    return { text, executable };
  } catch (error) {
    if (error instanceof TypeError) return { unreadable: 'not valid UTF-8 text', binary: true, executable };
    throw error;
  } finally {
    closeSync(fd);
  }
}

/** Reads `path` (absolute) as text, at most `maxBytes`. Never throws. */
export function readRunFile(path: string, maxBytes: number): FileRead {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { unreadable: 'a directory' };
    if (!st.isFile()) return { unreadable: 'not a regular file' };
    const identity = identityOf(st);
    const key = `${maxBytes}:${path}`;
    const hit = cache.get(key);
    if (hit && hit.identity === identity) return hit.result;
    const result = readUncached(path, maxBytes, st.size, (st.mode & 0o111) !== 0);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, { identity, result });
    return result;
  } catch (error) {
    return { unreadable: reason(error) };
  }
}

/** The names in a folder, or undefined when it cannot be listed. */
export function listRunDir(path: string): string[] | undefined {
  try {
    return readdirSync(path).sort();
  } catch {
    return undefined;
  }
}
