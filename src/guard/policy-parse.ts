// .execguard.yaml -> Policy. Hand-written validation (no zod on the guard path); every error names
// the file, the line and the key. Unknown keys are errors, so a typo never silently weakens the
// guard. This module imports `yaml` statically: load it with a dynamic import() (policy-file.ts
// does), never from the hook's static graph.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import type { Environment } from '../approval/types.js';
import { DEFAULT_CONTAINED, DEFAULT_POLICY, type Policy } from './policy.js';
import { storeUrlProblem } from './store-url.js';

/**
 * A policy file problem: `<file>:<line>: <key>: <what was expected>`.
 * @internal exported for its tests (knip --production)
 */
export class PolicyError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly key: string,
    detail: string,
  ) {
    super(`${file}:${line}: ${key ? `${key}: ` : ''}${detail}`);
    this.name = 'PolicyError';
  }
}

const TOP_KEYS = [
  'mode',
  'productionNames',
  'localContexts',
  'protectedBranches',
  'commit',
  'aliases',
  'approvalMinutes',
  'readKubeContext',
  'hookAllow',
  'approvals',
  'store',
  'contained',
] as const;
const ENVIRONMENTS: readonly Environment[] = ['dev', 'staging', 'prod'];
const COMMIT_KEYS = ['headerMaxLength', 'extraTypes', 'forbiddenTrailers'] as const;
const CONTAINED_KEYS = ['executorOnly', 'stateFolders', 'controlPlaneHosts', 'planCredentials'] as const;
const PLAN_CREDENTIAL_KEYS = ['env', 'awsProfile'] as const;
/** A path the sandbox settings can name: absolute, `~/…`, or relative; no glob, no newline. */
const PATH_ENTRY = /^[^*?[\]\n\r]+$/;
const HOST = /^(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const describe = (v: unknown): string =>
  v === null || v === undefined
    ? 'nothing'
    : typeof v === 'string'
      ? JSON.stringify(v)
      : Array.isArray(v)
        ? 'a list'
        : typeof v === 'object'
          ? 'a mapping'
          : String(v);

export function parsePolicy(text: string, file: string): Policy {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  const lineOf = (node: unknown) => lineAt((node as { range?: [number, number, number] } | null)?.range?.[0]);
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new PolicyError(file, lineAt(e.pos?.[0]), '', `not valid YAML: ${e.message.split('\n')[0]}`);
  }
  const policy: Policy = structuredClone(DEFAULT_POLICY);
  policy.source = file;
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return policy; // an empty file: defaults
  if (!isMap(root)) throw new PolicyError(file, lineOf(root), '', `expected a mapping of settings, got ${describe(doc.toJS())}`);

  const fail = (node: unknown, key: string, detail: string): never => {
    throw new PolicyError(file, lineOf(node), key, detail);
  };
  const scalar = (node: YamlNode | null | undefined): unknown =>
    isScalar(node) ? node.value : node ? (node as { toJSON?: () => unknown }).toJSON?.() : null;

  const stringList = (node: YamlNode | null | undefined, key: string, pattern?: RegExp, what?: string): string[] => {
    if (!isSeq(node)) return fail(node, key, `expected a list of strings, got ${describe(scalar(node))}`);
    return node.items.map((item, i) => {
      const v = scalar(item as YamlNode);
      if (typeof v !== 'string' || v.trim() === '') fail(item ?? node, `${key}[${i}]`, `expected a non-empty string, got ${describe(v)}`);
      if (pattern && !pattern.test(v as string)) fail(item, `${key}[${i}]`, `expected ${what}, got ${JSON.stringify(v)}`);
      return v as string;
    });
  };
  const positiveInteger = (node: YamlNode | null | undefined, key: string, max: number): number => {
    const v = scalar(node);
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > max)
      fail(node, key, `expected a whole number from 1 to ${max}, got ${describe(v)}`);
    return v as number;
  };
  const oneOf = <T extends string>(node: YamlNode | null | undefined, key: string, options: readonly T[]): T => {
    const v = scalar(node);
    if (typeof v !== 'string' || !options.includes(v as T))
      fail(node, key, `expected ${options.map((o) => `"${o}"`).join(' or ')}, got ${describe(v)}`);
    return v as T;
  };
  const keyName = (pair: Pair, parent: string): string => {
    const k = scalar(pair.key as YamlNode);
    if (typeof k !== 'string') fail(pair.key, parent, `expected a key name, got ${describe(k)}`);
    return k as string;
  };

  for (const pair of root.items) {
    const key = keyName(pair, '');
    const value = pair.value as YamlNode | null;
    switch (key) {
      case 'mode':
        policy.mode = oneOf(value, key, ['default', 'strict'] as const);
        break;
      case 'productionNames':
        // Safety lists only grow: the built-in production names stay.
        policy.productionNames = [
          ...new Set([
            ...DEFAULT_POLICY.productionNames,
            ...stringList(value, key, /^[A-Za-z0-9]+$/, 'a single segment of letters and digits').map((s) => s.toLowerCase()),
          ]),
        ];
        break;
      case 'localContexts':
        policy.localContexts = stringList(value, key);
        break;
      case 'protectedBranches':
        policy.protectedBranches = [...new Set([...DEFAULT_POLICY.protectedBranches, ...stringList(value, key)])];
        break;
      case 'commit': {
        if (!isMap(value))
          fail(value ?? pair.key, key, `expected a mapping with ${COMMIT_KEYS.join(', ')}, got ${describe(scalar(value))}`);
        for (const inner of (value as unknown as { items: Pair[] }).items) {
          const name = keyName(inner, key);
          const v = inner.value as YamlNode | null;
          const path = `commit.${name}`;
          if (name === 'headerMaxLength') policy.commit.headerMaxLength = positiveInteger(v, path, 1000);
          else if (name === 'extraTypes') policy.commit.extraTypes = stringList(v, path, /^[a-z][a-z0-9-]*$/, 'a lower-case type name');
          else if (name === 'forbiddenTrailers') policy.commit.forbiddenTrailers = stringList(v, path);
          else fail(inner.key, path, `unknown key (expected one of ${COMMIT_KEYS.join(', ')})`);
        }
        break;
      }
      case 'aliases': {
        if (!isMap(value)) fail(value ?? pair.key, key, `expected a mapping of alias -> program, got ${describe(scalar(value))}`);
        for (const inner of (value as unknown as { items: Pair[] }).items) {
          const name = keyName(inner, key);
          const v = scalar(inner.value as YamlNode);
          if (!/^[A-Za-z0-9_.+-]+$/.test(name)) fail(inner.key, `aliases.${name}`, 'expected an alias name of letters, digits, _ . + -');
          if (typeof v !== 'string' || !/^[A-Za-z0-9_.+-]+$/.test(v))
            fail(inner.value ?? inner.key, `aliases.${name}`, `expected a program name, got ${describe(v)}`);
          policy.aliases[name] = v as string;
        }
        break;
      }
      case 'approvalMinutes':
        policy.approvalMinutes = positiveInteger(value, key, 24 * 60);
        break;
      case 'readKubeContext': {
        const v = scalar(value);
        if (typeof v !== 'boolean') fail(value ?? pair.key, key, `expected true or false, got ${describe(v)}`);
        policy.readKubeContext = v as boolean;
        break;
      }
      case 'hookAllow':
        policy.hookAllow = oneOf(value, key, ['silent', 'explicit'] as const);
        break;
      case 'approvals': {
        if (!isMap(value)) fail(value ?? pair.key, key, `expected a mapping with reviewers, got ${describe(scalar(value))}`);
        for (const inner of (value as unknown as { items: Pair[] }).items) {
          const name = keyName(inner, key);
          if (name === 'planLock') {
            const lock = scalar(inner.value as YamlNode | null);
            if (typeof lock !== 'boolean')
              fail(inner.value ?? inner.key, 'approvals.planLock', `expected true or false, got ${describe(lock)}`);
            policy.approvals.planLock = lock as boolean;
            continue;
          }
          if (name !== 'reviewers') fail(inner.key, `approvals.${name}`, 'unknown key (expected reviewers or planLock)');
          const v = inner.value as YamlNode | null;
          if (!isMap(v))
            fail(v ?? inner.key, 'approvals.reviewers', `expected a mapping of environment -> count, got ${describe(scalar(v))}`);
          for (const entry of (v as unknown as { items: Pair[] }).items) {
            const env = keyName(entry, 'approvals.reviewers') as Environment;
            const path = `approvals.reviewers.${env}`;
            if (!ENVIRONMENTS.includes(env)) fail(entry.key, path, `unknown environment (expected one of ${ENVIRONMENTS.join(', ')})`);
            policy.approvals.reviewers[env] = positiveInteger(entry.value as YamlNode | null, path, 9);
          }
        }
        break;
      }
      case 'store': {
        const v = scalar(value);
        if (typeof v !== 'string') fail(value ?? pair.key, key, `expected a postgres://USER@HOST/DB URL, got ${describe(v)}`);
        const problem = storeUrlProblem(v as string);
        if (problem) fail(value, key, problem);
        policy.store = v as string;
        break;
      }
      case 'contained': {
        const contained = structuredClone(DEFAULT_CONTAINED);
        policy.contained = contained;
        // `contained: true` (or an empty section) turns it on with the defaults.
        const flag = scalar(value);
        if (value === null || flag === null || flag === true) break;
        if (flag === false) {
          delete policy.contained;
          break;
        }
        if (!isMap(value))
          fail(value ?? pair.key, key, `expected true or a mapping with ${CONTAINED_KEYS.join(', ')}, got ${describe(flag)}`);
        for (const inner of (value as unknown as { items: Pair[] }).items) {
          const name = keyName(inner, key);
          const v = inner.value as YamlNode | null;
          const path = `contained.${name}`;
          if (name === 'executorOnly') contained.executorOnly = stringList(v, path, PATH_ENTRY, 'a path without glob characters');
          else if (name === 'stateFolders') contained.stateFolders = stringList(v, path, PATH_ENTRY, 'a path without glob characters');
          else if (name === 'controlPlaneHosts')
            contained.controlPlaneHosts = stringList(v, path, HOST, 'a host name (example.com or *.example.com)');
          else if (name === 'planCredentials') {
            if (!isMap(v))
              fail(v ?? inner.key, path, `expected a mapping with ${PLAN_CREDENTIAL_KEYS.join(', ')}, got ${describe(scalar(v))}`);
            for (const cred of (v as unknown as { items: Pair[] }).items) {
              const credName = keyName(cred, path);
              const credValue = cred.value as YamlNode | null;
              const credPath = `${path}.${credName}`;
              if (credName === 'awsProfile') {
                const profile = scalar(credValue);
                if (typeof profile !== 'string' || !/^[A-Za-z0-9_.+-]+$/.test(profile))
                  fail(credValue ?? cred.key, credPath, `expected a profile name, got ${describe(profile)}`);
                contained.planCredentials.env.AWS_PROFILE = profile as string;
              } else if (credName === 'env') {
                if (!isMap(credValue))
                  fail(credValue ?? cred.key, credPath, `expected a mapping of variable -> value, got ${describe(scalar(credValue))}`);
                for (const entry of (credValue as unknown as { items: Pair[] }).items) {
                  const envName = keyName(entry, credPath);
                  const envValue = scalar(entry.value as YamlNode);
                  if (!ENV_NAME.test(envName))
                    fail(entry.key, `${credPath}.${envName}`, 'expected a variable name of letters, digits and _');
                  if (typeof envValue !== 'string' && typeof envValue !== 'number')
                    fail(entry.value ?? entry.key, `${credPath}.${envName}`, `expected a string, got ${describe(envValue)}`);
                  contained.planCredentials.env[envName] = String(envValue);
                }
              } else fail(cred.key, credPath, `unknown key (expected one of ${PLAN_CREDENTIAL_KEYS.join(', ')})`);
            }
          } else fail(inner.key, path, `unknown key (expected one of ${CONTAINED_KEYS.join(', ')})`);
        }
        break;
      }
      default:
        fail(pair.key, key, `unknown key (expected one of ${TOP_KEYS.join(', ')})`);
    }
  }
  return policy;
}
