// Temporary folders that are removed when their test file ends (test/setup-file.ts), whether a
// folder was made while the file was collected, in a hook or inside a running test.
// The unit project runs files one after another in a shared worker (isolate: false, see
// vitest.config.ts): a module keeps its state from file to file, so anything made in a file's
// folders and kept by a module is made with `perFile`, which forgets it with the folders.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];
const forget: Array<() => void> = [];

export function tempDir(prefix = 'execguard-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A value made by `make` on first use in a test file, and made anew in the next file. */
export function perFile<T>(make: () => T): () => T {
  let value: { made: T } | undefined;
  forget.push(() => {
    value = undefined;
  });
  return () => {
    value ??= { made: make() };
    return value.made;
  };
}

/** Removes every folder tempDir made in this test file, and forgets the values perFile made in it. */
export function removeTempDirs(): void {
  for (const reset of forget) reset();
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
