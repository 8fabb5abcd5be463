// A small Kubernetes API server on loopback, enough for the real kubectl 1.32 binary to run
// get, apply (client-side and server-side, with server dry run), rollout status / undo and
// auth can-i against it. Objects live in memory; a tiny "deployment controller" keeps
// ReplicaSets with revision annotations (what `rollout undo` reads) and sets status so that
// deployments become healthy immediately, after a delay, or never (a test hook).
import { createHash, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

type Obj = Record<string, any>; // Kubernetes objects are open-ended JSON

interface ResourceType {
  group: string; // '' for the core group
  version: string;
  resource: string; // plural
  singular: string;
  kind: string;
  namespaced: boolean;
  shortNames?: string[];
  verbs?: string[];
  subresources?: string[];
}

const ALL_VERBS = ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'];

const RESOURCES: ResourceType[] = [
  { group: '', version: 'v1', resource: 'namespaces', singular: 'namespace', kind: 'Namespace', namespaced: false, shortNames: ['ns'] },
  { group: '', version: 'v1', resource: 'configmaps', singular: 'configmap', kind: 'ConfigMap', namespaced: true, shortNames: ['cm'] },
  { group: '', version: 'v1', resource: 'services', singular: 'service', kind: 'Service', namespaced: true, shortNames: ['svc'] },
  { group: '', version: 'v1', resource: 'secrets', singular: 'secret', kind: 'Secret', namespaced: true },
  {
    group: 'apps',
    version: 'v1',
    resource: 'deployments',
    singular: 'deployment',
    kind: 'Deployment',
    namespaced: true,
    shortNames: ['deploy'],
    subresources: ['status'],
  },
  {
    group: 'apps',
    version: 'v1',
    resource: 'replicasets',
    singular: 'replicaset',
    kind: 'ReplicaSet',
    namespaced: true,
    shortNames: ['rs'],
    subresources: ['status'],
  },
  {
    group: 'kustomize.toolkit.fluxcd.io',
    version: 'v1',
    resource: 'kustomizations',
    singular: 'kustomization',
    kind: 'Kustomization',
    namespaced: true,
    shortNames: ['ks'],
    subresources: ['status'],
  },
  {
    group: 'helm.toolkit.fluxcd.io',
    version: 'v2',
    resource: 'helmreleases',
    singular: 'helmrelease',
    kind: 'HelmRelease',
    namespaced: true,
    shortNames: ['hr'],
    subresources: ['status'],
  },
  {
    group: 'authorization.k8s.io',
    version: 'v1',
    resource: 'selfsubjectaccessreviews',
    singular: 'selfsubjectaccessreview',
    kind: 'SelfSubjectAccessReview',
    namespaced: false,
    verbs: ['create'],
  },
];

const groupVersion = (t: { group: string; version: string }) => (t.group ? `${t.group}/${t.version}` : t.version);

/** How a deployment's pods behave after a change. Also settable per object with the annotation below. */
export type RolloutBehaviour = 'ready' | 'never' | { delayMs: number };
/** Annotation on a Deployment: `ready`, `never` or `delay:<ms>`. */
const ROLLOUT_ANNOTATION = 'test.execguard.dev/rollout';

export interface RequestRecord {
  method: string;
  path: string;
  contentType?: string;
  dryRun: boolean;
}

export interface KubeApiServer {
  url: string;
  requests: RequestRecord[];
  /** Stores an object as if created (no dry run, controllers run). */
  seed(obj: Obj): Obj;
  get(apiVersion: string, kind: string, namespace: string | undefined, name: string): Obj | undefined;
  /** Replaces the status of an object, as a controller would, and notifies watchers. */
  setStatus(apiVersion: string, kind: string, namespace: string | undefined, name: string, status: Obj): void;
  setRolloutBehaviour(namespace: string, name: string, behaviour: RolloutBehaviour): void;
  /** `kubectl auth can-i VERB RESOURCE -n NAMESPACE` answers no from now on. */
  deny(verb: string, resource: string, namespace: string): void;
  /** Writes a kubeconfig for this server into `dir` and returns its path. */
  writeKubeconfig(dir: string, options?: { context?: string; namespace?: string }): string;
  close(): Promise<void>;
}

interface Watcher {
  type: ResourceType;
  namespace?: string;
  name?: string;
  labels?: Record<string, string>;
  res: ServerResponse;
}

class HttpError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

export async function startKubeApiServer(options: { log?: boolean } = {}): Promise<KubeApiServer> {
  const store = new Map<string, Obj>();
  const watchers = new Set<Watcher>();
  const behaviours = new Map<string, RolloutBehaviour>();
  const denied = new Set<string>();
  const timers = new Set<NodeJS.Timeout>();
  const requests: RequestRecord[] = [];
  let resourceVersion = 1;

  const key = (t: ResourceType, ns: string | undefined, name: string) =>
    `${groupVersion(t)}/${t.resource}/${t.namespaced ? ns : ''}/${name}`;
  const typeOfKind = (apiVersion: string, kind: string) => {
    const t = RESOURCES.find((r) => groupVersion(r) === apiVersion && r.kind === kind);
    if (!t) throw new Error(`kube-api-server: unknown type ${apiVersion} ${kind}`);
    return t;
  };

  function notify(t: ResourceType, event: 'ADDED' | 'MODIFIED' | 'DELETED', obj: Obj) {
    for (const w of watchers) {
      if (w.type !== t) continue;
      if (w.namespace && w.namespace !== obj.metadata.namespace) continue;
      if (w.name && w.name !== obj.metadata.name) continue;
      if (w.labels && !labelsMatch(obj, w.labels)) continue;
      w.res.write(`${JSON.stringify({ type: event, object: obj })}\n`);
    }
  }

  function save(t: ResourceType, obj: Obj, event: 'ADDED' | 'MODIFIED') {
    obj.metadata.resourceVersion = String(++resourceVersion);
    store.set(key(t, obj.metadata.namespace, obj.metadata.name), obj);
    notify(t, event, obj);
  }

  /** Create or update an object: metadata bookkeeping, then the controllers. */
  function write(t: ResourceType, obj: Obj, previous: Obj | undefined, dryRun: boolean, statusOnly = false): Obj {
    const next = structuredClone(obj);
    next.apiVersion = groupVersion(t);
    next.kind = t.kind;
    next.metadata ??= {};
    if (previous) {
      next.metadata.uid = previous.metadata.uid;
      next.metadata.creationTimestamp = previous.metadata.creationTimestamp;
      next.metadata.generation = previous.metadata.generation;
      if (statusOnly) {
        next.spec = previous.spec;
        next.metadata = { ...previous.metadata };
      } else {
        next.status = previous.status;
        if (JSON.stringify(previous.spec ?? null) !== JSON.stringify(next.spec ?? null)) next.metadata.generation += 1;
      }
    } else {
      next.metadata.uid = randomUUID();
      next.metadata.creationTimestamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
      next.metadata.generation = 1;
    }
    if (t.kind === 'Deployment') {
      next.spec ??= {};
      next.spec.replicas ??= 1;
    }
    if (dryRun) return next;
    save(t, next, previous ? 'MODIFIED' : 'ADDED');
    if (t.kind === 'Deployment' && !statusOnly && previous?.metadata.generation !== next.metadata.generation) deploymentController(next);
    return store.get(key(t, next.metadata.namespace, next.metadata.name))!;
  }

  const templateHash = (template: Obj) => {
    const copy = structuredClone(template ?? {});
    if (copy.metadata?.labels) delete copy.metadata.labels['pod-template-hash'];
    // kubectl sends Go's zero values (`creationTimestamp: null`, `resources: {}`); a real API
    // server normalises them away, so they must not change the hash.
    return createHash('sha256')
      .update(canonical(prune(copy)))
      .digest('hex')
      .slice(0, 10);
  };

  /** Keeps one ReplicaSet per pod template, with the revision annotations `rollout undo` relies on. */
  function deploymentController(deploy: Obj) {
    const rsType = typeOfKind('apps/v1', 'ReplicaSet');
    const ns = deploy.metadata.namespace;
    const owned = [...store.values()].filter(
      (o) =>
        o.kind === 'ReplicaSet' &&
        o.metadata.namespace === ns &&
        o.metadata.ownerReferences?.some((r: Obj) => r.uid === deploy.metadata.uid),
    );
    const hash = templateHash(deploy.spec.template);
    const maxRevision = Math.max(0, ...owned.map((rs) => Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0)));
    let current = owned.find((rs) => rs.metadata.labels?.['pod-template-hash'] === hash);
    const currentRevision = Number(current?.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
    const revision = current && currentRevision === maxRevision ? maxRevision : maxRevision + 1;
    const template = structuredClone(deploy.spec.template ?? {});
    template.metadata ??= {};
    template.metadata.labels = { ...template.metadata.labels, 'pod-template-hash': hash };
    const rs: Obj = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: `${deploy.metadata.name}-${hash}`,
        namespace: ns,
        labels: { ...(deploy.spec.template?.metadata?.labels ?? {}), 'pod-template-hash': hash },
        annotations: { 'deployment.kubernetes.io/revision': String(revision) },
        ownerReferences: [
          {
            apiVersion: 'apps/v1',
            kind: 'Deployment',
            name: deploy.metadata.name,
            uid: deploy.metadata.uid,
            controller: true,
            blockOwnerDeletion: true,
          },
        ],
      },
      spec: {
        replicas: deploy.spec.replicas,
        selector: { matchLabels: { ...(deploy.spec.selector?.matchLabels ?? {}), 'pod-template-hash': hash } },
        template,
      },
    };
    current = write(rsType, rs, current, false);
    deploy.metadata.annotations = { ...deploy.metadata.annotations, 'deployment.kubernetes.io/revision': String(revision) };
    const behaviour = behaviourOf(deploy);
    const replicas = deploy.spec.replicas;
    setDeploymentStatus(deploy, behaviour === 'ready' ? replicas : 0);
    if (typeof behaviour === 'object') {
      const generation = deploy.metadata.generation;
      const timer = setTimeout(() => {
        timers.delete(timer);
        const live = store.get(key(typeOfKind('apps/v1', 'Deployment'), ns, deploy.metadata.name));
        if (live && live.metadata.generation === generation) setDeploymentStatus(live, replicas);
      }, behaviour.delayMs);
      timers.add(timer);
    }
  }

  function behaviourOf(deploy: Obj): RolloutBehaviour {
    const set = behaviours.get(`${deploy.metadata.namespace}/${deploy.metadata.name}`);
    if (set) return set;
    const annotation = deploy.metadata.annotations?.[ROLLOUT_ANNOTATION] as string | undefined;
    if (annotation === 'never') return 'never';
    if (annotation?.startsWith('delay:')) return { delayMs: Number(annotation.slice(6)) };
    return 'ready';
  }

  function setDeploymentStatus(deploy: Obj, available: number) {
    const replicas = deploy.spec.replicas;
    const status = {
      observedGeneration: deploy.metadata.generation,
      replicas,
      updatedReplicas: replicas,
      readyReplicas: available,
      availableReplicas: available,
      ...(available < replicas ? { unavailableReplicas: replicas - available } : {}),
      conditions: [
        {
          type: 'Available',
          status: available >= replicas ? 'True' : 'False',
          reason: available >= replicas ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
        },
        { type: 'Progressing', status: 'True', reason: available >= replicas ? 'NewReplicaSetAvailable' : 'ReplicaSetUpdated' },
      ],
    };
    const next = { ...deploy, status };
    save(typeOfKind('apps/v1', 'Deployment'), next, 'MODIFIED');
  }

  // ---- HTTP ---------------------------------------------------------------------------------

  function discovery(path: string): Obj | undefined {
    if (path === '/version') return { major: '1', minor: '32', gitVersion: 'v1.32.0-execguard-test', platform: 'linux/amd64' };
    if (path === '/api')
      return {
        kind: 'APIVersions',
        versions: ['v1'],
        serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1' }],
      };
    if (path === '/apis') {
      const groups = [...new Set(RESOURCES.filter((r) => r.group).map((r) => groupVersion(r)))].map((gv) => {
        const [group, version] = gv.split('/');
        return { name: group, versions: [{ groupVersion: gv, version }], preferredVersion: { groupVersion: gv, version } };
      });
      return { kind: 'APIGroupList', apiVersion: 'v1', groups };
    }
    const m = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))$/.exec(path);
    if (!m) return undefined;
    const gv = m[1] ?? `${m[2]}/${m[3]}`;
    const types = RESOURCES.filter((r) => groupVersion(r) === gv);
    if (types.length === 0) return undefined;
    const resources = types.flatMap((t) => [
      {
        name: t.resource,
        singularName: t.singular,
        namespaced: t.namespaced,
        kind: t.kind,
        verbs: t.verbs ?? ALL_VERBS,
        ...(t.shortNames ? { shortNames: t.shortNames } : {}),
      },
      ...(t.subresources ?? []).map((s) => ({
        name: `${t.resource}/${s}`,
        singularName: '',
        namespaced: t.namespaced,
        kind: t.kind,
        verbs: ['get', 'patch', 'update'],
      })),
    ]);
    return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: gv, resources };
  }

  function route(path: string): { type: ResourceType; namespace?: string; name?: string; subresource?: string } | undefined {
    const m = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))(?:\/namespaces\/([^/]+))?\/([^/]+)(?:\/([^/]+))?(?:\/([^/]+))?$/.exec(path);
    if (!m) return undefined;
    const gv = m[1] ?? `${m[2]}/${m[3]}`;
    const [namespace, resource, name, subresource] = [m[4], m[5], m[6], m[7]];
    const type = RESOURCES.find((r) => groupVersion(r) === gv && r.resource === resource);
    if (!type) return undefined;
    return { type, namespace, name, subresource };
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname.replace(/\/$/, '') || '/';
    const dryRun = url.searchParams.getAll('dryRun').includes('All');
    requests.push({ method: req.method ?? '', path: `${path}${url.search}`, contentType: req.headers['content-type'], dryRun });
    if (options.log) console.error(`[kube-api] ${req.method} ${req.url} ${req.headers['content-type'] ?? ''}`);
    const rawBody = await readBody(req);
    const body = rawBody.toString('utf8');

    if (req.method === 'GET') {
      const d = discovery(path);
      if (d) return send(res, 200, d);
      // OpenAPI v3, only as much as kubectl reads to learn that the server validates fields itself
      // (PATCH operations with a `fieldValidation` parameter); without it kubectl wants OpenAPI v2.
      if (path === '/openapi/v3') {
        const gvs = [...new Set(RESOURCES.map((r) => groupVersion(r)))];
        return send(res, 200, {
          paths: Object.fromEntries(gvs.map((gv) => [gvPath(gv), { serverRelativeURL: `/openapi/v3/${gvPath(gv)}?hash=1` }])),
        });
      }
      if (path.startsWith('/openapi/v3/')) {
        const types = RESOURCES.filter((r) => gvPath(groupVersion(r)) === path.slice('/openapi/v3/'.length));
        if (types.length === 0) throw new HttpError(404, 'NotFound', `no openapi for ${path}`);
        return send(res, 200, openApiV3(types));
      }
      if (path.startsWith('/openapi/')) throw new HttpError(404, 'NotFound', 'only openapi v3 is served by this test server');
    }
    // Namespaces are implicit: every namespace a client names exists.
    if (path.startsWith('/api/v1/namespaces/') && path.split('/').length === 5 && req.method === 'GET') {
      const name = path.split('/')[4];
      const stored = store.get(key(RESOURCES[0], undefined, name));
      if (stored) return send(res, 200, stored);
      return send(res, 200, { apiVersion: 'v1', kind: 'Namespace', metadata: { name }, status: { phase: 'Active' } });
    }
    const r = route(path);
    if (!r) throw new HttpError(404, 'NotFound', `the server could not find the requested resource (${req.method} ${path})`);
    const { type, namespace, name, subresource } = r;

    if (type.kind === 'SelfSubjectAccessReview' && req.method === 'POST') {
      const attrs = accessReviewAttributes(rawBody, req.headers['content-type']);
      const allowed = !denied.has(`${attrs.verb}/${attrs.resource}/${attrs.namespace ?? ''}`);
      const review = {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectAccessReview',
        metadata: {},
        spec: { resourceAttributes: attrs },
      };
      return send(res, 201, { ...review, status: { allowed, ...(allowed ? {} : { reason: 'denied by the test server' }) } });
    }

    if (req.method === 'GET' && !name) {
      const labels = parseSelector(url.searchParams.get('labelSelector'));
      const fieldName = /metadata\.name=([^,]+)/.exec(url.searchParams.get('fieldSelector') ?? '')?.[1];
      if (url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1') {
        return watch(res, { type, namespace, name: fieldName, labels }, Number(url.searchParams.get('timeoutSeconds') ?? 0));
      }
      const items = [...store.values()].filter(
        (o) =>
          o.kind === type.kind &&
          groupVersion(type) === o.apiVersion &&
          (!namespace || o.metadata.namespace === namespace) &&
          (!fieldName || o.metadata.name === fieldName) &&
          labelsMatch(o, labels),
      );
      return send(res, 200, {
        apiVersion: groupVersion(type),
        kind: `${type.kind}List`,
        metadata: { resourceVersion: String(resourceVersion) },
        items,
      });
    }

    const existing = name ? store.get(key(type, namespace, name)) : undefined;
    switch (req.method) {
      case 'GET':
        if (!existing) throw notFound(type, name!);
        return send(res, 200, existing);
      case 'POST': {
        const obj = parseBody(body, req.headers['content-type']);
        obj.metadata ??= {};
        if (type.namespaced) obj.metadata.namespace = namespace ?? obj.metadata.namespace ?? 'default';
        if (store.has(key(type, obj.metadata.namespace, obj.metadata.name)))
          throw new HttpError(409, 'AlreadyExists', `${type.resource} "${obj.metadata.name}" already exists`);
        return send(res, 201, write(type, obj, undefined, dryRun));
      }
      case 'PUT': {
        if (!existing) throw notFound(type, name!);
        const obj = parseBody(body, req.headers['content-type']);
        if (obj.metadata?.resourceVersion && obj.metadata.resourceVersion !== existing.metadata.resourceVersion) {
          throw new HttpError(
            409,
            'Conflict',
            `Operation cannot be fulfilled on ${type.resource} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
          );
        }
        obj.metadata = { ...obj.metadata, namespace, name };
        return send(res, 200, write(type, obj, existing, dryRun, subresource === 'status'));
      }
      case 'PATCH': {
        const contentType = (req.headers['content-type'] ?? '').split(';')[0];
        if (!existing && contentType !== 'application/apply-patch+yaml') throw notFound(type, name!);
        const patched = applyPatch(existing, body, contentType);
        patched.metadata = { ...patched.metadata, namespace: type.namespaced ? namespace : undefined, name };
        return send(res, existing ? 200 : 201, write(type, patched, existing, dryRun, subresource === 'status'));
      }
      default:
        throw new HttpError(405, 'MethodNotAllowed', `${req.method} is not supported by this test server`);
    }
  }

  function watch(res: ServerResponse, w: Omit<Watcher, 'res'>, timeoutSeconds: number) {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
    res.flushHeaders();
    const watcher: Watcher = { ...w, res };
    watchers.add(watcher);
    const end = () => {
      watchers.delete(watcher);
      if (!res.writableEnded) res.end();
    };
    if (timeoutSeconds > 0) {
      const timer = setTimeout(end, timeoutSeconds * 1000);
      timers.add(timer);
    }
    res.on('close', end);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const e = error instanceof HttpError ? error : new HttpError(500, 'InternalError', String((error as Error)?.message ?? error));
      if (res.headersSent) return res.end();
      send(res, e.code, {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: e.message,
        reason: e.reason,
        code: e.code,
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    requests,
    seed(obj) {
      const t = typeOfKind(obj.apiVersion, obj.kind);
      const existing = store.get(key(t, obj.metadata?.namespace, obj.metadata?.name));
      const saved = write(t, obj, existing, false);
      if (obj.status) {
        saved.status = structuredClone(obj.status);
        save(t, saved, 'MODIFIED');
      }
      return saved;
    },
    get(apiVersion, kind, namespace, name) {
      const obj = store.get(key(typeOfKind(apiVersion, kind), namespace, name));
      return obj && structuredClone(obj);
    },
    setStatus(apiVersion, kind, namespace, name, status) {
      const t = typeOfKind(apiVersion, kind);
      const obj = store.get(key(t, namespace, name));
      if (!obj) throw new Error(`kube-api-server: no ${kind} ${namespace}/${name}`);
      save(t, { ...obj, status: structuredClone(status) }, 'MODIFIED');
    },
    setRolloutBehaviour(namespace, name, behaviour) {
      behaviours.set(`${namespace}/${name}`, behaviour);
    },
    deny(verb, resource, namespace) {
      denied.add(`${verb}/${resource}/${namespace}`);
    },
    writeKubeconfig(dir, opts = {}) {
      const context = opts.context ?? 'test';
      const path = join(dir, 'kubeconfig');
      const text = [
        'apiVersion: v1',
        'kind: Config',
        'clusters:',
        `- name: ${context}`,
        '  cluster:',
        `    server: ${url}`,
        'users:',
        `- name: ${context}`,
        '  user:',
        '    token: test-token',
        'contexts:',
        `- name: ${context}`,
        '  context:',
        `    cluster: ${context}`,
        `    user: ${context}`,
        ...(opts.namespace ? [`    namespace: ${opts.namespace}`] : []),
        `current-context: ${context}`,
        '',
      ].join('\n');
      writeFileSync(path, text, { mode: 0o600 });
      return path;
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      for (const w of watchers) w.res.end();
      watchers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// ---- helpers ----------------------------------------------------------------------------------

const gvPath = (gv: string) => (gv.includes('/') ? `apis/${gv}` : `api/${gv}`);

function openApiV3(types: ResourceType[]): Obj {
  const paths: Obj = {};
  for (const t of types) {
    const prefix = `/${gvPath(groupVersion(t))}${t.namespaced ? '/namespaces/{namespace}' : ''}/${t.resource}/{name}`;
    paths[prefix] = {
      patch: {
        'x-kubernetes-action': 'patch',
        'x-kubernetes-group-version-kind': { group: t.group, version: t.version, kind: t.kind },
        parameters: [
          { name: 'fieldValidation', in: 'query', schema: { type: 'string', uniqueItems: true } },
          { name: 'dryRun', in: 'query', schema: { type: 'string', uniqueItems: true } },
        ],
        responses: { '200': { description: 'OK' } },
      },
    };
  }
  return { openapi: '3.0.0', info: { title: 'execguard test server', version: 'v1.32.0' }, paths, components: { schemas: {} } };
}

function send(res: ServerResponse, code: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(code, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseBody(body: string, contentType: string | undefined): Obj {
  try {
    return contentType?.includes('yaml') ? parseYaml(body) : JSON.parse(body);
  } catch (error) {
    throw new HttpError(400, 'BadRequest', `cannot parse the request body: ${(error as Error).message}`);
  }
}

function notFound(type: ResourceType, name: string) {
  const group = type.group ? `.${type.group}` : '';
  return new HttpError(404, 'NotFound', `${type.resource}${group} "${name}" not found`);
}

function parseSelector(selector: string | null): Record<string, string> | undefined {
  if (!selector) return undefined;
  const labels: Record<string, string> = {};
  for (const part of selector.split(',')) {
    const [k, v] = part.split('=').filter((s) => s !== '');
    labels[k] = v ?? '';
  }
  return labels;
}

function labelsMatch(obj: Obj, labels: Record<string, string> | undefined) {
  if (!labels) return true;
  return Object.entries(labels).every(([k, v]) => obj.metadata?.labels?.[k] === v);
}

/** Drops nulls and empty objects, recursively. */
function prune(value: any): any {
  if (Array.isArray(value)) return value.map(prune);
  if (value && typeof value === 'object') {
    const out: Obj = {};
    for (const [k, v] of Object.entries(value)) {
      const p = prune(v);
      if (p === null || p === undefined || (typeof p === 'object' && !Array.isArray(p) && Object.keys(p).length === 0)) continue;
      out[k] = p;
    }
    return out;
  }
  return value;
}

/**
 * `kubectl auth can-i` posts a SelfSubjectAccessReview as Kubernetes protobuf (magic `k8s\0`,
 * then runtime.Unknown{typeMeta=1, raw=2}); the review's spec=2 holds resourceAttributes=1 with
 * namespace=1, verb=2, group=3, version=4, resource=5, subresource=6, name=7.
 */
function accessReviewAttributes(body: Buffer, contentType: string | undefined): Obj {
  if (!contentType?.includes('protobuf')) return JSON.parse(body.toString('utf8')).spec?.resourceAttributes ?? {};
  const raw = protoField(protoFields(body.subarray(4)), 2);
  const spec = raw && protoField(protoFields(raw), 2);
  const attrs = spec && protoField(protoFields(spec), 1);
  if (!attrs) return {};
  const names = ['', 'namespace', 'verb', 'group', 'version', 'resource', 'subresource', 'name'];
  const out: Obj = {};
  for (const [field, bytes] of protoFields(attrs)) if (names[field]) out[names[field]] = bytes.toString('utf8');
  return out;
}

/** The length-delimited fields of a protobuf message (other wire types are skipped). */
function protoFields(buf: Buffer): [number, Buffer][] {
  const fields: [number, Buffer][] = [];
  let pos = 0;
  const varint = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = buf[pos++];
      result += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return result;
      shift += 7;
    }
  };
  while (pos < buf.length) {
    const tag = varint();
    const wire = tag & 7;
    const field = Math.floor(tag / 8);
    if (wire === 0) varint();
    else if (wire === 1) pos += 8;
    else if (wire === 5) pos += 4;
    else if (wire === 2) {
      const len = varint();
      fields.push([field, buf.subarray(pos, pos + len)]);
      pos += len;
    } else break;
  }
  return fields;
}

const protoField = (fields: [number, Buffer][], n: number) => fields.find(([f]) => f === n)?.[1];

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Obj)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The patch types kubectl sends. Strategic merge is approximated: lists of named items merge by name. */
function applyPatch(target: Obj | undefined, body: string, contentType: string): Obj {
  const base = structuredClone(target ?? {});
  if (contentType === 'application/json-patch+json')
    return jsonPatch(base, parseBody(body, 'json') as unknown as { op: string; path: string; value?: unknown }[]);
  const patch = parseBody(body, contentType === 'application/apply-patch+yaml' ? 'yaml' : 'json');
  if (contentType === 'application/merge-patch+json') return mergePatch(base, patch, false);
  if (contentType === 'application/strategic-merge-patch+json' || contentType === 'application/apply-patch+yaml')
    return mergePatch(base, patch, true);
  throw new HttpError(415, 'UnsupportedMediaType', `unsupported patch type ${contentType}`);
}

function mergePatch(target: any, patch: any, strategic: boolean): any {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) {
    if (
      strategic &&
      Array.isArray(patch) &&
      Array.isArray(target) &&
      [...patch, ...target].every((i) => i && typeof i === 'object' && typeof i.name === 'string')
    ) {
      return patch.map((item) => {
        const old = target.find((t: any) => t.name === item.name);
        return old ? mergePatch(old, item, true) : stripDirectives(item);
      });
    }
    return strategic ? stripDirectives(patch) : patch;
  }
  const out = target && typeof target === 'object' && !Array.isArray(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (strategic && k.startsWith('$')) continue;
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v, strategic);
  }
  return out;
}

function stripDirectives(value: any): any {
  if (Array.isArray(value)) return value.map(stripDirectives);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !k.startsWith('$'))
        .map(([k, v]) => [k, stripDirectives(v)]),
    );
  return value;
}

function jsonPatch(doc: Obj, ops: { op: string; path: string; value?: unknown }[]): Obj {
  for (const op of ops) {
    const parts = op.path
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = parts.pop()!;
    let parent: any = doc;
    for (const p of parts) parent = parent[p] ??= {};
    if (op.op === 'add' || op.op === 'replace') {
      if (Array.isArray(parent) && op.op === 'add') parent.splice(last === '-' ? parent.length : Number(last), 0, op.value);
      else parent[last] = op.value;
    } else if (op.op === 'remove') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (op.op === 'test') {
      if (JSON.stringify(parent[last]) !== JSON.stringify(op.value))
        throw new HttpError(422, 'Invalid', `json patch test failed at ${op.path}`);
    } else throw new HttpError(422, 'Invalid', `unsupported json patch op ${op.op}`);
  }
  return doc;
}
