// The `allowed-tools` / `disallowed-tools` fields of a SKILL.md: each entry is a known Claude Code
// tool name, optionally with a `(pattern)`, or an MCP tool (`mcp__server__tool`).

const KNOWN_TOOLS = [
  'Agent',
  'AskUserQuestion',
  'Bash',
  'BashOutput',
  'Edit',
  'ExitPlanMode',
  'Glob',
  'Grep',
  'KillShell',
  'LS',
  'LSP',
  'Monitor',
  'MultiEdit',
  'NotebookEdit',
  'NotebookRead',
  'PowerShell',
  'Read',
  'Skill',
  'SlashCommand',
  'Task',
  'TaskOutput',
  'TodoRead',
  'TodoWrite',
  'ToolSearch',
  'WebFetch',
  'WebSearch',
  'Write',
] as const;

const ENTRY = /^([A-Za-z][A-Za-z0-9_]*)(?:\((.*)\))?$/s;
const MCP = /^mcp__[A-Za-z0-9_-]+(__[A-Za-z0-9_*-]+)?$/;

/** Splits `Bash(git add *) Read, Grep` into entries; separators inside parentheses are kept. */
export function splitToolList(value: string): string[] {
  const entries: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of value) {
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (char === ',' || /\s/.test(char))) {
      if (current) entries.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  if (current) entries.push(current);
  return entries;
}

/** Why an entry is not a valid tool reference, or undefined when it is. */
export function toolEntryProblem(entry: string): string | undefined {
  if (MCP.test(entry)) return undefined;
  const match = ENTRY.exec(entry);
  if (!match) return `'${entry}' is not a tool reference; expected Name or Name(pattern), e.g. Bash(git status *)`;
  if (!(KNOWN_TOOLS as readonly string[]).includes(match[1])) {
    const near = KNOWN_TOOLS.find((t) => t.toLowerCase() === match[1].toLowerCase());
    return `unknown tool '${match[1]}'${near ? ` (did you mean ${near}?)` : ''}; expected one of ${KNOWN_TOOLS.join(', ')} or an mcp__server__tool name`;
  }
  if (match[2] !== undefined && match[2].trim() === '') return `'${entry}' has an empty pattern; write ${match[1]} alone or give a pattern`;
  return undefined;
}
