// Code injected through the environment (docs/guard-rules.md, third edition): variables that make a
// program load code the command line does not show. Each finding reads `NAME=value` for the agent.

/** NODE_OPTIONS flags that load a module before the program. */
const NODE_LOADS = /(^|\s)(--require|-r|--import|--loader|--experimental-loader|--experimental-specifier-resolution)(=|\s|$)|(^|\s)-r\S/;
/** RUBYOPT switches that load code: -r LIB, -I DIR (a library shadowing a real one). */
const RUBY_LOADS = /(^|\s)(-[a-zA-Z]*[rI]|--require)/;
/** PERL5OPT switches that load code: -M/-m modules, -d debuggers, -I paths. */
const PERL_LOADS = /(^|\s)-[a-zA-Z]*[MmdI]/;

/** What in this environment makes the program run code the guard does not see. */
export function injectedCode(env: Record<string, string>, commandText: string): string[] {
  const found: string[] = [];
  const show = (name: string) => `${name}=${(env[name] ?? '').slice(0, 80)}`;
  const set = (name: string) => Object.hasOwn(env, name) && env[name] !== undefined;
  if (set('NODE_OPTIONS') && (NODE_LOADS.test(env.NODE_OPTIONS) || env.NODE_OPTIONS === '')) {
    // '' here means a value that could not be read statically
    if (env.NODE_OPTIONS !== '' || /NODE_OPTIONS=\S/.test(commandText)) found.push(show('NODE_OPTIONS'));
  }
  for (const name of ['LD_PRELOAD', 'LD_AUDIT', 'BASH_ENV', 'PYTHONSTARTUP', 'DYLD_INSERT_LIBRARIES']) {
    if (set(name) && (env[name] !== '' || new RegExp(`${name}=\\S`).test(commandText))) found.push(show(name));
  }
  // ENV names a file sh runs first; `ENV=prod` names an environment, not a file
  if (set('ENV') && /[/.~$]/.test(env.ENV)) found.push(show('ENV'));
  if (set('PERL5OPT') && PERL_LOADS.test(env.PERL5OPT)) found.push(show('PERL5OPT'));
  if (set('RUBYOPT') && RUBY_LOADS.test(env.RUBYOPT)) found.push(show('RUBYOPT'));
  // a sitecustomize/usercustomize module on PYTHONPATH runs at every start
  if (set('PYTHONPATH') && env.PYTHONPATH !== '' && /\b(site|user)customize\b|\.pth\b/.test(commandText)) found.push(show('PYTHONPATH'));
  return found;
}
