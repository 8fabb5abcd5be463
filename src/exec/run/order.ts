// Code-point order for ASCII keys (resource addresses, ISO times, run ids). Not localeCompare:
// the order must not depend on the locale (a plan digest sorts by it), and the first
// localeCompare of a process loads ICU's collator, about 8 ms of a run.
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
