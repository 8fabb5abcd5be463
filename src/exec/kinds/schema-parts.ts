// Field shapes the plan sections share. zod/mini: the same validation core at a tenth of the load
// time (the CLI starts on every run).
import { minLength, regex, string } from 'zod/mini';

export const nonEmpty = () => string().check(minLength(1));
/** A path as written in the plan; plan-schema.ts checks that it stays inside the repository. */
export const relPath = nonEmpty();
export const duration = string().check(regex(/^\d+(ms|s|m|h)$/, 'a duration such as 30s, 5m or 1h'));
