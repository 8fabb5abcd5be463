import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target2, all) => {
  for (var name in all)
    __defProp(target2, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target2) => (target2 = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target2, "default", { value: mod, enumerable: true }) : target2,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === ALIAS;
    var isDocument = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === DOC;
    var isMap3 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === MAP;
    var isPair2 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === PAIR;
    var isScalar3 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === SCALAR;
    var isSeq3 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === SEQ;
    function isCollection(node2) {
      if (node2 && typeof node2 === "object")
        switch (node2[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node2) {
      if (node2 && typeof node2 === "object")
        switch (node2[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node2) => (isScalar3(node2) || isCollection(node2)) && !!node2.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node2, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node2)) {
        const cd = visit_(null, node2.contents, visitor_, Object.freeze([node2]));
        if (cd === REMOVE)
          node2.contents = null;
      } else
        visit_(null, node2, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node2, visitor, path) {
      const ctrl = callVisitor(key, node2, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node2)) {
          path = Object.freeze(path.concat(node2));
          for (let i = 0; i < node2.items.length; ++i) {
            const ci = visit_(i, node2.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node2.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node2)) {
          path = Object.freeze(path.concat(node2));
          const ck = visit_("key", node2.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node2.key = null;
          const cv = visit_("value", node2.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node2.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node2, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node2)) {
        const cd = await visitAsync_(null, node2.contents, visitor_, Object.freeze([node2]));
        if (cd === REMOVE)
          node2.contents = null;
      } else
        await visitAsync_(null, node2, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node2, visitor, path) {
      const ctrl = await callVisitor(key, node2, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node2)) {
          path = Object.freeze(path.concat(node2));
          for (let i = 0; i < node2.items.length; ++i) {
            const ci = await visitAsync_(i, node2.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node2.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node2)) {
          path = Object.freeze(path.concat(node2));
          const ck = await visitAsync_("key", node2.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node2.key = null;
          const cv = await visitAsync_("value", node2.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node2.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node2, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node2, path);
      if (identity.isMap(node2))
        return visitor.Map?.(key, node2, path);
      if (identity.isSeq(node2))
        return visitor.Seq?.(key, node2, path);
      if (identity.isPair(node2))
        return visitor.Pair?.(key, node2, path);
      if (identity.isScalar(node2))
        return visitor.Scalar?.(key, node2, path);
      if (identity.isAlias(node2))
        return visitor.Alias?.(key, node2, path);
      return void 0;
    }
    function replaceNode(key, path, node2) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node2;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node2;
        else
          parent.value = node2;
      } else if (identity.isDocument(parent)) {
        parent.contents = node2;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source2, onError) {
        if (source2 === "!")
          return "!";
        if (source2[0] !== "!") {
          onError(`Not a valid tag: ${source2}`);
          return null;
        }
        if (source2[1] === "<") {
          const verbatim = source2.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source2} is invalid.`);
            return null;
          }
          if (source2[source2.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source2.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source2} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source2;
        onError(`Could not resolve tag: ${source2}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node2) => {
            if (identity.isNode(node2) && node2.tag)
              tags[node2.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node2) {
          if (node2.anchor)
            anchors.add(node2.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source2) => {
          aliasObjects.push(source2);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source2 of aliasObjects) {
            const ref = sourceObjects.get(source2);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source2;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source2) {
        super(identity.ALIAS);
        this.source = source2;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node2) => {
              if (identity.isAlias(node2) || identity.hasAnchor(node2))
                nodes.push(node2);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node2 of nodes) {
          if (node2 === this)
            break;
          if (node2.anchor === this.source)
            found = node2;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source2 = this.resolve(ctx.doc, ctx);
        if (!source2) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source2).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node2, anchors2) {
      if (identity.isAlias(node2)) {
        const source2 = node2.resolve(doc);
        const anchor = anchors2 && source2 && anchors2.get(source2);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node2)) {
        let count = 0;
        for (const item of node2.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node2)) {
        const kc = getAliasCount(doc, node2.key, anchors2);
        const vc = getAliasCount(doc, node2.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node3 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node3;
          return node3;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node2 = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node2.tag = tagName;
      else if (!tagObj.default)
        node2.tag = tagObj.tag;
      if (ref)
        ref.node = node2;
      return node2;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node2 = this.get(key, true);
          if (identity.isCollection(node2))
            node2.addIn(rest, value);
          else if (node2 === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node2 = this.get(key, true);
        if (identity.isCollection(node2))
          return node2.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node2 = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node2) ? node2.value : node2;
        else
          return identity.isCollection(node2) ? node2.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node2) => {
          if (!identity.isPair(node2))
            return false;
          const n = node2.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node2 = this.get(key, true);
        return identity.isCollection(node2) ? node2.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node2 = this.get(key, true);
          if (identity.isCollection(node2))
            node2.setIn(rest, value);
          else if (node2 === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt2 = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt2.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt2.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt2.indent === "number" ? " ".repeat(opt2.indent) : "  ",
        inFlow,
        options: opt2
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node2, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node2) || identity.isCollection(node2)) && node2.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node2.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node2 = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node2));
      const props = stringifyProps(node2, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node2, ctx, onComment, onChompKeep) : identity.isScalar(node2) ? stringifyString.stringifyString(node2, ctx, onComment, onChompKeep) : node2.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node2) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source2 = resolveAliasValue(ctx, value);
      if (identity.isSeq(source2))
        for (const it of source2.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source2))
        for (const it of source2)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source2);
    }
    function mergeValue(ctx, map, value) {
      const source2 = resolveAliasValue(ctx, value);
      if (!identity.isMap(source2))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source2.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node2 of ctx.anchors.keys())
          strCtx.anchors.add(node2.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node2 = it?.value;
        return (!keepScalar && identity.isScalar(node2) ? node2.value : node2) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string3 = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string3;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source: source2 }, ctx) => typeof source2 === "string" && nullTag.test.test(source2) ? source2 : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source: source2, value }, ctx) {
        if (source2 && boolTag.test.test(source2)) {
          const sv = source2[0] === "t" || source2[0] === "T";
          if (value === sv)
            return source2;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node2) {
        const num2 = Number(node2.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node2);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node2 = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node2.minFractionDigits = str.length - dot - 1;
        return node2;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node2, radix, prefix) {
      const { value } = node2;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node2);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt2) => intResolve(str, 2, 8, opt2),
      stringify: (node2) => intStringify(node2, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt2) => intResolve(str, 0, 10, opt2),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt2) => intResolve(str, 2, 16, opt2),
      stringify: (node2) => intStringify(node2, 16, "0x")
    };
    exports.int = int2;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null3 = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = [
      map.map,
      seq.seq,
      string3.string,
      _null3.nullTag,
      bool.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source: source2 }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source2 && boolObj.test.test(source2))
        return source2;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node2) {
        const num2 = Number(node2.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node2);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node2 = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node2.minFractionDigits = f.length;
        }
        return node2;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign2 = str[0];
      if (sign2 === "-" || sign2 === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign2 === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign2 === "-" ? -1 * n : n;
    }
    function intStringify(node2, radix, prefix) {
      const { value } = node2;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node2);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt2) => intResolve(str, 2, 2, opt2),
      stringify: (node2) => intStringify(node2, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt2) => intResolve(str, 1, 8, opt2),
      stringify: (node2) => intStringify(node2, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt2) => intResolve(str, 0, 10, opt2),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt2) => intResolve(str, 2, 16, opt2),
      stringify: (node2) => intStringify(node2, 16, "0x")
    };
    exports.int = int2;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set3 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set3.items.push(Pair.createPair(value, null, ctx));
          }
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign2 = str[0];
      const parts = sign2 === "-" || sign2 === "+" ? str.substring(1) : str;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign2 === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node2) {
      let { value } = node2;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node2);
      let sign2 = "";
      if (value < 0) {
        sign2 = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign2 + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date2 = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date2 -= 6e4 * d;
        }
        return new Date(date2);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null3 = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int2 = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set2 = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string3.string,
      _null3.nullTag,
      bool.trueTag,
      bool.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set2.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null3 = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set2 = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string3.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null3.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set2.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string3 = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string3.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt2 = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt2;
        let { version: version2 } = opt2;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node2, name) {
        if (!node2.anchor) {
          const prev = anchors.anchorNames(this);
          node2.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node2.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node2 = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node2))
          node2.flow = true;
        setAnchors();
        return node2;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt2;
        switch (version2) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt2 = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt2 = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt2 = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt2)
          this.schema = new Schema.Schema(Object.assign(opt2, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message2) {
        super();
        this.name = name;
        this.code = code;
        this.message = message2;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message2) {
        super("YAMLParseError", pos, code, message2);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message2) {
        super("YAMLWarning", pos, code, message2);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node2 = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node2.range[2];
        seq.items.push(node2);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source: source2, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source2.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source2;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source2.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message2 = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message2);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node2 = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node2.range = coll.range;
      node2.tag = tagName;
      if (tag?.format)
        node2.format = tag.format;
      return node2;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message2 = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message2);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message2 = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message2);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message2 = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message2);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source: source2 } = props[0];
      const mode = source2[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source2.length; ++i) {
        const ch = source2[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source2}`);
      let hasSpace = false;
      let comment = "";
      let length = source2.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message2 = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message2);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message2 = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message2);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source2) {
      const split = source2.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source: source2, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source2, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source2, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source2, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source2.length, offset + source2.length]
          };
      }
      const valueEnd = offset + source2.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source2, onError) {
      let badChar = "";
      switch (source2[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source2[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source2[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source2);
    }
    function singleQuotedValue(source2, onError) {
      if (source2[source2.length - 1] !== "'" || source2.length === 1)
        onError(source2.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source2.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source2) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source2);
      if (!match)
        return source2;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source2)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source2);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source2, onError) {
      let res = "";
      for (let i = 1; i < source2.length - 1; ++i) {
        const ch = source2[i];
        if (ch === "\r" && source2[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source2, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source2[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source2[i + 1];
            while (next === " " || next === "	")
              next = source2[++i + 1];
          } else if (next === "\r" && source2[i + 1] === "\n") {
            next = source2[++i + 1];
            while (next === " " || next === "	")
              next = source2[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source2, i + 1, length, onError);
            i += length;
          } else {
            const raw = source2.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source2[i + 1];
          while (next === " " || next === "	")
            next = source2[++i + 1];
          if (next !== "\n" && !(next === "\r" && source2[i + 2] === "\n"))
            res += i > wsStart ? source2.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source2[source2.length - 1] !== '"' || source2.length === 1)
        onError(source2.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source2, offset) {
      let fold = "";
      let ch = source2[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source2[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source2[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source2, offset, length, onError) {
      const cc = source2.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source2.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node2;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node2 = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node2 = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node2.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node2 = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node2.anchor = anchor.source.substring(1);
          } catch (error) {
            const message2 = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message2);
          }
          break;
        default: {
          const message2 = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message2);
          isSrcToken = false;
        }
      }
      node2 ?? (node2 = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node2.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node2) || typeof node2.value !== "string" || node2.tag && node2.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node2.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node2.comment = comment;
        else
          node2.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node2.srcToken = token;
      return node2;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node2 = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node2.anchor = anchor.source.substring(1);
        if (node2.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node2.spaceBefore = true;
      if (comment) {
        node2.comment = comment;
        node2.range[2] = end;
      }
      return node2;
    }
    function composeAlias({ options }, { offset, source: source2, end }, onError) {
      const alias = new Alias.Alias(source2.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source2.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source2.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source: source2 } = src;
      return [offset, offset + (typeof source2 === "string" ? source2.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source2 = prelude[i];
        switch (source2[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source2.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source2, code, message2, warning) => {
          const pos = getErrorPos(source2);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message2));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message2));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message2, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message2, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message2) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message2);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message2);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source2 = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source2[0]) {
        case "|":
        case ">": {
          const he = source2.indexOf("\n");
          const head = source2.substring(0, he);
          const body = source2.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source: source2, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source: source2, end };
        default:
          return { type: "scalar", offset, indent, source: source2, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source2 = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source2[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source2);
          break;
        case '"':
          setFlowScalarValue(token, source2, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source2, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source2, "scalar");
      }
    }
    function setBlockScalarValue(token, source2) {
      const he = source2.indexOf("\n");
      const head = source2.substring(0, he);
      const body = source2.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source2, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source2;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source2.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source: source2, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source2.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source: source2, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source: source2, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source2) {
      switch (source2) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source2[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source2, incomplete = false) {
        if (source2) {
          if (typeof source2 !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source2 : source2;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter3 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter3;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target2, source2) {
      if (source2.length < 1e5)
        Array.prototype.push.apply(target2, source2);
      else
        for (let i = 0; i < source2.length; ++i)
          target2.push(source2[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source2, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source2, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source2) {
        this.source = source2;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source2));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source2.length;
          return;
        }
        const type = cst.tokenType(source2);
        if (!type) {
          const message2 = `Not a YAML token: ${source2}`;
          yield* this.pop({ type: "error", offset: this.offset, message: message2, source: source2 });
          this.offset += source2.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source2.length);
              break;
            case "space":
              if (this.atNewLine && source2[0] === " ")
                this.indent += source2.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source2.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source2.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message2 = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message: message2 };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source2, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source2)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source2, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source2, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument3(source2, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source2), true, source2.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source2, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source2, lineCounter2));
      }
      return doc;
    }
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument3(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse3;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument3;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source2) {
  const start = source2.startsWith("^") ? 1 : 0;
  const end = source2.endsWith("$") ? source2.length - 1 : source2.length;
  return source2.slice(start, end);
}
function assignProp(target2, prop, value) {
  Object.defineProperty(target2, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message2) {
  return typeof message2 === "string" ? message2 : message2?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message2 = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message2;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var Cached, captureStackTrace, propertyKeyTypes, NUMBER_FORMAT_RANGES, highSurrogate, installing, broke, breaker;
var init_util = __esm({
  "node_modules/zod/v4/core/util.js"() {
    Cached = class {
      constructor(getter) {
        this._getter = getter;
        this._value = void 0;
      }
      get value() {
        const getter = this._getter;
        if (getter !== void 0) {
          this._value = getter();
          this._getter = void 0;
        }
        return this._value;
      }
    };
    captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
    };
    propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
    NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
      safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
      int32: [-2147483648, 2147483647],
      uint32: [0, 4294967295],
      float32: [-34028234663852886e22, 34028234663852886e22],
      float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
    }))();
    highSurrogate = /[\uD800-\uDBFF]/;
    broke = false;
    breaker = {
      configurable: true,
      get() {
        broke = true;
        return void 0;
      }
    };
  }
});

// node_modules/zod/v4/core/core.js
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target2 = up ?? own2;
      if (!initialized.has(target2)) {
        initialized.add(target2);
        members(target2, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}
var _a, _zodDesc, _E, $ZodAsyncError, globalConfig;
var init_core = __esm({
  "node_modules/zod/v4/core/core.js"() {
    init_util();
    _zodDesc = { value: void 0, enumerable: false };
    _E = "captureStackTrace" in Error ? Error : null;
    $ZodAsyncError = class extends Error {
      constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
      }
    };
    (_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
    globalConfig = globalThis.__zod_globalConfig;
  }
});

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc, _issuesDesc, _installedToString, initializer, $ZodError, $ZodRealError;
var init_errors = __esm({
  "node_modules/zod/v4/core/errors.js"() {
    init_core();
    init_util();
    _messageDesc = {
      get: _getMessage,
      set: _setMessage,
      enumerable: true,
      configurable: true
    };
    _issuesDesc = { value: void 0, enumerable: false };
    _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
    initializer = (inst, def) => {
      inst.name = "$ZodError";
      _issuesDesc.value = def;
      Object.defineProperty(inst, "issues", _issuesDesc);
      _issuesDesc.value = void 0;
      Object.defineProperty(inst, "message", _messageDesc);
      const proto = Object.getPrototypeOf(inst);
      if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
          configurable: true,
          enumerable: false,
          get() {
            const value = () => this.message;
            Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            return value;
          },
          set(value) {
            Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
          }
        });
      }
    };
    $ZodError = $constructor("$ZodError", initializer);
    $ZodRealError = $constructor("$ZodError", initializer, void 0, {
      Parent: Error
    });
  }
});

// node_modules/zod/v4/core/parse.js
function failure(Err, issues, ctx) {
  let error;
  return {
    success: false,
    get error() {
      if (!error) {
        error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error;
    },
    set error(e) {
      error = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _parse, parse, _parseAsync, parseAsync, _safeParse, safeParse, _safeParseAsync, safeParseAsync;
var init_parse = __esm({
  "node_modules/zod/v4/core/parse.js"() {
    init_core();
    init_errors();
    init_util();
    _parse = (_Err) => {
      const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
          throw new $ZodAsyncError();
        }
        if (result.issues.length) {
          const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, _params?.callee ?? fn);
          throw e;
        }
        return result.value;
      };
      return fn;
    };
    parse = /* @__PURE__ */ _parse($ZodRealError);
    _parseAsync = (_Err) => {
      const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
          result = await result;
        if (result.issues.length) {
          const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, params?.callee ?? fn);
          throw e;
        }
        return result.value;
      };
      return fn;
    };
    parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
    _safeParse = (_Err) => (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
      const result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise) {
        throw new $ZodAsyncError();
      }
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
    };
    safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
    _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
      let result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise)
        result = await result;
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
    };
    safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);
  }
});

// node_modules/zod/v4/core/regexes.js
var anyString, number, boolean;
var init_regexes = __esm({
  "node_modules/zod/v4/core/regexes.js"() {
    anyString = /^[\s\S]{0,}$/;
    number = /^-?\d+(?:\.\d+)?$/;
    boolean = /^(?:true|false)$/i;
  }
});

// node_modules/zod/v4/core/checks.js
var $ZodCheck, _whenHasLength, numericOriginMap, $ZodCheckGreaterThan, $ZodCheckNumberFormat, $ZodCheckMinLength, $ZodCheckStringFormat, $ZodCheckRegex;
var init_checks = __esm({
  "node_modules/zod/v4/core/checks.js"() {
    init_core();
    init_util();
    $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
      var _a3;
      inst._zod ?? (inst._zod = {});
      inst._zod.def = def;
      (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
    });
    _whenHasLength = (payload) => {
      const val = payload.value;
      return !nullish(val) && val.length !== void 0;
    };
    numericOriginMap = {
      number: "number",
      bigint: "bigint",
      object: "date"
    };
    $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      const origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
          return;
        }
        payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_small",
          minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
      $ZodCheck.init(inst, def);
      def.format = def.format || "float64";
      const isInt = def.format?.includes("int");
      const origin = isInt ? "int" : "number";
      const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
      inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
          if (!Number.isInteger(input)) {
            payload.issues.push({
              expected: origin,
              format: def.format,
              code: "invalid_type",
              continue: false,
              input,
              inst
            });
            return;
          }
          if (!Number.isSafeInteger(input)) {
            if (input > 0) {
              payload.issues.push({
                input,
                code: "too_big",
                maximum: Number.MAX_SAFE_INTEGER,
                note: "Integers must be within the safe integer range.",
                inst,
                origin,
                inclusive: true,
                continue: !def.abort
              });
            } else {
              payload.issues.push({
                input,
                code: "too_small",
                minimum: Number.MIN_SAFE_INTEGER,
                note: "Integers must be within the safe integer range.",
                inst,
                origin,
                inclusive: true,
                continue: !def.abort
              });
            }
            return;
          }
        }
        if (input < minimum) {
          payload.issues.push({
            origin: "number",
            input,
            code: "too_small",
            minimum,
            inclusive: true,
            inst,
            continue: !def.abort
          });
        }
        if (input > maximum) {
          payload.issues.push({
            origin: "number",
            input,
            code: "too_big",
            maximum,
            inclusive: true,
            inst,
            continue: !def.abort
          });
        }
      };
    });
    $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def);
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
      inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
        if (length >= def.minimum)
          return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
          origin,
          code: "too_small",
          minimum: def.minimum,
          inclusive: true,
          input,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
      var _a3, _b;
      $ZodCheck.init(inst, def);
      if (def.pattern)
        (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
          def.pattern.lastIndex = 0;
          if (def.pattern.test(payload.value))
            return;
          payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            ...def.pattern ? { pattern: def.pattern.toString() } : {},
            inst,
            continue: !def.abort
          });
        });
      else
        (_b = inst._zod).check ?? (_b.check = () => {
        });
    });
    $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
      $ZodCheckStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "regex",
          input: payload.value,
          pattern: def.pattern.toString(),
          inst,
          continue: !def.abort
        });
      };
    });
  }
});

// node_modules/zod/v4/core/doc.js
var init_doc = __esm({
  "node_modules/zod/v4/core/doc.js"() {
  }
});

// node_modules/zod/v4/core/versions.js
var version;
var init_versions = __esm({
  "node_modules/zod/v4/core/versions.js"() {
    version = {
      major: 4,
      minor: 6,
      patch: 7
    };
  }
});

// node_modules/zod/v4/core/schemas.js
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse3 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse3(payload, ctx);
  };
}
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodType, toStandardResult, $ZodString, $ZodNumber, $ZodNumberFormat, $ZodBoolean, $ZodUnknown, $ZodNever, arraySize, $ZodArray, NO_SYMBOL_KEYS, $ZodObject, $ZodUnion, $ZodRecord, $ZodEnum, $ZodOptional, $ZodDefault;
var init_schemas = __esm({
  "node_modules/zod/v4/core/schemas.js"() {
    init_checks();
    init_core();
    init_regexes();
    init_util();
    init_versions();
    init_util();
    $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
      var _a3;
      inst ?? (inst = {});
      inst._zod.def = def;
      inst._zod.bag = inst._zod.bag || {};
      inst._zod.version = version;
      const defChecks = inst._zod.def.checks;
      const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
      for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
          fn(inst);
        }
      }
      if (checks.length === 0) {
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
        inst._zod.deferred?.push(() => {
          inst._zod.run = inst._zod.parse;
        });
      } else {
        const runChecks = (payload, checks2, ctx) => {
          if (payload.memo)
            return payload;
          let isAborted = aborted(payload);
          let asyncResult;
          for (const ch of checks2) {
            if (ch._zod.def.when) {
              if (explicitlyAborted(payload))
                continue;
              const shouldRun = ch._zod.def.when(payload);
              if (!shouldRun)
                continue;
            } else if (isAborted) {
              continue;
            }
            const currLen = payload.issues.length;
            const _ = ch._zod.check(payload);
            if (_ instanceof Promise && ctx?.async === false) {
              throw new $ZodAsyncError();
            }
            if (asyncResult || _ instanceof Promise) {
              asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                await _;
                const nextLen = payload.issues.length;
                if (nextLen === currLen)
                  return;
                attachSchema(payload.issues, currLen, inst);
                if (!isAborted)
                  isAborted = aborted(payload, currLen);
              });
            } else {
              const nextLen = payload.issues.length;
              if (nextLen === currLen)
                continue;
              attachSchema(payload.issues, currLen, inst);
              if (!isAborted)
                isAborted = aborted(payload, currLen);
            }
          }
          if (asyncResult) {
            return asyncResult.then(() => {
              return payload;
            });
          }
          return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
          if (aborted(canary)) {
            canary.aborted = true;
            return canary;
          }
          const checkResult = runChecks(payload, checks, ctx);
          if (checkResult instanceof Promise) {
            if (ctx.async === false)
              throw new $ZodAsyncError();
            return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
          }
          return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
          if (ctx.skipChecks) {
            return inst._zod.parse(payload, ctx);
          }
          if (ctx.direction === "backward") {
            const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
            if (canary instanceof Promise) {
              return canary.then((canary2) => {
                return handleCanaryResult(canary2, payload, ctx);
              });
            }
            return handleCanaryResult(canary, payload, ctx);
          }
          const result = inst._zod.parse(payload, ctx);
          if (result instanceof Promise) {
            if (ctx.async === false)
              throw new $ZodAsyncError();
            return result.then((result2) => runChecks(result2, checks, ctx));
          }
          return runChecks(result, checks, ctx);
        };
      }
    }, {
      // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
      get "~standard"() {
        return hide(this, "~standard", standardProps(this));
      },
      set "~standard"(value) {
        own(this, "~standard", value);
      }
    });
    toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
    $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = def.pattern ?? anyString;
      inst._zod.parse = (payload, _) => {
        if (def.coerce)
          try {
            payload.value = String(payload.value);
          } catch (_2) {
          }
        if (typeof payload.value === "string")
          return payload;
        payload.issues.push({
          expected: "string",
          code: "invalid_type",
          input: payload.value,
          inst
        });
        return payload;
      };
    });
    $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = number;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = Number(payload.value);
          } catch (_) {
          }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
          return payload;
        }
        const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
        payload.issues.push({
          expected: "number",
          code: "invalid_type",
          input,
          inst,
          ...received ? { received } : {}
        });
        return payload;
      };
    });
    $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
      $ZodCheckNumberFormat.init(inst, def);
      $ZodNumber.init(inst, def);
    });
    $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = boolean;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = Boolean(payload.value);
          } catch (_) {
          }
        const input = payload.value;
        if (typeof input === "boolean")
          return payload;
        payload.issues.push({
          expected: "boolean",
          code: "invalid_type",
          input,
          inst
        });
        return payload;
      };
    });
    $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload) => payload;
    });
    $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
          expected: "never",
          code: "invalid_type",
          input: payload.value,
          inst
        });
        return payload;
      };
    });
    arraySize = (input) => Array.isArray(input) ? input.length : -1;
    $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
      $ZodType.init(inst, def);
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
          payload.issues.push({
            expected: "array",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
          const item = input[i];
          const result = def.element._zod.run({
            value: item,
            issues: []
          }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
          } else {
            handleArrayResult(result, payload, i);
            if (abortEarly && result.issues.length !== 0 && aborted(result))
              break;
          }
        }
        if (proms.length) {
          return Promise.all(proms).then(() => payload);
        }
        return payload;
      };
      capSize(inst, arraySize);
    });
    NO_SYMBOL_KEYS = [];
    $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
      $ZodType.init(inst, def);
      const desc = Object.getOwnPropertyDescriptor(def, "shape");
      const sh = desc?.get ? desc.get.raw : def.shape ?? {};
      if (sh) {
        const get = () => {
          const newSh = { ...sh };
          Object.defineProperty(def, "shape", { value: newSh });
          get.raw = newSh;
          return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
      }
      const _normalized = cached(() => normalizeDef(def));
      defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
          const field = shape[key]._zod;
          if (field.values) {
            if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
              assignProp(propValues, key, /* @__PURE__ */ new Set());
            }
            for (const v of field.values)
              propValues[key].add(v);
            if (field.optin !== void 0)
              propValues[key].add(void 0);
          }
        }
        return propValues;
      });
      const isObject2 = isObject;
      const catchall = def.catchall;
      let value;
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject2(input)) {
          payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
          if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
              break;
            seen = payload.issues.length;
          }
          if (key === "__proto__")
            continue;
          const el = shape[key];
          const optin = el._zod.optin;
          const optout = el._zod.optout;
          const r = el._zod.run({ value: input[key], issues: [] }, ctx);
          if (r instanceof Promise) {
            proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
          } else {
            handlePropertyResult(r, payload, key, input, optin, optout);
          }
        }
        if (!catchall) {
          return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
      };
    });
    $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
      defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
      defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
          return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return void 0;
      });
      defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
          const patterns = zod.def.options.map((o) => o._zod.pattern);
          return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return void 0;
      });
      const first = def.options.length === 1 ? def.options[0]._zod.run : null;
      inst._zod.parse = (payload, ctx) => {
        if (first) {
          return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
          const result = option._zod.run({
            value: payload.value,
            issues: []
          }, ctx);
          if (result instanceof Promise) {
            results.push(result);
            async = true;
          } else {
            if (result.issues.length === 0)
              return result;
            results.push(result);
          }
        }
        if (!async)
          return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results2) => {
          return handleUnionResults(results2, payload, inst, ctx);
        });
      };
    });
    $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
      $ZodType.init(inst, def);
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isPlainObject(input)) {
          payload.issues.push({
            expected: "record",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
          payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
          const recordKeys = /* @__PURE__ */ new Set();
          for (const key of values) {
            if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
              recordKeys.add(typeof key === "number" ? key.toString() : key);
              if (key === "__proto__")
                continue;
              const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
              if (keyResult instanceof Promise) {
                throw new Error("Async schemas not supported in object keys currently");
              }
              if (keyResult.issues.length) {
                payload.issues.push({
                  code: "invalid_key",
                  origin: "record",
                  issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                  input: key,
                  path: [key],
                  inst
                });
                continue;
              }
              const outKey = keyResult.value;
              if (outKey === "__proto__")
                continue;
              const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
              if (result instanceof Promise) {
                proms.push(result.then((result2) => {
                  if (result2.issues.length) {
                    payload.issues.push(...prefixIssues(key, result2.issues));
                  }
                  payload.value[outKey] = result2.value;
                }));
              } else {
                if (result.issues.length) {
                  payload.issues.push(...prefixIssues(key, result.issues));
                }
                payload.value[outKey] = result.value;
              }
            }
          }
          let unrecognized;
          for (const key in input) {
            if (!recordKeys.has(key)) {
              if (def.mode === "loose") {
                if (key === "__proto__")
                  continue;
                payload.value[key] = input[key];
              } else {
                unrecognized = unrecognized ?? [];
                unrecognized.push(key);
              }
            }
          }
          if (unrecognized && unrecognized.length > 0) {
            payload.issues.push({
              code: "unrecognized_keys",
              input,
              inst,
              keys: unrecognized,
              continue: true
            });
          }
        } else {
          payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
          let unrecognized;
          for (const key of Reflect.ownKeys(input)) {
            if (key === "__proto__")
              continue;
            if (!Object.prototype.propertyIsEnumerable.call(input, key))
              continue;
            let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            if (keyResult instanceof Promise) {
              throw new Error("Async schemas not supported in object keys currently");
            }
            const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
            if (checkNumericKey) {
              const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
              if (retryResult instanceof Promise) {
                throw new Error("Async schemas not supported in object keys currently");
              }
              if (retryResult.issues.length === 0) {
                keyResult = retryResult;
              }
            }
            if (keyResult.issues.length) {
              if (def.mode === "loose") {
                payload.value[key] = input[key];
              } else if (values) {
                unrecognized = unrecognized ?? [];
                unrecognized.push(key);
              } else {
                payload.issues.push({
                  code: "invalid_key",
                  origin: "record",
                  issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                  input: key,
                  path: [key],
                  inst
                });
              }
              continue;
            }
            const outKey = keyResult.value;
            if (outKey === "__proto__")
              continue;
            const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
            if (result instanceof Promise) {
              proms.push(result.then((result2) => {
                if (result2.issues.length) {
                  payload.issues.push(...prefixIssues(key, result2.issues));
                }
                payload.value[outKey] = result2.value;
              }));
            } else {
              if (result.issues.length) {
                payload.issues.push(...prefixIssues(key, result.issues));
              }
              payload.value[outKey] = result.value;
            }
          }
          if (unrecognized && unrecognized.length > 0) {
            payload.issues.push({
              code: "unrecognized_keys",
              input,
              inst,
              keys: unrecognized,
              continue: true
            });
          }
        }
        if (proms.length) {
          return Promise.all(proms).then(() => payload);
        }
        return payload;
      };
    });
    $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
      $ZodType.init(inst, def);
      const values = getEnumValues(def.entries);
      const valuesSet = new Set(values);
      inst._zod.values = valuesSet;
      defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
      });
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
          return payload;
        }
        payload.issues.push({
          code: "invalid_value",
          values,
          input,
          inst
        });
        return payload;
      };
    });
    $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
      inst._zod.optout = "optional";
      defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
      });
      defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        if (payload.value === void 0) {
          if (def.innerType._zod.optin !== "defaulted")
            return payload;
          const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
          if (result instanceof Promise)
            return result.then((result2) => handleOptionalResult(payload, result2));
          return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.optin = "defaulted";
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          return def.innerType._zod.run(payload, ctx);
        }
        if (payload.value === void 0) {
          payload.value = def.defaultValue;
          return payload;
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
          return result.then((result2) => handleDefaultResult(result2, def));
        }
        return handleDefaultResult(result, def);
      };
    });
  }
});

// node_modules/zod/v4/core/memoizer.js
var init_memoizer = __esm({
  "node_modules/zod/v4/core/memoizer.js"() {
  }
});

// node_modules/zod/v4/locales/index.js
var init_locales = __esm({
  "node_modules/zod/v4/locales/index.js"() {
  }
});

// node_modules/zod/v4/core/registries.js
function registry() {
  return new $ZodRegistry();
}
var _a2, $ZodRegistry, globalRegistry;
var init_registries = __esm({
  "node_modules/zod/v4/core/registries.js"() {
    $ZodRegistry = class {
      constructor() {
        this._map = /* @__PURE__ */ new WeakMap();
        this._idmap = /* @__PURE__ */ new Map();
      }
      add(schema, ..._meta) {
        const meta2 = _meta[0];
        this._map.set(schema, meta2);
        if (meta2 && typeof meta2 === "object" && "id" in meta2) {
          this._idmap.set(meta2.id, schema);
        }
        return this;
      }
      clear() {
        this._map = /* @__PURE__ */ new WeakMap();
        this._idmap = /* @__PURE__ */ new Map();
        return this;
      }
      remove(schema) {
        const meta2 = this._map.get(schema);
        if (meta2 && typeof meta2 === "object" && "id" in meta2) {
          this._idmap.delete(meta2.id);
        }
        this._map.delete(schema);
        return this;
      }
      get(schema) {
        const p = schema._zod.parent;
        if (p) {
          const pm = { ...this.get(p) ?? {} };
          delete pm.id;
          const f = { ...pm, ...this._map.get(schema) };
          return Object.keys(f).length ? f : void 0;
        }
        return this._map.get(schema);
      }
      has(schema) {
        return this._map.has(schema);
      }
    };
    (_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
    globalRegistry = globalThis.__zod_globalRegistry;
  }
});

// node_modules/zod/v4/core/compile.js
var init_compile = __esm({
  "node_modules/zod/v4/core/compile.js"() {
  }
});

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
  return new Class({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
  return new Class({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _positive(params) {
  return /* @__PURE__ */ _gt(0, params);
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
var init_api = __esm({
  "node_modules/zod/v4/core/api.js"() {
    init_checks();
    init_util();
  }
});

// node_modules/zod/v4/core/to-json-schema.js
var init_to_json_schema = __esm({
  "node_modules/zod/v4/core/to-json-schema.js"() {
  }
});

// node_modules/zod/v4/core/json-schema.js
var init_json_schema = __esm({
  "node_modules/zod/v4/core/json-schema.js"() {
  }
});

// node_modules/zod/v4/core/index.js
var init_core2 = __esm({
  "node_modules/zod/v4/core/index.js"() {
    init_core();
    init_parse();
    init_errors();
    init_schemas();
    init_memoizer();
    init_checks();
    init_versions();
    init_util();
    init_regexes();
    init_locales();
    init_registries();
    init_doc();
    init_compile();
    init_api();
    init_to_json_schema();
    init_json_schema();
  }
});

// node_modules/zod/v4/mini/parse.js
var init_parse2 = __esm({
  "node_modules/zod/v4/mini/parse.js"() {
    init_core2();
  }
});

// node_modules/zod/v4/mini/schemas.js
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _unknown(ZodMiniUnknown);
}
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
  return new ZodMiniDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
var ZodMiniType, ZodMiniString, ZodMiniNumber, ZodMiniNumberFormat, ZodMiniBoolean, ZodMiniUnknown, ZodMiniNever, ZodMiniArray, ZodMiniObject, ZodMiniUnion, ZodMiniRecord, ZodMiniEnum, ZodMiniOptional, ZodMiniDefault;
var init_schemas2 = __esm({
  "node_modules/zod/v4/mini/schemas.js"() {
    init_core2();
    init_util();
    init_parse2();
    ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
      if (!inst._zod)
        throw new Error("Uninitialized schema in ZodMiniType.");
      $ZodType.init(inst, def);
      inst.def = def;
      inst.type = def.type;
    }, {
      // `with` is an alias for `check`: the same function object, not a wrapper.
      get with() {
        return this.check;
      },
      set with(value) {
        own(this, "with", value);
      },
      parse(data, params) {
        return parse(this, data, params, { callee: this.parse });
      },
      parseAsync(data, params) {
        return parseAsync(this, data, params, { callee: this.parseAsync });
      },
      safeParse(data, params) {
        return safeParse(this, data, params);
      },
      safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
      },
      check(...checks) {
        const def = this.def;
        return this.clone({
          ...def,
          checks: [
            ...def.checks ?? [],
            ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
          ]
        }, { parent: true });
      },
      clone(_def, params) {
        return clone(this, _def, params);
      },
      brand() {
        return this;
      },
      register(reg, meta2) {
        reg.add(this, meta2);
        return this;
      },
      apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
      }
    });
    ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
      $ZodString.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
      $ZodNumber.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
      $ZodNumberFormat.init(inst, def);
      ZodMiniNumber.init(inst, def);
    });
    ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
      $ZodBoolean.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniUnknown = /* @__PURE__ */ $constructor("ZodMiniUnknown", (inst, def) => {
      $ZodUnknown.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
      $ZodNever.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
      $ZodArray.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
      $ZodObject.init(inst, def);
      ZodMiniType.init(inst, def);
      installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
    });
    ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
      $ZodUnion.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
      $ZodRecord.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
      $ZodEnum.init(inst, def);
      ZodMiniType.init(inst, def);
      inst.options = [...inst._zod.values];
    });
    ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
      $ZodOptional.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniDefault = /* @__PURE__ */ $constructor("ZodMiniDefault", (inst, def) => {
      $ZodDefault.init(inst, def);
      ZodMiniType.init(inst, def);
    });
  }
});

// node_modules/zod/v4/mini/checks.js
var init_checks2 = __esm({
  "node_modules/zod/v4/mini/checks.js"() {
    init_core2();
  }
});

// node_modules/zod/v4/mini/iso.js
var init_iso = __esm({
  "node_modules/zod/v4/mini/iso.js"() {
  }
});

// node_modules/zod/v4/mini/coerce.js
var init_coerce = __esm({
  "node_modules/zod/v4/mini/coerce.js"() {
  }
});

// node_modules/zod/v4/mini/external.js
var init_external = __esm({
  "node_modules/zod/v4/mini/external.js"() {
    init_core2();
    init_parse2();
    init_schemas2();
    init_checks2();
    init_locales();
    init_iso();
    init_coerce();
  }
});

// node_modules/zod/mini/index.js
var init_mini = __esm({
  "node_modules/zod/mini/index.js"() {
    init_external();
  }
});

// src/exec/plan-schema.ts
import { isAbsolute, relative, resolve } from "node:path";
function lineOf(doc, counter, path, wantKey = true) {
  let node2 = doc.contents;
  let offset = 0;
  for (const segment of path) {
    if ((0, import_yaml.isMap)(node2)) {
      const pair = node2.items.find((p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      offset = (0, import_yaml.isScalar)(pair.key) && pair.key.range?.[0] || offset;
      node2 = pair.value;
      if (!wantKey && (0, import_yaml.isScalar)(pair.value) && pair.value.range) offset = pair.value.range[0];
    } else if ((0, import_yaml.isSeq)(node2) && typeof segment === "number" && node2.items[segment]) {
      node2 = node2.items[segment];
      const range = node2.range;
      if (range) offset = range[0];
    } else break;
  }
  return counter.linePos(offset).line;
}
function describeIssue(issue2) {
  if (issue2.code === "invalid_type") return `expected ${issue2.expected}`;
  if (issue2.code === "invalid_value") return `expected one of ${issue2.values.map((v) => JSON.stringify(v)).join(", ")}`;
  if (issue2.code === "too_small") {
    if (issue2.origin === "array") return `needs at least ${issue2.minimum} item(s)`;
    if (issue2.origin === "number") return `expected a number ${issue2.inclusive ? ">=" : ">"} ${issue2.minimum}`;
    return "must not be empty";
  }
  if (issue2.code === "invalid_format") return `expected ${issue2.message}`;
  return issue2.message;
}
function insideRepo(repoRoot, path) {
  if (isAbsolute(path)) return false;
  const rel = relative(repoRoot, resolve(repoRoot, path));
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function parsePlan(text, options) {
  const { file, repoRoot } = options;
  const counter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const fail4 = (path, problem, wantKey = true) => {
    throw new PlanError(file, lineOf(doc, counter, path, wantKey), keyName(path), problem);
  };
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new PlanError(file, counter.linePos(e.pos[0]).line, "", e.message.split("\n")[0]);
  }
  const raw = doc.toJS();
  if (raw === null || typeof raw !== "object" || Array.isArray(raw))
    fail4([], "a plan is a YAML mapping (id, operation, workdir, git, <operation>, verify)");
  const parsed = planSchema.safeParse(raw);
  if (!parsed.success) reportIssue(firstIssue(parsed.error.issues));
  const top = parsed.data;
  const operation = top.operation;
  for (const other of OPERATIONS) {
    if (other !== operation && raw[other] !== void 0) {
      fail4([other], `section for operation '${other}', but this plan's operation is '${operation}'`);
    }
  }
  const sectionRaw = raw[operation];
  const section6 = SECTIONS[operation].safeParse(sectionRaw ?? {});
  if (!section6.success && sectionRaw === void 0)
    fail4(
      ["operation"],
      `missing section '${operation}:' for operation '${operation}' (its ${firstIssue(section6.error.issues).path.join(".") || "fields"} cannot be defaulted)`
    );
  if (!section6.success) {
    const issue2 = firstIssue(section6.error.issues);
    reportIssue({ ...issue2, path: [operation, ...issue2.path] });
  }
  if (!top.git) fail4(["operation"], `missing section 'git:' (git: { files: [...], message: "..." }): it has no defaults`);
  const plan = {
    id: top.id ?? options.defaultId,
    operation,
    workdir: top.workdir,
    ...top.git ? { git: top.git } : {},
    [operation]: section6.data,
    verify: top.verify
  };
  const paths = [[["workdir"], plan.workdir]];
  for (const [i, f] of (plan.git?.files ?? []).entries()) paths.push([["git", "files", i], f]);
  const tf2 = plan.terraform ?? plan.terragrunt;
  for (const [i, f] of (tf2?.varFiles ?? []).entries()) paths.push([[operation, "varFiles", i], resolveIn(plan.workdir, f)]);
  for (const [i, f] of (plan.kubectl?.manifests ?? []).entries()) paths.push([["kubectl", "manifests", i], f]);
  for (const [path, value] of paths) {
    if (!insideRepo(repoRoot, value)) fail4(path, `path '${value}' is outside the repository ${repoRoot}`, false);
  }
  return plan;
  function reportIssue(issue2) {
    if (issue2.code === "unrecognized_keys") {
      const path2 = [...issue2.path, issue2.keys[0]];
      return fail4(path2, "unknown key");
    }
    const path = issue2.path;
    const present = path.reduce(
      (o, k) => o && typeof o === "object" ? o[k] : void 0,
      raw
    );
    if (present === void 0) return fail4(path, `missing (${describeIssue(issue2)})`);
    return fail4(path, describeIssue(issue2), false);
  }
}
var import_yaml, PlanError, scalarVar, nonEmpty, relPath, duration2, tfLike, SECTIONS, OPERATIONS, planSchema, keyName, firstIssue, resolveIn;
var init_plan_schema = __esm({
  "src/exec/plan-schema.ts"() {
    "use strict";
    import_yaml = __toESM(require_dist(), 1);
    init_mini();
    PlanError = class extends Error {
      constructor(file, line, key, problem) {
        super(`${file}${line > 0 ? `:${line}` : ""}: ${key ? `${key}: ` : ""}${problem}`);
        this.file = file;
        this.line = line;
        this.key = key;
        this.problem = problem;
      }
      file;
      line;
      key;
      problem;
    };
    scalarVar = union([string2(), number2(), boolean2()]);
    nonEmpty = () => string2().check(_minLength(1));
    relPath = nonEmpty();
    duration2 = string2().check(_regex(/^\d+(ms|s|m|h)$/, "a duration such as 30s, 5m or 1h"));
    tfLike = strictObject({
      vars: _default(record(string2(), scalarVar), {}),
      varFiles: _default(array(relPath), []),
      workspace: _default(string2().check(_regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, "_" and "-"')), "default")
    });
    SECTIONS = {
      terraform: tfLike,
      terragrunt: tfLike,
      gitops: strictObject({
        kustomization: nonEmpty(),
        helmRelease: optional(nonEmpty()),
        namespace: _default(nonEmpty(), "flux-system"),
        timeout: _default(duration2, "5m")
      }),
      kubectl: strictObject({
        manifests: array(relPath).check(_minLength(1)),
        namespace: nonEmpty(),
        context: optional(nonEmpty()),
        rollouts: _default(array(string2().check(_regex(/^[a-z]+\/[A-Za-z0-9._-]+$/, "kind/name"))), []),
        timeout: _default(duration2, "120s")
      }),
      app: strictObject({
        test: optional(nonEmpty()),
        build: optional(nonEmpty()),
        pr: optional(int().check(_positive()))
      })
    };
    OPERATIONS = Object.keys(SECTIONS);
    planSchema = strictObject({
      id: optional(string2().check(_regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, ".", "_" and "-"'))),
      operation: _enum(OPERATIONS),
      workdir: _default(relPath, "."),
      git: optional(
        strictObject({
          files: array(relPath).check(_minLength(1)),
          message: nonEmpty(),
          remote: _default(nonEmpty(), "origin"),
          branch: _default(nonEmpty(), "main")
        })
      ),
      ...Object.fromEntries(OPERATIONS.map((op) => [op, optional(unknown())])),
      verify: _default(
        array(
          strictObject({
            run: nonEmpty(),
            expect: optional(strictObject({ exitCode: optional(int()), stdoutMatches: optional(string2()) }))
          })
        ),
        []
      )
    });
    keyName = (path) => path.reduce((acc, s) => typeof s === "number" ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s, "");
    firstIssue = (issues) => issues.find((i) => i.code === "unrecognized_keys") ?? issues[0];
    resolveIn = (workdir, file) => isAbsolute(file) ? file : `${workdir}/${file}`;
  }
});

// src/exec/progress.ts
function createProgress(write, tty, now = () => performance.now()) {
  let phase = "";
  let since = now();
  let last = "";
  let timer;
  const draw = () => write(`\r\x1B[K\u23F3 ${phase} ${((now() - since) / 1e3).toFixed(1)}s  ${last.slice(0, 100)}`);
  return {
    phase(name) {
      if (tty && phase) write(`\r\x1B[K\u2714 ${phase} ${((now() - since) / 1e3).toFixed(1)}s
`);
      phase = name;
      since = now();
      last = "";
      if (tty) {
        timer ??= setInterval(draw, 200);
        timer.unref();
        draw();
      } else write(`execguard: [${name}]
`);
    },
    line(text) {
      last = text;
      if (tty) draw();
      else write(`execguard: [${phase}] ${text}
`);
    },
    done() {
      if (timer) clearInterval(timer);
      timer = void 0;
      if (tty && phase) write(`\r\x1B[K\u2714 ${phase} ${((now() - since) / 1e3).toFixed(1)}s
`);
      phase = "";
    }
  };
}
var silentProgress;
var init_progress = __esm({
  "src/exec/progress.ts"() {
    "use strict";
    silentProgress = { phase() {
    }, line() {
    }, done() {
    } };
  }
});

// src/cli/io.ts
function parseArgs(argv2, spec) {
  const valued = new Set(spec.valued ?? []);
  const bools = /* @__PURE__ */ new Set([...spec.boolean ?? [], "help"]);
  const flags = {};
  const positionals = [];
  for (let i = 0; i < argv2.length; i++) {
    const arg = argv2[i];
    if (arg === "--") {
      positionals.push(...argv2.slice(i + 1));
      break;
    }
    if (arg === "-h") {
      flags.help = true;
      continue;
    }
    if (arg.startsWith("--") && arg.length > 2) {
      const eq = arg.indexOf("=");
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      if (valued.has(name)) {
        if (eq !== -1) flags[name] = arg.slice(eq + 1);
        else if (i + 1 < argv2.length) flags[name] = argv2[++i];
        else throw new UsageError(`--${name} needs a value`);
      } else if (bools.has(name) && eq === -1) {
        flags[name] = true;
      } else {
        throw new UsageError(`unknown option --${name}`);
      }
      continue;
    }
    positionals.push(arg);
  }
  return { flags, positionals };
}
var UsageError;
var init_io = __esm({
  "src/cli/io.ts"() {
    "use strict";
    UsageError = class extends Error {
    };
  }
});

// src/state/home.ts
var home_exports = {};
__export(home_exports, {
  stateHome: () => stateHome,
  statePaths: () => statePaths
});
import { homedir } from "node:os";
import { join } from "node:path";
function stateHome(env2 = process.env) {
  if (env2.EXECGUARD_HOME) return env2.EXECGUARD_HOME;
  if (env2.CLAUDE_PLUGIN_DATA) return env2.CLAUDE_PLUGIN_DATA;
  return join(homedir(), ".local", "state", "execguard");
}
var statePaths;
var init_home = __esm({
  "src/state/home.ts"() {
    "use strict";
    statePaths = (home = stateHome()) => ({
      home,
      grants: join(home, "grants"),
      runs: join(home, "runs"),
      locks: join(home, "locks"),
      /** Every guard denial, one JSON object a line. */
      decisions: join(home, "decisions.jsonl"),
      /** Key material the hooks keep from the agent (grant signing key, helper secret). Never readable by the agent. */
      keys: join(home, "keys"),
      /** Private key the hooks sign grant records with (the sandbox denies reading it). */
      grantSigningKey: join(home, "keys", "grant-signing.key"),
      /** Public key anyone (the executor too) verifies grant records with. */
      grantVerifyKey: join(home, "keys", "grant-signing.pub"),
      /** Secret the warm helper proves it knows (the sandbox denies reading it). */
      helperSecret: join(home, "keys", "helper.secret"),
      /** Pending approval requests (a turn that ended PENDING_APPROVAL), per session. */
      pending: join(home, "pending")
    });
  }
});

// src/approval/environment-words.ts
function environmentsNamed(value, productionNames = []) {
  const found = /* @__PURE__ */ new Set();
  const prod = new Set(productionNames.map((n) => n.toLowerCase()));
  for (const segment of value.toLowerCase().split(/[^a-z0-9]+/)) {
    const env2 = ENVIRONMENT_WORDS[segment] ?? (segment && prod.has(segment) ? "prod" : void 0);
    if (env2) found.add(env2);
  }
  return [...found];
}
var ENVIRONMENT_WORDS;
var init_environment_words = __esm({
  "src/approval/environment-words.ts"() {
    "use strict";
    ENVIRONMENT_WORDS = {
      dev: "dev",
      development: "dev",
      staging: "staging",
      stage: "staging",
      stg: "staging",
      prod: "prod",
      production: "prod",
      prd: "prod"
    };
  }
});

// src/guard/targets.ts
function segments(value) {
  return value.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
function isProductionName(value, policy) {
  if (!value) return false;
  const names = new Set(policy.productionNames.map((n) => n.toLowerCase()));
  return segments(value).some((s) => names.has(s));
}
function isLocalContext(value, policy) {
  if (!value) return false;
  const v = value.toLowerCase();
  return policy.localContexts.some((local) => {
    const l = local.toLowerCase();
    return v === l || v.startsWith(`${l}-`) || v.startsWith(`${l}_`) || v.startsWith(`${l}.`) || v.startsWith(`${l}@`);
  });
}
function environmentsOf(value, policy) {
  return value ? environmentsNamed(value, policy?.productionNames) : [];
}
function isDryRun(argv2) {
  let dry = false;
  for (const a of argv2) {
    if (a === "--dry-run") dry = true;
    else if (a.startsWith("--dry-run=")) dry = !/^(none|false|0)$/i.test(a.slice("--dry-run=".length));
  }
  return dry;
}
var init_targets = __esm({
  "src/guard/targets.ts"() {
    "use strict";
    init_environment_words();
  }
});

// src/exec/types.ts
var StepError;
var init_types = __esm({
  "src/exec/types.ts"() {
    "use strict";
    StepError = class extends Error {
      constructor(message2, result, errorClass) {
        super(message2);
        this.result = result;
        this.errorClass = errorClass;
      }
      result;
      errorClass;
    };
  }
});

// src/exec/run-errors.ts
function stateWrite(path, write) {
  try {
    return write();
  } catch (error) {
    if (error instanceof StateWriteError || typeof error?.code !== "string" || !error.syscall)
      throw error;
    throw new StateWriteError(path, error);
  }
}
var RunError, ApprovalError, DriftError, RemoteMovedError, StateWriteError, PartialApplyError;
var init_run_errors = __esm({
  "src/exec/run-errors.ts"() {
    "use strict";
    init_types();
    RunError = class extends StepError {
      advice;
      pending;
      step;
      constructor(message2, errorClass, options = {}) {
        super(message2, options.result, errorClass);
        this.advice = options.advice;
        this.pending = options.pending ?? (options.advice ? [options.advice] : []);
        this.step = options.step;
      }
    };
    ApprovalError = class extends RunError {
      constructor(message2, what, options = {}) {
        const advice = `Ask the user to approve: ${what}`;
        super(message2, "Approval", { ...options, advice, pending: options.pending ?? [advice] });
      }
    };
    DriftError = class extends RunError {
      constructor(message2, again) {
        super(message2, "StateConflict", { advice: `Review the drift, then ${again}` });
      }
    };
    RemoteMovedError = class extends RunError {
      constructor(message2, result) {
        super(message2, "StateConflict", { result });
      }
    };
    StateWriteError = class extends RunError {
      constructor(path, failure2) {
        super(
          `cannot write the execguard state ${path}: ${failure2.code ?? ""} ${failure2.message ?? ""}`.replace(/\s+/g, " ").trim(),
          failure2.code === "EACCES" || failure2.code === "EPERM" || failure2.code === "EROFS" ? "Permission" : "Transient",
          {
            advice: `Free space in (or make writable) the execguard state folder, or set EXECGUARD_HOME to one that is, then run the command again`
          }
        );
        this.path = path;
        this.failure = failure2;
      }
      path;
      failure;
    };
    PartialApplyError = class extends RunError {
      constructor(message2, result, errorClass, applied, notApplied) {
        super(message2, errorClass, { result });
        this.applied = applied;
        this.notApplied = notApplied;
      }
      applied;
      notApplied;
    };
  }
});

// src/exec/approval-check.ts
function planEnvironments(plan, policy) {
  const tf2 = plan.terraform ?? plan.terragrunt;
  const names = [
    plan.workdir,
    ...tf2 ? [...tf2.varFiles, tf2.workspace === "default" ? "" : tf2.workspace] : [],
    ...plan.kubectl ? [plan.kubectl.namespace, plan.kubectl.context ?? "", ...plan.kubectl.manifests] : [],
    ...plan.gitops ? [plan.gitops.kustomization, plan.gitops.helmRelease ?? ""] : []
  ];
  return [...new Set(names.flatMap((n) => environmentsOf(n, policy)))];
}
function checkCoverage(input) {
  const { plan, approval, destroys: destroys2, what } = input;
  const scope = approval.scope;
  const detail = [
    `approval (${approval.source}${approval.grantId ? ` ${approval.grantId}` : ""}): "${scope.text}"${scope.destroy ? " (includes destroy)" : ""}`
  ];
  const planEnvs = planEnvironments(plan, input.policy);
  for (const [allowed, where] of [
    [scope.environments, "the approval names"],
    [approval.binding?.environments ?? [], "the approved request named"]
  ]) {
    if (allowed.length === 0) continue;
    if (planEnvs.length === 0) {
      throw new ApprovalError(
        `the approval is limited to ${allowed.join(", ")} (${where}), and the plan (workdir ${plan.workdir}) names no environment`,
        `${what} for its environment`
      );
    }
    const outside = planEnvs.filter((e) => !allowed.includes(e));
    if (outside.length) {
      throw new ApprovalError(
        `the plan targets ${outside.join(", ")} (workdir ${plan.workdir}), and the approval covers only ${allowed.join(", ")} (${where})`,
        `${what} for ${outside.join(", ")}`
      );
    }
  }
  if (destroys2.length && !scope.destroy) {
    throw new ApprovalError(
      `the run destroys ${destroys2.join(", ")}, and the approval does not approve destroying`,
      `destroying ${destroys2.join(", ")} (an approval that explicitly says destroy)`
    );
  }
  const digests = approval.binding?.digests ?? [];
  if (input.digest && digests.length && !digests.includes(input.digest)) {
    throw new ApprovalError(
      `the plan's digest ${input.digest.slice(0, 19)}\u2026 is not one the user approved (${digests.map((d) => `${d.slice(0, 19)}\u2026`).join(", ")})`,
      `${what}: the plan changed since it was approved`
    );
  }
  if (planEnvs.length) detail.push(`environments: ${planEnvs.join(", ")} (covered)`);
  return detail;
}
var init_approval_check = __esm({
  "src/exec/approval-check.ts"() {
    "use strict";
    init_targets();
    init_run_errors();
  }
});

// src/approval/scope.ts
function setAsideQuotes(text) {
  let quoted = false;
  const mark = () => {
    quoted = true;
    return " QUOTED ";
  };
  let rest = text.replace(/^\s*>.*$/gm, mark).replace(/```[\s\S]*?```/g, mark).replace(/`[^`\n]*`/g, mark).replace(/"[^"\n]*"/g, mark).replace(/\u201c[^\u201d\n]*\u201d/g, mark).replace(/\u2018[^\u2019\n]*\u2019/g, mark).replace(/«[^»\n]*»/g, mark);
  rest = rest.replace(/(^|[\s:(])'([^'\n]{1,400}?)'(?=$|[\s.,;:!?)])/g, (_m, lead) => `${lead}${mark()}`);
  rest = rest.replace(/["\u201c][^"\u201d]*$/g, mark);
  return { rest, quoted };
}
function sentences(text) {
  const out = [];
  const re = /([^.!?;\n\r]|\.(?=[^\s]))+([.!?;]+|[\n\r]+|$)/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0].trim();
    if (!raw) continue;
    const asked = /\?/.test(m[2] ?? "");
    const body = raw.replace(/[.!?;\s]+$/, "").trim();
    if (!body) continue;
    const clauses = body.split(/\s*[,:\u2014\u2013]\s*|\s+-{1,2}\s+|\s+(?=(?:but|however|although|though|except|and\s+then|then)\b)|[()]/i).map((c) => c.trim()).filter(Boolean);
    out.push({ text: body, asked, clauses });
  }
  return out;
}
function precondition(t) {
  if (PRECONDITION_PHRASE.test(t)) return true;
  const verb = FIRST_VERB.exec(t);
  return verb !== null && /\bfirst\b/i.test(t.slice(verb.index));
}
function mention(clause, keyword) {
  const at = clause.search(keyword);
  if (at === -1) return "absent";
  const negation = clause.search(NEGATION);
  if (negation !== -1 && negation < at) return "negated";
  if (/\b(?:nothing|none|nowhere|alone)\b/i.test(clause.slice(at))) return "negated";
  if (/^\s*only\b/i.test(clause) && keyword !== DESTROY && keyword !== DELETE && keyword !== FORCE_PUSH) return "positive";
  return "positive";
}
function refusesClause(c) {
  if (/^no\s+(?:problem|problems|worries|issues?|objections?|concerns?)\b/i.test(c)) return false;
  if (/^(?:not|nope|nah)$/i.test(c) || /\.\.\.\s*not$/i.test(c)) return true;
  if (!REFUSAL.test(c) && !/^(?:actually|wait|hmm|oh|um|uh|on\s+second\s+thought)\s+no\b/i.test(c)) return false;
  if (!mentionsScope(c)) return true;
  return /\b(?:approved?|approval|proceed|go\s+ahead|do\s+(?:it|that|this|anything)|continue)\b/i.test(c) || /^(?:no|nope|stop|cancel|abort)$/i.test(c);
}
function readSentence(s, options) {
  const t = s.text.replace(/\s+/g, " ").trim();
  const clauses = s.clauses.map((c) => c.replace(/\s+/g, " ").trim());
  if (clauses.some(refusesClause)) return { kind: "refusal" };
  if (s.asked || clauses.some((c) => QUESTION_START.test(c))) return { kind: "question" };
  if (REPORTED.test(t) && /QUOTED|\b(?:said|says|wrote|told|approved|approves|confirmed|signed\s+off|agreed|replied|according)\b/i.test(t)) {
    if (!/^(?:(?:the\s+)?user|i|we)\b/i.test(t) || /QUOTED/.test(t)) {
      if (!/QUOTED/.test(t) || REPORTED.test(t.replace(/QUOTED/g, ""))) return { kind: "reported" };
    }
  }
  if (PAST_OR_OTHERS.test(t)) return { kind: "reported" };
  if (DEFERRAL.test(t)) return { kind: "deferral" };
  if (precondition(t)) return { kind: "precondition" };
  if (CONDITION.test(t)) return { kind: "condition" };
  if (DIFFERENT_PLAN.test(t)) return { kind: "different-plan" };
  if (CONTINUATION.test(t)) return { kind: "continuation" };
  const first = clauses[0] ?? t;
  if (clauses.some(
    (c) => INFO_REQUEST.test(c) || /^go\s+ahead\s+and\s+(?:explain|show|describe|tell|list|summari[sz]e|plan|review|check|investigate|look|write|draft|prepare)\b/i.test(
      c
    )
  ))
    return { kind: "request" };
  const approves = options.pending ? clauses.some(
    (c) => (AFFIRMATIVE.test(c) || EXPLICIT_APPROVAL.test(c) || ACTION_IMPERATIVE.test(c)) && mention(c, /\w+/) !== "negated"
  ) : clauses.some((c) => EXPLICIT_APPROVAL.test(c));
  if (approves) return { kind: "approval" };
  if (REQUEST_VERB.test(first)) return { kind: "request" };
  return { kind: "statement" };
}
function compilePatterns() {
  if (compiled) return;
  compiled = true;
  const subject = "#".repeat(1e3);
  for (const pattern of PATTERNS) pattern.test(subject);
}
function readPrompt(text, options) {
  const source2 = typeof text === "string" ? text : "";
  if (source2.length > MAX_TEXT)
    return {
      kind: "statement",
      scope: empty(source2),
      why: `not an approval: the prompt is longer than ${MAX_TEXT} characters; approve in a short prompt of its own`
    };
  compilePatterns();
  const { rest } = setAsideQuotes(source2);
  const parts = sentences(rest);
  if (parts.length === 0) return { kind: "empty", scope: empty(source2), why: WHY.empty };
  const readings = parts.map((s) => readSentence(s, options));
  const kinds = readings.map((r) => r.kind);
  const pick2 = (kind) => ({ kind, scope: empty(source2), why: WHY[kind] });
  if (kinds.includes("refusal")) return pick2("refusal");
  const undecided = UNDECIDED.find((k) => kinds.includes(k));
  if (undecided) return pick2(undecided);
  if (kinds.every((k) => k === "continuation")) return pick2("continuation");
  if (!kinds.includes("approval")) {
    if (options.pending && kinds.includes("request")) return pick2("request");
    return pick2(kinds.includes("request") ? "request" : "statement");
  }
  let destroy = false;
  let destroyNegated = false;
  let del = false;
  let deleteNegated = false;
  let forcePush = false;
  let forceNegated = false;
  const named = /* @__PURE__ */ new Set();
  const excluded = /* @__PURE__ */ new Set();
  for (const s of parts) {
    for (const clause of s.clauses) {
      const d = mention(clause, DESTROY);
      if (d === "positive") destroy = true;
      else if (d === "negated") destroyNegated = true;
      const x = mention(clause, DELETE);
      if (x === "positive") del = true;
      else if (x === "negated") deleteNegated = true;
      const f = mention(clause, FORCE_PUSH);
      if (f === "positive") forcePush = true;
      else if (f === "negated") forceNegated = true;
      for (const { env: env2, pattern } of ENVIRONMENTS) {
        const m = mention(clause, pattern);
        if (m === "positive") named.add(env2);
        else if (m === "negated") excluded.add(env2);
      }
    }
  }
  for (const env2 of excluded) named.delete(env2);
  let environments = [...named];
  if (environments.length === 0 && excluded.size > 0) environments = ALL_ENVS.filter((e) => !excluded.has(e));
  const scope = {
    text: source2,
    affirmed: true,
    // Any negated mention wins over a positive one elsewhere: ambiguity never widens the scope.
    destroy: destroy && !destroyNegated,
    delete: del && !deleteNegated,
    forcePush: forcePush && !forceNegated,
    environments
  };
  return { kind: "approval", scope, why: "approval" };
}
function parseApproval(text, options = { pending: true }) {
  return readPrompt(text, options).scope;
}
var MAX_TEXT, QUESTION_START, CONDITION, DEFERRAL, PRECONDITION_PHRASE, FIRST_VERB, REPORTED, DIFFERENT_PLAN, NEGATION, REFUSAL, CONTINUATION, EXPLICIT_APPROVAL, AFFIRMATIVE, ACTION_IMPERATIVE, DESTROY, DELETE, FORCE_PUSH, ENVIRONMENTS, ALL_ENVS, mentionsScope, INFO_REQUEST, PAST_OR_OTHERS, REQUEST_VERB, PATTERNS, compiled, UNDECIDED, WHY, empty;
var init_scope = __esm({
  "src/approval/scope.ts"() {
    "use strict";
    MAX_TEXT = 2e4;
    QUESTION_START = /^(?:(?:ok|okay|sure|yes|yeah|so|and|also|hmm|well|but|then)\s+)?(?:what|why|how|where|which|who|whom|whose|whether|when(?!\s+(?:ready|done|you(?:'re| are) ready))\b|(?:is|are|was|were|has|have|had|will|would|can|could|should|shall|may|might|must|does|did|isn't|aren't|won't|wouldn't|can't|couldn't|shouldn't|doesn't|didn't)\s+(?:you|we|i|it|this|that|these|those|there|they|he|she|the|a|an|any|anything|everything|my|our|your|its|terraform|kubectl|helm)\b|do\s+(?:you|we|i|they|he|she|the|any|my|our|your|these|those|terraform|kubectl|helm)\b|any\s+(?:chance|idea|reason|risk)|i\s+(?:wonder|am\s+wondering|was\s+wondering|'m\s+wondering)|i'm\s+wondering|is\s+it\b|would\s+it\b|what\s+if)/i;
    CONDITION = /\b(?:if|once|unless|provided(?:\s+that)?|providing|as\s+long\s+as|assuming|in\s+case|only\s+when|whenever|until|after\s+(?:you|we|i|the|it|ci|tests?|review|lunch|the)|when\s+(?:you|we|i|the|it|ci|tests?|everything|that|this|all)\b|before\s+(?:you|we|i|the|it|that|this|doing|applying|running))\b/i;
    DEFERRAL = /\b(?:later|not\s+yet|not\s+now|not\s+today|wait|waiting|hold\s+off|hold\s+on|hang\s+on|tomorrow|tonight|next\s+(?:week|sprint|month|release|window)|this\s+(?:afternoon|evening)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in\s+(?:a|an|the)\s+(?:bit|minute|moment|hour|while|morning|afternoon)|give\s+me\s+(?:a|some)|let\s+me\s+(?:think|check|look|review|get\s+back)|i(?:'ll|\s+will)\s+(?:approve|confirm|decide|let\s+you\s+know|get\s+back)|postpone|defer|pause|sleep\s+on\s+it|maintenance\s+window|after\s+the\s+(?:freeze|window|weekend|holiday|meeting|standup|release)|(?:at|after|before|by|until|from)\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|h|utc)?|\d{1,2}(?::\d{2})?\s*(?:am|pm)|end\s+of\s+(?:day|the\s+day|week|the\s+week|sprint)|eod|eow|after\s+(?:hours|lunch|dinner))\b/i;
    PRECONDITION_PHRASE = /\b(?:but\s+first|first\s*,|first\s+(?:show|run|check|tell|give|let|make|do|get|confirm|verify|explain)|before\s+(?:that|anything|applying|you\s+apply|doing)|beforehand)\b|(?:^|\s)first$/i;
    FIRST_VERB = /\b(?:run|show|check|give|send|post|share|explain|walk\s+me\s+through|tell\s+me)\b/i;
    REPORTED = /\b(?:(?:he|she|they|someone|somebody|bob|alice|manager|boss|lead|team|security|cto|reviewer|ops|sre|the\s+(?:team|lead|manager|boss|client|customer|reviewer|cab|board)|my\s+(?:manager|boss|lead|team|colleague|coworker)|[a-z]+\s+team)\s+(?:said|says|say|wrote|writes|told|tells|asked|mentioned|thinks|thought|approved|approves|confirmed|signed\s+off|agreed|replied|commented|claims|claimed)|(?:said|wrote|told\s+me|replied|according\s+to|quote|quoting|unquote|the\s+(?:message|ticket|comment|email|doc|docs|readme|pr|issue)\s+(?:says|said|reads))\b|QUOTED)/i;
    DIFFERENT_PLAN = /\b(?:instead|rather\s+than|re-?plan|replan|plan\s+(?:it|this|that)\s+again|different\s+plan|another\s+plan|new\s+plan|(?:change|update|modify|revise|adjust|redo|rework|fix)\s+the\s+plan|plan\s+again|try\s+again\s+with|with\s+-target|only\s+the\b.*\bplan|go\s+with|(?:option|alternative|variant)\s*#?\w*|(?:the\s+)?(?:first|second|third|other|last|smaller|bigger|cheaper)\s+(?:one|option|plan|approach|variant)|differently|another\s+way|a\s+different\s+way)\b/i;
    NEGATION = /\b(?:not|no|never|don'?t|do\s+not|doesn'?t|didn'?t|won'?t|can'?t|cannot|shouldn'?t|mustn'?t|without|avoid|nothing|none|neither|nor|except|skip|exclude|excluding|leave|keep\s+away\s+from|stay\s+away\s+from)\b|n't\b/i;
    REFUSAL = /^(?:no|nope|nah|nay|negative|stop|cancel|abort|halt|reject(?:ed)?|den(?:y|ied)|disapprov(?:e|ed)|refused?|veto(?:ed)?|revoke(?:d)?|no\s+way|not\s+approved|not\s+ok(?:ay)?|absolutely\s+not|definitely\s+not|don'?t|do\s+not|never(?!\s*mind)|not\s+this\s+time|no\s+thanks?(?:\s+you)?|scrap\s+(?:it|that|this)|forget\s+(?:it|that|this)|never\s*mind$|nevermind$|kill\s+it|call\s+it\s+off|stand\s+down|back\s+off)\b|\b(?:reject(?:ed|s)?|den(?:y|ied)|disapprov(?:e|ed|es)|unapproved|cancel(?:led|ed)?|abort(?:ed)?|revoked?|veto(?:ed)?|do\s+not\s+approve|don'?t\s+approve|not\s+approved?|not\s+ok(?:ay)?|not\s+(?:go|proceed|do|run|apply|execute|deploy|push)\b|(?:don'?t|do\s+not|never|stop|shouldn'?t|mustn'?t|won'?t)\s+(?:go\s+ahead|proceed|apply|execute|deploy|run\s+(?:it|that|this|the\s+apply)|do\s+(?:it|that|this|anything)|push|continue|ship|touch\s+anything|change\s+anything|make\s+(?:any\s+)?changes))\b/i;
    CONTINUATION = /^(?:(?:ok(?:ay)?|alright|right|sure|yes|please|thanks|thank\s+you)[,\s]+)*(?:continue|go\s+on|keep\s+going|carry\s+on|resume|continue\s+please|please\s+continue|next|next\s+step|keep\s+at\s+it)(?:\s+please)?$/i;
    EXPLICIT_APPROVAL = /^(?:(?:ok(?:ay)?|yes|yep|alright|right|great|good|fine|thanks|sure)\s+)?(?:(?:the\s+)?user\s+(?:(?:has|have|just|now|already|explicitly|also)\s+)*(?:approved|approves)|i\s+(?:have\s+|hereby\s+|do\s+|fully\s+|now\s+|also\s+)?(?:approve|approved|approving)\b(?!\s+of\b)|i'?m\s+approving|i\s+am\s+approving|we\s+(?:have\s+|hereby\s+|do\s+)?(?:approve|approved)\b(?!\s+of\b)|approved(?=$|\s*[!.]|\s+(?:for|to|by\s+me|go|proceed|ship|apply|execute|do|run|deploy|thanks|as)\b)|approve(?=$|\s*[!.]|\s+(?:it|this|that|them|the\s+(?:plan|change|changes|apply|deployment|destroy|teardown|request|run))\b)|approval\s+(?:granted|given|confirmed)|you\s+have\s+(?:my|our)\s+approval|(?:(?:the|this|that|your|my)\s+)?(?:plan|change|changes|apply|deployment|deploy|teardown|destroy|it|this|that|request)\s+(?:is\s+|are\s+|has\s+been\s+)?approved(?!\s+by\s+(?!me\b))|lgtm|looks\s+good\s+to\s+me)\b/i;
    AFFIRMATIVE = /^(?:(?:ok(?:ay)?|alright|right|great|good|fine|thanks|sure|well|and|so|then|now|please|perfect|cool|nice|excellent)\s+)*(?:approved(?!\s+(?!for|to|by\s+me|go|proceed|ship|apply|execute|do|run|deploy|as\b)[a-z])|approve(?=$|\s*[!.])|approving|approval\s+granted|yes|yep|yeah|yup|ya|aye|y|affirmative|go\s+ahead|go\s+for\s+it|go|let'?s\s+go|let'?s\s+do\s+(?:it|this)|proceed|lgtm|looks\s+good\s+to\s+me|ship\s+it|do\s+it|make\s+it\s+so|apply\s+(?:it|this|that|them)|execute\s+(?:it|this|that|them)|run\s+(?:it|this|that|them)|confirm(?:ed)?|sounds\s+good|green\s+light|greenlit|you\s+have\s+my\s+(?:approval|ok|go-?ahead)|(?:plan|change|changes|it|this|that)\s+(?:is\s+|are\s+)?approved(?!\s+by\s+(?!me\b))|user\s+approved|i\s+(?:approve|approved|confirm|agree)(?!\s+(?:of|with\s+(?!the\s+plan)))|approved?\s+(?:it|this|that|them|the\s+(?:plan|change|changes|apply|deployment|destroy|teardown|request))\b)\b/i;
    ACTION_IMPERATIVE = /^(?:(?:ok(?:ay)?|alright|sure|yes|yeah|please|now|then|and)\s+)*(?:apply|deploy|destroy|tear\s+(?:it|them|this|that|everything|the\s+[\w-]+(?:\s+[\w-]+)?)?\s*down|teardown|delete|remove|uninstall|force[- ]?push|push|execute|roll\s+(?:it\s+)?out|merge)(?:\s+(?:it|this|that|them|everything|all(?:\s+of\s+it)?|now|as\s+(?:planned|shown|presented)|the\s+rest|(?:dev|development|staging|stage|prod|production)\b))?(?:$|\s+(?:to|in|on|for)\s+(?:dev|development|staging|stage|prod|production)\b|\s+(?:the|this|that)\s+(?:[\w/.-]+\s+){0,3}(?:stack|folder|vpc|cluster|environment|env|workspace|namespace|infra|infrastructure|module|release|deployment|branch|resources?|changes?|plan|bucket|database|db|service|apply)\b)/i;
    DESTROY = /\b(?:destroy(?:s|ed|ing)?|destruction|tear(?:s|ing)?\b[\w\s-]{0,30}?\bdown|teardown|torn\s+down)\b/i;
    DELETE = /\b(?:delet(?:e|es|ed|ing|ions?)|remov(?:e|es|ed|ing|als?)|uninstall(?:s|ed|ing)?)\b/i;
    FORCE_PUSH = /force[- ]?push|--force\b|push\s+--force|\bforce\s+(?:it|the\s+push)\b/i;
    ENVIRONMENTS = [
      { env: "dev", pattern: /\b(?:dev|development)\b/i },
      { env: "staging", pattern: /\b(?:staging|stage|stg)\b/i },
      { env: "prod", pattern: /\b(?:prod|production|prd)\b/i }
    ];
    ALL_ENVS = ["dev", "staging", "prod"];
    mentionsScope = (c) => DESTROY.test(c) || DELETE.test(c) || FORCE_PUSH.test(c) || ENVIRONMENTS.some((e) => e.pattern.test(c));
    INFO_REQUEST = /^(?:(?:ok(?:ay)?|yes|yeah|sure|please|go\s+ahead\s+and|now)\s+)*(?:explain|show|describe|tell|list|summari[sz]e|walk|draft|prepare|write|plan|review|investigate|look|find|check|compare|diff|estimate|document|add|fix|test|lint|validate)\b(?!\s+(?:is\s+|has\s+been\s+)?approved)/i;
    PAST_OR_OTHERS = /\b(?:approved\s+by\s+(?!me\b|the\s+user\b|user\b)|yesterday|last\s+(?:week|time|month|sprint)|ago|previously|in\s+the\s+past)\b/i;
    REQUEST_VERB = /^(?:please\s+)?(?:apply|deploy|destroy|tear|delete|remove|uninstall|push|force|execute|run|merge|roll|scale|restart|create|update|upgrade|install|fix|make|add|write|plan|check|show|list|explain|describe|tell|give|look|find|review|go|do|build|set|move|rename|bump|clean|drain|cordon|rollback|roll\s+back)\b/i;
    PATTERNS = [
      QUESTION_START,
      CONDITION,
      DEFERRAL,
      PRECONDITION_PHRASE,
      FIRST_VERB,
      REPORTED,
      DIFFERENT_PLAN,
      NEGATION,
      REFUSAL,
      CONTINUATION,
      EXPLICIT_APPROVAL,
      AFFIRMATIVE,
      ACTION_IMPERATIVE,
      DESTROY,
      DELETE,
      FORCE_PUSH,
      INFO_REQUEST,
      PAST_OR_OTHERS,
      REQUEST_VERB
    ];
    compiled = false;
    UNDECIDED = ["question", "condition", "deferral", "precondition", "reported", "different-plan"];
    WHY = {
      approval: "approval",
      refusal: "the user refused: every approval of this session has ended. Do not run state-changing commands; ask what the user wants instead",
      continuation: "a plain continuation: an approval already in force still holds, nothing new is approved",
      question: "not an approval: the prompt is a question; answer it, present the plan and ask for approval",
      condition: 'not an approval: the prompt sets a condition ("if", "once", "after", "when", "unless"); check it, present the result and ask for approval',
      deferral: 'not an approval: the user deferred ("later", "not yet", "wait", "hold off"); do not run state-changing commands, present the plan and wait',
      precondition: 'not an approval: the user asked for something first ("but first", "show me \u2026 first"); do that, present the plan and ask for approval',
      reported: "not an approval: the approving words are quoted or attributed to someone else; only the user's own statement approves. Present the plan and ask",
      "different-plan": "not an approval: the user asked for a different plan; plan again, present it and ask for approval",
      request: "not an approval: the prompt is a request, not an approval; plan the change, present it, end with PLAN_STATUS: PENDING_APPROVAL and wait for the user's answer",
      statement: "not an approval: nothing in the prompt approves; present the plan and ask for approval before any state-changing command",
      empty: "not an approval: the prompt is empty"
    };
    empty = (text) => ({
      text,
      affirmed: false,
      destroy: false,
      delete: false,
      forcePush: false,
      environments: []
    });
  }
});

// src/state/grant-keys.ts
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
function readPrivateJwk(path) {
  try {
    const jwk = JSON.parse(readFileSync(path, "utf8"));
    return jwk.kty === "OKP" && jwk.crv === "Ed25519" && typeof jwk.d === "string" && typeof jwk.x === "string" ? jwk : null;
  } catch {
    return null;
  }
}
function verifyKey(home) {
  const paths = statePaths(home);
  const own2 = readPrivateJwk(paths.grantSigningKey);
  try {
    if (own2) return crypto().createPublicKey({ key: publicJwk(own2), format: "jwk" });
    const jwk = JSON.parse(readFileSync(paths.grantVerifyKey, "utf8"));
    if (jwk.kty !== "OKP" || jwk.crv !== "Ed25519" || typeof jwk.x !== "string") return null;
    return crypto().createPublicKey({ key: publicJwk(jwk), format: "jwk" });
  } catch {
    return null;
  }
}
function verify(body, signature, key) {
  try {
    return crypto().verify(null, Buffer.from(DOMAIN + body), key, Buffer.from(signature, "base64"));
  } catch {
    return false;
  }
}
var crypto, DOMAIN, publicJwk;
var init_grant_keys = __esm({
  "src/state/grant-keys.ts"() {
    "use strict";
    init_home();
    crypto = () => process.getBuiltinModule("node:crypto");
    DOMAIN = "execguard-grant-record-v1\n";
    publicJwk = (jwk) => ({ kty: "OKP", crv: "Ed25519", x: jwk.x });
  }
});

// src/state/grant-store.ts
import { linkSync as linkSync2, mkdirSync as mkdirSync2, readdirSync, readFileSync as readFileSync2, rmSync as rmSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join2 } from "node:path";
function sessionKey(sessionId) {
  if (/^[A-Za-z0-9_-]{1,100}$/.test(sessionId)) return sessionId;
  const { createHash: createHash5 } = process.getBuiltinModule("node:crypto");
  return `h-${createHash5("sha256").update(sessionId).digest("hex").slice(0, 40)}`;
}
function numbersIn(dir) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const numbers = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (m) numbers.push(Number(m[1]));
  }
  return numbers.sort((a, b) => b - a);
}
function readVerified(dir, seq, sessionId, key) {
  try {
    const raw = readFileSync2(join2(dir, fileName(seq)), "utf8");
    if (raw.length > MAX_RECORD_BYTES) return null;
    const wrapper = JSON.parse(raw);
    if (typeof wrapper.body !== "string" || typeof wrapper.sig !== "string") return null;
    if (!verify(wrapper.body, wrapper.sig, key)) return null;
    const r = JSON.parse(wrapper.body);
    if (r.seq !== seq || r.sessionId !== sessionId || typeof r.createdAt !== "string") return null;
    if (r.kind === "grant" || r.kind === "revoke") {
      if (typeof r.expiresAt !== "string" || typeof r.scope !== "object" || r.scope === null || !SOURCES.has(r.source)) return null;
      return r;
    }
    if (r.kind === "pending" || r.kind === "answered") return r;
    return null;
  } catch {
    return null;
  }
}
function* newestFirst(sessionId, options) {
  const dir = sessionDir(sessionId, options);
  const numbers = numbersIn(dir);
  if (numbers.length === 0) return;
  const key = verifyKey(homeOf(options));
  if (!key) return;
  let previous;
  for (const seq of numbers) {
    if (seq === previous) continue;
    previous = seq;
    const record2 = readVerified(dir, seq, sessionId, key);
    if (record2) yield record2;
  }
}
function activeGrant(sessionId, now = /* @__PURE__ */ new Date(), options = {}) {
  let derived;
  for (const r of newestFirst(sessionId, options)) {
    if (r.kind !== "grant" && r.kind !== "revoke") continue;
    if (r.source === "orchestrator-prompt") {
      derived ??= r;
      continue;
    }
    if (!isLive(r, now)) return null;
    if (!options.agentId) return r;
    if (!derived || derived.parentGrantId !== r.id) return null;
    return isLive(derived, now) ? derived : null;
  }
  return null;
}
var DAY_MS, NAME, MAX_RECORD_BYTES, homeOf, grantsRoot, sessionDir, fileName, SOURCES, isLive;
var init_grant_store = __esm({
  "src/state/grant-store.ts"() {
    "use strict";
    init_home();
    init_grant_keys();
    DAY_MS = 24 * 60 * 60 * 1e3;
    NAME = /^(\d{12,16})\.json$/;
    MAX_RECORD_BYTES = 256 * 1024;
    homeOf = (options = {}) => options.home ?? stateHome(options.env ?? process.env);
    grantsRoot = (options) => statePaths(homeOf(options)).grants;
    sessionDir = (sessionId, options) => join2(grantsRoot(options), sessionKey(sessionId));
    fileName = (seq) => `${String(seq).padStart(12, "0")}.json`;
    SOURCES = /* @__PURE__ */ new Set(["user-prompt", "orchestrator-prompt", "cli"]);
    isLive = (r, now) => r.kind === "grant" && r.scope.affirmed === true && Date.parse(r.expiresAt) > now.getTime();
  }
});

// src/state/agent-session.ts
function agentSession(env2 = process.env) {
  const sessionId = env2.EXECGUARD_SESSION_ID || env2.CLAUDE_CODE_SESSION_ID || void 0;
  const inAgent = env2.CLAUDECODE === "1" || sessionId !== void 0;
  return sessionId ? { inAgent, sessionId } : { inAgent };
}
var init_agent_session = __esm({
  "src/state/agent-session.ts"() {
    "use strict";
  }
});

// src/exec/approval-source.ts
function resolveApproval(request) {
  if (request.caller !== void 0) {
    const scope2 = parseApproval(request.caller);
    if (!scope2.affirmed) throw new ApprovalError(`the caller's approval text does not approve: "${scope2.text}"`, request.what);
    return { scope: scope2, source: "caller" };
  }
  const session = agentSession(request.env);
  if (session.inAgent) {
    if (request.flag !== void 0) {
      throw new ApprovalError(
        "refused: --approval is not accepted inside an agent session; the approval must come from the user in the session (the hooks record it)",
        `${request.what} (in the chat; then run the command again without --approval)`
      );
    }
    if (!session.sessionId) {
      throw new ApprovalError(
        "no approval: this process runs in an agent session (CLAUDECODE=1) without a session id, so no user grant can be found",
        request.what
      );
    }
    const grant = activeGrant(session.sessionId, request.now ?? /* @__PURE__ */ new Date(), {
      env: request.env,
      ...request.home ? { home: request.home } : {}
    });
    if (!grant) throw new ApprovalError(`no approval: session ${session.sessionId} holds no active grant from the user`, request.what);
    const binding = grant.binding;
    return {
      scope: grant.scope,
      source: "session-grant",
      grantId: grant.id,
      sessionId: session.sessionId,
      ...binding ? { binding } : {}
    };
  }
  if (request.flag === void 0) {
    throw new ApprovalError(
      `no approval: outside an agent session the approval is the user's text, given with --approval "..."`,
      request.what
    );
  }
  const scope = parseApproval(request.flag);
  if (!scope.affirmed) throw new ApprovalError(`the approval text does not approve: "${scope.text}"`, request.what);
  return { scope, source: "cli-flag" };
}
var approvalRecord;
var init_approval_source = __esm({
  "src/exec/approval-source.ts"() {
    "use strict";
    init_scope();
    init_grant_store();
    init_agent_session();
    init_run_errors();
    approvalRecord = (a) => ({
      source: a.source,
      text: a.scope.text,
      destroy: a.scope.destroy,
      environments: a.scope.environments,
      ...a.grantId ? { grantId: a.grantId, sessionId: a.sessionId } : {},
      ...a.binding ? { binding: a.binding } : {}
    });
  }
});

// src/exec/digest.ts
import { createHash } from "node:crypto";
function planDigest(plan, summary) {
  const input = JSON.stringify({
    id: plan.id,
    operation: plan.operation,
    workdir: plan.workdir,
    git: plan.git ?? null,
    section: plan[plan.operation] ?? null,
    changes: summary.digestInput
  });
  return `sha256:${createHash("sha256").update(input).digest("hex")}`;
}
var init_digest = __esm({
  "src/exec/digest.ts"() {
    "use strict";
  }
});

// src/exec/errors.ts
function classify(result) {
  const text = `${result.stderr}
${result.stdout}`;
  for (const row of ERROR_TABLE) {
    if (row.exitCodes && !row.exitCodes.includes(result.exitCode)) continue;
    if (row.pattern && !row.pattern.test(text)) continue;
    return { errorClass: row.errorClass, why: row.why };
  }
  return { errorClass: "Validation", why: "the command rejected its input" };
}
var ERROR_TABLE, RECOMMENDED;
var init_errors2 = __esm({
  "src/exec/errors.ts"() {
    "use strict";
    ERROR_TABLE = [
      // A remote or state that moved under us: never retried, never forced.
      {
        errorClass: "StateConflict",
        pattern: /non-fast-forward|\[rejected\]|fetch first|updates were rejected/i,
        why: "the remote branch moved since the plan was made"
      },
      { errorClass: "StateConflict", pattern: /saved plan is stale|plan file .*stale/i, why: "the state changed since the plan was saved" },
      {
        errorClass: "StateConflict",
        pattern: /error acquiring the state lock|state lock|lock (is )?held|already locked/i,
        why: "another run holds the lock"
      },
      {
        errorClass: "StateConflict",
        pattern: /merge conflict|CONFLICT \(|\b409\b.*conflict|the object has been modified/i,
        why: "a conflicting change exists"
      },
      // Access: retrying does not help, someone must grant it.
      { errorClass: "Permission", exitCodes: [126], why: "the command is not executable" },
      {
        errorClass: "Permission",
        pattern: /permission denied|EACCES|EPERM|read-only file system|EROFS|operation not permitted/i,
        why: "the file system refused access"
      },
      {
        errorClass: "Permission",
        pattern: /permission to \S+ denied|\bforbidden\b|\b403\b|unauthori[sz]ed|\b401\b|access ?denied|authentication (failed|required)|could not read Username|invalid credentials/i,
        why: "the credentials do not allow this"
      },
      // Network and service hiccups: worth one retry.
      {
        errorClass: "Transient",
        pattern: /connection (reset|refused|timed out)|ECONNRESET|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|EPIPE|socket hang up/i,
        why: "the connection failed"
      },
      {
        errorClass: "Transient",
        pattern: /\btime(d)?[ -]?out\b|deadline exceeded|i\/o timeout|TLS handshake timeout/i,
        why: "the operation timed out"
      },
      {
        errorClass: "Transient",
        pattern: /temporar(il)?y (unavailable|failure)|try again|\b50[234]\b|service unavailable|bad gateway|too many requests|\b429\b|rate limit|could not resolve host/i,
        why: "the service is temporarily unavailable"
      },
      { errorClass: "Transient", exitCodes: [124], why: "the command timed out" },
      // Everything else is a problem with the input: the plan, the configuration or the command.
      { errorClass: "Validation", exitCodes: [127], why: "the command was not found" },
      { errorClass: "Validation", why: "the command rejected its input" }
    ];
    RECOMMENDED = {
      Transient: "Retry later: the failure looked transient and persisted after one retry",
      Validation: "Fix the plan or the configuration named in the exact error, run execguard plan again and get it approved",
      Permission: "Grant the missing access (credentials, file permissions) and re-run execguard execute",
      StateConflict: "Rebase on the remote, run execguard plan again and get the new plan approved; never force",
      Approval: "Ask the user to approve: present the plan summary (execguard plan) and wait for their approval"
    };
  }
});

// src/shell/aliases.ts
var BUILTIN_ALIASES;
var init_aliases = __esm({
  "src/shell/aliases.ts"() {
    "use strict";
    BUILTIN_ALIASES = { tf: "terraform", k: "kubectl" };
  }
});

// src/shell/bounds.ts
var LIMITS, BoundHit, Budget;
var init_bounds = __esm({
  "src/shell/bounds.ts"() {
    "use strict";
    LIMITS = {
      /** Longest command text analysed at all. */
      maxInputChars: 64 * 1024,
      /** Re-parsing depth: bash -c inside eval inside base64 | sh ... */
      maxDepth: 8,
      /** Syntax nodes visited, over all (re-)parses. */
      maxNodes: 2e5,
      /** Simple commands produced. */
      maxCommands: 1e3,
      /** Static values a single `for` loop body is expanded for. */
      maxLoopValues: 64,
      /**
       * Wall-clock budget of one analyze() call, in milliseconds. Generous on purpose: tree-sitter
       * takes ~340 ms for a 20 KB `&&` chain on a loaded 2-core machine, and a bound hit is a deny.
       */
      budgetMs: 1e3
    };
    BoundHit = class extends Error {
      constructor(reason) {
        super(reason);
        this.reason = reason;
      }
      reason;
    };
    Budget = class {
      constructor(limits = LIMITS) {
        this.limits = limits;
        this.deadline = Date.now() + limits.budgetMs;
      }
      limits;
      nodes = 0;
      commands = 0;
      deadline;
      /** Called for every syntax node visited; checks the clock every 256 nodes. */
      node() {
        this.nodes += 1;
        if (this.nodes > this.limits.maxNodes) {
          throw new BoundHit(`command too complex: more than ${this.limits.maxNodes} syntax nodes`);
        }
        if ((this.nodes & 255) === 0) this.clock();
      }
      command() {
        this.commands += 1;
        if (this.commands > this.limits.maxCommands) {
          throw new BoundHit(`command too complex: more than ${this.limits.maxCommands} simple commands`);
        }
        if ((this.commands & 31) === 0) this.clock();
      }
      depth(depth) {
        if (depth > this.limits.maxDepth) {
          throw new BoundHit(`nesting too deep: more than ${this.limits.maxDepth} levels of bash -c / eval / decoding`);
        }
      }
      expired() {
        return Date.now() > this.deadline;
      }
      clock() {
        if (this.expired()) {
          throw new BoundHit(`analysis took longer than ${this.limits.budgetMs} ms`);
        }
      }
    };
  }
});

// src/shell/context.ts
function addUnreadable(run6, kind, detail, command = "") {
  if (!run6.unreadable.some((u) => u.kind === kind && u.detail === detail)) run6.unreadable.push({ kind, detail, command });
}
var NeedsParser;
var init_context = __esm({
  "src/shell/context.ts"() {
    "use strict";
    NeedsParser = class extends Error {
    };
  }
});

// src/shell/spawn-bodies.ts
function pyString(src, at) {
  const match = /^([rRbBuUfF]{0,2})('''|"""|'|")/.exec(src.slice(at));
  if (!match) return void 0;
  const prefix = match[1].toLowerCase();
  const quote2 = match[2];
  let i = at + match[0].length;
  let value = "";
  while (i < src.length) {
    if (src.startsWith(quote2, i)) {
      const dynamic = prefix.includes("f") && /\{[^{]/.test(value.replace(/\{\{/g, ""));
      return { value: dynamic ? void 0 : value, end: i + quote2.length };
    }
    const c = src[i];
    if (c === "\\" && !prefix.includes("r")) {
      const next = src[i + 1];
      const map = { n: "\n", t: "	", r: "\r", "\\": "\\", "'": "'", '"': '"', "0": "\0" };
      if (next === "x") {
        value += String.fromCharCode(parseInt(src.slice(i + 2, i + 4), 16));
        i += 4;
        continue;
      }
      value += map[next] ?? `\\${next}`;
      i += 2;
      continue;
    }
    value += c;
    i += 1;
  }
  return void 0;
}
function jsString(src, at) {
  const quote2 = src[at];
  if (quote2 !== "'" && quote2 !== '"' && quote2 !== "`") return void 0;
  let i = at + 1;
  let value = "";
  while (i < src.length) {
    const c = src[i];
    if (c === quote2) return { value: quote2 === "`" && value.includes("${") ? void 0 : value, end: i + 1 };
    if (c === "\\") {
      const next = src[i + 1];
      const map = { n: "\n", t: "	", r: "\r", "\\": "\\", "'": "'", '"': '"', "`": "`", "0": "\0" };
      if (next === "x") {
        value += String.fromCharCode(parseInt(src.slice(i + 2, i + 4), 16));
        i += 4;
        continue;
      }
      value += map[next] ?? next;
      i += 2;
      continue;
    }
    value += c;
    i += 1;
  }
  return void 0;
}
function skipSpace(src, at) {
  while (at < src.length && /\s/.test(src[at])) at++;
  return at;
}
function stringList(src, at, parse3) {
  const open = src[at];
  if (open !== "[" && open !== "(") return void 0;
  const close2 = open === "[" ? "]" : ")";
  const items = [];
  let i = skipSpace(src, at + 1);
  let dynamic = false;
  while (i < src.length && src[i] !== close2) {
    const item = parse3(src, i);
    if (!item) return { value: void 0, end: i };
    if (item.value === void 0) dynamic = true;
    else items.push(item.value);
    i = skipSpace(src, item.end);
    if (src[i] === ",") i = skipSpace(src, i + 1);
    else if (src[i] !== close2) return { value: void 0, end: i };
  }
  return { value: dynamic ? void 0 : items, end: i + 1 };
}
function callArgs(src, at, parse3) {
  const args = [];
  let i = skipSpace(src, at);
  for (let n = 0; n < 4 && i < src.length && src[i] !== ")"; n++) {
    const str = parse3(src, i);
    const list = str ? void 0 : stringList(src, i, parse3);
    if (str) {
      args.push(str.value);
      i = str.end;
    } else if (list) {
      args.push(list.value);
      i = list.end;
    } else {
      if (!/^[A-Za-z_]\w*\s*=/.test(src.slice(i))) args.push(void 0);
      break;
    }
    i = skipSpace(src, i);
    if (src[i] !== ",") break;
    i = skipSpace(src, i + 1);
  }
  return args;
}
function collect(body, calls, parse3, argvCall, language) {
  const spawned = { shell: [], argv: [] };
  calls.lastIndex = 0;
  let found = 0;
  for (let match = calls.exec(body); match; match = calls.exec(body)) {
    found += 1;
    const name = match.slice(1).find(Boolean) ?? "";
    const args = callArgs(body, match.index + match[0].length, parse3);
    const first = args[0];
    if (first === void 0) {
      spawned.unreadable = `${language} spawns a process with a command that cannot be read statically (${name})`;
      continue;
    }
    if (Array.isArray(first)) spawned.argv.push(first);
    else if (argvCall(name)) {
      const rest = args.find((a, k) => k > 0 && Array.isArray(a));
      if (args.slice(1).some((a) => a === void 0)) {
        spawned.unreadable = `${language} spawns a process with arguments that cannot be read statically (${name})`;
      }
      if (rest && rest[0] === first) spawned.argv.push(rest);
      else spawned.argv.push([first, ...rest ?? []]);
    } else spawned.shell.push(first);
  }
  if (found === 0) spawned.unreadable = `${language} body spawns processes in a way that cannot be read statically`;
  return spawned;
}
function dataOnly(spawned, indirect, body) {
  return spawned.shell.length + spawned.argv.length === 0 && !!spawned.unreadable?.includes("in a way") && !indirect.test(body);
}
function pythonSpawns(body) {
  const bare = /\bfrom\s+(subprocess|os)\s+import\b/.test(body);
  if (!PY_MENTIONS.test(body)) return void 0;
  const spawned = collect(body, PY_CALL, pyString, (name) => /^(exec|spawn|posix_spawn)/.test(name), "python");
  if (bare) {
    const more = collect(body, PY_BARE_CALL, pyString, () => false, "python");
    spawned.shell.push(...more.shell);
    spawned.argv.push(...more.argv);
    if (more.shell.length + more.argv.length > 0 && spawned.unreadable?.includes("in a way")) delete spawned.unreadable;
    spawned.unreadable ??= more.unreadable;
  }
  if (dataOnly(spawned, PY_INDIRECT, body)) return void 0;
  return spawned;
}
function nodeSpawns(body) {
  if (!JS_MENTIONS.test(body)) return void 0;
  const spawned = collect(body, JS_CALL, jsString, (name) => !/^exec(Sync)?$/.test(name), "node");
  return dataOnly(spawned, JS_INDIRECT, body) ? void 0 : spawned;
}
function stringRanges(body) {
  const ranges = [];
  for (let i = 0; i < body.length; i++) {
    const quote2 = body[i];
    if (quote2 !== '"' && quote2 !== "'") continue;
    let j = i + 1;
    while (j < body.length && body[j] !== quote2) j += body[j] === "\\" ? 2 : 1;
    ranges.push([i, j]);
    i = j;
  }
  return ranges;
}
function scriptSpawns(body, language) {
  if (!SCRIPT_MENTIONS.test(body)) return void 0;
  const interpolates = language === "perl" ? /[$@][\w{]/ : /#\{/;
  const parse3 = (src, at) => {
    const literal = jsString(src, at);
    if (!literal || src[at] !== '"' || literal.value === void 0) return literal;
    return interpolates.test(literal.value) ? { value: void 0, end: literal.end } : literal;
  };
  const spawned = { shell: [], argv: [] };
  const unreadable2 = `${language} spawns a process with a command that cannot be read statically`;
  let found = 0;
  const quoted = stringRanges(body);
  const inString = (at) => quoted.some(([from, to]) => at > from && at < to);
  SCRIPT_CALL.lastIndex = 0;
  for (let match = SCRIPT_CALL.exec(body); match; match = SCRIPT_CALL.exec(body)) {
    if (inString(match.index)) continue;
    found += 1;
    const args = callArgs(body, match.index + match[0].length, parse3);
    if (args.length === 0 || args.some((a) => a === void 0 || Array.isArray(a))) {
      spawned.unreadable = unreadable2;
      continue;
    }
    const strings = args;
    if (strings.length === 1) spawned.shell.push(strings[0]);
    else spawned.argv.push(strings);
  }
  const inline = /`([^`]*)`|\bqx\s*([({[/|'"])|%x([({[])/g;
  for (let match = inline.exec(body); match; match = inline.exec(body)) {
    found += 1;
    let text;
    if (match[1] !== void 0) text = match[1];
    else {
      const open = match[2] ?? match[3];
      const close2 = { "(": ")", "{": "}", "[": "]" }[open] ?? open;
      const start = match.index + match[0].length;
      const end = body.indexOf(close2, start);
      text = end < 0 ? void 0 : body.slice(start, end);
      if (end >= 0) inline.lastIndex = end + 1;
    }
    if (text === void 0 || interpolates.test(text)) spawned.unreadable = unreadable2;
    else spawned.shell.push(text);
  }
  if (found === 0) {
    let code = body;
    for (const [from, to] of quoted) code = code.slice(0, from) + " ".repeat(to - from + 1) + code.slice(to + 1);
    if (!SCRIPT_MENTIONS.test(code)) return void 0;
    spawned.unreadable = `${language} body spawns processes in a way that cannot be read statically`;
  }
  return spawned;
}
function awkString(src, at) {
  if (src[at] !== '"') return void 0;
  return jsString(src, at);
}
function awkSpawns(body) {
  if (!/\bsystem\s*\(|\|\s*&?|getline/.test(body)) return void 0;
  const spawned = { shell: [], argv: [], piped: [] };
  const unreadable2 = "awk runs a command that cannot be read statically";
  let found = 0;
  const system = /\bsystem\s*\(\s*/g;
  for (let m = system.exec(body); m; m = system.exec(body)) {
    found += 1;
    const literal = awkString(body, m.index + m[0].length);
    const after = literal ? body.slice(literal.end).trimStart() : "";
    if (!literal || literal.value === void 0 || !after.startsWith(")")) spawned.unreadable = unreadable2;
    else spawned.shell.push(literal.value);
  }
  const statement = /\b(print|printf)\b([^;}\n]*?)\|&?\s*/g;
  for (let m = statement.exec(body); m; m = statement.exec(body)) {
    found += 1;
    const target2 = awkString(body, m.index + m[0].length);
    if (!target2 || target2.value === void 0) {
      spawned.unreadable = unreadable2;
      continue;
    }
    const printed = m[2].trim();
    const input = /^"(?:[^"\\]|\\.)*"$/.test(printed) ? awkString(printed, 0)?.value : void 0;
    spawned.piped.push([target2.value, input === void 0 ? void 0 : `${input}
`]);
  }
  const getline = /("(?:[^"\\]|\\.)*"|[A-Za-z_]\w*)\s*\|\s*getline/g;
  for (let m = getline.exec(body); m; m = getline.exec(body)) {
    found += 1;
    const literal = awkString(m[1], 0);
    if (!literal || literal.value === void 0) spawned.unreadable = unreadable2;
    else spawned.shell.push(literal.value);
  }
  if (found === 0) return void 0;
  return spawned;
}
var PY_MENTIONS, PY_MOD, PY_CALL, PY_INDIRECT, JS_INDIRECT, PY_BARE_CALL, JS_MENTIONS, JS_CALL, SCRIPT_MENTIONS, SCRIPT_CALL;
var init_spawn_bodies = __esm({
  "src/shell/spawn-bodies.ts"() {
    "use strict";
    PY_MENTIONS = /\b(subprocess|os\s*\.\s*(system|popen|exec\w*|spawn\w*|posix_spawn\w*)|pty\s*\.\s*spawn|commands\s*\.\s*getoutput|__import__|importlib)\b/;
    PY_MOD = (name) => `(?:\\b${name}|__import__\\(\\s*['"]${name}['"]\\s*\\))`;
    PY_CALL = new RegExp(
      `(?:(?:${PY_MOD("subprocess")}|\\bsp)\\s*\\.\\s*(run|call|check_call|check_output|Popen|getoutput|getstatusoutput)|${PY_MOD("os")}\\s*\\.\\s*(system|popen|exec[lv]p?e?|spawn[lv]p?e?|posix_spawnp?)|${PY_MOD("pty")}\\s*\\.\\s*(spawn)|${PY_MOD("commands")}\\s*\\.\\s*(getoutput))\\s*\\(`,
      "g"
    );
    PY_INDIRECT = /\bas\s+\w+|=\s*(?:subprocess|os|pty|__import__\b)|\bgetattr\s*\(|\bimportlib\b|\b(?:eval|exec|compile)\s*\(|\b(?:globals|vars|locals)\s*\(|__import__\s*\([^)]*\)\s*(?!\s*\.)|\bfrom\s+(?:subprocess|os|pty)\s+import\s+\*/;
    JS_INDIRECT = /\[|\b(?:eval|Function)\s*\(|\.(?:bind|call|apply)\s*\(|process\s*\.\s*binding|=\s*[\w$.]*\b(?:exec|execSync|execFile|execFileSync|spawn|spawnSync|fork)\b\s*(?:[;,)\n]|$)|\{[^}]*\b(?:exec|execSync|execFile|execFileSync|spawn|spawnSync|fork)\s*:\s*[\w$]+/;
    PY_BARE_CALL = /(?<![.\w])(run|call|check_call|check_output|Popen|getoutput|system|popen)\s*\(/g;
    JS_MENTIONS = /child_process|\b(execSync|execFileSync|spawnSync|execFile|spawn)\b|process\s*\.\s*binding/;
    JS_CALL = /(?<![\w$])(execSync|execFileSync|execFile|exec|spawnSync|spawn|fork)\s*\(/g;
    SCRIPT_MENTIONS = /\b(system|exec|spawn|qx|popen\w*|Open3|capture\w*)\b|`|%x[({[]/;
    SCRIPT_CALL = /(?<![\w$])(system|exec|spawn|popen\d?|capture2e?|capture3)\s*\(?\s*/g;
  }
});

// src/shell/interpreters.ts
function shell(words, stdin) {
  const name = words[0].text;
  let command = false;
  let fromStdin = false;
  let i = 1;
  for (; i < words.length; i++) {
    const t = words[i].text;
    if (t === "--" || t === "-") {
      i += 1;
      break;
    }
    if (t.startsWith("--")) {
      if (t === "--rcfile" || t === "--init-file") i += 1;
      continue;
    }
    if (!/^[-+]/.test(t)) break;
    const flags = t.slice(1);
    if (flags.includes("c")) command = true;
    if (flags.includes("s")) fromStdin = true;
    if (/[oO]$/.test(flags)) i += 1;
  }
  if (command) {
    const body = words[i];
    if (!body) return void 0;
    return {
      kind: "shell",
      label: `${name} -c`,
      text: body.dynamic ? void 0 : body.text,
      reason: body.dynamic ? `${name} -c runs a string that cannot be read statically: ${body.text}` : void 0,
      positional: words.slice(i + 1)
    };
  }
  if (i < words.length && !fromStdin) {
    const file = words[i];
    const script = scriptFile(name, file, stdin);
    return script?.kind === "shell" ? { ...script, positional: words.slice(i) } : script;
  }
  return fromStdinScript(name, stdin);
}
function scriptFile(name, file, stdin) {
  if (file.procsub) {
    return {
      kind: "shell",
      label: `${name} <()`,
      text: file.procsubOutput,
      reason: file.procsubOutput === void 0 ? `${name} runs the output of ${file.text}, which cannot be read statically` : void 0,
      unreadableKind: "hidden-script"
    };
  }
  if (!file.dynamic && STDIN_FILES.has(file.text)) {
    return fromStdinScript(name, stdin) ?? hiddenScript(name, `${name} runs ${file.text}, whose content the guard cannot read`);
  }
  if (file.dynamic) return hiddenScript(name, `${name} runs a script whose path is not static: ${file.text}`);
  if (DESCRIPTOR_PATH.test(file.text)) return hiddenScript(name, `${name} runs ${file.text}, whose content the guard cannot read`);
  return void 0;
}
function hiddenScript(name, reason, sameScope) {
  return { kind: "shell", label: name, text: void 0, reason, unreadableKind: "hidden-script", sameScope };
}
function fromStdinScript(name, stdin) {
  if (!stdin || stdin.kind === "file") return void 0;
  return {
    kind: "shell",
    label: `${name} stdin`,
    text: stdin.text,
    reason: stdin.text === void 0 ? `${name} reads a script from stdin that cannot be read statically${stdin.from ? ` (from ${stdin.from})` : ""}` : void 0,
    unreadableKind: "hidden-script"
  };
}
function evalBuiltin(words) {
  const args = words.slice(words[1]?.text === "--" ? 2 : 1);
  if (args.length === 0) return void 0;
  const text = args.map((w) => w.text).join(" ");
  const printer = args.length === 1 && args[0].dynamic ? ENV_PRINTERS.exec(text.trim()) : null;
  if (printer) return { kind: "shell", label: "eval", text: printer[1], sameScope: true };
  const dynamic = args.some((w) => w.dynamic);
  return {
    kind: "shell",
    label: "eval",
    // analyse the literal text anyway: it may show commands, and is flagged as incomplete
    text,
    reason: dynamic ? `eval runs a string that cannot be read statically: ${text}` : void 0,
    sameScope: true
  };
}
function source(words, stdin) {
  const file = words[1];
  if (!file) return void 0;
  if (file.procsub) {
    return {
      kind: "shell",
      label: words[0].text === "." ? "." : "source",
      text: file.procsubOutput,
      reason: file.procsubOutput === void 0 ? `${words[0].text} runs the output of ${file.text}, which cannot be read statically` : void 0,
      unreadableKind: "hidden-script",
      sameScope: true
    };
  }
  if (file.dynamic) return hiddenScript(words[0].text, `${words[0].text} runs a script whose path is not static: ${file.text}`, true);
  if (STDIN_FILES.has(file.text) && stdin && stdin.kind !== "file") {
    return {
      kind: "shell",
      label: "source",
      text: stdin.text,
      sameScope: true,
      unreadableKind: "hidden-script",
      reason: stdin.text === void 0 ? "source reads a script from stdin that cannot be read statically" : void 0
    };
  }
  if (DESCRIPTOR_PATH.test(file.text))
    return hiddenScript(words[0].text, `${words[0].text} runs ${file.text}, whose content the guard cannot read`, true);
  return void 0;
}
function python(words, stdin) {
  let body;
  let i = 1;
  for (; i < words.length; i++) {
    const t = words[i].text;
    if (t === "-c" || /^-[a-zA-Z]+$/.test(t) && t.endsWith("c")) {
      body = words[i + 1];
      break;
    }
    if (t === "-m" || !t.startsWith("-")) return void 0;
    if (t === "-") break;
    if (t === "-W" || t === "-X") i += 1;
  }
  const text = body ? body.dynamic ? void 0 : body.text : stdin?.kind === "file" ? void 0 : stdin?.text;
  if (!body && (!stdin || stdin.kind === "file")) return void 0;
  return spawnsOf("python", text, pythonSpawns, body?.text ?? "stdin");
}
function node(words, stdin) {
  let body;
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    if (t === "-e" || t === "--eval" || t === "-p" || t === "--print" || t === "-pe") {
      body = words[i + 1];
      break;
    }
    if (t.startsWith("--eval=") || t.startsWith("--print=")) {
      body = { ...words[i], text: t.slice(t.indexOf("=") + 1) };
      break;
    }
    if (!t.startsWith("-")) return void 0;
  }
  if (!body && (!stdin || stdin.kind === "file")) return void 0;
  const text = body ? body.dynamic ? void 0 : body.text : stdin?.text;
  return spawnsOf("node", text, nodeSpawns, body?.text ?? "stdin");
}
function scriptInterpreter(language, words) {
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    if (/^-[a-zA-Z]*[eE]$/.test(t)) {
      const body = words[i + 1];
      if (!body) return void 0;
      return spawnsOf(language, body.dynamic ? void 0 : body.text, (b) => scriptSpawns(b, language), body.text);
    }
    if (!t.startsWith("-")) return void 0;
  }
  return void 0;
}
function awk(words) {
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    if (t === "--") {
      const body = words[i + 1];
      return body ? spawnsOf("awk", body.dynamic ? void 0 : body.text, awkSpawns, body.text) : void 0;
    }
    if (t === "-f" || t.startsWith("--file")) return void 0;
    if (t === "-F" || t === "-v" || t === "--field-separator" || t === "--assign") {
      i += 1;
      continue;
    }
    if (t.startsWith("-") && t !== "-") continue;
    return spawnsOf("awk", words[i].dynamic ? void 0 : t, awkSpawns, t);
  }
  return void 0;
}
function atQueue(words, stdin) {
  const name = words[0].text;
  const args = words.slice(1).map((w) => w.text);
  if (args.some((a) => /^-[a-zA-Z]*[lrdcV]$/.test(a))) return void 0;
  const file = args.indexOf("-f");
  if (file >= 0) return void 0;
  return fromStdinScript(name, stdin);
}
function trap(words) {
  const args = words.slice(words[1]?.text === "--" ? 2 : 1);
  if (args.length < 2 || args[0].text === "-" || args[0].text === "" || /^-[lp]$/.test(args[0].text)) return void 0;
  const action = args[0];
  return {
    kind: "shell",
    label: "trap",
    text: action.text,
    reason: action.dynamic ? `trap runs a string that cannot be read statically: ${action.text}` : void 0,
    sameScope: true
  };
}
function spawnsOf(language, text, extract, shown2) {
  const label = language === "python" ? "python -c" : language === "node" ? "node -e" : language === "awk" ? "awk" : `${language} -e`;
  if (text === void 0) {
    return {
      kind: "spawn",
      label,
      shell: [],
      argv: [],
      reason: `${label} body cannot be read statically: ${shown2}`,
      unreadableKind: "spawn-body"
    };
  }
  const spawned = extract(text);
  if (!spawned) return void 0;
  return {
    kind: "spawn",
    label,
    shell: spawned.shell,
    argv: spawned.argv,
    reason: spawned.unreadable,
    unreadableKind: "spawn-body",
    piped: spawned.piped
  };
}
function interpret(words, stdin) {
  if (words.length === 0 || words[0].dynamic) return void 0;
  const program = words[0].text;
  if (SHELLS.has(program)) return shell(words, stdin);
  if (program === "eval") return evalBuiltin(words);
  if (SOURCE_BUILTINS.has(program)) return source(words, stdin);
  if (/^(python|pypy)(\d+(\.\d+)*)?$/.test(program)) return python(words, stdin);
  if (program === "node" || program === "nodejs") return node(words, stdin);
  if (program === "perl" || program === "ruby") return scriptInterpreter(program, words);
  if (program === "trap") return trap(words);
  if (AWKS.has(program)) return awk(words);
  if (program === "at" || program === "batch") return atQueue(words, stdin);
  return void 0;
}
var SHELLS, SOURCE_BUILTINS, DESCRIPTOR_PATH, STDIN_FILES, ENV_PRINTERS, AWKS;
var init_interpreters = __esm({
  "src/shell/interpreters.ts"() {
    "use strict";
    init_spawn_bodies();
    SHELLS = /* @__PURE__ */ new Set([
      "bash",
      "sh",
      "zsh",
      "dash",
      "ksh",
      "mksh",
      "ash",
      "rbash",
      "fish",
      "yash",
      "posh",
      "oksh",
      "loksh",
      "pdksh"
    ]);
    SOURCE_BUILTINS = /* @__PURE__ */ new Set(["source", "."]);
    DESCRIPTOR_PATH = /^(\/dev\/(stdin|fd\/\d+)|\/proc\/self\/fd\/\d+)$/;
    STDIN_FILES = /* @__PURE__ */ new Set(["/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"]);
    ENV_PRINTERS = /^\$\((ssh-agent(\s+-[sc])?|direnv\s+(hook\s+\w+|export\s+\w+)|minikube(\s+-p\s+[\w.-]+)?\s+docker-env|pyenv\s+init\s+-{0,2}\w*|pyenv\s+virtualenv-init\s+-|rbenv\s+init\s+-|nodenv\s+init\s+-|(\/opt\/homebrew\/bin\/|\/usr\/local\/bin\/)?brew\s+shellenv|fnm\s+env[\w\s-]*|zoxide\s+init\s+\w+|starship\s+init\s+\w+|keychain\s+--eval[\w\s.-]*|gpg-agent\s+--daemon|dircolors(\s+-b)?)\)$/;
    AWKS = /* @__PURE__ */ new Set(["awk", "gawk", "mawk", "nawk"]);
  }
});

// src/shell/variables.ts
function fieldSeparators(scope) {
  const ifs = scope.get("IFS");
  return ifs && !ifs.dynamic ? ifs.text : " 	\n";
}
function isName(text) {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(text);
}
function splitAssignment(text) {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/.exec(text);
  if (!match) return void 0;
  return { name: match[1], append: match[2] === "+", value: text.slice(match[0].length) };
}
var Scope;
var init_variables = __esm({
  "src/shell/variables.ts"() {
    "use strict";
    Scope = class _Scope {
      vars = /* @__PURE__ */ new Map();
      functions = /* @__PURE__ */ new Map();
      aliases = /* @__PURE__ */ new Map();
      cwd;
      /** Functions currently being expanded: bash would recurse, we stop. */
      active = /* @__PURE__ */ new Set();
      child() {
        const copy = new _Scope();
        copy.vars = new Map(this.vars);
        copy.functions = new Map(this.functions);
        copy.aliases = new Map(this.aliases);
        copy.cwd = this.cwd;
        copy.active = new Set(this.active);
        return copy;
      }
      get(name) {
        return this.vars.get(name);
      }
      set(name, text, dynamic, exported) {
        const previous = this.vars.get(name);
        this.vars.set(name, { text, dynamic, exported: exported ?? previous?.exported ?? false });
      }
      setArray(name, elements) {
        this.vars.set(name, {
          text: elements[0]?.text ?? "",
          dynamic: elements[0]?.dynamic ?? false,
          exported: this.vars.get(name)?.exported ?? false,
          elements
        });
      }
      export(name) {
        const previous = this.vars.get(name);
        if (previous) previous.exported = true;
        else this.vars.set(name, { text: "", dynamic: true, exported: true });
      }
      unset(name) {
        this.vars.delete(name);
        this.functions.delete(name);
      }
      /** Variables exported earlier in the same command: part of every later command's environment. */
      exportedEnv() {
        const env2 = {};
        for (const [name, value] of this.vars) {
          if (value.exported) env2[name] = value.dynamic ? "" : value.text;
        }
        return env2;
      }
      /** Binds $0, $1, ... and $@ for the body of `bash -c 'STRING' arg0 arg1 ...`. */
      setPositional(args) {
        for (const [index, arg] of args.entries()) this.set(String(index), arg.text, arg.dynamic);
        for (let index = args.length; index < 10; index++) this.vars.delete(String(index));
        const rest = args.slice(1).map((a) => ({ text: a.text, dynamic: a.dynamic }));
        const all = { text: rest.map((a) => a.text).join(" "), dynamic: rest.some((a) => a.dynamic) };
        this.vars.set("@", { ...all, exported: false, elements: rest });
        this.set("*", all.text, all.dynamic);
      }
    };
  }
});

// src/shell/lexer-plain.ts
function isPlain(text) {
  if (!PLAIN.test(text)) return false;
  const first = (text.match(WORD) ?? []).find((word) => !assignmentOf(word));
  return first === void 0 || !RESERVED.has(first);
}
function lexPlain(text) {
  const words = text.match(WORD) ?? [];
  if (words.length === 0) return [];
  const raw = { words: [], assignments: [], redirects: [], text: text.trim() };
  let index = 0;
  for (; index < words.length; index++) {
    const assignment = assignmentOf(words[index]);
    if (!assignment) break;
    raw.assignments.push({
      name: assignment.name,
      append: assignment.append,
      value: { text: assignment.value, dynamic: false }
    });
  }
  raw.words = words.slice(index).map((word) => ({ text: unquote(word), dynamic: false }));
  return [raw];
}
var PLAIN, WORD, RESERVED, unquote, assignmentOf;
var init_lexer_plain = __esm({
  "src/shell/lexer-plain.ts"() {
    "use strict";
    init_variables();
    PLAIN = /^(?:[A-Za-z0-9 \t_./:=,@%+-]|'[^'\n]*')*$/;
    WORD = /(?:[A-Za-z0-9_./:=,@%+-]|'[^'\n]*')+/g;
    RESERVED = /* @__PURE__ */ new Set([
      "if",
      "then",
      "else",
      "elif",
      "fi",
      "for",
      "while",
      "until",
      "do",
      "done",
      "case",
      "esac",
      "select",
      "function",
      "in",
      "coproc"
    ]);
    unquote = (written) => written.replace(/'([^']*)'/g, "$1");
    assignmentOf = (written) => /^[A-Za-z_][A-Za-z0-9_]*\+?=/.test(written) ? splitAssignment(unquote(written)) : void 0;
  }
});

// src/shell/words.ts
function evalFields(node2, runner, scope) {
  const segments2 = segmentsOf(node2, runner, scope, false);
  const fields = [];
  let current;
  for (const segment of segments2) {
    if (segment.fields) {
      segment.fields.forEach((field, index) => {
        if (index > 0 && current) {
          fields.push(current);
          current = void 0;
        }
        current = appendTo(current, field.text, field.dynamic);
      });
    } else if (segment.split) {
      const pieces = splitFields(segment.text, fieldSeparators(scope));
      pieces.forEach((piece, index) => {
        if (index > 0 && current) {
          fields.push(current);
          current = void 0;
        }
        if (piece !== "") current = appendTo(current, piece, segment.dynamic);
      });
    } else {
      current = appendTo(current, segment.text, segment.dynamic);
    }
  }
  if (current) fields.push(current);
  if (segments2.length === 1 && segments2[0].procsub && fields.length === 1) {
    fields[0].procsub = true;
    fields[0].procsubOutput = segments2[0].procsubOutput;
  }
  if (fields.length > 0 && hasBraceExpansion(node2)) {
    const expanded = /^[A-Za-z0-9_./:=,@%+{}-]+$/.test(node2.text) ? expandBraces(node2.text) : void 0;
    if (expanded) return expanded.map((text) => ({ text, dynamic: false }));
    for (const field of fields) field.dynamic = true;
  }
  return fields;
}
function splitFields(text, separators) {
  if (separators === " 	\n") return text.split(/[ \t\n]+/);
  if (separators === "") return [text];
  const pieces = [];
  let current = "";
  for (const char of text) {
    if (separators.includes(char)) {
      pieces.push(current);
      current = "";
    } else current += char;
  }
  pieces.push(current);
  return pieces;
}
function evalSingle(node2, runner, scope) {
  const segments2 = segmentsOf(node2, runner, scope, false);
  const texts = segments2.map((s) => s.fields ? s.fields.map((f) => f.text).join(" ") : s.text);
  return {
    text: texts.join(""),
    dynamic: segments2.some((s) => s.dynamic || (s.fields?.some((f) => f.dynamic) ?? false))
  };
}
function appendTo(word, text, dynamic) {
  if (!word) return { text, dynamic };
  word.text += text;
  word.dynamic ||= dynamic;
  return word;
}
function segmentsOf(node2, runner, scope, quoted) {
  runner.node();
  switch (node2.type) {
    case "word":
    case "command_name":
      if (node2.type === "command_name" && node2.namedChildCount > 0) {
        return node2.namedChildren.flatMap((child) => child ? segmentsOf(child, runner, scope, quoted) : []);
      }
      return [unquotedLiteral(node2.text)];
    case "number":
    case "extglob_pattern":
    case "regex":
    case "special_variable_name":
    case "variable_name":
    case "file_descriptor":
      return [{ text: node2.text, dynamic: false, split: false }];
    case "raw_string":
      return [{ text: node2.text.slice(1, -1), dynamic: false, split: false }];
    case "ansi_c_string":
      return [{ text: decodeAnsiC(node2.text.slice(2, -1)), dynamic: false, split: false }];
    case "string":
    case "translated_string":
      return doubleQuoted(node2, runner, scope);
    case "concatenation":
      return withGaps(node2, runner, scope, quoted, node2.startIndex, node2.endIndex);
    case "simple_expansion":
    case "expansion":
      return [expansion(node2, runner, scope, quoted)];
    case "command_substitution": {
      const output = runner.commandSubstitution(node2, scope);
      if (output === void 0) return [{ text: node2.text, dynamic: true, split: false }];
      return [{ text: output, dynamic: false, split: !quoted }];
    }
    case "process_substitution": {
      const output = runner.processSubstitution(node2, scope);
      return [{ text: node2.text, dynamic: true, split: false, procsub: true, procsubOutput: output }];
    }
    default:
      runner.substitutionsIn(node2, scope);
      return [{ text: node2.text, dynamic: true, split: false }];
  }
}
function doubleQuoted(node2, runner, scope) {
  const open = node2.text.startsWith('$"') ? 2 : 1;
  const segments2 = withGaps(node2, runner, scope, true, node2.startIndex + open, node2.endIndex - 1);
  return segments2.length > 0 ? segments2 : [{ text: "", dynamic: false, split: false }];
}
function withGaps(node2, runner, scope, quoted, start, end) {
  const segments2 = [];
  let position = start;
  const gap = (to) => {
    if (to <= position) return;
    const text = runner.source.slice(position, to);
    segments2.push(quoted ? { text: unescapeDoubleQuoted(text), dynamic: false, split: false } : unquotedLiteral(text));
  };
  for (const child of node2.namedChildren) {
    if (!child || child.endIndex <= start || child.startIndex >= end) continue;
    gap(child.startIndex);
    if (child.type === "string_content" || child.type === "heredoc_content") {
      segments2.push({ text: quoted ? unescapeDoubleQuoted(child.text) : child.text, dynamic: false, split: false });
    } else {
      segments2.push(...segmentsOf(child, runner, scope, quoted));
    }
    position = Math.max(position, child.endIndex);
  }
  gap(end);
  return segments2;
}
function expansion(node2, runner, scope, quoted) {
  const text = node2.text;
  const inner = node2.type === "simple_expansion" ? text.slice(1) : text.slice(2, -1);
  const unknown2 = () => {
    runner.substitutionsIn(node2, scope);
    return { text, dynamic: true, split: false };
  };
  const known = (value2) => ({ text: value2, dynamic: false, split: !quoted });
  if (node2.type === "simple_expansion" && !/^([A-Za-z_][A-Za-z0-9_]*|[0-9]|[@*#?$!-])$/.test(inner)) {
    return { text, dynamic: false, split: false };
  }
  if (isName(inner) || /^([0-9]|[@*#?$!-])$/.test(inner)) {
    const value2 = scope.get(inner);
    if (!value2 || value2.dynamic && value2.text === "") return unknown2();
    if (inner === "@" && value2.elements) return { text: "", dynamic: false, split: false, fields: value2.elements.map((e) => ({ ...e })) };
    return { text: value2.text, dynamic: value2.dynamic, split: !quoted && !value2.dynamic };
  }
  const element = /^([A-Za-z_][A-Za-z0-9_]*)\[(@|\*|[0-9]+)\]$/.exec(inner);
  if (element) {
    const value2 = scope.get(element[1]);
    if (!value2) return unknown2();
    const elements = value2.elements ?? [{ text: value2.text, dynamic: value2.dynamic }];
    if (element[2] === "@") return { text: "", dynamic: false, split: false, fields: elements.map((e) => ({ ...e })) };
    if (element[2] === "*") {
      return { text: elements.map((e) => e.text).join(" "), dynamic: elements.some((e) => e.dynamic), split: !quoted };
    }
    const picked = elements[Number(element[2])];
    return picked ? { text: picked.text, dynamic: picked.dynamic, split: !quoted && !picked.dynamic } : known("");
  }
  const operator = /^(#?)([A-Za-z_][A-Za-z0-9_]*)(.*)$/s.exec(inner);
  if (!operator) return unknown2();
  const [, length, name, rest] = operator;
  const value = scope.get(name);
  if (length === "#") return value && !value.dynamic && rest === "" ? known(String(value.text.length)) : unknown2();
  const literalOperand = (operand) => !/[$`'"\\*?[]/.test(operand);
  const fallback = /^(:?)([-=+?])(.*)$/s.exec(rest);
  if (fallback) {
    const [, colon, op, operand] = fallback;
    if (value?.dynamic || !literalOperand(operand)) return unknown2();
    const isSet = value !== void 0 && (colon === "" || value.text !== "");
    if (op === "+") return known(isSet ? operand : "");
    if (isSet) return known(value.text);
    if (value === void 0) return unknown2();
    if (op === "=") scope.set(name, operand, false);
    return known(operand);
  }
  if (!value || value.dynamic) return unknown2();
  const v = value.text;
  if (rest === "^^") return known(v.toUpperCase());
  if (rest === ",,") return known(v.toLowerCase());
  if (rest === "^") return known(v.charAt(0).toUpperCase() + v.slice(1));
  if (rest === ",") return known(v.charAt(0).toLowerCase() + v.slice(1));
  const slice = /^:\s*(-?[0-9]+)(?::\s*(-?[0-9]+))?$/.exec(rest);
  if (slice) {
    const from = Number(slice[1]) < 0 ? Math.max(0, v.length + Number(slice[1])) : Number(slice[1]);
    if (slice[2] === void 0) return known(v.slice(from));
    const count = Number(slice[2]);
    return known(count < 0 ? v.slice(from, v.length + count) : v.slice(from, from + count));
  }
  const replace = /^(\/\/?)([^/]*)\/?(.*)$/s.exec(rest);
  if (replace && literalOperand(replace[2]) && literalOperand(replace[3]) && replace[2] !== "") {
    return known(replace[1] === "//" ? v.split(replace[2]).join(replace[3]) : v.replace(replace[2], () => replace[3]));
  }
  const strip = /^(##?|%%?)(.*)$/s.exec(rest);
  if (strip && literalOperand(strip[2])) {
    const pattern = strip[2];
    if (strip[1].startsWith("#")) return known(v.startsWith(pattern) ? v.slice(pattern.length) : v);
    return known(v.endsWith(pattern) ? v.slice(0, v.length - pattern.length) : v);
  }
  return unknown2();
}
function unquotedLiteral(raw) {
  let text = "";
  let glob = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === "\\" && i + 1 < raw.length) {
      i += 1;
      if (raw[i] !== "\n") text += raw[i];
      continue;
    }
    if (c === "*" || c === "?" || c === "[" && raw.indexOf("]", i + 1) > i + 1) glob = true;
    text += c;
  }
  return { text, dynamic: glob, split: false };
}
function expandBraces(text) {
  const open = text.indexOf("{");
  if (open < 0) return [text];
  let depth = 0;
  const commas = [];
  let close2 = -1;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}") {
      depth--;
      if (depth === 0) {
        close2 = i;
        break;
      }
    } else if (text[i] === "," && depth === 1) commas.push(i);
  }
  if (close2 < 0) return [text];
  const prefix = text.slice(0, open);
  const body = text.slice(open + 1, close2);
  const suffixes = expandBraces(text.slice(close2 + 1));
  if (!suffixes) return void 0;
  let alternatives;
  if (commas.length > 0) {
    const bounds = [open, ...commas, close2];
    alternatives = [];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const part = expandBraces(text.slice(bounds[k] + 1, bounds[k + 1]));
      if (!part) return void 0;
      alternatives.push(...part);
    }
  } else {
    const range = /^(-?\d+)\.\.(-?\d+)$|^([a-zA-Z])\.\.([a-zA-Z])$/.exec(body);
    if (!range) {
      return suffixes.map((suffix) => `${prefix}{${body}}${suffix}`).slice(0, 64);
    }
    const [from, to] = range[1] !== void 0 ? [Number(range[1]), Number(range[2])] : [range[3].charCodeAt(0), range[4].charCodeAt(0)];
    if (Math.abs(to - from) > 64) return void 0;
    alternatives = [];
    for (let v = from; from <= to ? v <= to : v >= to; v += from <= to ? 1 : -1) {
      alternatives.push(range[1] !== void 0 ? String(v) : String.fromCharCode(v));
    }
  }
  const words = [];
  for (const alternative of alternatives) {
    for (const suffix of suffixes) {
      words.push(prefix + alternative + suffix);
      if (words.length > 64) return void 0;
    }
  }
  return words;
}
function hasBraceExpansion(node2) {
  if (node2.type !== "concatenation" && node2.type !== "word" && node2.type !== "brace_expression") return false;
  return /\{[^{}]*(,|\.\.)[^{}]*\}/.test(node2.text);
}
function unescapeDoubleQuoted(text) {
  return text.replace(/\\([$`"\\\n])/g, (_, c) => c === "\n" ? "" : c);
}
function decodeAnsiC(body) {
  const simple = {
    a: "\x07",
    b: "\b",
    e: "\x1B",
    E: "\x1B",
    f: "\f",
    n: "\n",
    r: "\r",
    t: "	",
    v: "\v",
    "\\": "\\",
    "'": "'",
    '"': '"',
    "?": "?"
  };
  return body.replace(/\\(x[0-9A-Fa-f]{1,2}|u[0-9A-Fa-f]{1,4}|U[0-9A-Fa-f]{1,8}|[0-7]{1,3}|c.|.)/gs, (whole, esc2) => {
    if (esc2[0] === "x" && esc2.length > 1) return String.fromCharCode(parseInt(esc2.slice(1), 16));
    if ((esc2[0] === "u" || esc2[0] === "U") && esc2.length > 1) {
      const code = parseInt(esc2.slice(1), 16);
      return code <= 1114111 ? String.fromCodePoint(code) : whole;
    }
    if (/^[0-7]/.test(esc2)) return String.fromCharCode(parseInt(esc2, 8) & 255);
    if (esc2[0] === "c" && esc2.length === 2) return String.fromCharCode(esc2.charCodeAt(1) & 31);
    return simple[esc2] ?? whole;
  });
}
var init_words = __esm({
  "src/shell/words.ts"() {
    "use strict";
    init_variables();
  }
});

// src/shell/output.ts
function staticOutput(cmd) {
  if (cmd.dynamic.some(Boolean)) return void 0;
  const [program, ...args] = cmd.argv;
  if (SILENT.has(program)) return "";
  switch (program) {
    case "echo":
      return echo(args);
    case "printf":
      return printf(args);
    case "cat":
      return args.every((a) => a === "-") ? cmd.stdin?.text : void 0;
    case "base64":
      return base64(args, cmd.stdin?.text);
    case "rev":
      return args.length === 0 && cmd.stdin?.text !== void 0 ? rev(cmd.stdin.text) : void 0;
    case "xxd":
      return xxdReverse(args, cmd.stdin?.text);
    case "tr":
      return tr(args, cmd.stdin?.text);
    default:
      return void 0;
  }
}
function echo(args) {
  let newline = true;
  let escapes = false;
  let index = 0;
  for (; index < args.length && /^-[neE]+$/.test(args[index]); index++) {
    for (const flag of args[index].slice(1)) {
      if (flag === "n") newline = false;
      else escapes = flag === "e";
    }
  }
  let text = args.slice(index).join(" ");
  if (escapes) text = decodeAnsiC(text);
  return newline ? `${text}
` : text;
}
function printf(args) {
  let index = 0;
  if (args[0] === "--") index = 1;
  const format = args[index];
  if (format === void 0 || format === "-v") return void 0;
  const values = args.slice(index + 1);
  let used = 0;
  let output = "";
  let unknown2 = false;
  const once = () => decodeAnsiC(format).replace(/%([%sbd])|%./g, (whole, conversion) => {
    if (conversion === "%") return "%";
    if (!conversion) {
      unknown2 = true;
      return whole;
    }
    const value = values[used++] ?? "";
    return conversion === "b" ? decodeAnsiC(value) : value;
  });
  do {
    output += once();
  } while (used > 0 && used < values.length);
  return unknown2 ? void 0 : output;
}
function base64(args, input) {
  const decode2 = args.some((a) => a === "-d" || a === "--decode" || a === "-D" || /^-[a-zA-Z]*d/.test(a));
  const files = args.filter((a) => !a.startsWith("-"));
  if (!decode2 || files.length > 0 || input === void 0) return void 0;
  const compact = input.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return void 0;
  const bytes = Buffer.from(compact, "base64");
  const text = bytes.toString("utf8");
  return text.includes("\uFFFD") || text.includes("\0") ? void 0 : text;
}
function rev(input) {
  return input.split("\n").map((line) => [...line].reverse().join("")).join("\n");
}
function xxdReverse(args, input) {
  const flags = args.filter((a) => a.startsWith("-")).join("");
  if (input === void 0 || !flags.includes("r") || !flags.includes("p") || args.some((a) => !a.startsWith("-"))) return void 0;
  const hex = input.replace(/\s+/g, "");
  if (!/^([0-9a-fA-F]{2})*$/.test(hex)) return void 0;
  const text = Buffer.from(hex, "hex").toString("utf8");
  return text.includes("\uFFFD") || text.includes("\0") ? void 0 : text;
}
function trSet(set2) {
  if (/\[[:=]/.test(set2)) return void 0;
  const chars = [...decodeAnsiC(set2)];
  const out = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i + 1] === "-" && i + 2 < chars.length) {
      const from = chars[i].codePointAt(0);
      const to = chars[i + 2].codePointAt(0);
      if (to < from || to - from > 1024) return void 0;
      for (let c = from; c <= to; c++) out.push(String.fromCodePoint(c));
      i += 2;
    } else out.push(chars[i]);
  }
  return out;
}
function tr(args, input) {
  if (input === void 0) return void 0;
  if (args.length === 2 && args[0] === "-d") {
    const drop = trSet(args[1]);
    return drop ? [...input].filter((c) => !drop.includes(c)).join("") : void 0;
  }
  if (args.length !== 2 || args.some((a) => a.startsWith("-") && a.length > 1)) return void 0;
  const from = trSet(args[0]);
  const to = trSet(args[1]);
  if (!from || !to || to.length === 0) return void 0;
  const map = /* @__PURE__ */ new Map();
  for (const [i, c] of from.entries()) map.set(c, to[Math.min(i, to.length - 1)]);
  return [...input].map((c) => map.get(c) ?? c).join("");
}
var SILENT;
var init_output = __esm({
  "src/shell/output.ts"() {
    "use strict";
    init_words();
    SILENT = /* @__PURE__ */ new Set([
      ":",
      "true",
      "cd",
      "pushd",
      "popd",
      "export",
      "declare",
      "typeset",
      "local",
      "readonly",
      "unset",
      "alias",
      "unalias",
      "set",
      "shopt"
    ]);
  }
});

// src/shell/program-name.ts
import { posix } from "node:path";
function substitutionBody(text) {
  const t = text.trim();
  if (t.startsWith("$(") && t.endsWith(")") && !t.startsWith("$((")) return t.slice(2, -1).trim();
  if (t.length > 1 && t.startsWith("`") && t.endsWith("`")) return t.slice(1, -1).trim();
  return void 0;
}
function lookedUp(body) {
  const first = body.split("|")[0].trim();
  const rest = body.split("|").slice(1).map((s) => s.trim());
  if (rest.some((stage) => !/^head(\s+-n?\s*1|\s+-1)?$/.test(stage))) return void 0;
  const words = first.split(/\s+/);
  const [tool, ...args] = words;
  const operands = args.filter((a) => !a.startsWith("-"));
  const options = args.filter((a) => a.startsWith("-"));
  if (operands.length !== 1) {
    if ((tool === "realpath" || tool === "readlink") && args.length > 0) {
      const inner = args.filter((a) => !/^-[a-zA-Z]+$/.test(a)).join(" ");
      return programFromWord(inner);
    }
    return void 0;
  }
  const name = operands[0];
  switch (tool) {
    case "command":
      return options.some((o) => /^-[a-zA-Z]*v/.test(o)) ? simpleName(name) : void 0;
    case "which":
    case "whence":
      return simpleName(name);
    case "type":
      return options.some((o) => /^-[a-zA-Z]*[pP]/.test(o)) ? simpleName(name) : void 0;
    case "realpath":
    case "readlink":
      return name.includes("/") ? simpleName(posix.basename(name)) : programFromWord(name);
    default:
      return void 0;
  }
}
function simpleName(name) {
  const base2 = name.includes("/") ? posix.basename(name) : name;
  return NAME2.test(base2) ? base2 : void 0;
}
function programFromWord(text) {
  const body = substitutionBody(text.replace(/^"(.*)"$/s, "$1"));
  if (body !== void 0) return lookedUp(body);
  const tail = /\/([A-Za-z0-9_.+-]+)$/.exec(text)?.[1];
  return tail;
}
var NAME2;
var init_program_name = __esm({
  "src/shell/program-name.ts"() {
    "use strict";
    NAME2 = /^[A-Za-z0-9_.+-]+$/;
  }
});

// src/shell/tool-env.ts
function isToolVariable(name) {
  return name.startsWith("TF_CLI_ARGS") || name === "TF_WORKSPACE" || name.startsWith("GIT_CONFIG_") || name === "KUBECONFIG" || name === "HELM_NAMESPACE" || name === "HELM_KUBECONTEXT";
}
function splitQuoted(value) {
  const out = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|((?:[^\s"'\\]|\\.)+)/g;
  let current;
  let last = 0;
  for (let m = re.exec(value); m; m = re.exec(value)) {
    const piece = m[1] !== void 0 ? m[1].replace(/\\(.)/g, "$1") : m[2] ?? m[3].replace(/\\(.)/g, "$1");
    if (current !== void 0 && m.index === last) current += piece;
    else {
      if (current !== void 0) out.push(current);
      current = piece;
    }
    last = m.index + m[0].length;
  }
  if (current !== void 0) out.push(current);
  return out;
}
function gitConfigParameters(value) {
  const settings = [];
  const re = /'((?:[^']|'\\'')*)'(?:=('(?:[^']|'\\'')*'))?/g;
  const unquote2 = (s) => s.replace(/'\\''/g, "'");
  for (let m = re.exec(value); m; m = re.exec(value)) {
    const key = unquote2(m[1]);
    if (m[2] !== void 0) settings.push(`${key}=${unquote2(m[2].slice(1, -1))}`);
    else settings.push(key.includes("=") ? key : `${key}=true`);
  }
  return settings;
}
function gitConfigEnv(env2) {
  const settings = [];
  if (env2.GIT_CONFIG_PARAMETERS) settings.push(...gitConfigParameters(env2.GIT_CONFIG_PARAMETERS));
  const count = Number.parseInt(env2.GIT_CONFIG_COUNT ?? "", 10);
  for (let n = 0; Number.isFinite(count) && n < Math.min(count, 1e3); n++) {
    const key = env2[`GIT_CONFIG_KEY_${n}`];
    if (key) settings.push(`${key}=${env2[`GIT_CONFIG_VALUE_${n}`] ?? ""}`);
  }
  return settings;
}
function terraformSubcommand(argv2) {
  for (let i = 1; i < argv2.length; i++) {
    if (argv2[i] === "-chdir" || argv2[i] === "--chdir") i += 1;
    else if (argv2[0] === "terragrunt" && TERRAGRUNT_RUNNERS.has(argv2[i])) continue;
    else if (!argv2[i].startsWith("-")) return i;
  }
  return -1;
}
function withToolEnv(argv2, dynamic, env2, dynamicNames) {
  const program = argv2[0];
  const insert = (at, words, isDynamic) => {
    argv2 = [...argv2.slice(0, at), ...words, ...argv2.slice(at)];
    dynamic = [...dynamic.slice(0, at), ...words.map(() => isDynamic), ...dynamic.slice(at)];
  };
  if (TERRAFORM.has(program) || program === "terragrunt") {
    const sub = terraformSubcommand(argv2);
    if (sub < 0) return { argv: argv2, dynamic };
    const general = env2.TF_CLI_ARGS ? splitQuoted(env2.TF_CLI_ARGS) : [];
    const specificName = `TF_CLI_ARGS_${argv2[sub].replace(/-all$/, "").replace(/-/g, "_")}`;
    const specific = env2[specificName] ? splitQuoted(env2[specificName]) : [];
    const at = program === "terragrunt" ? argv2.length : sub + 1;
    insert(at, [...specific, ...general], dynamicNames.has("TF_CLI_ARGS") || dynamicNames.has(specificName));
    return { argv: argv2, dynamic };
  }
  if (program === "git") {
    const settings = gitConfigEnv(env2);
    if (settings.length > 0)
      insert(
        1,
        settings.flatMap((s) => ["-c", s]),
        [...dynamicNames].some((n) => n.startsWith("GIT_CONFIG_"))
      );
    return { argv: argv2, dynamic };
  }
  const flags = [];
  if (env2.KUBECONFIG && ["kubectl", "oc", "helm", "flux"].includes(program)) flags.push(`--kubeconfig=${env2.KUBECONFIG}`);
  if (program === "helm") {
    if (env2.HELM_NAMESPACE) flags.push(`--namespace=${env2.HELM_NAMESPACE}`);
    if (env2.HELM_KUBECONTEXT) flags.push(`--kube-context=${env2.HELM_KUBECONTEXT}`);
  }
  if (flags.length > 0) {
    argv2 = [program, ...flags, ...argv2.slice(1)];
    dynamic = [
      dynamic[0],
      ...flags.map(
        (f) => dynamicNames.has(f.startsWith("--kubeconfig") ? "KUBECONFIG" : f.startsWith("--namespace") ? "HELM_NAMESPACE" : "HELM_KUBECONTEXT")
      ),
      ...dynamic.slice(1)
    ];
  }
  return { argv: argv2, dynamic };
}
function hiddenToolVariable(program, dynamicNames) {
  for (const name of dynamicNames) {
    if (name.startsWith("TF_CLI_ARGS") && (TERRAFORM.has(program) || program === "terragrunt")) return name;
    if (name.startsWith("GIT_CONFIG_") && program === "git") return name;
  }
  return void 0;
}
var TERRAFORM, TERRAGRUNT_RUNNERS;
var init_tool_env = __esm({
  "src/shell/tool-env.ts"() {
    "use strict";
    TERRAFORM = /* @__PURE__ */ new Set(["terraform", "tofu"]);
    TERRAGRUNT_RUNNERS = /* @__PURE__ */ new Set(["run-all", "run", "all", "stack"]);
  }
});

// src/shell/tree.ts
function concat(a, b) {
  return a === void 0 || b === void 0 ? void 0 : a + b;
}
function pipeFrom(out, output) {
  const produced = out[out.length - 1]?.argv;
  return {
    kind: "pipe",
    ...produced !== void 0 ? { from: produced[0], producer: produced } : {},
    ...output !== void 0 ? { text: output } : {}
  };
}
function unescapeHeredoc(text) {
  return text.replace(/\\([$`\\\n])/g, (_, c) => c === "\n" ? "" : c);
}
var WORDISH, REDIRECTS, TreeWalker;
var init_tree = __esm({
  "src/shell/tree.ts"() {
    "use strict";
    init_bounds();
    init_context();
    init_output();
    init_words();
    WORDISH = /* @__PURE__ */ new Set([
      "word",
      "string",
      "raw_string",
      "ansi_c_string",
      "translated_string",
      "concatenation",
      "simple_expansion",
      "expansion",
      "number",
      "arithmetic_expansion",
      "brace_expression",
      "command_substitution",
      "process_substitution",
      "string_content",
      "variable_name",
      "special_variable_name",
      "extglob_pattern",
      "regex"
    ]);
    REDIRECTS = /* @__PURE__ */ new Set(["file_redirect", "heredoc_redirect", "herestring_redirect"]);
    TreeWalker = class {
      constructor(analyzer, source2) {
        this.analyzer = analyzer;
        this.source = source2;
      }
      analyzer;
      source;
      get run() {
        return this.analyzer.run;
      }
      program(root, scope, frame) {
        if (root.hasError) this.reportErrors(root);
        return this.statements(root.namedChildren, scope, frame);
      }
      reportErrors(root) {
        const found = [];
        const visit = (node2) => {
          if (found.length >= 3) return;
          this.run.budget.node();
          if (node2.isMissing) {
            found.push(`missing "${node2.type}"`);
            return;
          }
          if (node2.type === "ERROR") {
            const text = node2.text.trim();
            found.push(
              /^(\$?['"]|`)/.test(text) ? `unterminated quote near ${JSON.stringify(text.slice(0, 40))}` : `syntax error near ${JSON.stringify(text.slice(0, 40))}`
            );
          }
          if (node2.hasError) {
            for (const child of node2.children) if (child) visit(child);
          }
        };
        visit(root);
        if (found.length === 0) found.push("syntax error");
        for (const problem of found) addUnreadable(this.run, "parse-error", `parse error: ${problem}`, this.source.slice(0, 200));
      }
      statements(nodes, scope, frame) {
        let output = "";
        for (const node2 of nodes) if (node2) output = concat(output, this.walk(node2, scope, frame));
        return output;
      }
      walk(node2, scope, frame) {
        this.run.budget.node();
        switch (node2.type) {
          case "comment":
            return "";
          case "program":
          case "compound_statement":
          case "do_group":
          case "list":
            return this.statements(node2.namedChildren, scope, frame);
          case "subshell":
            return this.statements(node2.namedChildren, scope.child(), frame);
          case "negated_command":
            return this.statements(node2.namedChildren, scope, frame);
          case "pipeline":
            return this.pipeline(node2.namedChildren, scope, frame, frame.stdin);
          case "redirected_statement":
            return this.redirected(node2, scope, frame);
          case "command":
            return this.command(node2, scope, frame, [], void 0);
          case "variable_assignment":
          case "variable_assignments":
            return this.assignmentsOnly(node2, scope, frame);
          case "declaration_command":
          case "unset_command":
            return this.declaration(node2, scope, frame);
          case "function_definition":
            return this.defineFunction(node2, scope);
          case "for_statement":
            this.forLoop(node2, scope, frame);
            return void 0;
          case "test_command":
            this.runner(frame).substitutionsIn(node2, scope);
            return "";
          case "case_statement":
            return this.caseStatement(node2, scope, frame);
          default:
            if (WORDISH.has(node2.type)) {
              this.runner(frame).substitutionsIn(node2, scope);
              return void 0;
            }
            this.statements(node2.namedChildren, scope, frame);
            return void 0;
        }
      }
      pipeline(stages, scope, frame, first) {
        let stdin = first;
        let output;
        for (const stage of stages) {
          if (!stage) continue;
          const before = this.run.out.length;
          output = this.pipeStage(stage, scope.child(), { ...frame, stdin });
          const produced = this.run.out.length > before ? this.run.out[this.run.out.length - 1].argv : void 0;
          stdin = {
            kind: "pipe",
            ...produced !== void 0 ? { from: produced[0], producer: produced } : {},
            ...output !== void 0 ? { text: output } : {}
          };
        }
        return output;
      }
      /** A pipe stage; tree-sitter hangs `| a && b` as a list under the pipe, so only its head is piped. */
      pipeStage(stage, scope, frame) {
        if (stage.type === "list") {
          const [head, ...rest] = stage.namedChildren;
          let output = head ? this.pipeStage(head, scope, frame) : "";
          output = concat(output, this.statements(rest, scope, { ...frame, stdin: void 0 }));
          return output;
        }
        return this.walk(stage, scope, frame);
      }
      redirected(node2, scope, frame) {
        const body = node2.childForFieldName("body");
        const redirects = [];
        const continuations = [];
        let stdin;
        const extraWords = body ? this.lostWords(node2, body) : [];
        for (const child of node2.namedChildren) {
          if (!child || body && child.id === body.id) continue;
          if (REDIRECTS.has(child.type)) stdin = this.redirect(child, scope, frame, redirects, continuations, extraWords) ?? stdin;
          else continuations.push({ node: child, piped: false });
        }
        let output;
        if (!body) output = "";
        else if (body.type === "command") output = this.command(body, scope, frame, redirects, stdin, node2.text, extraWords);
        else {
          const before = this.run.out.length;
          output = this.walk(body, scope, { ...frame, stdin: stdin ?? frame.stdin });
          const writes = redirects.filter((r) => r.op.includes(">"));
          const ran = this.run.out.slice(before);
          const writers = body.type === "list" ? ran.slice(-1) : ran;
          if (writes.length > 0) for (const cmd of writers) cmd.redirects.push(...writes);
        }
        if (redirects.some((r) => /^1?>[>|]?$|^&>/.test(r.op))) output = "";
        for (const next of continuations) {
          if (next.piped)
            output = this.pipeline(
              next.node.type === "pipeline" ? next.node.namedChildren : [next.node],
              scope,
              frame,
              pipeFrom(this.run.out, output)
            );
          else output = concat(output, this.walk(next.node, scope, frame));
        }
        return output;
      }
      /**
       * tree-sitter-bash drops a word standing right before a heredoc (`kubectl apply -f - <<EOF`): the
       * text between the command and its redirects is read back here.
       */
      lostWords(node2, body) {
        const words = [];
        let position = body.endIndex;
        for (const child of node2.namedChildren) {
          if (!child || child.id === body.id || child.startIndex < position) continue;
          const gap = this.source.slice(position, child.startIndex).trim();
          if (gap !== "") {
            if (/^[A-Za-z0-9 \t_./:=,@%+-]+$/.test(gap)) words.push(...gap.split(/[ \t]+/).map((text) => ({ text, dynamic: false })));
            else addUnreadable(this.run, "parse-error", `parse error: unparsed text ${JSON.stringify(gap.slice(0, 40))}`, gap.slice(0, 200));
          }
          position = child.endIndex;
        }
        return words;
      }
      /** Reads one redirect; returns the stdin it sets up, if it does. */
      redirect(node2, scope, frame, redirects, continuations, extraWords) {
        const runner = this.runner(frame);
        let innerStdin;
        if (node2.type === "herestring_redirect") {
          const word = node2.namedChildren.find((c) => c && c.type !== "file_descriptor");
          if (!word) return void 0;
          const value = evalSingle(word, runner, scope);
          return { kind: "herestring", ...value.dynamic ? {} : { text: `${value.text}
` } };
        }
        if (node2.type === "heredoc_redirect") {
          let piped = false;
          for (let index = 0; index < node2.childCount; index++) {
            const child = node2.child(index);
            if (!child) continue;
            const field = node2.fieldNameForChild(index);
            if (field === "argument") {
              extraWords.push(...evalFields(child, runner, scope));
              continue;
            }
            if (field === "redirect" && REDIRECTS.has(child.type)) {
              const inner = this.redirect(child, scope, frame, redirects, continuations, extraWords);
              if (inner) innerStdin = inner;
              continue;
            }
            if (!child.isNamed) {
              if (child.type === "|" || child.type === "|&") piped = true;
              else if (child.type === "&&" || child.type === "||" || child.type === ";") piped = false;
              continue;
            }
            if (/^heredoc_(start|body|end)$/.test(child.type) || child.type === "file_descriptor") continue;
            continuations.push({ node: child, piped: piped || child.type === "pipeline" });
            piped = false;
          }
          return innerStdin ?? { kind: "heredoc", text: this.heredocText(node2, scope, frame) };
        }
        const destination = node2.childForFieldName("destination") ?? node2.namedChildren.find((c) => c && c.type !== "file_descriptor");
        const descriptor = node2.childForFieldName("descriptor")?.text ?? "";
        const op = node2.children.find((c) => c && !c.isNamed)?.type ?? ">";
        const target2 = destination ? evalSingle(destination, runner, scope).text : "";
        redirects.push({ op: descriptor + op, target: target2 });
        if (op === "<" && (descriptor === "" || descriptor === "0")) return { kind: "file", from: target2 };
        return void 0;
      }
      heredocText(node2, scope, frame) {
        const start = node2.namedChildren.find((c) => c?.type === "heredoc_start");
        const body = node2.namedChildren.find((c) => c?.type === "heredoc_body");
        const end = node2.namedChildren.find((c) => c?.type === "heredoc_end");
        if (!body) return "";
        const lineStart = (index) => this.source.lastIndexOf("\n", index - 1) + 1;
        const from = lineStart(body.startIndex);
        const to = end ? lineStart(end.startIndex) : body.endIndex;
        const stripTabs = node2.children.some((c) => c?.type === "<<-");
        let text;
        if (start && /['"\\]/.test(start.text)) {
          text = this.source.slice(from, to);
        } else {
          const runner = this.runner(frame);
          text = "";
          let position = from;
          for (const child of body.namedChildren) {
            if (!child || child.type === "heredoc_content") continue;
            text += unescapeHeredoc(this.source.slice(position, child.startIndex));
            const value = evalSingle(child, runner, scope);
            text += value.dynamic ? child.text : value.text;
            position = child.endIndex;
          }
          text += unescapeHeredoc(this.source.slice(position, Math.max(position, to)));
        }
        return stripTabs ? text.replace(/^\t+/gm, "") : text;
      }
      command(node2, scope, frame, redirects, stdin, text = node2.text, lostWords = []) {
        const runner = this.runner(frame);
        const raw = { words: [], assignments: [], redirects: [...redirects], text };
        const continuations = [];
        let previousEnd = -1;
        for (const child of node2.namedChildren) {
          if (!child) continue;
          if (child.type === "variable_assignment") raw.assignments.push(this.assignment(child, scope, frame));
          else if (REDIRECTS.has(child.type)) stdin = this.redirect(child, scope, frame, raw.redirects, continuations, lostWords) ?? stdin;
          else if (child.type === "command_name" || WORDISH.has(child.type)) {
            const fields = evalFields(child, runner, scope);
            const previous = raw.words[raw.words.length - 1];
            if (previous && fields.length > 0 && previousEnd >= 0 && this.source.slice(previousEnd, child.startIndex) === "\\\n") {
              const [first, ...rest] = fields;
              previous.text += first.text;
              previous.dynamic ||= first.dynamic;
              raw.words.push(...rest);
            } else raw.words.push(...fields);
            previousEnd = child.endIndex;
          } else this.runner(frame).substitutionsIn(child, scope);
        }
        raw.words.push(...lostWords);
        if (stdin) raw.stdin = stdin;
        const emitted = this.analyzer.emit(raw, scope, frame);
        let output = raw.words.length === 0 ? "" : emitted ? staticOutput(emitted) : void 0;
        if (raw.redirects.some((r) => /^1?>[>|]?$|^&>/.test(r.op))) output = "";
        for (const next of continuations) {
          output = next.piped ? this.pipeline([next.node], scope, frame, pipeFrom(this.run.out, output)) : concat(output, this.walk(next.node, scope, frame));
        }
        return output;
      }
      assignment(node2, scope, frame) {
        const name = node2.childForFieldName("name")?.text ?? node2.text.split(/\+?=/)[0];
        const value = node2.childForFieldName("value");
        const append = node2.text.slice(name.length).startsWith("+=");
        if (value?.type === "array") {
          const elements = value.namedChildren.flatMap((child) => child ? evalFields(child, this.runner(frame), scope) : []);
          return { name, append, value: { text: elements.map((e) => e.text).join(" "), dynamic: elements.some((e) => e.dynamic), elements } };
        }
        return { name, append, value: value ? evalSingle(value, this.runner(frame), scope) : { text: "", dynamic: false } };
      }
      assignmentsOnly(node2, scope, frame) {
        const nodes = node2.type === "variable_assignment" ? [node2] : node2.namedChildren.filter((c) => c?.type === "variable_assignment");
        const raw = { words: [], assignments: nodes.map((n) => this.assignment(n, scope, frame)), redirects: [], text: node2.text };
        this.analyzer.emit(raw, scope, frame);
        return "";
      }
      /** export/declare/local/readonly/typeset/unset: words through the same pipeline as the plain path. */
      declaration(node2, scope, frame) {
        const runner = this.runner(frame);
        const keyword = node2.child(0)?.type ?? "declare";
        const words = [{ text: keyword, dynamic: false }];
        for (const child of node2.namedChildren) {
          if (!child) continue;
          if (child.type === "variable_assignment") {
            const { name, append, value } = this.assignment(child, scope, frame);
            words.push({ text: `${name}${append ? "+=" : "="}${value.text}`, dynamic: value.dynamic });
          } else words.push(...evalFields(child, runner, scope));
        }
        const emitted = this.analyzer.emit({ words, assignments: [], redirects: [], text: node2.text }, scope, frame);
        return emitted ? staticOutput(emitted) : void 0;
      }
      defineFunction(node2, scope) {
        const name = node2.childForFieldName("name")?.text;
        const body = node2.childForFieldName("body");
        if (name && body) scope.functions.set(name, { call: (callScope, frame) => void this.walk(body, callScope, frame) });
        return "";
      }
      forLoop(node2, scope, frame) {
        const variable = node2.childForFieldName("variable")?.text;
        const body = node2.childForFieldName("body");
        if (!body) return;
        const valueNodes = node2.childrenForFieldName("value").filter((c) => c !== null);
        if (!variable) {
          this.walk(body, scope, frame);
          return;
        }
        const inList = node2.children.some((c) => c?.type === "in");
        const values = inList ? valueNodes.flatMap((v) => evalFields(v, this.runner(frame), scope)) : [{ text: "$@", dynamic: true }];
        if (values.length > this.run.budget.limits.maxLoopValues) {
          throw new BoundHit(`loop over more than ${this.run.budget.limits.maxLoopValues} values`);
        }
        for (const value of values) {
          scope.set(variable, value.text, value.dynamic);
          this.walk(body, scope, frame);
        }
      }
      caseStatement(node2, scope, frame) {
        const value = node2.childForFieldName("value");
        if (value) this.runner(frame).substitutionsIn(value, scope);
        for (const item of node2.namedChildren) {
          if (item?.type !== "case_item") continue;
          const patterns = new Set(item.childrenForFieldName("value").map((p) => p?.id));
          for (const child of item.namedChildren) {
            if (!child) continue;
            if (patterns.has(child.id)) this.runner(frame).substitutionsIn(child, scope);
            else this.walk(child, scope, frame);
          }
        }
        return void 0;
      }
      /** Word evaluation's view of this walker, at one frame. */
      runner(frame) {
        const inner = { ...frame, stdin: void 0 };
        return {
          source: this.source,
          node: () => this.run.budget.node(),
          commandSubstitution: (node2, scope) => {
            const output = this.statements(node2.namedChildren, scope.child(), inner);
            return output?.replace(/\n+$/, "");
          },
          processSubstitution: (node2, scope) => this.statements(node2.namedChildren, scope.child(), inner),
          substitutionsIn: (node2, scope) => this.substitutionsIn(node2, scope, inner)
        };
      }
      substitutionsIn(node2, scope, frame) {
        this.run.budget.node();
        if (node2.type === "command_substitution" || node2.type === "process_substitution") {
          this.statements(node2.namedChildren, scope.child(), frame);
          return;
        }
        for (const child of node2.namedChildren) if (child) this.substitutionsIn(child, scope, frame);
      }
    };
  }
});

// src/shell/wrappers.ts
function skipOptions(words, start, spec) {
  let i = start;
  while (i < words.length) {
    const text = words[i].text;
    if (text === "--") return i + 1;
    if (text.startsWith("--")) {
      const name = text.slice(2).split("=")[0];
      i += !text.includes("=") && spec.longWithArg?.has(name) ? 2 : 1;
      continue;
    }
    if (!text.startsWith("-") || text === "-") return i;
    let consumed = 1;
    for (let k = 1; k < text.length; k++) {
      if (spec.withArg.has(text[k])) {
        if (k === text.length - 1) consumed = 2;
        break;
      }
    }
    i += consumed;
  }
  return i;
}
function leadingAssignments(words, start) {
  const assignments = [];
  let i = start;
  for (; i < words.length; i++) {
    const parsed = splitAssignment(words[i].text);
    if (!parsed) break;
    assignments.push({ name: parsed.name, append: parsed.append, value: { text: parsed.value, dynamic: words[i].dynamic } });
  }
  return { index: i, assignments };
}
function argv(label, words, extra = {}) {
  if (words.length === 0) return void 0;
  return { kind: "argv", label, commands: [{ words, ...extra }] };
}
function joined(label, words, remote = false) {
  if (words.length === 0) return void 0;
  const dynamic = words.some((w) => w.dynamic);
  const text = words.map((w) => w.text).join(" ");
  return { kind: "text", label, text: dynamic ? void 0 : text, source: text, remote };
}
function suCommand(label, words) {
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    if (t === "-c" || t === "--command") return joined(`${label} -c`, words.slice(i + 1, i + 2));
    if (t.startsWith("--command=")) return joined(`${label} -c`, [{ ...words[i], text: t.slice("--command=".length) }]);
  }
  return void 0;
}
function afterDoubleDash(label, words, verb) {
  if (words[1]?.text !== verb) return void 0;
  const dash = words.findIndex((w) => w.text === "--");
  return dash > 0 ? argv(label, words.slice(dash + 1)) : void 0;
}
function xargs(words, stdin) {
  let replace;
  let i = 1;
  while (i < words.length) {
    const t = words[i].text;
    if (t === "--") {
      i += 1;
      break;
    }
    if (!t.startsWith("-") || t === "-") break;
    if (t === "-I") {
      replace = words[i + 1]?.text;
      i += 2;
    } else if (t.startsWith("-I")) {
      replace = t.slice(2);
      i += 1;
    } else if (t === "-i" || t === "--replace") {
      replace = "{}";
      i += 1;
    } else if (t.startsWith("--replace=") || t.startsWith("-i") && t.length > 2) {
      replace = t.startsWith("-i") ? t.slice(2) : t.slice("--replace=".length);
      i += 1;
    } else if (/^-[nLPsdEa]$/.test(t)) i += 2;
    else i += 1;
  }
  const command = words.slice(i);
  const inner = command.length > 0 ? command : [{ text: "echo", dynamic: false }];
  const input = stdin?.text;
  if (input === void 0) {
    const unknown2 = { text: "{xargs input}", dynamic: true };
    const bodyAt = SHELLS.has(inner[0].text) ? inner.findIndex((w) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(w.text)) + 1 : 0;
    const words2 = replace !== void 0 ? inner.map(
      (w, k) => !w.text.includes(replace) ? w : k === bodyAt && bodyAt > 0 && !w.dynamic ? { ...w, text: w.text.split(replace).join('"${__xargs_input}"') } : { ...w, dynamic: true }
    ) : [...inner, unknown2];
    return { kind: "argv", label: "xargs", commands: [{ words: words2 }] };
  }
  if (replace !== void 0) {
    const lines = input.split("\n").filter((line) => line.trim() !== "").slice(0, 64);
    return {
      kind: "argv",
      label: "xargs",
      commands: lines.map((line) => ({ words: inner.map((w) => ({ ...w, text: w.text.split(replace).join(line) })) }))
    };
  }
  const items = input.split(/[ \t\n]+/).filter(Boolean).map((text) => ({ text, dynamic: false }));
  return { kind: "argv", label: "xargs", commands: [{ words: [...inner, ...items] }] };
}
function parallel(words, stdin) {
  let i = 1;
  while (i < words.length && words[i].text.startsWith("-") && !PARALLEL_SEPARATORS.has(words[i].text)) {
    const t = words[i].text;
    if (t === "--") {
      i += 1;
      break;
    }
    i += t.length === 2 && PARALLEL_VALUED.has(t[1]) ? 2 : 1;
  }
  let end = i;
  while (end < words.length && !PARALLEL_SEPARATORS.has(words[end].text)) end++;
  const template = words.slice(i, end);
  const inputs = [];
  for (let k = end; k < words.length; k++) if (!PARALLEL_SEPARATORS.has(words[k].text)) inputs.push(words[k]);
  if (end === words.length && stdin?.text !== void 0) {
    inputs.push(
      ...stdin.text.split("\n").filter((l) => l.trim() !== "").map((text2) => ({ text: text2, dynamic: false }))
    );
  }
  const dynamic = template.some((w) => w.dynamic) || inputs.some((w) => w.dynamic) || end === words.length && stdin?.text === void 0 && template.length === 0;
  const body = template.map((w) => w.text).join(" ");
  const texts = template.length === 0 ? inputs.map((w) => w.text) : inputs.length === 0 ? [body.replace(/\{[^}]*\}/g, '"${__parallel_input}"')] : inputs.slice(0, 64).map((w) => /\{[^}]*\}/.test(body) ? body.replace(/\{[^}]*\}/g, w.text) : `${body} ${w.text}`);
  if (texts.length === 0) return void 0;
  const text = texts.join("\n");
  return {
    kind: "text",
    label: "parallel",
    text: dynamic && template.every((w) => !w.dynamic) && template.length > 0 ? text : dynamic ? void 0 : text,
    source: text
  };
}
function find(words) {
  const commands = [];
  for (let i = 1; i < words.length; i++) {
    if (!/^-(exec|execdir|ok|okdir)$/.test(words[i].text)) continue;
    const start = i + 1;
    let end = start;
    while (end < words.length && words[end].text !== ";" && !(words[end].text === "+" && words[end - 1]?.text === "{}")) end++;
    if (end > start) commands.push({ words: words.slice(start, end) });
    i = end;
  }
  return commands.length > 0 ? { kind: "argv", label: "find -exec", commands } : void 0;
}
function docker(words) {
  const verbAt = skipOptions(words, 1, {
    withArg: set("H", "c", "l"),
    longWithArg: set("host", "context", "config", "log-level", "tlscacert", "tlscert", "tlskey")
  });
  let at = verbAt;
  if (words[at]?.text === "container") at += 1;
  const verb = words[at]?.text;
  if (verb === "exec") {
    const i2 = skipOptions(words, at + 1, {
      withArg: set("e", "u", "w"),
      longWithArg: set("env", "env-file", "user", "workdir", "detach-keys")
    });
    const inner2 = argv("docker exec", words.slice(i2 + 1));
    if (inner2 && inner2.kind === "argv") inner2.remote = true;
    return inner2;
  }
  if (verb !== "run" && verb !== "create") return void 0;
  const i = skipOptions(words, at + 1, { withArg: DOCKER_RUN_WITH_ARG, longWithArg: DOCKER_RUN_LONG_WITH_ARG });
  const image = words[i];
  if (!image) return void 0;
  const args = words.slice(i + 1);
  let entrypoint;
  for (let k = at + 1; k < i; k++) {
    const t = words[k].text;
    if (t === "--entrypoint") entrypoint = words[k + 1];
    else if (t.startsWith("--entrypoint=")) entrypoint = { ...words[k], text: t.slice("--entrypoint=".length) };
  }
  let inner = args;
  if (entrypoint && entrypoint.text !== "") inner = [entrypoint, ...args];
  else {
    const known = ENTRYPOINT_IMAGES.find(([pattern]) => pattern.test(image.text));
    if (known) inner = [{ text: known[1], dynamic: false }, ...args];
  }
  const result = argv("docker run", inner);
  if (result && result.kind === "argv") result.remote = true;
  return result;
}
function unwrap(words, stdin) {
  if (words.length === 0 || words[0].dynamic) return void 0;
  const handler = Object.hasOwn(WRAPPERS, words[0].text) ? WRAPPERS[words[0].text] : void 0;
  return handler?.(words, stdin);
}
var set, WRAPPERS, PARALLEL_VALUED, PARALLEL_SEPARATORS, DOCKER_RUN_WITH_ARG, DOCKER_RUN_LONG_WITH_ARG, ENTRYPOINT_IMAGES;
var init_wrappers = __esm({
  "src/shell/wrappers.ts"() {
    "use strict";
    init_interpreters();
    init_variables();
    set = (...items) => new Set(items);
    WRAPPERS = {
      sudo(words) {
        const i = skipOptions(words, 1, {
          withArg: set("u", "g", "p", "C", "D", "r", "t", "U", "T", "R", "h"),
          longWithArg: set("user", "group", "prompt", "close-from", "chdir", "role", "type", "other-user", "command-timeout", "chroot", "host")
        });
        const { index, assignments } = leadingAssignments(words, i);
        return argv("sudo", words.slice(index), { assignments });
      },
      doas(words) {
        return argv("doas", words.slice(skipOptions(words, 1, { withArg: set("u", "C") })));
      },
      env(words) {
        const i = skipOptions(words, 1, {
          withArg: set("u", "C", "S"),
          longWithArg: set("unset", "chdir", "split-string", "block-signal", "default-signal", "ignore-signal")
        });
        const split = words.findIndex((w, k) => k < i && (w.text === "-S" || w.text.startsWith("--split-string")));
        const { index, assignments } = leadingAssignments(words, i);
        if (split > 0) {
          const inline = words[split].text.startsWith("--split-string=");
          return joined(
            "env -S",
            words.slice(inline ? split : split + 1).map((w, k) => k === 0 && inline ? { ...w, text: w.text.slice(w.text.indexOf("=") + 1) } : w)
          );
        }
        return argv("env", words.slice(index), { assignments });
      },
      command(words) {
        const i = skipOptions(words, 1, { withArg: set() });
        if (words.slice(1, i).some((w) => /^-[a-zA-Z]*[vV]/.test(w.text))) return void 0;
        return argv("command", words.slice(i));
      },
      builtin: (words) => argv("builtin", words.slice(1)),
      coproc: (words) => argv("coproc", words.slice(1)),
      exec: (words) => argv("exec", words.slice(skipOptions(words, 1, { withArg: set("a") }))),
      time: (words) => argv("time", words.slice(skipOptions(words, 1, { withArg: set("f", "o"), longWithArg: set("format", "output") }))),
      nohup: (words) => argv("nohup", words.slice(skipOptions(words, 1, { withArg: set() }))),
      nice(words) {
        let i = 1;
        while (i < words.length) {
          const t = words[i].text;
          if (t === "-n" || t === "--adjustment") i += 2;
          else if (/^-(n)?-?\d+$/.test(t) || t.startsWith("--adjustment=") || /^-n.+/.test(t)) i += 1;
          else if (t === "--") {
            i += 1;
            break;
          } else break;
        }
        return argv("nice", words.slice(i));
      },
      // busybox APPLET ARGS runs the applet (sh, ash, env, ...) as if called by that name
      busybox: (words) => argv("busybox", words.slice(1)),
      chrt(words) {
        const i = skipOptions(words, 1, { withArg: set("T", "P", "D"), longWithArg: set("sched-runtime", "sched-period", "sched-deadline") });
        if (words.slice(1, i).some((w) => /^-[a-zA-Z]*p$|^--pid$/.test(w.text))) return void 0;
        const prio = /^\d+$/.test(words[i]?.text ?? "") ? i + 1 : i;
        return argv("chrt", words.slice(prio));
      },
      "systemd-run"(words) {
        const assignments = [];
        const valued = set("p", "u", "E", "M", "H", "C");
        const longValued = set(
          "property",
          "unit",
          "description",
          "setenv",
          "uid",
          "gid",
          "nice",
          "working-directory",
          "machine",
          "host",
          "slice",
          "on-active",
          "on-boot",
          "on-startup",
          "on-unit-active",
          "on-unit-inactive",
          "on-calendar",
          "on-clock-change",
          "timer-property",
          "path-property",
          "socket-property",
          "service-type",
          "capsule",
          "json"
        );
        let i = 1;
        for (; i < words.length; i++) {
          const t = words[i].text;
          if (t === "--") {
            i += 1;
            break;
          }
          if (!t.startsWith("-") || t === "-") break;
          const long = t.startsWith("--") ? t.slice(2).split("=")[0] : void 0;
          const takes = long !== void 0 ? longValued.has(long) && !t.includes("=") : valued.has(t[t.length - 1]) && t.length === 2;
          const value = takes ? words[i + 1] : long !== void 0 && t.includes("=") ? { ...words[i], text: t.slice(t.indexOf("=") + 1) } : void 0;
          if ((t === "-E" || long === "setenv") && value) {
            const parsed = splitAssignment(value.text);
            if (parsed) assignments.push({ name: parsed.name, append: false, value: { text: parsed.value, dynamic: value.dynamic } });
          }
          if (takes) i += 1;
        }
        return argv("systemd-run", words.slice(i), { assignments });
      },
      parallel: (words, stdin) => parallel(words, stdin),
      ionice: (words) => argv("ionice", words.slice(skipOptions(words, 1, { withArg: set("c", "n", "p", "P", "u") }))),
      timeout(words) {
        const i = skipOptions(words, 1, { withArg: set("s", "k"), longWithArg: set("signal", "kill-after") });
        return argv("timeout", words.slice(i + 1));
      },
      stdbuf: (words) => argv("stdbuf", words.slice(skipOptions(words, 1, { withArg: set("i", "o", "e"), longWithArg: set("input", "output", "error") }))),
      xargs: (words, stdin) => xargs(words, stdin),
      watch(words) {
        const i = skipOptions(words, 1, {
          withArg: set("n", "q"),
          longWithArg: set("interval", "equexit")
        });
        const exec = words.slice(1, i).some((w) => w.text === "--exec" || /^-[a-zA-Z]*x/.test(w.text));
        return exec ? argv("watch", words.slice(i)) : joined("watch", words.slice(i));
      },
      find: (words) => find(words),
      script(words) {
        for (let i = 1; i < words.length; i++) {
          const t = words[i].text;
          if (t === "-c" || t === "--command") return joined("script -c", words.slice(i + 1, i + 2));
          if (t.startsWith("--command=")) return joined("script -c", [{ ...words[i], text: t.slice("--command=".length) }]);
          if (/^-[a-zA-Z]*c$/.test(t)) return joined("script -c", words.slice(i + 1, i + 2));
        }
        return void 0;
      },
      su: (words) => suCommand("su", words),
      runuser: (words) => suCommand("runuser", words),
      flock(words) {
        const i = skipOptions(words, 1, { withArg: set("w", "E", "c"), longWithArg: set("timeout", "wait", "conflict-exit-code", "command") });
        const inline = words.findIndex((w, k) => k >= 1 && (w.text === "-c" || w.text === "--command"));
        if (inline > 0) return joined("flock", words.slice(inline + 1, inline + 2));
        return argv("flock", words.slice(i + 1));
      },
      chroot(words) {
        const i = skipOptions(words, 1, { withArg: set(), longWithArg: set("userspec", "groups") });
        return argv("chroot", words.slice(i + 1));
      },
      setsid: (words) => argv("setsid", words.slice(skipOptions(words, 1, { withArg: set() }))),
      unbuffer: (words) => argv("unbuffer", words.slice(skipOptions(words, 1, { withArg: set() }))),
      chronic: (words) => argv("chronic", words.slice(skipOptions(words, 1, { withArg: set() }))),
      caffeinate: (words) => argv("caffeinate", words.slice(skipOptions(words, 1, { withArg: set("t", "w") }))),
      torsocks: (words) => argv("torsocks", words.slice(skipOptions(words, 1, { withArg: set("u", "p", "a", "P") }))),
      proxychains: (words) => argv("proxychains", words.slice(skipOptions(words, 1, { withArg: set("f") }))),
      proxychains4: (words) => argv("proxychains4", words.slice(skipOptions(words, 1, { withArg: set("f") }))),
      taskset(words) {
        const i = skipOptions(words, 1, { withArg: set() });
        return argv("taskset", words.slice(i + 1));
      },
      op: (words) => afterDoubleDash("op run", words, "run"),
      infisical: (words) => afterDoubleDash("infisical run", words, "run"),
      chamber: (words) => afterDoubleDash("chamber exec", words, "exec"),
      dotenv: (words) => {
        const dash = words.findIndex((w) => w.text === "--");
        return dash > 0 ? argv("dotenv", words.slice(dash + 1)) : void 0;
      },
      direnv(words) {
        if (words[1]?.text !== "exec") return void 0;
        return argv("direnv exec", words.slice(3));
      },
      mise(words) {
        if (words[1]?.text !== "exec" && words[1]?.text !== "x") return void 0;
        const dash = words.findIndex((w) => w.text === "--");
        return dash > 0 ? argv("mise exec", words.slice(dash + 1)) : void 0;
      },
      "nix-shell"(words) {
        const at = words.findIndex((w) => w.text === "--run" || w.text === "--command");
        return at > 0 ? joined("nix-shell --run", words.slice(at + 1, at + 2)) : void 0;
      },
      nix(words) {
        if (words[1]?.text !== "develop" && words[1]?.text !== "shell") return void 0;
        const at = words.findIndex((w) => w.text === "-c" || w.text === "--command");
        return at > 0 ? argv(`nix ${words[1].text}`, words.slice(at + 1)) : void 0;
      },
      "aws-vault"(words) {
        if (words[1]?.text !== "exec") return void 0;
        const dash = words.findIndex((w) => w.text === "--");
        if (dash > 0) return argv("aws-vault exec", words.slice(dash + 1));
        const i = skipOptions(words, 2, { withArg: set("d", "t", "j"), longWithArg: set("duration", "region", "prompt", "mfa-token") });
        return argv("aws-vault exec", words.slice(i + 1));
      },
      doppler(words) {
        if (words[1]?.text !== "run") return void 0;
        for (let i2 = 2; i2 < words.length; i2++) {
          const t = words[i2].text;
          if (t === "--") return argv("doppler run", words.slice(i2 + 1));
          if (t === "--command") return joined("doppler run", words.slice(i2 + 1, i2 + 2));
          if (t.startsWith("--command=")) return joined("doppler run", [{ ...words[i2], text: t.slice("--command=".length) }]);
        }
        const i = skipOptions(words, 2, { withArg: set("p", "c", "t"), longWithArg: set("project", "config", "token", "scope", "fallback") });
        return argv("doppler run", words.slice(i));
      },
      ssh(words) {
        const i = skipOptions(words, 1, {
          withArg: set("b", "c", "D", "E", "e", "F", "I", "i", "J", "L", "l", "m", "O", "o", "p", "Q", "R", "S", "W", "w", "B")
        });
        const remote = joined("ssh", words.slice(i + 1), true);
        return remote;
      },
      docker: (words) => docker(words),
      podman: (words) => docker(words),
      kubectl(words) {
        const verbAt = skipOptions(words, 1, {
          withArg: set("n", "s"),
          longWithArg: set("namespace", "context", "kubeconfig", "cluster", "user", "server", "token", "as", "as-group")
        });
        if (words[verbAt]?.text !== "exec") return void 0;
        const dash = words.findIndex((w, k) => k > verbAt && w.text === "--");
        if (dash < 0) return void 0;
        const inner = argv("kubectl exec", words.slice(dash + 1));
        if (inner && inner.kind === "argv") inner.remote = true;
        return inner;
      }
    };
    PARALLEL_VALUED = set("j", "S", "I", "N", "n", "L", "P", "E", "d", "a", "C", "X", "l", "s", "W", "M");
    PARALLEL_SEPARATORS = /* @__PURE__ */ new Set([":::", "::::", ":::+", "::::+"]);
    DOCKER_RUN_WITH_ARG = set("e", "v", "w", "p", "u", "l", "m", "h", "c", "a");
    DOCKER_RUN_LONG_WITH_ARG = set(
      "env",
      "volume",
      "workdir",
      "name",
      "entrypoint",
      "publish",
      "network",
      "net",
      "user",
      "env-file",
      "mount",
      "platform",
      "label",
      "pull",
      "memory",
      "cpus",
      "hostname",
      "add-host",
      "cap-add",
      "cap-drop",
      "device",
      "dns",
      "expose",
      "gpus",
      "ipc",
      "log-driver",
      "log-opt",
      "restart",
      "runtime",
      "security-opt",
      "shm-size",
      "tmpfs",
      "ulimit",
      "volumes-from",
      "attach",
      "cidfile",
      "cpu-shares",
      "detach-keys",
      "group-add",
      "health-cmd",
      "link",
      "pid",
      "stop-signal",
      "stop-timeout",
      "userns",
      "uts"
    );
    ENTRYPOINT_IMAGES = [
      [/(^|\/)hashicorp\/terraform([:@]|$)/, "terraform"],
      [/(^|\/)opentofu\/opentofu([:@]|$)/, "tofu"],
      [/(^|\/)alpine\/terragrunt([:@]|$)/, "terragrunt"],
      [/(^|\/)bitnami\/kubectl([:@]|$)/, "kubectl"],
      [/(^|\/)alpine\/helm([:@]|$)/, "helm"]
    ];
  }
});

// src/shell/written-scripts.ts
function writtenText(cmd, path) {
  const name = cmd.argv[0];
  const same = (target2) => target2 === path || basename(target2) === basename(path);
  const redirected = cmd.redirects.some((r) => /^(>|>>|>\||&>|1>)$/.test(r.op) && same(r.target));
  const teed = name === "tee" && cmd.argv.slice(1).some(same);
  if (!redirected && !teed) return null;
  if (cmd.dynamic.some(Boolean)) return void 0;
  if (teed || name === "cat") return cmd.stdin?.text;
  if (name === "echo")
    return cmd.argv.slice(1).filter((a, i) => !(i === 0 && /^-[neE]+$/.test(a))).join(" ");
  if (name === "printf" && cmd.argv.length === 2) return cmd.argv[1].replace(/\\n/g, "\n");
  return void 0;
}
function writtenScript(earlier, path) {
  for (let j = earlier.length - 1; j >= 0; j--) {
    const text = writtenText(earlier[j], path);
    if (text !== null) return text;
  }
  return null;
}
var basename;
var init_written_scripts = __esm({
  "src/shell/written-scripts.ts"() {
    "use strict";
    basename = (p) => p.replace(/\/+$/, "").split("/").pop() ?? p;
  }
});

// src/shell/pipeline.ts
import { posix as posix2 } from "node:path";
function hiddenSubcommand(cmd) {
  if (!SUBCOMMAND_TOOLS.has(cmd.argv[0] ?? "")) return void 0;
  for (let i = 1; i < cmd.argv.length; i++) {
    const word = cmd.argv[i];
    if (cmd.dynamic[i] && !word.startsWith("-")) {
      return `\`${cmd.argv[0]}\` is given a subcommand that cannot be read statically (${word.slice(0, 60)})`;
    }
    if (!word.startsWith("-")) return void 0;
    if (!word.includes("=") && VALUED_GLOBALS.test(word)) i++;
  }
  return void 0;
}
function toolEnvironment(raw, scope) {
  let values;
  const dynamic = /* @__PURE__ */ new Set();
  for (const [name, value] of scope.vars) {
    if (!isToolVariable(name)) continue;
    values ??= {};
    values[name] = value.text;
    if (value.dynamic) dynamic.add(name);
    else dynamic.delete(name);
  }
  for (const { name, append, value } of raw.assignments) {
    if (!isToolVariable(name)) continue;
    values ??= {};
    values[name] = (append ? values[name] ?? "" : "") + value.text;
    if (value.dynamic) dynamic.add(name);
    else dynamic.delete(name);
  }
  return values ? { values, dynamic } : void 0;
}
function programName(word) {
  if (word.dynamic || !word.text.includes("/") || word.text.endsWith("/")) return word;
  return { ...word, text: posix2.basename(word.text) };
}
function splitBlankProgram(word) {
  if (word.dynamic || !/[ \t\n]/.test(word.text.trim())) return [word];
  return word.text.trim().split(/[ \t\n]+/).map((text) => ({ text, dynamic: false }));
}
function remoteScope(scope) {
  const remote = scope.child();
  remote.cwd = void 0;
  return remote;
}
function readInto(names, input, scope, separators) {
  if (input === void 0) {
    for (const name of names) scope.set(name, "", true);
    return;
  }
  const lines = input.split("\n").filter((line) => line !== "");
  if (lines.length !== 1) {
    for (const name of names) scope.set(name, lines.join(" "), true);
    return;
  }
  const blanks = separators.replace(/[^ \t\n]/g, "");
  const others = separators.replace(/[ \t\n]/g, "");
  const pattern = new RegExp(`[${escapeClass(others)}]|[${escapeClass(blanks) || " "}]+`);
  const fields = lines[0].trim().split(pattern);
  names.forEach((name, index) => {
    const value = index === names.length - 1 ? fields.slice(index).join(" ") : fields[index] ?? "";
    scope.set(name, value, false);
  });
}
function escapeClass(chars) {
  return chars.replace(/[\\\]^-]/g, "\\$&").replace(/\t/g, "\\t").replace(/\n/g, "\\n");
}
function shellQuote(text) {
  return /^[A-Za-z0-9_./:=,@%+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
function applyBuiltin(command, scope) {
  const [program, ...args] = command.argv;
  const dynamicArg = (index) => command.dynamic[index + 1];
  switch (program) {
    case "cd":
    case "pushd": {
      const index = args.findIndex((a) => !/^-[LPe@]+$/.test(a) || a === "-");
      const target2 = index >= 0 ? args[index] : "~";
      if (index >= 0 && args[index] === "-") scope.cwd = void 0;
      else if (target2.startsWith("/") || target2.startsWith("~") || scope.cwd === void 0 || index >= 0 && dynamicArg(index)) {
        scope.cwd = target2;
      } else scope.cwd = posix2.normalize(posix2.join(scope.cwd, target2));
      return;
    }
    case "popd":
      scope.cwd = void 0;
      return;
    case "alias":
      for (const arg of args) {
        const eq = arg.indexOf("=");
        if (eq > 0) scope.aliases.set(arg.slice(0, eq), arg.slice(eq + 1));
      }
      return;
    case "unalias":
      for (const arg of args) {
        if (arg === "-a") scope.aliases.clear();
        else scope.aliases.delete(arg);
      }
      return;
    case "set": {
      const dash = args.indexOf("--");
      const start = dash >= 0 ? dash + 1 : args.findIndex((a) => !/^[-+]/.test(a));
      if (start < 0 || dash < 0 && args.slice(0, start).some((a) => /^[-+][a-zA-Z]*o$/.test(a))) return;
      const zero = scope.get("0") ?? { text: "bash", dynamic: false };
      scope.setPositional([zero, ...args.slice(start).map((text, k) => ({ text, dynamic: dynamicArg(start + k) }))]);
      return;
    }
    case "unset":
      for (const arg of args) if (!arg.startsWith("-")) scope.unset(arg);
      return;
    case "read":
    case "mapfile":
    case "readarray": {
      const names = [];
      for (let i = 0; i < args.length; i++) {
        if (/^-[pdntuNCca]$/.test(args[i])) {
          if (args[i] === "-a") names.push(args[i + 1]);
          i += 1;
        } else if (!args[i].startsWith("-")) names.push(args[i]);
      }
      if (names.length === 0) names.push(program === "read" ? "REPLY" : "MAPFILE");
      readInto(names, command.stdin?.text, scope, command.assignments.IFS ?? fieldSeparators(scope));
      return;
    }
    case "printf": {
      if (args[0] !== "-v" || args[1] === void 0) return;
      const output = staticOutput({ ...command, argv: ["printf", ...args.slice(2)], dynamic: [false, ...command.dynamic.slice(3)] });
      scope.set(args[1], output ?? "", output === void 0);
      return;
    }
    default:
      if (!DECLARATIONS.has(program)) return;
  }
  const flags = args.filter((a) => /^[-+][a-zA-Z]+$/.test(a)).join("");
  if (flags.includes("f")) return;
  const exported = program === "export" || /-[a-zA-Z]*x/.test(flags);
  args.forEach((arg, index) => {
    if (/^[-+][a-zA-Z]+$/.test(arg)) return;
    const parsed = splitAssignment(arg);
    if (parsed) {
      const previous = parsed.append ? scope.get(parsed.name)?.text ?? "" : "";
      scope.set(parsed.name, previous + parsed.value, dynamicArg(index), exported || void 0);
    } else if (exported) scope.export(arg);
  });
}
var Analyzer, SUBCOMMAND_TOOLS, VALUED_GLOBALS, DECLARATIONS;
var init_pipeline = __esm({
  "src/shell/pipeline.ts"() {
    "use strict";
    init_context();
    init_interpreters();
    init_lexer_plain();
    init_output();
    init_program_name();
    init_tool_env();
    init_tree();
    init_variables();
    init_wrappers();
    init_written_scripts();
    Analyzer = class {
      constructor(run6) {
        this.run = run6;
      }
      run;
      /** Analyses shell text found at `frame` (top level, or inside bash -c / eval / stdin ...). */
      analyzeText(text, scope, frame) {
        const { budget } = this.run;
        budget.depth(frame.depth);
        budget.clock();
        if (text.includes("\0")) {
          addUnreadable(this.run, "encoding", "command contains a NUL byte, which bash cannot take");
          text = text.replaceAll("\0", "");
        }
        if (!this.run.forceTree && isPlain(text)) {
          let output = "";
          for (const raw of lexPlain(text)) {
            const emitted = this.emit(raw, scope, frame);
            output = emitted ? staticOutput(emitted) : void 0;
          }
          return output;
        }
        if (!this.run.parser) throw new NeedsParser("tree-sitter needed");
        const cancel = (() => budget.expired());
        const tree = this.run.parser.parse(text, null, { progressCallback: cancel });
        if (!tree) {
          this.run.parser.reset();
          budget.clock();
          addUnreadable(this.run, "parse-error", "the shell parser gave up on this command", text.slice(0, 200));
          return void 0;
        }
        this.run.trees.push(tree);
        return new TreeWalker(this, text).program(tree.rootNode, scope, frame);
      }
      /** Normalises one simple command, unwraps it, and records what bash would execute. */
      emit(raw, scope, frame) {
        const leading = {};
        for (const { name, append, value } of raw.assignments) {
          const previous = append ? scope.get(name) : void 0;
          const text = (previous?.text ?? "") + value.text;
          leading[name] = value.dynamic ? "" : text;
          if (raw.words.length > 0) continue;
          if (value.elements) scope.setArray(name, [...append ? previous?.elements ?? [] : [], ...value.elements]);
          else scope.set(name, text, value.dynamic || (previous?.dynamic ?? false));
        }
        if (raw.words.length === 0) return void 0;
        const aliased = this.expandAliases(raw, scope, frame);
        if (aliased === "analysed") return void 0;
        raw = aliased;
        const words = [...splitBlankProgram(this.programName(raw.words[0])), ...raw.words.slice(1)];
        const stdin = raw.stdin ?? frame.stdin;
        const program = words[0].dynamic ? void 0 : words[0].text;
        if (program !== void 0) {
          const fn = scope.functions.get(program);
          if (fn && !scope.active.has(program)) {
            scope.active.add(program);
            const saved = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "@", "*"].map((n) => [n, scope.get(n)]);
            scope.setPositional(words);
            try {
              fn.call(scope, { ...frame, stdin, via: [...frame.via, `${program}()`] });
            } finally {
              scope.active.delete(program);
              for (const [n, v] of saved) {
                if (v) scope.vars.set(n, v);
                else scope.vars.delete(n);
              }
            }
            return void 0;
          }
          const wrapped = unwrap(words, stdin);
          if (wrapped) {
            const inner = { ...frame, via: [...frame.via, wrapped.label] };
            const innerScope = wrapped.remote ? remoteScope(scope) : scope;
            if (wrapped.kind === "text") {
              if (wrapped.text === void 0) {
                addUnreadable(
                  this.run,
                  "dynamic-string",
                  `${wrapped.label} runs a string that cannot be read statically: ${wrapped.source}`,
                  raw.text
                );
                return this.record(raw, words, leading, scope, frame, stdin);
              }
              this.analyzeText(wrapped.text, innerScope.child(), { ...inner, depth: frame.depth + 1, stdin });
              return void 0;
            }
            let last;
            for (const command of wrapped.commands) {
              last = this.emit(
                { ...raw, words: command.words, assignments: [...raw.assignments, ...command.assignments ?? []], stdin },
                innerScope,
                inner
              );
            }
            return wrapped.commands.length === 1 ? last : void 0;
          }
          const interpreted = interpret(words, stdin);
          if (interpreted) {
            const inner = { ...frame, via: [...frame.via, interpreted.label], depth: frame.depth + 1 };
            if (interpreted.reason) addUnreadable(this.run, interpreted.unreadableKind ?? "dynamic-string", interpreted.reason, raw.text);
            if (interpreted.kind === "shell") {
              if (interpreted.text === void 0) return this.record(raw, words, leading, scope, frame, stdin);
              let innerScope = scope;
              if (!interpreted.sameScope) {
                innerScope = scope.child();
                innerScope.setPositional(interpreted.positional ?? [words[0]]);
              }
              const innerStdin = interpreted.label.endsWith("stdin") ? void 0 : stdin;
              this.analyzeText(interpreted.text, innerScope, { ...inner, stdin: innerStdin });
              return void 0;
            }
            const piped = interpreted.piped ?? [];
            if (interpreted.shell.length + interpreted.argv.length + piped.length === 0) {
              return this.record(raw, words, leading, scope, frame, stdin);
            }
            for (const text of interpreted.shell) this.analyzeText(text, scope.child(), inner);
            for (const [text, input] of piped) {
              this.analyzeText(text, scope.child(), { ...inner, stdin: { kind: "pipe", text: input, from: interpreted.label } });
            }
            for (const argv2 of interpreted.argv) {
              this.emit(
                { words: argv2.map((text) => ({ text, dynamic: false })), assignments: [], redirects: [], text: argv2.join(" ") },
                scope.child(),
                inner
              );
            }
            return void 0;
          }
        }
        const earlier = this.run.out.length;
        const recorded = this.record(raw, words, leading, scope, frame, stdin);
        applyBuiltin(recorded, scope);
        this.runWrittenScript(recorded, earlier, scope, frame);
        return recorded;
      }
      record(raw, words, leading, scope, frame, stdin) {
        if (words[0].dynamic) addUnreadable(this.run, "dynamic-program", `the program name is not static: ${words[0].text}`, raw.text);
        let argv2 = words.map((w) => w.text);
        let dynamic = words.map((w) => w.dynamic);
        const toolEnv = toolEnvironment(raw, scope);
        if (toolEnv) ({ argv: argv2, dynamic } = withToolEnv(argv2, dynamic, toolEnv.values, toolEnv.dynamic));
        const command = {
          argv: argv2,
          dynamic,
          assignments: { ...scope.exportedEnv(), ...leading },
          via: frame.via,
          redirects: raw.redirects,
          text: raw.text
        };
        if (scope.cwd !== void 0) command.cwd = scope.cwd;
        if (stdin) command.stdin = stdin;
        if (toolEnv) command.toolEnv = toolEnv.values;
        this.run.budget.command();
        this.run.out.push(command);
        if (command.argv[0] === "tee" || command.redirects.some((r) => r.op.includes(">"))) this.run.writes = true;
        const hidden = hiddenSubcommand(command);
        if (hidden) addUnreadable(this.run, "hidden-subcommand", hidden, command.text);
        const hiddenVariable = toolEnv && hiddenToolVariable(argv2[0], toolEnv.dynamic);
        if (hiddenVariable) {
          addUnreadable(
            this.run,
            "dynamic-env",
            `${hiddenVariable} changes what \`${argv2[0]}\` does and its value cannot be read statically`,
            command.text
          );
        }
        return command;
      }
      /**
       * The program a command word names: the basename of a path, and for a dynamic word whose
       * program can still be read (`$(command -v tf)`, `$DIR/terraform`) that program, aliases resolved.
       */
      programName(word) {
        if (!word.dynamic) return programName(word);
        const name = programFromWord(word.text);
        if (name === void 0) return word;
        const alias = Object.hasOwn(this.run.aliases, name) ? this.run.aliases[name] : void 0;
        return { text: alias !== void 0 && /^[A-Za-z0-9_.+-]+$/.test(alias) ? alias : name, dynamic: false };
      }
      /** A script the same command wrote earlier and now runs (`bash x.sh`, `./x.sh`): analyse its text. */
      runWrittenScript(command, earlier, scope, frame) {
        if (!this.run.writes || earlier === 0) return;
        const name = command.argv[0] ?? "";
        const fromFile = command.stdin?.kind === "file" ? command.stdin.from : void 0;
        let script;
        if (SHELLS.has(name) || SOURCE_BUILTINS.has(name)) {
          script = command.argv.slice(1).find((a, i) => !a.startsWith("-") && !command.dynamic[i + 1]) ?? fromFile;
        } else if (name === "at" || name === "batch") {
          const f = command.argv.indexOf("-f");
          script = f > 0 ? command.argv[f + 1] : fromFile;
        } else script = name;
        if (!script) return;
        const text = writtenScript(this.run.out.slice(0, earlier), script);
        if (text === null) return;
        if (text === void 0) {
          addUnreadable(
            this.run,
            "written-script",
            `${script} is written earlier in this command with content that cannot be read statically, then run`,
            command.text
          );
          return;
        }
        this.analyzeText(text, scope.child(), { ...frame, via: [...frame.via, `script ${script}`], depth: frame.depth + 1 });
      }
      /** Replaces an alias in command position by its value (built-ins, options, `alias` earlier). */
      expandAliases(raw, scope, frame) {
        const seen = /* @__PURE__ */ new Set();
        let words = raw.words;
        let assignments = raw.assignments;
        for (; ; ) {
          const first = words[0];
          if (!first || first.dynamic || seen.has(first.text)) break;
          const value = scope.aliases.get(first.text) ?? (Object.hasOwn(this.run.aliases, first.text) ? this.run.aliases[first.text] : void 0);
          if (value === void 0) break;
          seen.add(first.text);
          if (!isPlain(value)) {
            const rest = words.slice(1).map((w) => shellQuote(w.text)).join(" ");
            this.analyzeText(rest ? `${value} ${rest}` : value, scope, { ...frame, depth: frame.depth + 1, stdin: raw.stdin ?? frame.stdin });
            return "analysed";
          }
          const [lexed] = lexPlain(value);
          if (!lexed) {
            words = words.slice(1);
            if (words.length === 0) return { ...raw, words, assignments };
            continue;
          }
          assignments = [...assignments, ...lexed.assignments];
          words = [...lexed.words, ...words.slice(1)];
        }
        return { ...raw, words, assignments };
      }
    };
    SUBCOMMAND_TOOLS = /* @__PURE__ */ new Set(["terraform", "tofu", "terragrunt", "kubectl", "oc", "helm", "flux", "git", "gh"]);
    VALUED_GLOBALS = /^(-C|-c|--namespace|-n|--context|--kubeconfig|--git-dir|--work-tree)$/;
    DECLARATIONS = /* @__PURE__ */ new Set(["export", "declare", "typeset", "local", "readonly"]);
  }
});

// src/shell/parser.ts
var parser_exports = {};
__export(parser_exports, {
  getParser: () => getParser,
  parserRequested: () => parserRequested
});
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join as join3 } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
function locate(file) {
  for (const rel of [`../${file}`, `./${file}`]) {
    try {
      const path = fileURLToPath(new URL(rel, import.meta.url));
      if (existsSync(path)) return path;
    } catch {
    }
  }
  const require2 = createRequire(import.meta.url);
  if (file === RUNTIME_WASM) return require2.resolve("web-tree-sitter/web-tree-sitter.wasm");
  return join3(dirname(require2.resolve("tree-sitter-bash/package.json")), BASH_WASM);
}
async function load() {
  setFlagsFromString("--liftoff-only");
  const { Parser, Language } = await import("./executor-vendor/web-tree-sitter.mjs");
  const runtimeWasm = locate(RUNTIME_WASM);
  await Parser.init({ locateFile: () => runtimeWasm });
  const language = await Language.load(locate(BASH_WASM));
  const parser = new Parser();
  parser.setLanguage(language);
  parser.parse(WARM_UP)?.delete();
  return parser;
}
function getParser() {
  if (!parserPromise) {
    parserPromise = load().catch((error) => {
      parserPromise = void 0;
      throw error;
    });
  }
  return parserPromise;
}
function parserRequested() {
  return parserPromise !== void 0;
}
var RUNTIME_WASM, BASH_WASM, WARM_UP, parserPromise;
var init_parser = __esm({
  "src/shell/parser.ts"() {
    "use strict";
    RUNTIME_WASM = "web-tree-sitter.wasm";
    BASH_WASM = "tree-sitter-bash.wasm";
    WARM_UP = [
      `for x in a b; do f() { echo "$(b <<'E'
x
E
)" | c -x; }; done`,
      "[[ $a == b ]] && (d) || { e; } > f 2>&1 <<< g; case x in y) z;; esac",
      "if a; then b; elif c; then d; else e; fi; while a; do b; done; x=$'y' ${y:-z} $((1+2)) `q` <(r)",
      "export A=1; declare -x B; unset C; ! g # h"
    ].join("\n");
  }
});

// src/shell/analyze.ts
async function analyze(command, options) {
  return analyzeWithLexer(command, options, "auto");
}
async function analyzeWithLexer(command, options, lexer) {
  let parser;
  for (; ; ) {
    const run6 = {
      budget: new Budget(LIMITS),
      parser,
      aliases: { ...BUILTIN_ALIASES, ...options?.aliases ?? {} },
      out: [],
      unreadable: [],
      trees: [],
      forceTree: lexer === "tree"
    };
    try {
      if (typeof command !== "string") throw new TypeError("command is not a string");
      if (command.length > LIMITS.maxInputChars) {
        throw new BoundHit(`command longer than ${LIMITS.maxInputChars} characters`);
      }
      if (LONE_SURROGATE.test(command) || command.includes("\uFFFD")) {
        addUnreadable(run6, "encoding", "command contains bytes that are not valid UTF-8 text");
      }
      new Analyzer(run6).analyzeText(command, new Scope(), { via: [], depth: 0 });
      return { commands: run6.out, unreadable: run6.unreadable, boundHit: false };
    } catch (error) {
      if (error instanceof NeedsParser && !parser) {
        try {
          const { getParser: getParser2 } = await Promise.resolve().then(() => (init_parser(), parser_exports));
          parser = await getParser2();
          continue;
        } catch (loadError) {
          return failed(run6, "internal", `internal error: cannot load the shell parser: ${message(loadError)}`);
        }
      }
      if (error instanceof BoundHit) return failed(run6, "bound", error.reason);
      return failed(run6, "internal", `internal error: ${message(error)}`);
    } finally {
      for (const tree of run6.trees) tree.delete();
    }
  }
}
function failed(run6, kind, detail) {
  return { commands: run6.out, unreadable: [...run6.unreadable, { kind, detail, command: "" }], boundHit: true };
}
function message(error) {
  return error instanceof Error ? error.message : String(error);
}
var LONE_SURROGATE;
var init_analyze = __esm({
  "src/shell/analyze.ts"() {
    "use strict";
    init_aliases();
    init_bounds();
    init_context();
    init_pipeline();
    init_variables();
    LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  }
});

// src/guard/policy.ts
var DEFAULT_POLICY;
var init_policy = __esm({
  "src/guard/policy.ts"() {
    "use strict";
    init_aliases();
    DEFAULT_POLICY = {
      mode: "default",
      productionNames: ["prod", "production", "prd"],
      localContexts: ["kind", "minikube", "dev-cluster", "docker-desktop", "k3d", "localhost"],
      protectedBranches: ["main", "master", "develop", "production", "prod", "release/*"],
      commit: { headerMaxLength: 100, extraTypes: [], forbiddenTrailers: [] },
      aliases: { ...BUILTIN_ALIASES },
      approvalMinutes: 30,
      readKubeContext: false,
      hookAllow: "silent"
    };
  }
});

// src/guard/protected-paths.ts
import { posix as posix3 } from "node:path";
function protectedWhy(path, pp) {
  if (pp.writable?.some((w) => inside(path, w))) return null;
  for (const home of [pp.stateHome, ...pp.alsoProtected ?? []]) {
    if (inside(path, home)) return "execguard's state folder (grants, keys, decisions)";
  }
  if (pp.pluginRoot && inside(path, pp.pluginRoot)) return "the execguard plugin (its hooks and bundles)";
  if (pp.managedSettings.some((m) => inside(path, m))) return "Claude Code managed settings";
  const parts = path.split(sep);
  if (parts.includes(".claude")) return "Claude Code settings (.claude/, which can switch hooks off)";
  if (POLICY_FILE.test(basename2(path))) return "the execguard policy file";
  if (path === join4(pp.homeDir, ".claude.json")) return "Claude Code's user configuration";
  return null;
}
function protectedRoots(pp, cwd) {
  const roots = [
    pp.stateHome,
    ...pp.alsoProtected ?? [],
    ...pp.managedSettings,
    join4(pp.homeDir, ".claude"),
    join4(pp.homeDir, ".claude.json")
  ];
  if (pp.pluginRoot) roots.push(pp.pluginRoot);
  for (const dir of [pp.projectDir ?? cwd]) {
    if (dir && isAbsolute2(dir)) roots.push(join4(dir, ".claude"), join4(dir, ".execguard.yaml"), join4(dir, ".execguard.yml"));
  }
  return roots;
}
function containsProtected(path, pp, cwd) {
  return protectedRoots(pp, cwd).find((root) => inside(root, path));
}
function resolveWord(word, dynamic, cwd, pp, homeKnown = true) {
  let w = word;
  if (w === "~" || w.startsWith("~/")) {
    if (!homeKnown) return { kind: "unknown", why: `\`${word}\` depends on a HOME this command changes` };
    w = pp.homeDir + w.slice(1);
  } else if (w.startsWith("~")) return { kind: "unknown", why: `\`${word}\` is another user's home` };
  if (homeKnown) w = w.replace(/\$\{HOME\}|\$HOME(?![A-Za-z0-9_])/g, pp.homeDir);
  if (cwd) w = w.replace(/\$\{PWD\}|\$PWD(?![A-Za-z0-9_])|\$\(pwd\)|`pwd`/g, cwd);
  if (/[$`]/.test(w) || /^<\(|^>\(/.test(w)) return { kind: "unknown", why: `\`${word}\` cannot be resolved statically` };
  if (dynamic && w === word && !GLOB.test(w)) return { kind: "unknown", why: `\`${word}\` is only known at run time` };
  if (!isAbsolute2(w) && !cwd) return { kind: "unknown", why: `\`${word}\` is relative to a folder that cannot be resolved statically` };
  const absolute = normalize(resolve2(cwd ?? "/", w));
  if (!dynamic || !GLOB.test(w)) return { kind: "path", path: absolute };
  const parts = absolute.split(sep).filter(Boolean);
  const first = parts.findIndex((p) => GLOB.test(p));
  if (first === -1) return { kind: "path", path: absolute };
  return { kind: "glob", dir: `/${parts.slice(0, first).join("/")}`, patterns: parts.slice(first) };
}
function globMatches(pattern, name) {
  if (name.startsWith(".") && !pattern.startsWith(".")) return false;
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") re += ".*";
    else if (c === "?") re += ".";
    else if (c === "[") {
      const end = pattern.indexOf("]", i + 2);
      if (end === -1) re += "\\[";
      else {
        re += `[${pattern.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  try {
    return new RegExp(`^${re}$`, "s").test(name);
  } catch {
    return true;
  }
}
function globWhy(dir, patterns, pp, cwd) {
  const why = protectedWhy(dir, pp);
  if (why) return why;
  for (const p of patterns) {
    if (globMatches(p, ".claude")) return "Claude Code settings (.claude/, which can switch hooks off)";
    if (globMatches(p, ".execguard.yaml") || globMatches(p, ".execguard.yml")) return "the execguard policy file";
  }
  for (const root of protectedRoots(pp, cwd)) {
    if (!inside(root, dir) || root === dir) continue;
    const rel = relative2(dir, root).split(sep);
    const n = Math.min(rel.length, patterns.length);
    if (rel.slice(0, n).every((name, i) => globMatches(patterns[i], name))) return protectedWhy(root, pp) ?? `it could match ${root}`;
  }
  return null;
}
function namesProtected(text, pp) {
  const needles = [pp.stateHome, ...pp.alsoProtected ?? [], ...pp.managedSettings, ".local/state/execguard", "managed-settings.json"];
  if (pp.pluginRoot) needles.push(pp.pluginRoot);
  for (const n of needles) if (n && text.includes(n)) return `it names ${n}`;
  if (/(^|[^\w.-])\.claude(\/|['"\s,)]|$)/m.test(text)) return "it names a .claude folder";
  if (/\.execguard\.ya?ml/.test(text)) return "it names the execguard policy file";
  if (/grant-signing\.(key|pub)|helper\.secret/.test(text)) return "it names execguard's keys";
  return null;
}
var isAbsolute2, join4, normalize, relative2, resolve2, basename2, sep, inside, POLICY_FILE, GLOB, INTERPRETER, runsInterpreter;
var init_protected_paths = __esm({
  "src/guard/protected-paths.ts"() {
    "use strict";
    ({ isAbsolute: isAbsolute2, join: join4, normalize, relative: relative2, resolve: resolve2, basename: basename2, sep } = posix3);
    inside = (child, parent) => {
      const rel = relative2(parent, child);
      return rel === "" || !rel.startsWith("..") && !isAbsolute2(rel);
    };
    POLICY_FILE = /^\.execguard\.ya?ml$/;
    GLOB = /[*?[]/;
    INTERPRETER = /^(python[\d.]*|node|nodejs|perl|ruby|php|deno|bun|Rscript|lua|tclsh)$/;
    runsInterpreter = (commands) => commands.some((c) => INTERPRETER.test(c.argv[0] ?? "") || c.via.some((v) => INTERPRETER.test(v.split(" ")[0])));
  }
});

// src/guard/rules/approval-flag.ts
function launches(cmd) {
  const words = cmd.argv.slice(1);
  const sub = words.find((w) => SUBCOMMANDS.has(w));
  if (!sub) return void 0;
  if (DATA.has(cmd.argv[0] ?? "")) return void 0;
  const flag = words.find(approvalFlag);
  if (flag) return `${sub} with ${flag.split("=")[0]}`;
  if (LAUNCHER.test(cmd.argv[0] ?? "") && cmd.dynamic.some((d, i) => d && i > 0))
    return `${sub} with arguments that cannot be read statically`;
  return void 0;
}
function inProgramText(ctx) {
  if (!runsInterpreter(ctx.analysis.commands)) return void 0;
  if (!APPROVAL_IN_TEXT.test(ctx.raw) || !SUBCOMMAND_WORD.test(ctx.raw)) return void 0;
  return "an interpreter whose program text passes --approval";
}
var SUBCOMMANDS, SUBCOMMAND_WORD, DATA, LAUNCHER, APPROVAL_OPTION, APPROVAL_WORD, APPROVAL_IN_TEXT, approvalFlag, approvalFlagRule;
var init_approval_flag = __esm({
  "src/guard/rules/approval-flag.ts"() {
    "use strict";
    init_protected_paths();
    SUBCOMMANDS = /* @__PURE__ */ new Set(["execute", "rollback", "resume", "agent"]);
    SUBCOMMAND_WORD = new RegExp(`\\b(${[...SUBCOMMANDS].join("|")})\\b`);
    DATA = /* @__PURE__ */ new Set(["echo", "printf", "grep", "egrep", "fgrep", "rg", "ag", "man", "cat", "less", "head", "tail", "true", ":"]);
    LAUNCHER = /^(execguard(\.m?js)?|cli\.m?js|node|nodejs|npx|npm|pnpm|pnpx|yarn|bunx|bun|deno|tsx|ts-node|corepack)$/;
    APPROVAL_OPTION = "--ap(p(r(o(v(al?)?)?)?)?)?";
    APPROVAL_WORD = new RegExp(`^${APPROVAL_OPTION}(=|$)`);
    APPROVAL_IN_TEXT = new RegExp(`${APPROVAL_OPTION}\\b`);
    approvalFlag = (word) => APPROVAL_WORD.test(word);
    approvalFlagRule = (ctx) => {
      if (!ctx.agentSession) return [];
      const hits = [];
      const hidden = inProgramText(ctx);
      for (const cmd of ctx.analysis.commands) {
        const what = launches(cmd) ?? hidden;
        if (!what) continue;
        hits.push({
          id: "approval-flag",
          decision: "deny",
          reason: `approval-flag: blocked \`${cmd.text.slice(0, 200)}\`: it starts execguard ${what}. Inside an agent session the executor takes its approval from the user's grant in this session, never from its command line. Run it without --approval after the user approves: present the plan and end with PLAN_STATUS: PENDING_APPROVAL.`
        });
        break;
      }
      return hits;
    };
  }
});

// src/guard/tool-invocations.ts
function splitAlias(value) {
  const out = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  let m;
  while (m = re.exec(value)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}
function gitInvocation(argv2, extraConfigs = []) {
  const configs = [...extraConfigs];
  let i = 1;
  for (; i < argv2.length; i++) {
    const a = argv2[i];
    if (!a.startsWith("-")) break;
    if (a === "--") {
      i++;
      break;
    }
    const eq = a.indexOf("=");
    const name = a.startsWith("--") && eq !== -1 ? a.slice(0, eq) : a;
    if (GIT_VALUED_GLOBALS.has(name)) {
      if (name === "-c" || name === "--config-env") configs.push(eq !== -1 && a.startsWith("--") ? a.slice(eq + 1) : argv2[i + 1] ?? "");
      if (!(a.startsWith("--") && eq !== -1)) i++;
    } else if (/^-c./.test(a)) {
      configs.push(a.slice(2));
    } else if (/^-C./.test(a)) {
    }
  }
  let sub = argv2[i];
  let args = argv2.slice(i + 1);
  if (sub !== void 0) {
    for (const c of [...configs].reverse()) {
      const m = /^alias\.([^=]+)=(.*)$/is.exec(c);
      if (!m || m[1].toLowerCase() !== sub.toLowerCase()) continue;
      let value = m[2].trim();
      if (value.startsWith("!")) {
        value = value.slice(1).trim();
        const words = splitAlias(value);
        if (words[0] === "git") words.shift();
        [sub, ...args] = [...words, ...args];
      } else {
        const words = splitAlias(value);
        [sub, ...args] = [...words, ...args];
      }
      break;
    }
  }
  return { sub, args, configs };
}
function terraformInvocation(argv2) {
  const tool = argv2[0];
  if (!isTerraformTool(tool)) return void 0;
  let workdir;
  let all = false;
  const positionals = [];
  let afterDoubleDash2 = false;
  for (let i = 1; i < argv2.length; i++) {
    const a = argv2[i];
    if (a === "--") {
      afterDoubleDash2 = true;
      continue;
    }
    if (!afterDoubleDash2 && a.startsWith("-")) {
      const eq = a.indexOf("=");
      const name = (eq === -1 ? a : a.slice(0, eq)).replace(/^--?/, "-");
      if (name === "-chdir" || name === "-terragrunt-working-dir" || name === "-working-dir") {
        workdir = eq !== -1 ? a.slice(eq + 1) : argv2[++i];
        continue;
      }
      if (name === "-all" || name === "-terragrunt-all") all = true;
      if (tool === "terragrunt" && eq === -1 && TERRAGRUNT_VALUED.has(a)) i++;
      if (positionals.length > 0 && tool !== "terragrunt") break;
      continue;
    }
    if (tool === "terragrunt" && positionals.length === 0 && TERRAGRUNT_RUNNERS2.has(a)) {
      if (a === "run-all" || a === "all") all = true;
      continue;
    }
    positionals.push({ word: a, index: i });
    break;
  }
  const first = positionals[0];
  if (!first) return { tool, args: [], workdir, all };
  if (tool === "terragrunt" && workdir === void 0) {
    for (let i = first.index + 1; i < argv2.length; i++) {
      const m = /^--?(?:terragrunt-working-dir|working-dir)(?:=(.*))?$/.exec(argv2[i]);
      if (m) workdir = m[1] ?? argv2[i + 1];
    }
  }
  let sub = first.word;
  if (tool === "terragrunt" && /-all$/.test(sub) && sub !== "run-all") {
    all = true;
    sub = sub.replace(/-all$/, "");
  }
  return { tool, sub, args: argv2.slice(first.index + 1).filter((a) => a !== "--"), workdir, all };
}
function kubeInvocation(argv2) {
  const options = /* @__PURE__ */ new Map();
  const order = /* @__PURE__ */ new Map();
  const positionals = [];
  let seen = 0;
  const add = (name, value) => {
    options.set(name, [...options.get(name) ?? [], value]);
    order.set(name, seen++);
  };
  for (let i = 1; i < argv2.length; i++) {
    const a = argv2[i];
    if (a === "--") {
      positionals.push(...argv2.slice(i + 1));
      break;
    }
    if (a.startsWith("--") && a.length > 2) {
      const eq = a.indexOf("=");
      const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
      if (eq !== -1) add(name, a.slice(eq + 1));
      else if (KUBECTL_VALUED_LONG.has(name) && i + 1 < argv2.length) add(name, argv2[++i]);
      else add(name, "");
      continue;
    }
    if (a.startsWith("-") && a.length > 1 && a !== "-") {
      const letters = a.slice(1);
      for (let j = 0; j < letters.length; j++) {
        const l = letters[j];
        if (KUBECTL_VALUED_SHORT.has(l)) {
          let rest2 = letters.slice(j + 1);
          if (rest2.startsWith("=")) rest2 = rest2.slice(1);
          if (rest2) add(l, rest2);
          else if (i + 1 < argv2.length) add(l, argv2[++i]);
          else add(l, "");
          break;
        }
        add(l, "");
      }
      continue;
    }
    positionals.push(a);
  }
  const [verb, ...rest] = positionals;
  return { verb, positionals: rest, options, order };
}
function lastOption(inv, ...names) {
  let last;
  let at = -1;
  for (const n of names) {
    const index = inv.order.get(n);
    if (index !== void 0 && index > at) {
      at = index;
      const values = inv.options.get(n) ?? [];
      last = values[values.length - 1];
    }
  }
  return last;
}
var GIT_VALUED_GLOBALS, TERRAFORM_TOOLS, isTerraformTool, TERRAGRUNT_VALUED, TERRAGRUNT_RUNNERS2, KUBECTL_VALUED_LONG, KUBECTL_VALUED_SHORT, optionOf, hasOption;
var init_tool_invocations = __esm({
  "src/guard/tool-invocations.ts"() {
    "use strict";
    GIT_VALUED_GLOBALS = /* @__PURE__ */ new Set([
      "-C",
      "-c",
      "--git-dir",
      "--work-tree",
      "--namespace",
      "--exec-path",
      "--config-env",
      "--super-prefix",
      "--list-cmds",
      "--attr-source"
    ]);
    TERRAFORM_TOOLS = /* @__PURE__ */ new Set(["terraform", "tofu", "terragrunt"]);
    isTerraformTool = (name) => !!name && TERRAFORM_TOOLS.has(name);
    TERRAGRUNT_VALUED = /* @__PURE__ */ new Set([
      "--terragrunt-working-dir",
      "--working-dir",
      "--terragrunt-config",
      "--config",
      "--terragrunt-tfpath",
      "--tf-path",
      "--terragrunt-log-level",
      "--log-level",
      "--terragrunt-source",
      "--source",
      "--terragrunt-iam-role",
      "--iam-assume-role",
      "--terragrunt-include-dir",
      "--queue-include-dir",
      "--terragrunt-exclude-dir",
      "--queue-exclude-dir",
      "--terragrunt-parallelism",
      "--parallelism",
      "--terragrunt-download-dir",
      "--download-dir",
      "--filter"
    ]);
    TERRAGRUNT_RUNNERS2 = /* @__PURE__ */ new Set(["run-all", "run", "stack", "all"]);
    KUBECTL_VALUED_LONG = /* @__PURE__ */ new Set([
      "namespace",
      "context",
      "kubeconfig",
      "cluster",
      "user",
      "server",
      "token",
      "as",
      "as-group",
      "as-uid",
      "selector",
      "filename",
      "kustomize",
      "output",
      "field-selector",
      "grace-period",
      "timeout",
      "cascade",
      "request-timeout",
      "container",
      "cache-dir",
      "certificate-authority",
      "client-certificate",
      "client-key",
      "tls-server-name",
      "template",
      "type",
      "image",
      "replicas",
      "raw",
      "overrides",
      "port",
      "patch-file",
      "patch",
      "kube-context",
      "values",
      "set",
      "set-string",
      "set-file",
      "version",
      "repo",
      "description",
      "username",
      "password",
      "registry-config",
      "repository-cache",
      "repository-config",
      "kube-apiserver",
      "kube-as-user",
      "kube-token",
      "kube-ca-file",
      "revision",
      "profile",
      "v",
      "log-file",
      "chunk-size",
      "subresource",
      "field-manager",
      "wait-for"
    ]);
    KUBECTL_VALUED_SHORT = /* @__PURE__ */ new Set(["n", "l", "f", "k", "o", "s", "c", "v"]);
    optionOf = (inv, ...names) => names.flatMap((n) => inv.options.get(n) ?? []);
    hasOption = (inv, ...names) => {
      const value = lastOption(inv, ...names);
      return value !== void 0 && !/^(false|0)$/i.test(value);
    };
  }
});

// src/guard/command-targets.ts
function deletedNamespaces(positionals) {
  const names = [];
  const [first, ...rest] = positionals;
  if (!first) return names;
  const types = first.split(",").map((t) => t.toLowerCase());
  if (!first.includes("/") && types.some((t) => NAMESPACE_TYPES.has(t))) names.push(...rest);
  for (const p of positionals) {
    const m = /^(ns|namespaces?|projects?)\/(.+)$/i.exec(p);
    if (m) names.push(m[2]);
  }
  return names;
}
function producedTargets(cmd) {
  const none = { manifests: [], namespaces: [], contexts: [] };
  const producer = cmd.stdin?.kind === "pipe" ? cmd.stdin.producer : void 0;
  if (!producer) return none;
  const inv = kubeInvocation(producer);
  const tool = producer[0];
  if ((tool === "kubectl" || tool === "oc") && inv.verb === "kustomize") return { ...none, manifests: inv.positionals.slice(0, 1) };
  if (tool === "kustomize" && inv.verb === "build") return { ...none, manifests: inv.positionals.slice(0, 1) };
  if (tool === "helm" && inv.verb === "template") {
    const ns = lastOption(inv, "namespace", "n");
    const ctx = lastOption(inv, "kube-context");
    return { manifests: [...inv.positionals, ...optionOf(inv, "values", "f")], namespaces: ns ? [ns] : [], contexts: ctx ? [ctx] : [] };
  }
  return none;
}
function kubeTarget(cmd, index, commands) {
  const inv = kubeInvocation(cmd.argv);
  const isHelm = cmd.argv[0] === "helm";
  const priorContexts = [];
  const priorNamespaces = [];
  for (let i = 0; i < index; i++) {
    const c = commands[i];
    const name = c.argv[0];
    if (name === "kubectx" && c.argv[1] && !c.argv[1].startsWith("-")) priorContexts.push(c.argv[1].split("=").pop() ?? "");
    if (name === "kubens" && c.argv[1] && !c.argv[1].startsWith("-")) priorNamespaces.push(c.argv[1]);
    if (name === "kubectl" || name === "oc") {
      const k = kubeInvocation(c.argv);
      if (k.verb === "config" && k.positionals[0] === "use-context" && k.positionals[1]) priorContexts.push(k.positionals[1]);
      if (k.verb === "config" && k.positionals[0] === "use" && k.positionals[1]) priorContexts.push(k.positionals[1]);
      if (k.verb === "config" && k.positionals[0] === "set-context") priorNamespaces.push(...optionOf(k, "namespace"));
    }
  }
  priorContexts.splice(0, priorContexts.length - 1);
  priorNamespaces.splice(0, priorNamespaces.length - 1);
  const last = (...names) => {
    const value = lastOption(inv, ...names);
    return value ? [value] : [];
  };
  const readsStdin = optionOf(inv, "filename", "f").includes("-");
  const produced = readsStdin ? producedTargets(cmd) : { manifests: [], namespaces: [], contexts: [] };
  return {
    namespaces: [...last("namespace", "n"), ...produced.namespaces],
    contexts: [...last("context", "kube-context"), ...last("cluster"), ...produced.contexts],
    kubeconfigs: last("kubeconfig"),
    manifests: [
      ...isHelm ? optionOf(inv, "values", "f") : optionOf(inv, "filename", "f", "kustomize", "k"),
      ...produced.manifests
    ].filter(Boolean),
    priorContexts,
    priorNamespaces
  };
}
function targetNames(cmd, index, commands) {
  const names = [];
  if (cmd.cwd) names.push(cmd.cwd);
  const name = cmd.argv[0];
  if (name === "kubectl" || name === "oc" || name === "helm") {
    const t = kubeTarget(cmd, index, commands);
    names.push(...t.namespaces, ...t.contexts, ...t.kubeconfigs, ...t.manifests, ...t.priorContexts, ...t.priorNamespaces);
    const inv = kubeInvocation(cmd.argv);
    if (name !== "helm") names.push(...deletedNamespaces(inv.positionals));
  }
  if (name === "flux") names.push(...optionOf(kubeInvocation(cmd.argv), "namespace", "n", "context", "kubeconfig"));
  if (isTerraformTool(name)) {
    const inv = terraformInvocation(cmd.argv);
    if (inv?.workdir) names.push(inv.workdir);
    const args = inv?.args ?? [];
    for (let i = 0; i < args.length; i++) {
      const m = /^--?var-file(?:=(.*))?$/.exec(args[i]);
      if (m) names.push(m[1] ?? args[i + 1] ?? "");
    }
    if (cmd.toolEnv?.TF_WORKSPACE) names.push(cmd.toolEnv.TF_WORKSPACE);
    if (inv?.sub === "workspace" && (inv.args[0] === "select" || inv.args[0] === "new"))
      names.push(...inv.args.slice(1).filter((a) => !a.startsWith("-")));
    for (let i = 0; i < index; i++) {
      const prior = terraformInvocation(commands[i].argv);
      if (prior?.sub === "workspace" && prior.args[0] === "select") names.push(...prior.args.slice(1).filter((a) => !a.startsWith("-")));
    }
  }
  return names.filter(Boolean);
}
function environmentConflict(cmd, index, commands, approval, policy) {
  if (!approval || approval.environments.length === 0) return [];
  const targeted = /* @__PURE__ */ new Set();
  for (const n of targetNames(cmd, index, commands)) for (const e of environmentsOf(n, policy)) targeted.add(e);
  return [...targeted].filter((e) => !approval.environments.includes(e));
}
var NAMESPACE_TYPES;
var init_command_targets = __esm({
  "src/guard/command-targets.ts"() {
    "use strict";
    init_targets();
    init_tool_invocations();
    NAMESPACE_TYPES = /* @__PURE__ */ new Set(["ns", "namespace", "namespaces", "project", "projects"]);
  }
});

// src/guard/tiers.ts
function terraformTier(argv2) {
  const inv = terraformInvocation(argv2);
  const sub = inv?.sub;
  if (!inv || !sub) return "T0";
  const args = inv.args;
  if ([
    "show",
    "output",
    "version",
    "providers",
    "graph",
    "console",
    "output-all",
    "render-json",
    "hclvalidate",
    "info",
    "find",
    "list"
  ].includes(sub))
    return "T0";
  if (sub === "state") return ["list", "show", "pull"].includes(args.find((a) => !a.startsWith("-")) ?? "list") ? "T0" : "T3";
  if (sub === "workspace") return ["list", "show"].includes(args[0] ?? "list") ? "T0" : args[0] === "delete" ? "T3" : "T1";
  if ([
    "validate",
    "fmt",
    "init",
    "get",
    "test",
    "login",
    "logout",
    "metadata",
    "hclfmt",
    "validate-inputs",
    "graph-dependencies",
    "modules",
    "scaffold",
    "catalog",
    "stack",
    "dag",
    "exec"
  ].includes(sub)) {
    return "T1";
  }
  if (sub === "plan") return "T2";
  if (["apply", "destroy", "import", "taint", "untaint", "refresh", "force-unlock", "push"].includes(sub)) return "T3";
  return "T3";
}
function kubectlTier(argv2) {
  const inv = kubeInvocation(argv2);
  const verb = inv.verb;
  if (!verb) return "T0";
  const dry = isDryRun(argv2);
  if ([
    "get",
    "describe",
    "logs",
    "log",
    "events",
    "top",
    "explain",
    "api-resources",
    "api-versions",
    "cluster-info",
    "version",
    "wait",
    "port-forward",
    "proxy",
    "completion",
    "options",
    "plugin",
    "krew",
    "tree",
    "neat",
    "ctx",
    "ns"
  ].includes(verb)) {
    return "T0";
  }
  if (verb === "auth") return inv.positionals[0] === "reconcile" ? dry ? "T2" : "T3" : "T0";
  if (verb === "config")
    return ["view", "current-context", "get-contexts", "get-clusters", "get-users"].includes(inv.positionals[0] ?? "") ? "T0" : "T1";
  if (verb === "kustomize" || verb === "convert") return "T1";
  if (verb === "diff") return "T2";
  if (verb === "rollout") return ["status", "history"].includes(inv.positionals[0] ?? "") ? "T0" : dry ? "T2" : "T3";
  if (verb === "certificate" || verb === "debug" || verb === "attach" || verb === "exec" || verb === "cp") return "T3";
  return dry ? "T2" : "T3";
}
function helmTier(argv2) {
  const inv = kubeInvocation(argv2);
  const verb = inv.verb;
  if (!verb) return "T0";
  if (["status", "list", "ls", "get", "history", "hist", "show", "inspect", "search", "version", "env", "completion", "verify"].includes(verb))
    return "T0";
  if (verb === "repo" || verb === "dependency" || verb === "dep" || verb === "plugin" || verb === "registry") return "T1";
  if (["lint", "template", "package", "pull", "fetch", "create"].includes(verb)) return "T1";
  if (verb === "diff") return "T2";
  if (isDryRun(argv2)) return "T2";
  return "T3";
}
function fluxTier(argv2) {
  const verb = argv2.slice(1).find((a) => !a.startsWith("-"));
  if (!verb) return "T0";
  if (["get", "logs", "tree", "stats", "events", "check", "version", "export", "trace", "completion"].includes(verb)) return "T0";
  if (verb === "build") return "T1";
  if (verb === "diff") return "T2";
  if (argv2.includes("--export") || isDryRun(argv2)) return "T1";
  return "T3";
}
function gitTier(argv2) {
  const { sub, args } = gitInvocation(argv2);
  if (!sub) return "T0";
  if ([
    "status",
    "log",
    "diff",
    "show",
    "blame",
    "reflog",
    "describe",
    "shortlog",
    "grep",
    "ls-files",
    "ls-tree",
    "ls-remote",
    "rev-parse",
    "rev-list",
    "cat-file",
    "whatchanged",
    "help",
    "version",
    "var",
    "check-ignore",
    "name-rev",
    "for-each-ref",
    "show-ref",
    "count-objects",
    "fsck",
    "range-diff",
    "difftool",
    "cherry",
    "merge-base",
    "config",
    "remote",
    "branch",
    "tag",
    "stash",
    "worktree",
    "submodule",
    "notes",
    "bisect",
    "lfs"
  ].includes(sub)) {
    if (sub === "config" || sub === "remote" || sub === "branch" || sub === "tag" || sub === "stash" || sub === "worktree" || sub === "submodule" || sub === "notes" || sub === "bisect" || sub === "lfs") {
      return sub === "lfs" && args[0] === "push" ? "T3" : "T1";
    }
    return "T0";
  }
  if (sub === "push" || sub === "send-pack" || sub === "svn" && args[0] === "dcommit") {
    return args.includes("--dry-run") || args.some((a) => /^-[a-zA-Z]*n[a-zA-Z]*$/.test(a) && !a.includes("o")) ? "T2" : "T3";
  }
  return "T1";
}
function ghTier(argv2) {
  const [group, action] = argv2.slice(1).filter((a) => !a.startsWith("-"));
  if (!group) return "T0";
  if (group === "api") {
    const methods = argv2.flatMap(
      (a, i) => a === "-X" || a === "--method" ? [argv2[i + 1] ?? ""] : /^(-X|--method=)(.+)$/.test(a) ? [a.replace(/^(-X|--method=)/, "")] : []
    );
    const writes = methods.some((m) => !/^get$/i.test(m)) || argv2.some((a) => /^(-f|-F|--field|--raw-field|--input)/.test(a));
    return writes ? "T3" : "T0";
  }
  if (["auth", "config", "alias", "completion", "help", "version", "extension", "codespace"].includes(group)) return "T1";
  if (!action || GH_READ.has(action)) return "T0";
  if (group === "pr" && ["create", "checkout", "comment", "edit", "ready", "review"].includes(action)) return "T1";
  if (group === "issue" && ["create", "comment", "edit", "close", "reopen"].includes(action)) return "T1";
  if (group === "repo" && ["clone", "fork", "sync", "set-default"].includes(action)) return "T1";
  return "T3";
}
function cloudTier(argv2) {
  const words = argv2.slice(1).filter((a) => !a.startsWith("-"));
  const tool = argv2[0];
  if (words.length === 0) return "T0";
  if (tool === "aws") {
    const [service, op] = words;
    if (["configure", "sso", "help"].includes(service)) return "T1";
    if (service === "sts") return "T0";
    if (service === "s3") return op === "ls" || op === "presign" ? "T0" : "T3";
    if (!op || CLOUD_READ.test(op)) return "T0";
    return argv2.includes("--dry-run") ? "T2" : "T3";
  }
  if (["config", "auth", "login", "logout", "account", "components", "init", "info", "help", "version", "extension", "feedback"].includes(
    words[0]
  ))
    return "T1";
  const last = words.slice(1).find(
    (w) => CLOUD_READ.test(w) || /^(create|delete|update|deploy|set|add|remove|start|stop|restart|resize|run|apply|import|submit|patch|reset|move|rename|enable|disable|attach|detach|upgrade|rollback|scale|invoke|purge|cancel)/.test(
      w
    )
  );
  if (!last) return "T1";
  return CLOUD_READ.test(last) ? "T0" : "T3";
}
function packageTier(argv2) {
  const sub = argv2.slice(1).find((a) => !a.startsWith("-"));
  if (sub === "publish" || sub === "unpublish" || sub === "deprecate" || sub === "owner" || sub === "dist-tag" && argv2.includes("add")) {
    return isDryRun(argv2) ? "T2" : "T3";
  }
  return "T1";
}
function dockerTier(argv2) {
  const words = argv2.slice(1).filter((a) => !a.startsWith("-"));
  const sub = words[0] === "image" || words[0] === "container" || words[0] === "buildx" ? words[1] : words[0];
  if (!sub) return "T0";
  if (["ps", "images", "inspect", "logs", "version", "info", "stats", "top", "history", "ls", "events", "port", "diff", "search"].includes(
    sub
  ))
    return "T0";
  if (sub === "push") return "T3";
  if (argv2.includes("--push")) return "T3";
  if (words[0] === "stack" || words[0] === "service" || words[0] === "swarm" || words[0] === "context" && words[1] === "use") return "T3";
  return "T1";
}
function otherKnownTier(name, argv2) {
  const sub = argv2.slice(1).find((a) => !a.startsWith("-"));
  switch (name) {
    case "pulumi":
      return sub === "up" || sub === "update" || sub === "destroy" || sub === "import" || sub === "refresh" || sub === "cancel" ? "T3" : sub === "preview" ? "T2" : "T1";
    case "cdk":
    case "cdktf":
      return sub === "deploy" || sub === "destroy" || sub === "bootstrap" ? "T3" : sub === "diff" ? "T2" : "T1";
    case "serverless":
    case "sls":
      return sub === "deploy" || sub === "remove" || sub === "rollback" ? "T3" : "T1";
    case "ansible-playbook":
      return argv2.includes("--check") || argv2.includes("-C") ? "T2" : "T3";
    case "ansible":
      return "T3";
    case "argocd":
      return sub === "app" && ["sync", "delete", "rollback", "set", "create", "patch", "terminate-op"].includes(
        argv2.slice(1).filter((a) => !a.startsWith("-"))[1] ?? ""
      ) ? "T3" : "T0";
    case "vault":
      return ["read", "list", "status", "version", "login", "print", "path-help", "token"].includes(sub ?? "") || sub === "kv" && ["get", "list", "metadata"].includes(argv2.slice(1).filter((a) => !a.startsWith("-"))[1] ?? "") ? "T0" : "T3";
    case "twine":
      return sub === "upload" ? "T3" : "T1";
    case "cargo":
    case "gem":
    case "poetry":
      return sub === "publish" || sub === "push" || sub === "yank" ? "T3" : "T1";
    case "kustomize":
    case "tflint":
    case "helmfile":
      return name === "helmfile" && ["apply", "sync", "destroy", "delete"].includes(sub ?? "") ? "T3" : name === "helmfile" && sub === "diff" ? "T2" : "T1";
    case "skaffold":
      return sub === "run" || sub === "deploy" || sub === "delete" || sub === "apply" ? "T3" : "T1";
    case "heroku":
    case "fly":
    case "flyctl":
    case "vercel":
    case "netlify":
    case "firebase":
    case "wrangler":
      return sub === "deploy" || sub === "publish" || sub === "destroy" || sub === "delete" || sub === "releases:rollback" || argv2.includes("--prod") ? "T3" : "T1";
    case "kill":
    case "killall":
    case "pkill":
      return "T1";
    // local processes
    case "systemctl":
    case "service":
    case "reboot":
    case "shutdown":
      return name === "systemctl" && ["status", "list-units", "show", "is-active", "cat"].includes(sub ?? "") ? "T0" : "T3";
  }
  return void 0;
}
function tierOf(cmd, policy) {
  const name = cmd.argv[0];
  if (name === void 0 || name === "") return "T0";
  if ((name === "npx" || name === "bunx" || name === "pnpx") && cmd.argv.length > 1) {
    const rest = cmd.argv.slice(1).filter((a, i, all) => !a.startsWith("-") || all.slice(0, i).some((b) => !b.startsWith("-")));
    if (rest.length > 0 && rest[0] !== name) return tierOf({ ...cmd, argv: rest, dynamic: rest.map(() => false) }, policy);
  }
  switch (name) {
    case "terraform":
    case "tofu":
    case "terragrunt":
      return terraformTier(cmd.argv);
    case "kubectl":
    case "oc":
      return kubectlTier(cmd.argv);
    case "helm":
      return helmTier(cmd.argv);
    case "flux":
      return fluxTier(cmd.argv);
    case "git":
      return gitTier(cmd.argv);
    case "gh":
    case "glab":
      return ghTier(cmd.argv);
    case "aws":
    case "gcloud":
    case "az":
    case "gsutil":
    case "doctl":
    case "eksctl":
      return cloudTier(cmd.argv);
    case "npm":
    case "yarn":
    case "pnpm":
      return packageTier(cmd.argv);
    case "docker":
    case "podman":
    case "nerdctl":
      return dockerTier(cmd.argv);
    case "sed":
      return cmd.argv.some((a) => /^-[a-zA-Z]*i/.test(a) || a.startsWith("--in-place")) ? "T1" : "T0";
  }
  const other = otherKnownTier(name, cmd.argv);
  if (other) return other;
  if (READERS.has(name)) return "T0";
  if (LOCAL.has(name) || SHELLS.has(name)) return "T1";
  if (isDryRun(cmd.argv)) return "T2";
  return policy.mode === "strict" ? "T3" : "T1";
}
var RANK, maxTier, READERS, LOCAL, GH_READ, CLOUD_READ;
var init_tiers = __esm({
  "src/guard/tiers.ts"() {
    "use strict";
    init_interpreters();
    init_tool_invocations();
    init_targets();
    RANK = { T0: 0, T1: 1, T2: 2, T3: 3 };
    maxTier = (a, b) => RANK[a] >= RANK[b] ? a : b;
    READERS = new Set(
      "ls ll la cat tac head tail less more grep egrep fgrep rg ag ack find fd wc echo printf pwd cd pushd popd dirs which type whereis command hash printenv date cal whoami id groups uname hostname file stat du df free uptime ps pgrep top htop jq yq sort uniq cut tr awk gawk column diff cmp comm tree realpath readlink dirname basename true false test [ [[ sleep history man help info export set unset shopt alias unalias declare local readonly source . shift return exit break continue wait jobs fg bg read mapfile getopts trap umask ulimit md5sum sha1sum sha256sum shasum base64 xxd od hexdump strings nl fold fmt paste join expand unexpand rev seq yes tput clear reset stty tty env nproc lscpu lsblk lsof netstat ss ip ifconfig ping dig nslookup host traceroute whois openssl gpg bat exa eza batcat fzf zcat zgrep zless bzcat xzcat lsattr getfacl locale iconv column logname kubectx kubens tfenv tgenv sops vault-status git-lfs vim vi nano emacs code open xdg-open pbcopy pbpaste tee time sed".split(/\s+/)
    );
    LOCAL = new Set(
      "mkdir rmdir touch cp mv rm ln chmod chown chgrp install tar zip unzip gzip gunzip bzip2 xz unxz 7z patch make cmake ninja gcc g++ cc clang go cargo rustc rustup javac java mvn gradle gradlew ant dotnet node deno bun npm npx yarn pnpm corepack nvm python python3 python2 pip pip3 pipx poetry uv pytest tox ruby gem bundle rake rails php composer perl lua tsc eslint prettier vitest jest mocha esbuild webpack vite rollup black ruff flake8 mypy pylint isort shellcheck shfmt hadolint yamllint markdownlint tflint tfsec checkov trivy terrascan kustomize kubeval kubeconform conftest opa pre-commit direnv asdf mise brew apt apt-get apt-cache dnf yum apk pacman curl wget http ssh-keygen ssh-add git-crypt docker-compose kind minikube k3d skaffold tilt helmfile packer vagrant ansible-lint ansible-inventory mktemp truncate split csplit shred dd rsync scp sftp ssh sudo xargs nohup nice timeout watch stdbuf script".split(/\s+/)
    );
    GH_READ = /* @__PURE__ */ new Set(["view", "list", "status", "diff", "checks", "search", "browse", "watch", "download", "ls"]);
    CLOUD_READ = /^(describe|list|get|head|show|wait|help|lookup|batch-get|query|scan|search|filter|validate|estimate|simulate|test|check|preview|view|tail|read|print|lookup-events|ls)/;
  }
});

// src/guard/rules/approval-gate.ts
var approvalGate;
var init_approval_gate = __esm({
  "src/guard/rules/approval-gate.ts"() {
    "use strict";
    init_command_targets();
    init_tiers();
    approvalGate = (ctx) => {
      const hits = [];
      const commands = ctx.analysis.commands;
      commands.forEach((cmd, index) => {
        if (tierOf(cmd, ctx.policy) !== "T3") return;
        const approval = ctx.approval;
        const shown2 = cmd.text.slice(0, 200);
        if (!approval?.affirmed) {
          const known = ctx.policy.mode === "strict" ? " (strict mode: commands execguard does not know count as T3)" : "";
          hits.push({
            id: "approval-gate",
            decision: "deny",
            reason: `approval-gate: blocked \`${shown2}\`: it changes live state (tier T3)${known} and no approval is active` + (approval && !approval.affirmed && approval.text ? ` (the text "${approval.text.slice(0, 80)}" does not approve, or refuses)` : "") + ". Do not run it yet: present your plan (what will change, where, how to roll back) to the user and end your message with `PLAN_STATUS: PENDING_APPROVAL`. Run it after the user approves."
          });
          return;
        }
        const conflict = environmentConflict(cmd, index, commands, approval, ctx.policy);
        if (conflict.length > 0) {
          hits.push({
            id: "approval-gate",
            decision: "deny",
            reason: `approval-gate: blocked \`${shown2}\`: the approval covers ${approval.environments.join("/")} but this command targets ${conflict.join("/")}. Run it only against the approved environment, or present a plan for ${conflict.join("/")} and end with \`PLAN_STATUS: PENDING_APPROVAL\`.`
          });
        }
      });
      return hits;
    };
  }
});

// src/guard/rules/commit-convention.ts
function readMessage(cmd, args) {
  const parts = [];
  let fromStdin = false;
  let keepsMessage = false;
  let firstDynamic = false;
  const argOffset = cmd.argv.length - args.length;
  const isDyn = (i) => cmd.dynamic[argOffset + i] === true;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") break;
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
      const value = eq === -1 ? LONG_VALUED.has(name) ? args[++i] : void 0 : a.slice(eq + 1);
      const valueIndex = eq === -1 ? i : i;
      if (name === "message") {
        if (value === void 0) continue;
        if (parts.length === 0 && isDyn(valueIndex)) firstDynamic = true;
        parts.push(value);
      } else if (name === "file" && (value === "-" || value === "/dev/stdin")) fromStdin = true;
      else if (name === "file" || name === "reuse-message" || name === "reedit-message" || name === "fixup" || name === "squash")
        keepsMessage = true;
      else if (name === "no-edit") keepsMessage = true;
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (SHORT_ATTACHED.has(c)) break;
        if (!SHORT_VALUED.has(c)) continue;
        const inline = a.slice(j + 1);
        const value = inline !== "" ? inline : args[++i];
        if (c === "m" && value !== void 0) {
          if (parts.length === 0 && isDyn(i)) firstDynamic = true;
          parts.push(value);
        } else if (c === "F" && (value === "-" || value === "/dev/stdin" || value === void 0 && cmd.stdin !== void 0))
          fromStdin = true;
        else if (c === "F" || c === "C" || c === "c") keepsMessage = true;
        break;
      }
    }
  }
  if (parts.length > 0) return firstDynamic ? void 0 : { parts };
  if (fromStdin) return cmd.stdin?.text !== void 0 ? { parts: [cmd.stdin.text] } : void 0;
  void keepsMessage;
  return void 0;
}
function subjectOf(parts) {
  const lines = parts[0].replace(/\r\n/g, "\n").split("\n");
  const first = lines.find((l) => l.trim() !== "") ?? "";
  return first.replace(/\s+$/, "");
}
function loadLinter() {
  linter ??= (async () => {
    const [lintModule, configModule] = await Promise.all([import("./executor-vendor/commitlint-lint.mjs"), import("./executor-vendor/commitlint-config-conventional.mjs")]);
    const unwrap2 = (m) => {
      let v = m;
      for (let i = 0; i < 3 && v && typeof v !== "function" && typeof v === "object" && "default" in v; i++)
        v = v.default;
      return v;
    };
    const lint = unwrap2(lintModule);
    const config2 = unwrap2(configModule);
    return { lint, rules: config2.rules };
  })().catch((error) => {
    linter = void 0;
    throw error;
  });
  return linter;
}
async function problems(parts, policy) {
  const subject = subjectOf(parts);
  const found = [];
  if (AUTOSQUASH.test(subject)) return found;
  const types = [...BASE_TYPES, ...policy.commit.extraTypes];
  const escaped = types.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`^(${escaped.join("|")})(\\([^()\\s][^()]*\\))?!?: \\S.*$`);
  if (!pattern.test(subject)) {
    found.push(
      `the subject "${subject.slice(0, 120)}" does not match \`type(scope)!: subject\` with a lower-case type from ${types.join(", ")}`
    );
  }
  if (subject.length > policy.commit.headerMaxLength) {
    found.push(`the subject is ${subject.length} characters long (at most ${policy.commit.headerMaxLength})`);
  }
  if (found.length === 0) {
    const { lint, rules } = await loadLinter();
    const selected = {};
    for (const name of ["type-case", "type-empty", "subject-empty", "header-trim"]) if (rules[name]) selected[name] = rules[name];
    selected["type-enum"] = [2, "always", types];
    selected["header-max-length"] = [2, "always", policy.commit.headerMaxLength];
    const outcome = await lint(subject, selected, {
      parserOpts: { headerPattern: /^(\w*)(?:\((.*)\))?!?: (.*)$/, headerCorrespondence: ["type", "scope", "subject"] }
    });
    if (!outcome.valid) found.push(...outcome.errors.map((e) => `commitlint ${e.name}: ${e.message}`));
  }
  const message2 = parts.join("\n\n");
  for (const trailer of policy.commit.forbiddenTrailers) {
    const t = trailer.toLowerCase();
    const line = message2.split("\n").find((l) => l.trim().toLowerCase().startsWith(t));
    if (line) found.push(`the message carries the forbidden trailer "${line.trim().slice(0, 120)}"`);
  }
  return found;
}
var BASE_TYPES, AUTOSQUASH, SHORT_VALUED, SHORT_ATTACHED, LONG_VALUED, linter, commitConvention;
var init_commit_convention = __esm({
  "src/guard/rules/commit-convention.ts"() {
    "use strict";
    init_tool_invocations();
    BASE_TYPES = ["build", "chore", "ci", "docs", "feat", "fix", "perf", "refactor", "revert", "style", "test"];
    AUTOSQUASH = /^(fixup|squash|amend)! /;
    SHORT_VALUED = /* @__PURE__ */ new Set(["m", "F", "C", "c", "t"]);
    SHORT_ATTACHED = /* @__PURE__ */ new Set(["S", "u"]);
    LONG_VALUED = /* @__PURE__ */ new Set([
      "message",
      "file",
      "reuse-message",
      "reedit-message",
      "template",
      "author",
      "date",
      "cleanup",
      "fixup",
      "squash",
      "trailer",
      "pathspec-from-file"
    ]);
    commitConvention = async (ctx) => {
      const hits = [];
      for (const cmd of ctx.analysis.commands) {
        if (cmd.argv[0] !== "git") continue;
        const { sub, args } = gitInvocation(cmd.argv);
        if (sub !== "commit") continue;
        const message2 = readMessage(cmd, args);
        if (!message2?.parts || message2.parts.length === 0) continue;
        if (message2.parts.join("").trim() === "" && !args.includes("--allow-empty-message")) continue;
        const found = await problems(message2.parts, ctx.policy);
        if (found.length === 0) continue;
        hits.push({
          id: "commit-convention",
          decision: "deny",
          reason: `commit-convention: blocked \`git commit\`: ${found.join("; ")}. Commits must follow Conventional Commits, and no approval lifts this rule. Commit again with a subject such as \`fix(api): handle an empty token\` (type one of ` + [...BASE_TYPES, ...ctx.policy.commit.extraTypes].join(", ") + `, optional scope, \`!\` for breaking changes, at most ${ctx.policy.commit.headerMaxLength} characters); put details in further -m parts (the body).`
        });
      }
      return hits;
    };
  }
});

// src/guard/rules/git-force-push.ts
function longOption(name) {
  const resolve7 = (n) => {
    if (PUSH_LONG.includes(n)) return n;
    const matches = PUSH_LONG.filter((o) => o.startsWith(n));
    return matches.length === 1 ? matches[0] : matches.length > 1 ? "ambiguous" : void 0;
  };
  const direct = resolve7(name);
  if (direct && direct !== "ambiguous") return { option: direct, negated: false };
  if (name.startsWith("no-")) {
    const negated = resolve7(name.slice(3));
    if (negated === "ambiguous") return "ambiguous";
    if (negated) return { option: negated, negated: true };
  }
  return direct === "ambiguous" ? "ambiguous" : void 0;
}
function protectedBranch(ref, policy) {
  const branch = ref.replace(/^refs\/heads\//, "");
  const hit = policy.protectedBranches.find((p) => p.endsWith("*") ? branch.startsWith(p.slice(0, -1)) : branch === p);
  return hit ? branch : void 0;
}
function readPush(args, configs, policy) {
  const forcing = /* @__PURE__ */ new Map();
  let deleteFlag = false;
  const positionals = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const resolved = longOption(eq === -1 ? a.slice(2) : a.slice(2, eq));
      if (resolved === "ambiguous") return { deletes: [] };
      if (!resolved) continue;
      const { option, negated } = resolved;
      if (FORCING.has(option)) forcing.set(option, negated ? void 0 : a);
      else if (option === "delete") deleteFlag = !negated;
      else if (PUSH_VALUED.has(option) && eq === -1 && !negated) i++;
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (c === "f") forcing.set("force", a);
        if (c === "d") deleteFlag = true;
        if (SHORT_VALUED2.has(c)) {
          if (j === a.length - 1) i++;
          break;
        }
      }
      continue;
    }
    positionals.push(a);
  }
  let force = [...forcing.values()].find((v) => v !== void 0);
  const refspecs = positionals.slice(1);
  for (const r of positionals) if (r.startsWith("+")) force ??= r;
  for (const c of configs) if (/^remote\.[^=]*\.(push|mirror)=\s*(\+|true)/i.test(c)) force ??= `-c ${c}`;
  const deletes = [];
  for (const r of refspecs) {
    const target2 = deleteFlag ? r.replace(/^\+/, "") : r.startsWith(":") ? r.slice(1) : void 0;
    if (target2 === void 0) continue;
    const branch = protectedBranch(target2, policy);
    if (branch) deletes.push(branch);
  }
  return { force, deletes };
}
var PUSH_LONG, PUSH_VALUED, FORCING, SHORT_VALUED2, gitForcePush;
var init_git_force_push = __esm({
  "src/guard/rules/git-force-push.ts"() {
    "use strict";
    init_tool_invocations();
    PUSH_LONG = [
      "all",
      "branches",
      "mirror",
      "delete",
      "tags",
      "dry-run",
      "porcelain",
      "force",
      "force-with-lease",
      "force-if-includes",
      "recurse-submodules",
      "thin",
      "receive-pack",
      "exec",
      "set-upstream",
      "progress",
      "prune",
      "verify",
      "follow-tags",
      "signed",
      "atomic",
      "push-option",
      "ipv4",
      "ipv6",
      "repo",
      "quiet",
      "verbose",
      "no-verify"
    ];
    PUSH_VALUED = /* @__PURE__ */ new Set(["receive-pack", "exec", "repo", "push-option"]);
    FORCING = /* @__PURE__ */ new Set(["force", "force-with-lease", "force-if-includes", "mirror"]);
    SHORT_VALUED2 = /* @__PURE__ */ new Set(["o"]);
    gitForcePush = (ctx) => {
      const hits = [];
      const defined = [];
      for (const cmd of ctx.analysis.commands) {
        if (cmd.argv[0] !== "git") continue;
        const { sub, args, configs } = gitInvocation(cmd.argv, defined);
        if (sub === "config") {
          const words = args.filter((a) => !a.startsWith("-"));
          if (words.length >= 2 && /^alias\./i.test(words[0])) defined.push(`${words[0]}=${words.slice(1).join(" ")}`);
        }
        if (sub !== "push") continue;
        const { force, deletes } = readPush(args, configs, ctx.policy);
        if (!force && deletes.length === 0) continue;
        const approval = ctx.approval;
        if (approval?.affirmed && approval.forcePush) continue;
        const what = force ? `a history-rewriting push (\`${force}\`)` : `deleting the protected branch \`${deletes[0]}\``;
        const reason = `git-force-push: blocked \`${cmd.text.slice(0, 200)}\`: ${what}. Force pushes are blocked on every branch, --force-with-lease included, because an agent cannot tell a personal branch from a shared one. ` + (force ? 'Push without force (rebase or merge onto the remote branch first), or ask the user to approve the force push explicitly (the approval must say "force push").' : 'Protected branches are not deleted by an agent; ask the user to do it, or to approve it explicitly with "force push".');
        hits.push({ id: "git-force-push", decision: "deny", reason });
      }
      return hits;
    };
  }
});

// src/guard/rules/kubectl-delete-prod.ts
function isDelete(cmd) {
  const name = cmd.argv[0];
  if (name !== "kubectl" && name !== "oc" && name !== "helm") return void 0;
  const verb = kubeInvocation(cmd.argv).verb;
  if ((name === "kubectl" || name === "oc") && verb === "delete") return "kubectl";
  if ((name === "kubectl" || name === "oc") && verb === "replace" && hasOption(kubeInvocation(cmd.argv), "force")) return "kubectl";
  if (name === "helm" && verb && HELM_DELETE.has(verb)) return "helm";
  return void 0;
}
function judge(cmd, index, ctx, tool) {
  const policy = ctx.policy;
  const commands = ctx.analysis.commands;
  const inv = kubeInvocation(cmd.argv);
  const target2 = kubeTarget(cmd, index, commands);
  const prod = (v) => isProductionName(v, policy);
  const objects = tool === "kubectl" ? deletedNamespaces(inv.positionals) : [];
  const mass = tool === "kubectl" && hasOption(inv, "all", "A", "all-namespaces");
  const prodNamespace = [...target2.namespaces, ...target2.priorNamespaces].find(prod);
  if (prodNamespace) return { why: `namespace \`${prodNamespace}\` is production` };
  const prodObject = objects.find(prod);
  if (prodObject) return { why: `it deletes the production namespace \`${prodObject}\`` };
  const prodContext = [...target2.contexts, ...target2.priorContexts].find(prod);
  if (prodContext) return { why: `context \`${prodContext}\` is production` };
  const prodConfig = target2.kubeconfigs.find(prod);
  if (prodConfig) return { why: `kubeconfig \`${prodConfig}\` is production` };
  const prodManifest = target2.manifests.find(prod);
  if (prodManifest) return { why: `manifest path \`${prodManifest}\` is production` };
  if (mass) return { why: "it is a mass delete (`--all` / `-A` / `--all-namespaces`), which is blocked in every namespace" };
  if (/^none$/i.test(lastOption(inv, "dry-run") ?? "")) return { why: "`--dry-run=none` makes it a real deletion, not a simulation" };
  const dynamicTarget = cmd.dynamic.some((d, i) => d && i > 0);
  if (cmd.via.includes("xargs") || dynamicTarget) {
    const fed = [cmd.stdin?.text ?? "", ...commands.filter((c) => c !== cmd).flatMap((c) => c.argv.slice(1))].join(" ");
    if (segments(fed).some((s) => policy.productionNames.includes(s))) {
      return { why: "the names it deletes (from xargs or a loop) include production" };
    }
  }
  const local = [...target2.contexts, ...target2.priorContexts, ...target2.kubeconfigs].some((c) => isLocalContext(c, policy));
  if (local) return {};
  const known = (v) => v !== "" && !/[$`]/.test(v);
  const named = [...target2.namespaces, ...target2.contexts, ...target2.kubeconfigs, ...target2.priorContexts, ...target2.priorNamespaces].some(
    known
  );
  if (named) return {};
  if (ctx.currentKubeContext) {
    if (prod(ctx.currentKubeContext)) return { why: `the current kube context \`${ctx.currentKubeContext}\` is production` };
    return {};
  }
  if (objects.length > 0 && tool === "kubectl") return {};
  return { unknownTarget: true };
}
var HELM_DELETE, kubectlDeleteProd;
var init_kubectl_delete_prod = __esm({
  "src/guard/rules/kubectl-delete-prod.ts"() {
    "use strict";
    init_command_targets();
    init_targets();
    init_tool_invocations();
    HELM_DELETE = /* @__PURE__ */ new Set(["uninstall", "delete", "del", "un"]);
    kubectlDeleteProd = (ctx) => {
      const hits = [];
      const commands = ctx.analysis.commands;
      commands.forEach((cmd, index) => {
        const tool = isDelete(cmd);
        if (!tool) return;
        const simulated = tool === "helm" ? isDryRun(cmd.argv) : /^(client|server)$/i.test(lastOption(kubeInvocation(cmd.argv), "dry-run") ?? "");
        if (simulated) return;
        const verdict = judge(cmd, index, ctx, tool);
        let why = verdict.why;
        if (!why && verdict.unknownTarget) {
          if (ctx.policy.mode !== "strict") return;
          why = "it names no namespace or context and the current context is unknown (strict mode)";
        }
        if (!why) return;
        const approval = ctx.approval;
        const conflict = environmentConflict(cmd, index, commands, approval, ctx.policy);
        if (approval?.affirmed && approval.delete && conflict.length === 0) return;
        const what = tool === "helm" ? "helm uninstall" : "kubectl delete";
        let reason = `kubectl-delete-prod: blocked \`${cmd.text.slice(0, 200)}\`: ${what} where ${why}. `;
        if (approval?.affirmed && approval.delete) {
          reason += `The approval covers ${approval.environments.join("/")} but this command targets ${conflict.join("/")}; ask the user to approve this deletion for ${conflict.join("/")} explicitly.`;
        } else {
          reason += 'A generic approval does not cover deletions. Name a non-production namespace and context explicitly (`-n <ns> --context <ctx>`), delete objects one by one instead of `--all`, or present the exact deletion to the user, end with `PLAN_STATUS: PENDING_APPROVAL`, and wait for an approval that says "delete" (or "uninstall").';
        }
        hits.push({ id: "kubectl-delete-prod", decision: "deny", reason });
      });
      return hits;
    };
  }
});

// src/guard/write-targets.ts
import { posix as posix4 } from "node:path";
function parse2(cmd, valued = []) {
  const out = { operands: [], options: /* @__PURE__ */ new Map(), flags: /* @__PURE__ */ new Set() };
  const add = (name, word, dynamic) => out.options.set(name, [...out.options.get(name) ?? [], { word, dynamic }]);
  let options = true;
  for (let i = 1; i < cmd.argv.length; i++) {
    const word = cmd.argv[i];
    const dynamic = cmd.dynamic[i] ?? false;
    if (options && word === "--") {
      options = false;
      continue;
    }
    if (options && word.startsWith("--") && word.length > 2) {
      const eq = word.indexOf("=");
      const name = eq === -1 ? word : word.slice(0, eq);
      if (eq !== -1) add(name, word.slice(eq + 1), dynamic);
      else if (valued.includes(name)) add(name, cmd.argv[++i] ?? "", cmd.dynamic[i] ?? false);
      else out.flags.add(name);
      continue;
    }
    if (options && word.startsWith("-") && word.length > 1) {
      for (let j = 1; j < word.length; j++) {
        const name = `-${word[j]}`;
        if (valued.includes(name)) {
          const rest = word.slice(j + 1);
          if (rest) add(name, rest, dynamic);
          else add(name, cmd.argv[++i] ?? "", cmd.dynamic[i] ?? false);
          break;
        }
        out.flags.add(name);
      }
      continue;
    }
    out.operands.push({ word, dynamic });
  }
  return out;
}
function copyLike(p, tree, sourcesToo) {
  const targets = [];
  const dirs = opt(p, "-t", "--target-directory");
  let sources = p.operands;
  let dest = dirs[0];
  if (!dest && !has(p, "-T", "--no-target-directory") && sources.length >= 1) {
    dest = sources[sources.length - 1];
    sources = sources.slice(0, -1);
  } else if (!dest && sources.length >= 2) {
    dest = sources[sources.length - 1];
    sources = sources.slice(0, -1);
  }
  if (dest) targets.push({ ...dest, tree });
  for (const src of sources) {
    if (dest) {
      const base2 = posix4.basename(src.word);
      if (base2 === "." || base2 === ".." || base2 === "" || src.dynamic)
        targets.push({ ...dest, dynamic: dest.dynamic || src.dynamic, tree: true });
      else targets.push({ ...under(dest, src.word), tree });
    }
    if (sourcesToo) targets.push({ ...src, tree: true });
  }
  return targets;
}
function writeTargets(cmd) {
  const targets = [];
  for (const r of cmd.redirects) {
    if (REDIRECT_WRITE.test(r.op) && !/^(\d+|-)$/.test(r.target) && !/^\/dev\/(null|stdout|stderr|tty|fd\/\d+)$/.test(r.target)) {
      targets.push({ word: r.target, dynamic: /[$`*?[]/.test(r.target), tree: false });
    }
  }
  const program = cmd.argv[0] ?? "";
  const p = parse2(cmd, VALUED[program] ?? []);
  const recursive = has(p, "-r", "-R", "--recursive", "-a", "--archive");
  const all = (tree) => p.operands.map((o) => ({ ...o, tree }));
  switch (program) {
    case "cp":
    case "install":
      if (program === "install" && has(p, "-d", "--directory")) targets.push(...all(false));
      else targets.push(...copyLike(p, recursive, false));
      break;
    case "ln":
      targets.push(...copyLike(p, false, true));
      break;
    case "mv":
      targets.push(...copyLike(p, false, true));
      break;
    case "rm":
    case "chmod":
    case "chown":
    case "chgrp":
    case "setfacl":
    case "chattr": {
      const ops = program === "rm" ? p.operands : p.operands.slice(1);
      targets.push(...ops.map((o) => ({ ...o, tree: recursive })));
      break;
    }
    case "rmdir":
    case "unlink":
    case "shred":
    case "truncate":
    case "touch":
    case "tee":
    case "mkdir":
    case "mkfifo":
      targets.push(...all(false));
      break;
    case "dd":
      targets.push(
        ...p.operands.filter((o) => o.word.startsWith("of=")).map((o) => ({ word: o.word.slice(3), dynamic: o.dynamic, tree: false }))
      );
      break;
    case "sed": {
      const inPlace = [...p.flags].some((f) => f === "-i" || f === "--in-place") || cmd.argv.some((a) => /^(-i.+|--in-place=.*)$/.test(a));
      const scripts = opt(p, "-e", "--expression");
      const files = scripts.length > 0 || opt(p, "-f", "--file").length > 0 ? p.operands : p.operands.slice(1);
      if (scripts.length === 0 && p.operands[0]) scripts.push(p.operands[0]);
      if (inPlace) targets.push(...files.map((o) => ({ ...o, tree: false })));
      for (const s of scripts) {
        for (const m of s.word.matchAll(/(?:^|[;\n{}]|\/[gpIiMme0-9]*)\s*w\s+([^;\n}]+)/g))
          targets.push({ word: m[1].trim(), dynamic: s.dynamic, tree: false });
      }
      break;
    }
    case "awk":
    case "gawk":
    case "mawk":
    case "nawk": {
      const body = cmd.argv.slice(1).find((a, i) => !a.startsWith("-") && cmd.argv[i] !== "-f" && cmd.argv[i] !== "-v") ?? "";
      for (const m of body.matchAll(/(?:print|printf)[^;}>|]*>>?\s*("([^"]*)"|[^\s;}]+)/g)) {
        targets.push(m[2] !== void 0 ? { word: m[2], dynamic: false, tree: false } : { word: `$${m[1]}`, dynamic: true, tree: false });
      }
      if (cmd.argv.some((a, i) => a === "inplace" && cmd.argv[i - 1] === "-i"))
        targets.push(...p.operands.slice(1).map((o) => ({ ...o, tree: false })));
      break;
    }
    case "tar":
    case "bsdtar": {
      const first = cmd.argv[1] ?? "";
      const extract = has(p, "-x", "--extract", "--get") || /^[a-zA-Z]+$/.test(first) && first.includes("x");
      const create = has(p, "-c", "--create", "-r", "--append", "-u", "--update") || /^[a-zA-Z]+$/.test(first) && /[cru]/.test(first);
      const dirs = [...cmd.argv.entries()].filter(([i]) => cmd.argv[i - 1] === "-C" || cmd.argv[i - 1] === "--directory").map(([i, w]) => ({ word: w, dynamic: cmd.dynamic[i] ?? false }));
      for (const [i, w] of cmd.argv.entries())
        if (w.startsWith("--directory=")) dirs.push({ word: w.slice(12), dynamic: cmd.dynamic[i] ?? false });
      if (extract) {
        targets.push(...(dirs.length ? dirs : [{ word: ".", dynamic: false }]).map((d) => ({ ...d, tree: true })));
        if (has(p, "-P", "--absolute-names")) targets.push({ word: "/", dynamic: false, tree: true });
      }
      if (create) {
        const file = [...cmd.argv.entries()].find(([i]) => /^-[a-zA-Z]*f$/.test(cmd.argv[i - 1] ?? "") || cmd.argv[i - 1] === "--file");
        if (file) targets.push({ word: file[1], dynamic: cmd.dynamic[file[0]] ?? false, tree: false });
      }
      break;
    }
    case "unzip": {
      if (has(p, "-l", "-p", "-t", "-v", "-Z")) break;
      const dir = cmd.argv.indexOf("-d");
      targets.push(
        dir !== -1 ? { word: cmd.argv[dir + 1] ?? "", dynamic: cmd.dynamic[dir + 1] ?? false, tree: true } : { word: ".", dynamic: false, tree: true }
      );
      break;
    }
    case "cpio": {
      const extract = has(p, "-i", "--extract") || cmd.argv.some((a) => /^-[a-zA-Z]*i/.test(a));
      const pass = has(p, "-p", "--pass-through") || cmd.argv.some((a) => /^-[a-zA-Z]*p/.test(a));
      const dir = cmd.argv.findIndex((a) => a === "-D" || a === "--directory");
      const base2 = dir !== -1 ? { word: cmd.argv[dir + 1] ?? "", dynamic: cmd.dynamic[dir + 1] ?? false } : { word: ".", dynamic: false };
      if (extract) targets.push({ ...base2, tree: true });
      if (pass) targets.push(...p.operands.slice(-1).map((o) => ({ ...o, tree: true })));
      break;
    }
    case "rsync":
    case "scp": {
      const dest = p.operands[p.operands.length - 1];
      if (dest && p.operands.length >= 2 && !/^[^/]*:/.test(dest.word)) targets.push({ ...dest, tree: true });
      break;
    }
    case "curl": {
      for (const [i, w] of cmd.argv.entries()) {
        const prev = cmd.argv[i - 1];
        if (prev === "-o" || prev === "--output" || prev === "--output-dir" || prev === "-c" || prev === "--cookie-jar" || prev === "-D" || prev === "--dump-header") {
          targets.push({ word: w, dynamic: cmd.dynamic[i] ?? false, tree: prev === "--output-dir" });
        } else if (/^-o./.test(w) && !w.startsWith("--")) targets.push({ word: w.slice(2), dynamic: cmd.dynamic[i] ?? false, tree: false });
        else if (/^--output(-dir)?=/.test(w))
          targets.push({ word: w.slice(w.indexOf("=") + 1), dynamic: cmd.dynamic[i] ?? false, tree: w.startsWith("--output-dir") });
      }
      if (has(p, "-O", "--remote-name", "--remote-name-all") || cmd.argv.some((a) => /^-[a-zA-Z]*O/.test(a) && !a.startsWith("--"))) {
        for (const o of p.operands)
          if (/^[a-z]+:\/\//i.test(o.word))
            targets.push({ word: posix4.basename(o.word.replace(/[?#].*$/, "")) || ".", dynamic: o.dynamic, tree: false });
      }
      break;
    }
    case "wget": {
      let named = false;
      for (const [i, w] of cmd.argv.entries()) {
        const prev = cmd.argv[i - 1];
        if (prev === "-O" || prev === "--output-document" || prev === "-P" || prev === "--directory-prefix" || prev === "-o" || prev === "--output-file" || prev === "-a") {
          targets.push({ word: w, dynamic: cmd.dynamic[i] ?? false, tree: prev === "-P" || prev === "--directory-prefix" });
          named ||= prev === "-O" || prev === "--output-document";
        } else if (/^(-O|-P).+/.test(w)) {
          targets.push({ word: w.slice(2), dynamic: cmd.dynamic[i] ?? false, tree: w.startsWith("-P") });
          named ||= w.startsWith("-O");
        } else if (/^--(output-document|directory-prefix)=/.test(w)) {
          targets.push({ word: w.slice(w.indexOf("=") + 1), dynamic: cmd.dynamic[i] ?? false, tree: w.startsWith("--directory-prefix") });
          named ||= w.startsWith("--output-document");
        }
      }
      if (!named) {
        for (const o of p.operands)
          if (/^[a-z]+:\/\//i.test(o.word))
            targets.push({ word: posix4.basename(o.word.replace(/[?#].*$/, "")) || ".", dynamic: o.dynamic, tree: true });
      }
      break;
    }
    case "perl":
    case "ruby": {
      if (!cmd.argv.some((a) => /^-[a-zA-Z]*i/.test(a) && !a.startsWith("--"))) break;
      const files = cmd.argv.map((w, i) => ({ word: w, dynamic: cmd.dynamic[i] ?? false })).filter((o, i) => i > 0 && !o.word.startsWith("-") && !/^-[a-zA-Z]*[eE]$/.test(cmd.argv[i - 1] ?? ""));
      targets.push(...files.map((o) => ({ ...o, tree: false })));
      break;
    }
    case "patch": {
      const dir = opt(
        parse2(cmd, ["-d", "--directory", "-p", "-i", "--input", "-o", "--output", "-r", "-B", "-z", "-F", "-V", "-D"]),
        "-d",
        "--directory"
      )[0];
      targets.push({ ...dir ?? { word: ".", dynamic: false }, tree: true });
      break;
    }
    case "git": {
      const sub = cmd.argv.slice(1).find((a, k, rest2) => !a.startsWith("-") && !/^(-C|-c|--git-dir|--work-tree|--namespace)$/.test(rest2[k - 1] ?? ""));
      const at = sub === void 0 ? -1 : cmd.argv.indexOf(sub);
      const dirOpt = cmd.argv.indexOf("-C");
      const base2 = dirOpt !== -1 && dirOpt < at ? cmd.argv[dirOpt + 1] : void 0;
      const inBase = (o) => base2 ? { word: posix4.join(base2, o.word), dynamic: o.dynamic || (cmd.dynamic[dirOpt + 1] ?? false) } : o;
      const rest = at === -1 ? [] : cmd.argv.slice(at + 1).map((w, k) => ({ word: w, dynamic: cmd.dynamic[at + 1 + k] ?? false }));
      const pathspecs = rest.filter((o) => !o.word.startsWith("-"));
      if (sub === "rm" || sub === "mv" || sub === "restore" || sub === "checkout") {
        const dd = rest.findIndex((o) => o.word === "--");
        const files = sub === "rm" || sub === "mv" || dd === -1 ? pathspecs : rest.slice(dd + 1);
        const tree = sub === "mv" || sub === "rm" && rest.some((o) => /^-[a-zA-Z]*r/.test(o.word));
        targets.push(...files.map((o) => ({ ...inBase(o), tree })));
      } else if (sub === "clean" || sub === "apply" || sub === "am") {
        targets.push({ ...inBase({ word: ".", dynamic: false }), tree: true });
      }
      const i = sub === "clone" ? at : -1;
      if (i === -1) break;
      const ops = cmd.argv.slice(i + 1).map((w, k) => ({ word: w, dynamic: cmd.dynamic[i + 1 + k] ?? false })).filter(
        (o, k, arr) => !o.word.startsWith("-") && !/^-(b|o|c|-branch|-origin|-depth|-reference|-template|-config|-separate-git-dir|-jobs|u|-upload-pack|-filter)$/.test(
          arr[k - 1]?.word ?? ""
        )
      );
      const named = ops[0] ? posix4.basename(ops[0].word.replace(/\/+$/, "")).replace(/\.git$/, "") : "";
      const dir = ops[1] ?? (ops[0] ? { word: named, dynamic: /[$`*?[]/.test(named) } : void 0);
      if (dir) targets.push({ ...dir, tree: true });
      break;
    }
    case "find": {
      if (!cmd.argv.includes("-delete")) break;
      const roots = cmd.argv.slice(1).map((w, k) => ({ word: w, dynamic: cmd.dynamic[k + 1] ?? false }));
      const end = roots.findIndex((r) => /^[-(!]/.test(r.word));
      const paths = end === -1 ? roots : roots.slice(0, end);
      targets.push(...(paths.length ? paths : [{ word: ".", dynamic: false }]).map((r) => ({ ...r, tree: true })));
      break;
    }
  }
  for (let i = targets.length - 1; i >= 0; i--) if (/^[<>]\(/.test(targets[i].word)) targets.splice(i, 1);
  if (targets.length > 0 && cmd.via.some((v) => v.startsWith("find") || v.startsWith("xargs"))) {
    for (const t of targets) if (t.word.includes("{}") || t.word.includes("{xargs")) t.dynamic = true;
  }
  return targets;
}
var VALUED, has, opt, under, REDIRECT_WRITE, KNOWN_WRITERS;
var init_write_targets = __esm({
  "src/guard/write-targets.ts"() {
    "use strict";
    VALUED = {
      cp: ["-t", "--target-directory", "-S", "--suffix"],
      mv: ["-t", "--target-directory", "-S", "--suffix"],
      install: ["-t", "--target-directory", "-m", "--mode", "-o", "--owner", "-g", "--group", "-S", "--suffix"],
      ln: ["-t", "--target-directory", "-S", "--suffix"],
      tee: [],
      rm: [],
      rmdir: [],
      truncate: ["-s", "--size", "-r", "--reference"],
      touch: ["-d", "--date", "-r", "--reference", "-t"],
      chmod: ["--reference"],
      chown: ["--reference", "--from"],
      chgrp: ["--reference"],
      mkdir: ["-m", "--mode"],
      sed: ["-e", "--expression", "-f", "--file", "-l", "--line-length"],
      rsync: [
        "-e",
        "--rsh",
        "--exclude",
        "--include",
        "--filter",
        "-f",
        "--exclude-from",
        "--include-from",
        "--files-from",
        "--log-file",
        "--partial-dir",
        "--temp-dir",
        "-T",
        "--backup-dir",
        "--chmod",
        "--chown"
      ],
      scp: ["-P", "-i", "-o", "-F", "-c", "-l", "-J", "-S"]
    };
    has = (p, ...names) => names.some((n) => p.flags.has(n) || p.options.has(n));
    opt = (p, ...names) => names.flatMap((n) => p.options.get(n) ?? []);
    under = (dir, name) => ({
      word: posix4.join(dir.word, posix4.basename(name)),
      dynamic: dir.dynamic
    });
    REDIRECT_WRITE = /^(\d*>|\d*>>|&>|&>>|>\||\d*>\||\d*>&)$/;
    KNOWN_WRITERS = /* @__PURE__ */ new Set([
      "cp",
      "install",
      "ln",
      "mv",
      "rm",
      "chmod",
      "chown",
      "chgrp",
      "setfacl",
      "chattr",
      "rmdir",
      "unlink",
      "shred",
      "truncate",
      "touch",
      "tee",
      "mkdir",
      "mkfifo",
      "dd",
      "sed",
      "awk",
      "gawk",
      "mawk",
      "nawk",
      "tar",
      "bsdtar",
      "unzip",
      "cpio",
      "rsync",
      "scp",
      "curl",
      "wget",
      "git",
      "find",
      "perl",
      "ruby",
      "patch"
    ]);
  }
});

// src/guard/rules/protected-path.ts
function interpreterBody(cmd) {
  const [program = "", ...args] = cmd.argv;
  if (!INTERPRETERS.has(program.replace(/[\d.]+$/, "")) && !INTERPRETERS.has(program)) return void 0;
  const bodies = [];
  for (let i = 0; i < args.length; i++) {
    if (BODY_FLAGS.has(args[i]) && args[i + 1] !== void 0) bodies.push(args[i + 1]);
    else if (/^--eval=/.test(args[i])) bodies.push(args[i].slice(7));
  }
  if (cmd.stdin?.text && (args.includes("-") || !args.some((a) => !a.startsWith("-")))) bodies.push(cmd.stdin.text);
  return bodies.length ? bodies.join("\n") : void 0;
}
function folderOf(cmd, index, ctx, pp, homeKnown = true) {
  const start = ctx.cwd;
  if (/\bCDPATH\b/.test(ctx.raw) && ctx.analysis.commands.slice(0, index).some((c) => /^(cd|pushd)$/.test(c.argv[0] ?? "")))
    return void 0;
  if (cmd.cwd === void 0) {
    const moved = ctx.analysis.commands.slice(0, index).some((c) => c.argv[0] === "popd" || /^(cd|pushd)$/.test(c.argv[0] ?? "") && c.argv.includes("-"));
    return moved ? void 0 : start;
  }
  const r = resolveWord(cmd.cwd, /[$`*?[]/.test(cmd.cwd), start, pp, homeKnown);
  return r.kind === "path" ? r.path : void 0;
}
function writeHit(cmd, index, ctx, pp, homeKnown) {
  const cwd = folderOf(cmd, index, ctx, pp, homeKnown);
  const links = ctx.resolveLinks ?? ((p) => p);
  for (const target2 of writeTargets(cmd)) {
    const r = resolveWord(target2.word, target2.dynamic, cwd, pp, homeKnown);
    if (r.kind === "unknown") {
      return `\`${cmd.text.slice(0, 160)}\` writes to a place the guard cannot resolve statically (${r.why}); it could reach execguard's own files, so it is blocked. Write to a literal path inside the project instead.`;
    }
    if (r.kind === "glob") {
      const why2 = globWhy(r.dir, r.patterns, pp, cwd);
      if (why2) return `\`${cmd.text.slice(0, 160)}\` writes through a pattern that could match ${why2}.`;
      continue;
    }
    const real = links(r.path);
    const why = protectedWhy(r.path, pp) ?? protectedWhy(real, pp);
    if (why) return `\`${cmd.text.slice(0, 160)}\` would change ${r.path}, ${why}.`;
    if (target2.tree) {
      const root = containsProtected(r.path, pp, cwd) ?? containsProtected(real, pp, cwd);
      if (root)
        return `\`${cmd.text.slice(0, 160)}\` writes to the whole of ${r.path}, which holds ${root} (${protectedWhy(root, pp) ?? "protected"}).`;
    }
  }
  return null;
}
function otherHit(cmd, index, ctx, pp, homeKnown) {
  const program = cmd.argv[0] ?? "";
  if (KNOWN_WRITERS.has(program) || READERS2.has(program) || DATA2.has(program)) return null;
  if (program === "yq" && !cmd.argv.some((a) => /^(-[a-zA-Z]*i|--inplace)$/.test(a))) return null;
  if (program === "sort" && !cmd.argv.some((a) => /^(-[a-zA-Z]*o|--output)/.test(a))) return null;
  const cwd = folderOf(cmd, index, ctx, pp, homeKnown);
  const links = ctx.resolveLinks ?? ((p) => p);
  let skipScript = RUNNERS.has(program.replace(/[\d.]+$/, "")) || RUNNERS.has(program);
  for (let i = 1; i < cmd.argv.length; i++) {
    if (cmd.dynamic[i]) continue;
    const raw = cmd.argv[i];
    const word = raw.startsWith("-") ? /^--?[\w-]+=(.+)$/.exec(raw)?.[1] ?? "" : raw;
    if (!word) continue;
    if (skipScript && !raw.startsWith("-")) {
      skipScript = false;
      continue;
    }
    if (!/^[/~]/.test(word) && !/(^|\/)(\.claude|\.execguard\.ya?ml)(\/|$)/.test(word)) continue;
    const r = resolveWord(word, false, cwd, pp, homeKnown);
    if (r.kind !== "path") continue;
    const why = protectedWhy(r.path, pp) ?? protectedWhy(links(r.path), pp);
    if (why) return `\`${cmd.text.slice(0, 160)}\` gives ${r.path} (${why}) to \`${program}\`, which may change it.`;
  }
  return null;
}
function membersOf(cmd, cwd, pp, homeKnown) {
  const tar = cmd.argv[0] === "tar" || cmd.argv[0] === "bsdtar";
  const out = [];
  let base2 = cwd;
  for (let i = 1; i < cmd.argv.length; i++) {
    const word = cmd.argv[i];
    const dynamic = cmd.dynamic[i] ?? false;
    const separate = tar && (word === "-C" || word === "--directory") && i + 1 < cmd.argv.length;
    const dir = separate ? cmd.argv[++i] : tar ? /^(?:-C|--directory=)(.+)$/.exec(word)?.[1] : void 0;
    if (dir !== void 0) {
      const r = resolveWord(dir, cmd.dynamic[i] ?? false, base2, pp, homeKnown);
      if (r.kind === "path") base2 = r.path;
      out.push({ word: dir, dynamic: cmd.dynamic[i] ?? false, base: base2 });
      continue;
    }
    out.push({ word: word.replace(/^--?[\w-]+=/, ""), dynamic, base: base2 });
  }
  return out;
}
function readHit(cmd, index, ctx, pp, homeKnown) {
  if (pp.readDenied.length === 0 || DATA2.has(cmd.argv[0] ?? "")) return null;
  const cwd = folderOf(cmd, index, ctx, pp, homeKnown);
  const links = ctx.resolveLinks ?? ((p) => p);
  const words = membersOf(cmd, cwd, pp, homeKnown);
  for (const r of cmd.redirects)
    if (r.op.includes("<") && !r.op.includes("<<")) words.push({ word: r.target, dynamic: /[$`*?[]/.test(r.target), base: cwd });
  for (const { word, dynamic, base: base2 } of words) {
    if (word.startsWith("-") || word === "") continue;
    const r = resolveWord(word, dynamic, base2, pp, homeKnown);
    if (r.kind === "path") {
      const real = links(r.path);
      if (pp.readDenied.some((k) => inside(r.path, k) || inside(real, k)))
        return `\`${cmd.text.slice(0, 160)}\` reads ${r.path}, execguard's keys.`;
      if (TREE_READERS.has(cmd.argv[0] ?? "") && // The state folder or any folder holding it (`tar -C ~/.local -cf - state`), short of `/`.
      pp.readDenied.some((k) => inside(k, r.path) && r.path !== "/")) {
        return `\`${cmd.text.slice(0, 160)}\` reads the whole of ${r.path}, which holds execguard's keys.`;
      }
    } else if (r.kind === "glob") {
      for (const k of pp.readDenied) {
        if (inside(r.dir, k)) return `\`${cmd.text.slice(0, 160)}\` reads through a pattern inside execguard's keys.`;
        if (!inside(k, r.dir)) continue;
        const rel = k.slice(r.dir.length).split("/").filter(Boolean);
        const n = Math.min(rel.length, r.patterns.length);
        if (rel.slice(0, n).every((name, i) => globMatches(r.patterns[i], name)))
          return `\`${cmd.text.slice(0, 160)}\` reads through a pattern that could match execguard's keys.`;
      }
    }
  }
  return null;
}
var INTERPRETERS, BODY_FLAGS, DATA2, TREE_READERS, READERS2, RUNNERS, TAIL, protectedPath;
var init_protected_path = __esm({
  "src/guard/rules/protected-path.ts"() {
    "use strict";
    init_protected_paths();
    init_write_targets();
    INTERPRETERS = /* @__PURE__ */ new Set([
      "python",
      "python2",
      "python3",
      "node",
      "nodejs",
      "perl",
      "ruby",
      "php",
      "deno",
      "bun",
      "Rscript",
      "lua",
      "tclsh"
    ]);
    BODY_FLAGS = /* @__PURE__ */ new Set(["-c", "-e", "-E", "--eval", "-p", "--print", "-r", "-x"]);
    DATA2 = /* @__PURE__ */ new Set([
      "echo",
      "printf",
      "true",
      ":",
      "test",
      "[",
      "[[",
      "export",
      "local",
      "declare",
      "typeset",
      "readonly",
      "cd",
      "pushd",
      "basename",
      "dirname"
    ]);
    TREE_READERS = /* @__PURE__ */ new Set([
      "cp",
      "tar",
      "bsdtar",
      "zip",
      "7z",
      "rsync",
      "scp",
      "grep",
      "egrep",
      "rg",
      "ag",
      "find",
      "du",
      "cpio",
      "base64",
      "xxd",
      "od",
      "strings",
      "git"
    ]);
    READERS2 = /* @__PURE__ */ new Set([
      "cat",
      "less",
      "more",
      "head",
      "tail",
      "grep",
      "egrep",
      "fgrep",
      "rg",
      "ag",
      "ls",
      "stat",
      "wc",
      "diff",
      "cmp",
      "file",
      "jq",
      "bat",
      "tree",
      "du",
      "readlink",
      "realpath",
      "sha256sum",
      "sha1sum",
      "sha512sum",
      "md5sum",
      "cksum",
      "b2sum",
      "od",
      "hexdump",
      "strings",
      "column",
      "cut",
      "nl",
      "uniq",
      "tr",
      "pwd",
      "which",
      "type",
      "command",
      "false",
      "popd",
      "unset",
      "base64",
      "xxd",
      "execguard",
      "execguard.mjs"
    ]);
    RUNNERS = /* @__PURE__ */ new Set([
      "bash",
      "sh",
      "zsh",
      "dash",
      "ksh",
      "fish",
      "source",
      ".",
      "node",
      "nodejs",
      "python",
      "python2",
      "python3",
      "deno",
      "bun",
      "tsx",
      "php",
      "lua",
      "Rscript",
      "tclsh"
    ]);
    TAIL = " An agent may not change execguard's state, the plugin, Claude Code settings or the policy file, nor read execguard's keys; describe the change and ask the user to make it.";
    protectedPath = (ctx) => {
      const pp = ctx.protectedPaths;
      if (!pp) return [];
      const hits = [];
      const deny = (why) => hits.push({ id: "protected-path", decision: "deny", reason: `protected-path: blocked: ${why}${TAIL}` });
      const keyText = pp.readDenied.find((k) => ctx.raw.includes(k)) ?? /\bgrant-signing\.key\b|\bhelper\.secret\b|execguard\/keys\b/.exec(ctx.raw)?.[0];
      if (keyText && ctx.analysis.commands.some((c) => !DATA2.has(c.argv[0] ?? ""))) deny(`the command names execguard's keys (${keyText}).`);
      const homeKnown = !/(^|[\s;&|(`'"])HOME\+?=/m.test(ctx.raw) && !/\bunset\b[^;&|\n]*\bHOME\b/.test(ctx.raw);
      if (hits.length === 0 && runsInterpreter(ctx.analysis.commands)) {
        const named = namesProtected(ctx.raw, pp);
        if (named) deny(`the command runs an interpreter and ${named}; the guard cannot tell what the program does to execguard's own files.`);
      }
      for (const [index, cmd] of ctx.analysis.commands.entries()) {
        if (hits.length > 0) break;
        const hit = writeHit(cmd, index, ctx, pp, homeKnown) ?? readHit(cmd, index, ctx, pp, homeKnown) ?? otherHit(cmd, index, ctx, pp, homeKnown);
        if (hit) {
          deny(hit);
          continue;
        }
        const body = interpreterBody(cmd);
        const named = body === void 0 ? null : namesProtected(body, pp);
        if (named)
          deny(
            `\`${cmd.argv[0]}\` runs a program whose text names execguard's own files (${named}); the guard cannot tell what it does to them.`
          );
      }
      return hits;
    };
  }
});

// src/guard/rules/secret-in-command.ts
function isLiteral(value) {
  if (value === void 0) return false;
  const v = value.replace(/^["']+/, "");
  if (v === "" || /^[$`<]/.test(v) || /^["']*$/.test(v)) return false;
  if (/^\*+$/.test(v) || /^-/.test(v)) return false;
  return true;
}
function assignmentSecret(raw) {
  const re = /(?:^|[\s;&|(`{'".,])(?:export\s{1,5}|declare\s{1,5}(?:-x\s{1,5})?|local\s{1,5})?((?:\/\/[^\s=]{1,200}:)?[A-Za-z_][A-Za-z0-9_]{0,100})=(["']?)([^\s"';&|]{0,300})/g;
  let m;
  let guard = 0;
  while ((m = re.exec(raw)) && guard++ < 1e4) {
    const name = m[1];
    const bare = name.replace(/^\/\/[^:]*:/, "");
    if (!SECRET_NAME.test(bare) || SECRET_REFERENCE.test(bare)) continue;
    if (/TOKEN/i.test(bare) && !/(^|_)(AUTH)?TOKEN($|_)|authToken|TOKEN$/i.test(bare)) continue;
    const value = m[3];
    if (!isLiteral(value)) continue;
    if (/^(true|false|null|none|yes|no)$/i.test(value)) continue;
    if (/[([{]/.test(value) || /^(os\.|process\.env|~?\/|\.\/)/.test(value)) continue;
    return `${bare}=\u2026`;
  }
  return void 0;
}
function urlPassword(raw) {
  const userinfo = /^[^\s/:@'"]{0,200}:([^\s/@'"]{1,300})@/;
  for (let at = raw.indexOf("://"); at !== -1; at = raw.indexOf("://", at + 3)) {
    const m = userinfo.exec(raw.slice(at + 3, at + 3 + 520));
    if (m && isLiteral(m[1])) return true;
  }
  return false;
}
function helmSetSecret(raw) {
  if (!raw.includes("--set")) return false;
  const re = /--set(?:-string)?(?:=|\s{1,5})(["']?)([^\s"']{1,2000})/g;
  let m;
  let guard = 0;
  while ((m = re.exec(raw)) && guard++ < 1e4) {
    for (const pair of m[2].split(",")) {
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const key = pair.slice(0, eq).split(".").pop() ?? "";
      if (HELM_CREDENTIAL.test(key) && isLiteral(pair.slice(eq + 1))) return true;
    }
  }
  return false;
}
function findSecret(raw) {
  for (const shape of TOKEN_SHAPES) if (shape.pattern.test(raw)) return shape.name;
  if (urlPassword(raw)) return "a password in a URL (user:pass@)";
  for (const slot of SLOTS) {
    const re = new RegExp(slot.pattern.source, slot.pattern.flags.includes("g") ? slot.pattern.flags : `${slot.pattern.flags}g`);
    let m;
    let guard = 0;
    while ((m = re.exec(raw)) && guard++ < 1e4) {
      if (m[0].length === 0) re.lastIndex++;
      if (slot.when && !slot.when(m)) continue;
      if (isLiteral(m[slot.group ?? 1])) return slot.name;
    }
  }
  if (helmSetSecret(raw)) return "a credential given to helm --set";
  const assigned = assignmentSecret(raw);
  if (assigned) return `a secret assigned as a literal (${assigned})`;
  return void 0;
}
var TOKEN_SHAPES, W, CREDENTIAL_KEY, HELM_CREDENTIAL, SLOTS, SECRET_NAME, SECRET_REFERENCE, secretInCommand;
var init_secret_in_command = __esm({
  "src/guard/rules/secret-in-command.ts"() {
    "use strict";
    TOKEN_SHAPES = [
      { name: "an AWS access key id", pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Za-z0-9])/ },
      { name: "a GitHub token", pattern: /(?<![A-Za-z0-9])(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{10,255}/ },
      { name: "a GitHub fine-grained token", pattern: /(?<![A-Za-z0-9])github_pat_[A-Za-z0-9_]{10,255}/ },
      { name: "a GitLab token", pattern: /(?<![A-Za-z0-9])glpat-[A-Za-z0-9_-]{10,255}/ },
      { name: "a Slack token", pattern: /(?<![A-Za-z0-9])xox[abpr]-[A-Za-z0-9-]{8,255}/ },
      { name: "a Stripe live key", pattern: /(?<![A-Za-z0-9])[sr]k_live_[A-Za-z0-9]{8,255}/ },
      { name: "an OpenAI key", pattern: /(?<![A-Za-z0-9])sk-proj-[A-Za-z0-9_-]{8,255}/ },
      { name: "an Anthropic key", pattern: /(?<![A-Za-z0-9])sk-ant-[A-Za-z0-9_-]{8,255}/ },
      { name: "an npm token", pattern: /(?<![A-Za-z0-9])npm_[A-Za-z0-9]{30,255}/ },
      { name: "a Docker Hub token", pattern: /(?<![A-Za-z0-9])dckr_pat_[A-Za-z0-9_-]{8,255}/ },
      { name: "a Vault token", pattern: /(?<![A-Za-z0-9])hvs\.[A-Za-z0-9_-]{10,255}/ },
      { name: "a Google API key", pattern: /(?<![A-Za-z0-9])AIza[0-9A-Za-z_-]{20,255}/ },
      { name: "a private key", pattern: /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY( BLOCK)?-----/ },
      { name: "an AWS secret access key", pattern: /aws_secret_access_key["']?\s{0,5}[=:\s]\s{0,5}["']?[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/i },
      { name: "an AWS session token", pattern: /AWS_SESSION_TOKEN=["']?(?![$"'`\s;&|)]|$)/ }
    ];
    W = `[^\\n|;&]{0,300}?`;
    CREDENTIAL_KEY = /password|passwd|pwd|secret|token|key|credential|auth|api|private|cert/i;
    HELM_CREDENTIAL = /(password|passwd|pwd|secret|token|api[_-]?key|credentials?|private[_-]?key|auth[_-]?key)$/i;
    SLOTS = [
      {
        name: "a MySQL password (-p)",
        pattern: new RegExp(`\\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump|mysqlimport|mysqlshow)\\b${W}\\s-p(?=[^\\s=])(\\S{1,300})`)
      },
      { name: "a MySQL password (--password)", pattern: new RegExp(`\\b(?:mysql|mysqldump|mysqladmin|mariadb)\\b${W}\\s-p=(\\S{1,300})`) },
      { name: "a redis-cli password (-a)", pattern: new RegExp(`\\bredis-cli\\b${W}\\s-a\\s{0,5}(\\S{1,300})`) },
      { name: "a password flag (--password)", pattern: /--password(?:=|\s{1,5})(\S{1,300})/ },
      {
        name: "a credential flag (--\u2026password / --\u2026token / --client-secret)",
        pattern: /(?<![\w-])--[a-z0-9-]{0,40}(?:password|passwd|token|api-key|apikey|client-secret|secret-key|secret-access-key)(?:=|\s{1,5})(\S{1,300})/i,
        when: (m) => !/^["']?(true|false|yes|no|none|null|0|1)["']?$/i.test(m[1])
      },
      {
        name: "an AWS secret given to aws configure",
        pattern: /\baws\s{1,5}configure\s{1,5}set\s{1,5}(?:aws_secret_access_key|aws_session_token)\s{1,5}(\S{1,300})/
      },
      {
        name: "a login password (-p)",
        pattern: new RegExp(`\\b(?:docker|podman|nerdctl|buildah|skopeo|helm|az|oras|crane)\\s${W}\\blogin\\b${W}\\s-p\\s{0,5}(\\S{1,300})`)
      },
      { name: "an sshpass password", pattern: new RegExp(`\\bsshpass\\b${W}\\s-p\\s{0,5}(\\S{1,300})`) },
      {
        name: "curl credentials (-u user:pass)",
        pattern: new RegExp(`\\bcurl\\b${W}\\s(?:-u|--user)(?:\\s{1,5}|=)?["']?[^\\s"':]{0,100}:([^\\s"']{1,300})`)
      },
      // the key says whether the value is a credential (`username=admin` is not); quoted values count
      {
        name: "a --from-literal secret value",
        pattern: /--from-literal(?:=|\s{1,5})["']?([^=\s"']{1,200})=["']?([^\s"']{1,300})/,
        group: 2,
        when: (m) => CREDENTIAL_KEY.test(m[1])
      },
      { name: "a literal Authorization header", pattern: /Authorization:\s{0,5}(?:Bearer|token|Basic)\s{1,5}([^\s"']{8,300})/i },
      {
        name: "a password in -var",
        pattern: /-var(?:=|\s{1,5})["']?[A-Za-z0-9_.-]{0,100}(?:password|passwd|secret|token|api_key)[A-Za-z0-9_.-]{0,100}\s{0,3}=\s{0,3}["']?([^\s"']{1,300})/i
      }
    ];
    SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|AUTHTOKEN|_authToken|ACCESS_KEY|PRIVATE_KEY)/i;
    SECRET_REFERENCE = /(_FILE|_PATH|_NAME|_ID|_ENV|_ARN|_REF|_KEY_ID|_TYPE|_DIR|_COUNT|_LENGTH|_TTL|_EXPIRY|_HEADER|_PREFIX|_URL|_URI|_ENDPOINT|_HOST|_PORT|_TIMEOUT|_SIZE|_LIMIT|_MODE|_ENABLED|_VERSION|_REGION|_PROVIDER|_SOURCE|_STORE|_MANAGER|_BACKEND|_ROTATION|_POLICY|_LIFETIME|_AGE|_DURATION|_INTERVAL|_LEN|_BITS|_BYTES|_RETRIES|_ATTEMPTS|_EXPIRES_IN|_EXPIRATION|_SECONDS|_MINUTES|_HOURS|_DAYS|_MS)$/i;
    secretInCommand = (ctx) => {
      const found = findSecret(ctx.raw);
      if (!found) return [];
      return [
        {
          id: "secret-in-command",
          decision: "deny",
          reason: `secret-in-command: blocked: the command contains ${found} as a literal. Secrets on a command line end up in shell history, process lists, logs and transcripts, and no approval lifts this rule. Pass it by reference instead: an environment variable set outside the command (\`$TOKEN\`), \`--password-stdin\`, \`--from-file\`, \`-var-file\`, or a secret manager (\`$(vault kv get -field=\u2026 \u2026)\`). If this key is real, treat it as leaked and rotate it.`
        }
      ];
    };
  }
});

// src/guard/rules/session-env.ts
function change(ctx) {
  for (const cmd of ctx.analysis.commands) {
    const assigned = Object.keys(cmd.assignments).find((k) => NAME3.test(k));
    if (assigned) return { name: assigned, how: "sets" };
    const [program = "", ...args] = cmd.argv;
    const named = args.map((a) => a.split("=")[0]).find((a) => NAME3.test(a));
    if (named && DECLARE.has(program)) return { name: named, how: "exports or declares" };
    if (named && program === "unset") return { name: named, how: "unsets" };
  }
  const bare = BARE.exec(ctx.raw);
  if (bare) return { name: bare[3], how: "sets" };
  if (ctx.analysis.commands.some((c) => c.via.includes("env") || c.argv[0] === "env")) {
    const unset = ENV_UNSET.exec(ctx.raw);
    if (unset) return { name: unset[3], how: "unsets (env -u)" };
    if (ENV_CLEAR.test(ctx.raw)) return { name: "the whole environment (env -i)", how: "clears" };
  }
  if (runsInterpreter(ctx.analysis.commands)) {
    for (const re of IN_PROGRAM) {
      const m = re.exec(ctx.raw);
      if (m)
        return {
          name: m.slice(1).reverse().find((g) => g && NAME3.test(g)) ?? "a session variable",
          how: "changes"
        };
    }
  }
  return void 0;
}
var NAMES, NAME3, DECLARE, BARE, ENV_UNSET, ENV_CLEAR, IN_PROGRAM, sessionEnv;
var init_session_env = __esm({
  "src/guard/rules/session-env.ts"() {
    "use strict";
    init_protected_paths();
    NAMES = "EXECGUARD_HOME|EXECGUARD_SESSION_ID|CLAUDE_PLUGIN_DATA|CLAUDECODE|CLAUDE_CODE_SESSION_ID";
    NAME3 = new RegExp(`^(${NAMES})$`);
    DECLARE = /* @__PURE__ */ new Set(["export", "declare", "typeset", "local", "readonly"]);
    BARE = new RegExp(`(^|[;&|\\n({'"]\\s*|\\b(then|do|else)\\s+)(${NAMES})\\+?=`, "m");
    ENV_UNSET = new RegExp(`(^|\\s)(-u\\s*|--unset[=\\s]\\s*)['"]?(${NAMES})\\b`, "m");
    ENV_CLEAR = /(^|[\s;&|(])env\s+(-[a-zA-Z]*i\b|--ignore-environment\b|-\s)/m;
    IN_PROGRAM = [
      new RegExp(`(environ|process\\.env|\\$ENV|\\bENV)\\s*(\\.|\\[\\s*['"]?|\\{\\s*['"]?)(${NAMES})\\b`),
      new RegExp(`\\b(putenv|setenv|unsetenv|environ\\.pop|environ\\.update|environ\\.setdefault)\\b[^\\n]*\\b(${NAMES})\\b`)
    ];
    sessionEnv = (ctx) => {
      if (!ctx.agentSession) return [];
      const found = change(ctx);
      if (!found) return [];
      return [
        {
          id: "session-env",
          decision: "deny",
          reason: `session-env: blocked: the command ${found.how} ${found.name}. In an agent session these variables tell execguard where its grants and keys are and which session it serves; an agent may not change them. Run the command without touching them.`
        }
      ];
    };
  }
});

// src/guard/rules/terraform-destroy.ts
function destroyFlag(args) {
  let on = false;
  for (const a of args) {
    const m = /^--?destroy(?:=(.*))?$/i.exec(a);
    if (m) on = m[1] === void 0 || !/^(false|0|f|no)$/i.test(m[1]);
  }
  return on;
}
function destroyPlanFile(inv) {
  if (inv.sub !== "plan" || !destroyFlag(inv.args)) return void 0;
  for (let i = 0; i < inv.args.length; i++) {
    const m = /^--?out(?:=(.*))?$/.exec(inv.args[i]);
    if (m) return m[1] ?? inv.args[i + 1];
  }
  return void 0;
}
function destroys(inv, destroyPlans) {
  const { sub, args } = inv;
  if (!sub) return void 0;
  if (sub === "destroy") return `\`${inv.tool} destroy\``;
  if (sub === "apply") {
    if (destroyFlag(args)) return `\`${inv.tool} apply -destroy\``;
    const planFile = args.find((a) => !a.startsWith("-"));
    if (planFile && destroyPlans.some((p) => p === planFile || base(p) === base(planFile))) {
      return `\`${inv.tool} apply ${planFile}\`, a plan created by \`plan -destroy\``;
    }
  }
  return void 0;
}
var base, terraformDestroy;
var init_terraform_destroy = __esm({
  "src/guard/rules/terraform-destroy.ts"() {
    "use strict";
    init_command_targets();
    init_tool_invocations();
    base = (p) => p.replace(/\/+$/, "").split("/").pop() ?? p;
    terraformDestroy = (ctx) => {
      const hits = [];
      const commands = ctx.analysis.commands;
      const destroyPlans = [];
      commands.forEach((cmd, index) => {
        const inv = terraformInvocation(cmd.argv);
        if (!inv) return;
        const planFile = destroyPlanFile(inv);
        if (planFile) destroyPlans.push(planFile);
        const why = destroys(inv, destroyPlans);
        if (!why) return;
        const approval = ctx.approval;
        const conflict = environmentConflict(cmd, index, commands, approval, ctx.policy);
        if (approval?.affirmed && approval.destroy && conflict.length === 0) return;
        let reason = `terraform-destroy: blocked ${why} (\`${cmd.text.slice(0, 200)}\`). It destroys infrastructure, and `;
        if (approval?.affirmed && approval.destroy) {
          reason += `the approval covers ${approval.environments.join("/")} while this command targets ${conflict.join("/")}. Do not run it against another environment; ask the user to approve the destroy for ${conflict.join("/")} explicitly.`;
        } else {
          reason += `no approval explicitly authorizes destruction (a generic approval does not). Run \`${inv.tool} plan -destroy\` to show what would be destroyed, present it to the user, end with \`PLAN_STATUS: PENDING_APPROVAL\`, and wait for an approval that says "destroy" or "tear down".`;
        }
        hits.push({ id: "terraform-destroy", decision: "deny", reason });
      });
      return hits;
    };
  }
});

// src/guard/rules/unreadable.ts
function sensitive(commands, unreadable2) {
  if (unreadable2.some((u) => ALWAYS.has(u.kind))) return true;
  for (const cmd of commands) if (cmd.argv.some((word) => SENSITIVE.has(word.toLowerCase()))) return true;
  for (const u of unreadable2) {
    for (const word of u.command.split(/[^\w.-]+/)) if (SENSITIVE.has(word.toLowerCase())) return true;
  }
  return false;
}
var SENSITIVE, ALWAYS, shown, unreadable;
var init_unreadable = __esm({
  "src/guard/rules/unreadable.ts"() {
    "use strict";
    init_interpreters();
    SENSITIVE = /* @__PURE__ */ new Set([
      "terraform",
      "tofu",
      "terragrunt",
      "tf",
      "kubectl",
      "k",
      "oc",
      "helm",
      "flux",
      "git",
      "gh",
      "kubectx",
      "kubens",
      ...SHELLS,
      ...SOURCE_BUILTINS,
      "busybox",
      "eval",
      "exec",
      "python",
      "python3",
      "node",
      "perl",
      "ruby",
      "awk",
      "base64",
      "xxd",
      "xargs",
      "parallel",
      "sudo",
      "env",
      "ssh",
      "docker",
      "podman",
      "aws",
      "gcloud",
      "az",
      "npm",
      "pulumi",
      "argocd",
      "vault",
      "destroy",
      "delete",
      "apply",
      "push",
      "uninstall",
      "publish",
      "deploy",
      "rm",
      "reconcile",
      "merge",
      "rollout",
      "scale",
      "drain",
      "import",
      "taint",
      "state",
      "replace"
    ]);
    ALWAYS = /* @__PURE__ */ new Set([
      "hidden-subcommand",
      "hidden-script",
      "written-script",
      "dynamic-program",
      "dynamic-env"
    ]);
    shown = (unreadable2) => unreadable2.slice(0, 3).map((u) => u.detail).join("; ");
    unreadable = (ctx) => {
      const { analysis, policy } = ctx;
      if (analysis.boundHit) {
        return [
          {
            id: "unreadable",
            decision: "deny",
            reason: `unreadable: blocked: the command is too large or too deeply nested to analyse (${shown(analysis.unreadable) || "a resource bound was hit"}). Split it into smaller commands, or write the script to a file and show it to the user before running it.`
          }
        ];
      }
      if (analysis.unreadable.length === 0 || !sensitive(analysis.commands, analysis.unreadable)) return [];
      const decision = policy.mode === "strict" ? "deny" : "ask";
      return [
        {
          id: "unreadable",
          decision,
          reason: `unreadable: the guard could not read all of this command (${shown(analysis.unreadable)}), and it contains something a rule is about. ${decision === "deny" ? "Blocked (strict mode)." : "A human must confirm it."} Write it without dynamic or hidden parts (literal program names and arguments, no eval of computed strings) so it can be checked.`
        }
      ];
    };
  }
});

// src/guard/rules/index.ts
var RULES, INTERNAL_ERROR, RULE_ORDER;
var init_rules = __esm({
  "src/guard/rules/index.ts"() {
    "use strict";
    init_approval_flag();
    init_approval_gate();
    init_commit_convention();
    init_git_force_push();
    init_kubectl_delete_prod();
    init_protected_path();
    init_secret_in_command();
    init_session_env();
    init_terraform_destroy();
    init_unreadable();
    RULES = [
      { id: "secret-in-command", rule: secretInCommand },
      { id: "commit-convention", rule: commitConvention },
      { id: "terraform-destroy", rule: terraformDestroy },
      { id: "kubectl-delete-prod", rule: kubectlDeleteProd },
      { id: "git-force-push", rule: gitForcePush },
      // Only act when decide() gives them their context (protected paths, an agent session).
      { id: "protected-path", rule: protectedPath },
      { id: "approval-flag", rule: approvalFlagRule },
      { id: "session-env", rule: sessionEnv },
      { id: "approval-gate", rule: approvalGate },
      { id: "unreadable", rule: unreadable }
    ];
    INTERNAL_ERROR = "internal-error";
    RULE_ORDER = [...RULES.map((r) => r.id), INTERNAL_ERROR];
  }
});

// src/guard/types.ts
var init_types2 = __esm({
  "src/guard/types.ts"() {
    "use strict";
    init_rules();
  }
});

// src/guard/evaluate.ts
function combine(hits, tier, grantUsed) {
  const order = (id) => RULE_ORDER.indexOf(id);
  const sorted = [...hits].sort((a, b) => order(a.id) - order(b.id));
  let decision = "allow";
  for (const h of sorted) if (SEVERITY[h.decision] > SEVERITY[decision]) decision = h.decision;
  const rules = [];
  for (const h of sorted) if (!rules.some((r) => r.id === h.id)) rules.push({ id: h.id, reason: h.reason });
  const first = sorted.find((h) => h.decision === decision);
  const result = { decision, tier, rules, reason: first?.reason ?? "" };
  if (grantUsed) result.grantId = grantUsed;
  return result;
}
async function evaluate(raw, options = {}) {
  try {
    const text = typeof raw === "string" ? raw : String(raw);
    const policy = options.policy ?? DEFAULT_POLICY;
    const approval = options.approval ?? null;
    const analysis = await analyze(text, { aliases: policy.aliases });
    const ctx = {
      raw: text,
      analysis,
      approval,
      policy,
      currentKubeContext: options.currentKubeContext,
      ...await options.extend?.(analysis)
    };
    const hits = [];
    for (const { rule } of RULES) hits.push(...await rule(ctx));
    let tier = "T0";
    for (const cmd of analysis.commands) tier = maxTier(tier, tierOf(cmd, policy));
    const grantUsed = options.grantId && approval?.affirmed && tier === "T3" ? options.grantId : void 0;
    return combine(hits, tier, grantUsed);
  } catch (error) {
    const message2 = error instanceof Error ? error.message : String(error);
    return {
      decision: "deny",
      tier: "T3",
      rules: [
        {
          id: "internal-error",
          reason: `internal-error: the guard failed while checking this command (${message2}); it is blocked rather than let through unchecked. Retry, or report the error.`
        }
      ],
      reason: `internal-error: the guard failed while checking this command (${message2}); it is blocked rather than let through unchecked. Retry, or report the error.`
    };
  }
}
var SEVERITY;
var init_evaluate = __esm({
  "src/guard/evaluate.ts"() {
    "use strict";
    init_analyze();
    init_policy();
    init_rules();
    init_tiers();
    init_types2();
    SEVERITY = { allow: 0, ask: 1, deny: 2 };
  }
});

// src/guard/kube-context.ts
var kube_context_exports = {};
__export(kube_context_exports, {
  needsKubeContext: () => needsKubeContext,
  readCurrentKubeContext: () => readCurrentKubeContext
});
function needsKubeContext(analysis) {
  return analysis.commands.some((cmd, index) => {
    const name = cmd.argv[0];
    const verb = kubeInvocation(cmd.argv).verb;
    const isDelete2 = (name === "kubectl" || name === "oc") && verb === "delete" || name === "helm" && verb !== void 0 && HELM_DELETE2.has(verb);
    if (!isDelete2) return false;
    const target2 = kubeTarget(cmd, index, analysis.commands);
    const known = (v) => v !== "" && !/[$`]/.test(v);
    return ![...target2.namespaces, ...target2.contexts, ...target2.kubeconfigs, ...target2.priorContexts, ...target2.priorNamespaces].some(
      known
    );
  });
}
async function readCurrentKubeContext(timeoutMs = 1500, env2 = process.env, cwd) {
  const { execFile } = await import("node:child_process");
  return new Promise((done) => {
    try {
      execFile(
        "kubectl",
        ["config", "current-context"],
        { timeout: timeoutMs, env: env2, encoding: "utf8", ...cwd ? { cwd } : {} },
        (error, stdout) => {
          const name = stdout?.trim();
          done(error || !name ? void 0 : name);
        }
      );
    } catch {
      done(void 0);
    }
  });
}
var HELM_DELETE2;
var init_kube_context = __esm({
  "src/guard/kube-context.ts"() {
    "use strict";
    init_command_targets();
    init_tool_invocations();
    HELM_DELETE2 = /* @__PURE__ */ new Set(["uninstall", "delete", "del", "un"]);
  }
});

// src/guard/decide.ts
var decide_exports = {};
__export(decide_exports, {
  decide: () => decide
});
async function decide(input) {
  const { policy, io } = input;
  return evaluate(input.command, {
    approval: input.grant?.scope ?? null,
    policy,
    ...input.grant ? { grantId: input.grant.id } : {},
    extend: async (analysis) => {
      const currentKubeContext = policy.readKubeContext && io?.readKubeContext && needsKubeContext(analysis) ? await io.readKubeContext() : void 0;
      return {
        cwd: input.cwd,
        protectedPaths: input.protectedPaths,
        agentSession: input.agentSession,
        ...io?.resolveLinks ? { resolveLinks: io.resolveLinks } : {},
        ...currentKubeContext ? { currentKubeContext } : {}
      };
    }
  });
}
var init_decide = __esm({
  "src/guard/decide.ts"() {
    "use strict";
    init_evaluate();
    init_kube_context();
  }
});

// src/state/protected-paths.ts
var protected_paths_exports = {};
__export(protected_paths_exports, {
  decisionIoFor: () => decisionIoFor,
  pluginRootOf: () => pluginRootOf,
  protectedPathsFor: () => protectedPathsFor,
  resolveLinks: () => resolveLinks
});
import { existsSync as existsSync2, realpathSync } from "node:fs";
import { homedir as homedir2 } from "node:os";
import { basename as basename3, dirname as dirname2, join as join5, resolve as resolve3 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
function pluginRootOf(env2) {
  if (env2.CLAUDE_PLUGIN_ROOT) return env2.CLAUDE_PLUGIN_ROOT;
  try {
    let dir = dirname2(fileURLToPath2(import.meta.url));
    for (let i = 0; i < 4; i++) {
      if (existsSync2(join5(dir, "hooks", "hooks.json")) && existsSync2(join5(dir, ".claude-plugin"))) return dir;
      dir = dirname2(dir);
    }
  } catch {
  }
  return void 0;
}
function resolveLinks(path) {
  let existing = path;
  const rest = [];
  try {
    while (!existsSync2(existing)) {
      const parent = dirname2(existing);
      if (parent === existing) return path;
      rest.unshift(basename3(existing));
      existing = parent;
    }
    return join5(realpathSync(existing), ...rest);
  } catch {
    return path;
  }
}
function protectedPathsFor(env2, cwd) {
  const homeDir = env2.HOME || homedir2();
  const home = resolve3(cwd, stateHome(env2));
  const pluginRoot = pluginRootOf(env2);
  const homes = /* @__PURE__ */ new Set([home, join5(homeDir, ".local", "state", "execguard")]);
  if (env2.CLAUDE_PLUGIN_DATA) homes.add(resolve3(cwd, env2.CLAUDE_PLUGIN_DATA));
  for (const h of [...homes]) homes.add(resolveLinks(h));
  const also = new Set(homes);
  if (pluginRoot && resolveLinks(resolve3(cwd, pluginRoot)) !== resolve3(cwd, pluginRoot)) also.add(resolveLinks(resolve3(cwd, pluginRoot)));
  also.delete(home);
  const paths = {
    stateHome: home,
    homeDir,
    managedSettings: MANAGED_SETTINGS,
    readDenied: [...homes].map((h) => statePaths(h).keys),
    alsoProtected: [...also]
  };
  if (pluginRoot) paths.pluginRoot = resolve3(cwd, pluginRoot);
  const projectDir = env2.CLAUDE_PROJECT_DIR || void 0;
  if (projectDir) paths.projectDir = resolve3(cwd, projectDir);
  return paths;
}
function decisionIoFor(env2, cwd) {
  const readKubeContext = async () => (await Promise.resolve().then(() => (init_kube_context(), kube_context_exports))).readCurrentKubeContext(1500, env2, cwd);
  return { readKubeContext, resolveLinks };
}
var MANAGED_SETTINGS;
var init_protected_paths2 = __esm({
  "src/state/protected-paths.ts"() {
    "use strict";
    init_home();
    MANAGED_SETTINGS = ["/etc/claude-code/managed-settings.json", "/Library/Application Support/ClaudeCode/managed-settings.json"];
  }
});

// src/exec/guard-gate.ts
async function loadGate(approval, policy, where = {}) {
  const [{ decide: decide2 }, { decisionIoFor: decisionIoFor2, protectedPathsFor: protectedPathsFor2 }, { statePaths: statePaths2 }] = await Promise.all([
    Promise.resolve().then(() => (init_decide(), decide_exports)),
    Promise.resolve().then(() => (init_protected_paths2(), protected_paths_exports)),
    Promise.resolve().then(() => (init_home(), home_exports))
  ]);
  const cwd = where.cwd ?? process.cwd();
  const env2 = where.env ?? process.env;
  const base2 = protectedPathsFor2(env2, cwd);
  const protectedPaths = { ...base2, writable: [statePaths2(base2.stateHome).runs] };
  const io = decisionIoFor2(env2, cwd);
  return async (command) => {
    const grant = approval ? { id: where.grantId ?? "run-approval", scope: approval } : null;
    const decision = await decide2({ command, cwd, grant, policy, protectedPaths, agentSession: false, io });
    const rules = decision.rules.map((r) => r.id);
    if (decision.decision === "deny") return { allowed: false, reason: decision.reason, rules };
    if (decision.decision === "ask" && !approval?.affirmed)
      return { allowed: false, reason: decision.reason || "the guard asks for an approval", rules };
    return { allowed: true, reason: "", rules, ...decision.tier === "T0" || decision.tier === "T2" ? { changesNothing: true } : {} };
  };
}
function displayCommand(argv2) {
  return argv2.map((a) => /^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
}
var init_guard_gate = __esm({
  "src/exec/guard-gate.ts"() {
    "use strict";
  }
});

// src/exec/git.ts
import { normalize as normalize2 } from "node:path";
var UNTRACKED_SETUP, GitSide;
var init_git = __esm({
  "src/exec/git.ts"() {
    "use strict";
    init_errors2();
    init_guard_gate();
    init_run_errors();
    init_types();
    UNTRACKED_SETUP = /^(\.execguard\.ya?ml|\.claude\/settings(\.local)?\.json|plans\/[^/]+\.ya?ml)$/;
    GitSide = class _GitSide {
      /** git runs with the run's environment (the step runner's), plus `identity`. */
      constructor(repoRoot, steps) {
        this.repoRoot = repoRoot;
        this.steps = steps;
      }
      repoRoot;
      steps;
      /** HEAD before the first persist attempt, and the commit made (kept even when the push fails). */
      base;
      localCommit;
      /** Pre-flight saw changes in the plan's files (so Persist has something to commit). */
      planFilesDirty;
      /** The remote branch's commit as pre-flight saw it (saves a round trip before the push). */
      remoteSeen;
      /** An identity for commits, set only when the user has none configured. */
      identity = {};
      /** A commit needs an identity: supply one only when the user has none configured. */
      identityChecked = false;
      async ensureIdentity() {
        if (this.identityChecked) return;
        this.identityChecked = true;
        const found = await this.raw("git config (identity)", ["config", "--get-regexp", "^user[.]"]);
        const has2 = (key) => new RegExp(`^user\\.${key} \\S`, "m").test(found.stdout);
        if (!has2("name")) this.identity = { ...this.identity, GIT_AUTHOR_NAME: "execguard", GIT_COMMITTER_NAME: "execguard" };
        if (!has2("email"))
          this.identity = { ...this.identity, GIT_AUTHOR_EMAIL: "execguard@localhost", GIT_COMMITTER_EMAIL: "execguard@localhost" };
      }
      static commitArgs = (g) => ["commit", "-m", g.message, "--", ...g.files];
      /** Pre-flight: the commit Persist will make must pass the guard (the commit convention). */
      async checkCommit(g) {
        const verdict = await this.steps.judge(displayCommand(["git", ..._GitSide.commitArgs(g)]));
        if (!verdict.allowed) throw new StepError(`the commit message "${g.message}" is refused: ${verdict.reason}`, void 0, "Validation");
        return `commit message "${g.message}" passes the commit rules`;
      }
      /** One git command as a guarded, journaled step, run from the repository root. Non-zero exit is a result, not an exception. */
      raw(step, args) {
        return this.steps.exec(step, ["git", ...args], { cwd: this.repoRoot, env: this.identity });
      }
      async must(step, args) {
        const result = await this.raw(step, args);
        if (result.exitCode !== 0) {
          const { errorClass, why } = classify(result);
          throw new StepError(`git ${args[0]} failed (${why}): ${result.stderr.trim().split("\n").slice(-3).join(" ")}`, result, errorClass);
        }
        return result.stdout.trim();
      }
      head = () => this.must("git rev-parse HEAD", ["rev-parse", "HEAD"]);
      /** The remote branch's commit, or '' when the branch does not exist there yet. */
      async remoteHead(g) {
        const out = await this.must("git ls-remote", ["ls-remote", g.remote, `refs/heads/${g.branch}`]);
        return out.split(/\s+/)[0] ?? "";
      }
      /** Is `ancestor` known locally and contained in HEAD? (One call: unknown commits fail with stderr.) */
      async contains(ancestor) {
        const missing = await this.raw("git rev-list", ["rev-list", "--count", ancestor, "^HEAD"]);
        return missing.exitCode === 0 && missing.stdout.trim() === "0";
      }
      /**
       * `ignore`: repository paths that never block (the plan file itself, committed or not). Untracked
       * execguard setup files (what `execguard init` writes) never block either: they change nothing
       * the run applies. `transient`: untracked files the operation itself writes while it runs (the
       * operation's pre-flight runs beside this `git status`), never part of a change.
       */
      async preflight(g, ignore = [], transient) {
        const status = await this.raw("git status", ["status", "--porcelain=v2", "--branch", "-z", "--untracked-files=all"]);
        if (status.exitCode !== 0) throw new StepError(`git status failed: ${status.stderr.trim()}`, status, classify(status).errorClass);
        const allowed = new Set(g.files.map((f) => normalize2(f)));
        const ignored = new Set(ignore.map((f) => normalize2(f)));
        const entries = status.stdout.split("\0");
        const dirty = [];
        let branch = "";
        for (let i = 0; i < entries.length; i++) {
          const e = entries[i];
          let path;
          if (e.startsWith("# branch.oid ")) this.base ??= e.slice("# branch.oid ".length);
          else if (e.startsWith("# branch.head ")) branch = e.slice("# branch.head ".length);
          else if (e.startsWith("1 ")) path = e.split(" ").slice(8).join(" ");
          else if (e.startsWith("2 ")) {
            path = e.split(" ").slice(9).join(" ");
            i++;
          } else if (e.startsWith("u ")) path = e.split(" ").slice(10).join(" ");
          else if (e.startsWith("? ")) path = e.slice(2);
          if (path !== void 0 && ignored.has(normalize2(path)) && !allowed.has(normalize2(path))) continue;
          if (path !== void 0 && e.startsWith("? ") && (UNTRACKED_SETUP.test(normalize2(path)) || transient?.test(normalize2(path)))) continue;
          if (path !== void 0 && !allowed.has(normalize2(path))) dirty.push(path);
          else if (path !== void 0) this.planFilesDirty = true;
        }
        if (branch !== g.branch)
          throw new StepError(`the repository is on branch '${branch}', the plan targets '${g.branch}'`, void 0, "Validation");
        if (dirty.length) throw new StepError(`uncommitted changes outside the plan's files: ${dirty.join(", ")}`, void 0, "Validation");
        const remote = await this.remoteHead(g);
        this.remoteSeen = remote;
        if (remote && !await this.contains(remote)) {
          throw new RemoteMovedError(
            `${g.remote}/${g.branch} is at ${remote.slice(0, 12)}, which this repository does not contain: the remote moved since the plan was made`
          );
        }
        return [
          `on branch ${branch}; no changes outside the plan's files; ${g.remote}/${g.branch} ${remote ? `at ${remote.slice(0, 12)} is contained in HEAD` : "does not exist yet"}`
        ];
      }
      /** Stage only the plan's files, commit, push, confirm. Returns the pushed commit and details. */
      async persist(g, afterCommit = async () => {
      }) {
        const base2 = this.base ??= await this.head();
        let committed = false;
        const changed2 = this.planFilesDirty ?? await this.must("git status (plan files)", ["status", "--porcelain", "--", ...g.files]) !== "";
        if (changed2 && !this.localCommit) {
          await this.must("git add", ["add", "-A", "--", ...g.files]);
          await this.ensureIdentity();
          await this.must("git commit", _GitSide.commitArgs(g));
          committed = true;
          await afterCommit();
        }
        const detail = [];
        if (!committed && !this.localCommit) {
          detail.push(`no changes in the plan's files; HEAD ${base2.slice(0, 12)}`);
          detail.push(...await this.push(g, base2));
          return { commit: base2, base: base2, committed, detail };
        }
        const [headR, pushR] = await Promise.allSettled([this.localCommit ?? this.head(), this.push(g)]);
        if (headR.status === "rejected") throw headR.reason;
        const commit = this.localCommit = headR.value;
        if (pushR.status === "rejected") {
          const error = pushR.reason;
          if (error instanceof StepError && error.errorClass === "StateConflict")
            error.message += `; the local commit ${commit.slice(0, 12)} is kept`;
          throw error;
        }
        const pushed = pushR.value;
        detail.push(`committed ${commit.slice(0, 12)} "${g.message}" (${g.files.join(", ")})`);
        const remote = pushed.remote;
        if (remote !== commit)
          throw new StepError(
            `${g.remote}/${g.branch} is at ${remote.slice(0, 12) || "nothing"}, expected ${commit.slice(0, 12)} after the push`,
            void 0,
            "StateConflict"
          );
        detail.push(pushed.line.replace("%s", commit.slice(0, 12)));
        return { commit, base: base2, committed: true, detail };
      }
      async push(g, expected) {
        const before = this.remoteSeen ?? await this.remoteHead(g);
        const already = expected !== void 0 && before === expected;
        if (!already) {
          const result = await this.raw("git push", ["push", g.remote, `HEAD:refs/heads/${g.branch}`]);
          if (result.exitCode !== 0) {
            const { errorClass, why } = classify(result);
            if (errorClass === "StateConflict") {
              throw new RemoteMovedError(
                `push rejected: ${g.remote}/${g.branch} moved since the plan was made (non-fast-forward)${expected ? `; the local commit ${expected.slice(0, 12)} is kept` : ""}`,
                result
              );
            }
            throw new StepError(`git push failed (${why}): ${result.stderr.trim().split("\n").slice(-2).join(" ")}`, result, errorClass);
          }
        }
        const after = await this.remoteHead(g);
        this.remoteSeen = after;
        const line = already ? `${g.remote}/${g.branch} already at %s` : `pushed to ${g.remote}/${g.branch}; ls-remote confirms %s`;
        if (expected === void 0) return { remote: after, line };
        if (after !== expected)
          throw new StepError(
            `${g.remote}/${g.branch} is at ${after.slice(0, 12) || "nothing"}, expected ${expected.slice(0, 12)} after the push`,
            void 0,
            "StateConflict"
          );
        return [line.replace("%s", expected.slice(0, 12))];
      }
      /** Revert one commit with a new commit (history is never rewritten). */
      async revert(commit, subject) {
        const reverted = await this.raw("git revert", ["revert", "--no-commit", commit]);
        if (reverted.exitCode !== 0) {
          await this.raw("git revert --abort", ["revert", "--abort"]);
          const { errorClass } = classify(reverted);
          throw new StepError(
            `git revert of ${commit.slice(0, 12)} does not apply cleanly; the working tree was restored: ${reverted.stderr.trim().split("\n").slice(-2).join(" ")}`,
            reverted,
            errorClass === "Validation" ? "StateConflict" : errorClass
          );
        }
        const message2 = `revert: ${subject}`.slice(0, 100);
        await this.ensureIdentity();
        await this.must("git commit", ["commit", "-m", message2, "-m", `This reverts commit ${commit}.`]);
        return this.head();
      }
      /** Drops local, unpushed commits (a rollback's revert that is not going to be pushed). */
      async resetTo(commit) {
        await this.must("git reset (drop the unpushed revert)", ["reset", "--keep", commit]);
      }
      async subject(commit) {
        return this.must("git log", ["log", "-1", "--format=%s", commit]);
      }
    };
  }
});

// src/exec/lock.ts
import { createHash as createHash2, randomBytes } from "node:crypto";
import { linkSync as linkSync3, mkdirSync as mkdirSync3, readFileSync as readFileSync3, realpathSync as realpathSync2, renameSync, rmSync as rmSync3, statSync, writeFileSync as writeFileSync3 } from "node:fs";
import { hostname } from "node:os";
import { join as join6, normalize as normalize3 } from "node:path";
function workspaceKey(repoRoot, workdir) {
  let root = repoRoot;
  try {
    root = realpathSync2(repoRoot);
  } catch {
  }
  const rel = normalize3(workdir).replace(/\/+$/, "");
  return rel === "." || rel === "" ? root : join6(root, rel);
}
function lockPath(workspace, home) {
  const key = createHash2("sha256").update(workspace).digest("hex").slice(0, 16);
  return join6(statePaths(home).locks, `${key}.lock`);
}
function alive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function lockIsStale(owner, now = Date.now(), staleMs = DEFAULT_STALE_MS) {
  if (owner.host === hostname() && !alive(owner.pid)) return `its owner (pid ${owner.pid}) is no longer running`;
  const age = now - Date.parse(owner.startedAt);
  if (!(age <= staleMs)) return `it is older than ${Math.round(staleMs / 6e4)} minutes`;
  return void 0;
}
function readOwner(path) {
  try {
    const value = JSON.parse(readFileSync3(path, "utf8"));
    return typeof value.runId === "string" && typeof value.pid === "number" ? value : void 0;
  } catch {
    return void 0;
  }
}
function linkInPlace(path, owner) {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  writeFileSync3(tmp, JSON.stringify(owner), { mode: 384, flag: "wx" });
  try {
    linkSync3(tmp, path);
    return true;
  } catch (error) {
    if (error.code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync3(tmp, { force: true });
  }
}
function recoverStale(path, judged, owner) {
  const guard = `${path}.recover`;
  if (!linkInPlace(guard, owner)) {
    const holder = readOwner(guard);
    if (holder && holder.host === hostname() && !alive(holder.pid)) moveAsideIf(guard, holder);
    return false;
  }
  try {
    const current = readOwner(path);
    if (!current || current.runId !== judged.runId || current.pid !== judged.pid) return false;
    moveAsideIf(path, current);
    return true;
  } finally {
    rmSync3(guard, { force: true });
  }
}
function moveAsideIf(path, judged) {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  const moved = readOwner(aside);
  if (moved && moved.runId === judged.runId && moved.pid === judged.pid) rmSync3(aside, { force: true });
  else {
    try {
      linkSync3(aside, path);
    } catch {
    }
    rmSync3(aside, { force: true });
  }
}
function acquireLock(workspace, runId, options = {}) {
  const path = lockPath(workspace, options.home);
  mkdirSync3(join6(path, ".."), { recursive: true, mode: 448 });
  const owner = { pid: process.pid, host: hostname(), runId, workspace, startedAt: (/* @__PURE__ */ new Date()).toISOString() };
  let recovered;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (linkInPlace(path, owner)) {
      return { path, ...recovered ? { recovered } : {}, release: () => releaseLock(path, runId) };
    }
    const current = readOwner(path);
    if (!current) {
      let age = 0;
      try {
        age = Date.now() - statSync(path).mtimeMs;
      } catch {
        continue;
      }
      const unknown2 = {
        pid: -1,
        host: "?",
        runId: "unknown (unreadable lock file)",
        workspace,
        startedAt: new Date(Date.now() - age).toISOString()
      };
      if (age <= (options.staleMs ?? DEFAULT_STALE_MS)) throw new LockHeldError(unknown2, path);
      rmSync3(path, { force: true });
      continue;
    }
    const reason = lockIsStale(current, Date.now(), options.staleMs);
    if (!reason) throw new LockHeldError(current, path);
    if (recoverStale(path, current, owner)) recovered = { owner: current, reason };
  }
  const holder = readOwner(path);
  if (holder) throw new LockHeldError(holder, path);
  throw new Error(`could not take the lock ${path}`);
}
function releaseLock(path, runId) {
  if (readOwner(path)?.runId === runId) rmSync3(path, { force: true });
}
var LockHeldError, DEFAULT_STALE_MS;
var init_lock = __esm({
  "src/exec/lock.ts"() {
    "use strict";
    init_home();
    LockHeldError = class extends Error {
      constructor(owner, path) {
        super(
          `workspace ${owner.workspace} is locked by run ${owner.runId} (pid ${owner.pid} on ${owner.host}, since ${owner.startedAt}); lock ${path}`
        );
        this.owner = owner;
        this.path = path;
      }
      owner;
      path;
    };
    DEFAULT_STALE_MS = 6 * 60 * 60 * 1e3;
  }
});

// src/exec/order.ts
var byCodePoint;
var init_order = __esm({
  "src/exec/order.ts"() {
    "use strict";
    byCodePoint = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  }
});

// src/exec/operations/terraform.ts
var terraform_exports = {};
__export(terraform_exports, {
  ApplyError: () => PartialApplyError,
  TERRAFORM_STATE_LOCK: () => TERRAFORM_STATE_LOCK,
  lastError: () => lastError,
  summarize: () => summarize,
  terraformEnv: () => terraformEnv,
  terraformOperation: () => terraformOperation,
  varArgs: () => varArgs
});
import { createHash as createHash3 } from "node:crypto";
import { existsSync as existsSync3, writeFileSync as writeFileSync4 } from "node:fs";
import { join as join7 } from "node:path";
function terraformEnv(ctx) {
  const key = createHash3("sha256").update(ctx.workdir).digest("hex").slice(0, 16);
  return {
    TF_CLI_CONFIG_FILE: "",
    CHECKPOINT_DISABLE: "1",
    TF_IN_AUTOMATION: "1",
    TF_INPUT: "0",
    // .terraform lives in execguard's state, not in the repository.
    TF_DATA_DIR: join7(stateHome(ctx.env), "terraform", key)
  };
}
function section(ctx) {
  return ctx.plan.terraform ?? ctx.plan.terragrunt ?? { vars: {}, varFiles: [], workspace: "default" };
}
function varArgs(ctx) {
  const tf2 = section(ctx);
  return [...tf2.varFiles.map((f) => `-var-file=${f}`), ...Object.entries(tf2.vars).map(([k, v]) => `-var=${k}=${String(v)}`)];
}
async function tf(ctx, step, args, ok = [0]) {
  const result = await ctx.exec(step, ["terraform", ...args], { cwd: ctx.workdir, env: terraformEnv(ctx) });
  if (!ok.includes(result.exitCode)) {
    const { errorClass, why } = classify(result);
    throw new StepError(`terraform ${args[0]} failed (${why}): ${lastError(result)}`, result, errorClass);
  }
  return result;
}
function lastError(result) {
  const text = `${result.stderr}
${result.stdout}`.replace(/\x1b\[[0-9;]*m/g, "");
  const match = text.match(/Error: [^\n]*(\n[^\n]+)*/);
  if (match)
    return match[0].replace(/\s*\n\s*/g, " ").replace(/[│╷╵]/g, "").replace(/\s+/g, " ").trim().slice(0, 600);
  return text.trim().split("\n").at(-1)?.slice(0, 600) ?? "";
}
function summarize(showJson, artifact) {
  const parsed = JSON.parse(showJson);
  const changes2 = (parsed.resource_changes ?? []).slice().sort((a, b) => byCodePoint(a.address, b.address));
  const summary = { create: [], update: [], destroy: [], notes: [], digestInput: "", artifacts: [artifact] };
  for (const rc of changes2) {
    const a = rc.change.actions;
    if (a.includes("create")) summary.create.push(rc.address);
    if (a.includes("update")) summary.update.push(rc.address);
    if (a.includes("delete")) summary.destroy.push(rc.address);
    if (a.includes("create") && a.includes("delete")) summary.notes.push(`${rc.address} is replaced (destroyed, then created)`);
  }
  const outputs = Object.entries(parsed.output_changes ?? {}).filter(([, c]) => !c.actions.includes("no-op"));
  if (outputs.length) summary.notes.push(`outputs changing: ${outputs.map(([n]) => n).join(", ")}`);
  summary.digestInput = JSON.stringify({
    resource_changes: changes2.map((rc) => ({
      address: rc.address,
      actions: rc.change.actions,
      before: rc.change.before ?? null,
      after: rc.change.after ?? null
    }))
  });
  return summary;
}
async function planTo(ctx, file, step) {
  await tf(ctx, step, ["plan", "-input=false", "-detailed-exitcode", `-out=${join7(ctx.runDir, file)}`, ...varArgs(ctx)], [0, 2]);
  const shown2 = await tf(ctx, `${step}: show`, ["show", "-json", join7(ctx.runDir, file)]);
  return summarize(shown2.stdout, file);
}
async function stateResources(ctx) {
  const result = await ctx.exec("terraform show (state)", ["terraform", "show", "-json"], { cwd: ctx.workdir, env: terraformEnv(ctx) });
  const found = /* @__PURE__ */ new Map();
  if (result.exitCode !== 0) return found;
  const walk = (m) => {
    for (const r of m?.resources ?? []) found.set(r.address, { tainted: Boolean(r.tainted) });
    for (const c of m?.child_modules ?? []) walk(c);
  };
  try {
    walk(JSON.parse(result.stdout).values?.root_module);
  } catch {
  }
  return found;
}
var changed, TERRAFORM_STATE_LOCK, terraformOperation;
var init_terraform = __esm({
  "src/exec/operations/terraform.ts"() {
    "use strict";
    init_home();
    init_errors2();
    init_run_errors();
    init_types();
    init_order();
    init_run_errors();
    changed = (s) => [
      ...s.create.map((a) => `create ${a}`),
      ...s.update.map((a) => `update ${a}`),
      ...s.destroy.map((a) => `destroy ${a}`)
    ];
    TERRAFORM_STATE_LOCK = /(^|\/)\.terraform\.tfstate\.lock\.info$/;
    terraformOperation = {
      async preflight(ctx) {
        await tf(ctx, "terraform init", ["init", "-input=false", "-no-color"]);
        const ws = section(ctx).workspace;
        if (ws !== "default") await tf(ctx, "terraform workspace", ["workspace", "select", "-or-create", ws]);
      },
      dryRun: (ctx) => planTo(ctx, "tfplan", "terraform plan"),
      async apply(ctx, approved) {
        const marker = join7(ctx.runDir, "apply-attempted");
        let planFile = join7(ctx.runDir, approved.artifacts[0] ?? "tfplan");
        if (existsSync3(marker)) {
          const again = await planTo(ctx, "tfplan-retry", "terraform plan (retry)");
          const allowed = /* @__PURE__ */ new Set([...changed(approved), ...approved.create.map((a) => `destroy ${a}`)]);
          const extra = changed(again).filter((c) => !allowed.has(c));
          if (extra.length)
            throw new StepError(`the retry plan differs from the approved plan: ${extra.join(", ")}`, void 0, "StateConflict");
          planFile = join7(ctx.runDir, "tfplan-retry");
        }
        writeFileSync4(marker, (/* @__PURE__ */ new Date()).toISOString());
        const result = await ctx.exec("terraform apply", ["terraform", "apply", "-input=false", "-no-color", planFile], {
          cwd: ctx.workdir,
          env: terraformEnv(ctx)
        });
        if (result.exitCode !== 0) {
          const inState = await stateResources(ctx).catch(() => /* @__PURE__ */ new Map());
          const applied = approved.create.filter((a) => inState.has(a)).map((a) => `created ${a}${inState.get(a).tainted ? " (tainted: it failed while being created)" : ""}`).concat(approved.destroy.filter((a) => !inState.has(a) && !approved.create.includes(a)).map((a) => `destroyed ${a}`));
          const notApplied = approved.create.filter((a) => !inState.has(a)).map((a) => `create ${a}`);
          const { errorClass, why } = classify(result);
          throw new PartialApplyError(`terraform apply failed (${why}): ${lastError(result)}`, result, errorClass, applied, notApplied);
        }
        return changed(approved).map(
          (c) => c.replace(/^create/, "created").replace(/^update/, "updated").replace(/^destroy/, "destroyed")
        );
      },
      async verify(ctx) {
        const [converged, state] = await Promise.all([
          tf(
            ctx,
            "terraform plan (converged?)",
            ["plan", "-input=false", "-detailed-exitcode", "-lock=false", "-no-color", ...varArgs(ctx)],
            [0, 2]
          ),
          stateResources(ctx)
        ]);
        if (converged.exitCode === 2)
          throw new StepError("the state does not match the configuration after apply: terraform still plans changes", converged, "Validation");
        const resources = [...state.keys()];
        return [
          `state matches the configuration (plan -detailed-exitcode = 0)`,
          `${resources.length} resource(s) in state: ${resources.join(", ") || "none"}`
        ];
      },
      stepEnv: (ctx) => terraformEnv(ctx),
      // The state lock terraform holds while the pre-flight's plan runs, beside git's `status`.
      transient: TERRAFORM_STATE_LOCK,
      async planRollback(ctx) {
        const back = await planTo(ctx, "tfplan-rollback", "terraform plan (previous configuration)");
        const steps = changed(back);
        return {
          destroys: back.destroy,
          describe: [
            steps.length ? `re-applying the previous configuration would ${steps.join(", ")}` : "infrastructure already matches the previous configuration"
          ],
          apply: async () => {
            if (steps.length === 0) return ["infrastructure already matches the previous configuration"];
            const result = await ctx.exec(
              "terraform apply (previous configuration)",
              ["terraform", "apply", "-input=false", "-no-color", join7(ctx.runDir, "tfplan-rollback")],
              { cwd: ctx.workdir, env: terraformEnv(ctx) }
            );
            if (result.exitCode !== 0) {
              const { errorClass, why } = classify(result);
              throw new StepError(`terraform apply of the previous configuration failed (${why}): ${lastError(result)}`, result, errorClass);
            }
            return [`applied the previous configuration: ${steps.join(", ")}`];
          }
        };
      },
      async rollback(ctx) {
        const plan = await terraformOperation.planRollback(ctx);
        if (plan.destroys.length && !ctx.approval?.destroy) {
          return {
            done: plan.describe,
            pending: [
              `Get a destroy approval for ${plan.destroys.join(", ")}, then run execguard rollback again with it (${plan.describe.join("; ")})`
            ]
          };
        }
        return { done: await plan.apply(), pending: [] };
      }
    };
  }
});

// src/exec/operations/kubectl-health.ts
function workloadHealth(obj) {
  const raw = obj.status ?? {};
  const s = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, num(v)]));
  const conditions = Array.isArray(raw.conditions) ? raw.conditions : [];
  const generation = obj.metadata?.generation ?? 0;
  const observed = s.observedGeneration ?? 0;
  const name = `${(obj.kind ?? "object").toLowerCase()}/${obj.metadata?.name ?? "?"}`;
  if (observed < generation)
    return { healthy: false, detail: `${name}: controller has not observed generation ${generation} yet (observed ${observed})` };
  if (obj.kind === "DaemonSet") {
    const desired = s.desiredNumberScheduled ?? 0;
    const updated2 = s.updatedNumberScheduled ?? 0;
    const available2 = s.numberAvailable ?? 0;
    const healthy2 = updated2 === desired && available2 === desired;
    return { healthy: healthy2, detail: `${name}: ${updated2}/${desired} updated, ${available2}/${desired} available` };
  }
  const replicas = obj.spec?.replicas ?? 1;
  const updated = s.updatedReplicas ?? 0;
  const available = obj.kind === "StatefulSet" ? s.availableReplicas ?? s.readyReplicas ?? 0 : s.availableReplicas ?? 0;
  const deadline = conditions.find((c) => c.type === "Progressing" && c.reason === "ProgressDeadlineExceeded");
  if (deadline) return { healthy: false, detail: `${name}: progress deadline exceeded${deadline.message ? ` (${deadline.message})` : ""}` };
  const healthy = updated === replicas && available === replicas && (s.replicas ?? replicas) === replicas;
  return {
    healthy,
    detail: `${name}: ${updated}/${replicas} updated, ${available}/${replicas} available (generation ${generation} observed)`
  };
}
var num, WORKLOADS, isWorkload;
var init_kubectl_health = __esm({
  "src/exec/operations/kubectl-health.ts"() {
    "use strict";
    num = (value) => typeof value === "number" ? value : void 0;
    WORKLOADS = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "DaemonSet"]);
    isWorkload = (obj) => WORKLOADS.has(obj.kind ?? "");
  }
});

// src/exec/operations/kubectl.ts
var kubectl_exports = {};
__export(kubectl_exports, {
  REVISIONS_FILE: () => REVISIONS_FILE,
  kubectlOperation: () => kubectlOperation,
  parseApplyLines: () => parseApplyLines
});
import { createHash as createHash4 } from "node:crypto";
import { existsSync as existsSync4, readdirSync as readdirSync2, readFileSync as readFileSync4, statSync as statSync2, writeFileSync as writeFileSync5 } from "node:fs";
import { join as join8, relative as relative3, resolve as resolve4 } from "node:path";
function section2(ctx) {
  const k = ctx.plan.kubectl;
  if (!k) throw new StepError("the plan has no 'kubectl:' section", void 0, "Validation");
  return k;
}
function target(ctx) {
  const k = section2(ctx);
  return ["--namespace", k.namespace, ...k.context ? ["--context", k.context] : []];
}
async function kubectl(ctx, step, args, ok = [0]) {
  const result = await ctx.exec(step, ["kubectl", ...args], { cwd: ctx.repoRoot });
  if (!ok.includes(result.exitCode)) fail(`${step} failed`, result);
  return result;
}
function fail(what, result, errorClass) {
  const c = classify(result);
  const detail = (result.stderr.trim() || result.stdout.trim()).split("\n").slice(-3).join(" ").slice(0, 600);
  throw new StepError(`${what} (${c.why}): ${detail}`, result, errorClass ?? c.errorClass);
}
function manifestFiles(ctx) {
  return section2(ctx).manifests.flatMap((m) => {
    const path = resolve4(ctx.repoRoot, m);
    if (!existsSync4(path)) throw new StepError(`kubectl.manifests: ${m} does not exist in ${ctx.repoRoot}`, void 0, "Validation");
    if (!statSync2(path).isDirectory()) return [path];
    return readdirSync2(path).filter((f) => /\.(ya?ml|json)$/.test(f)).sort().map((f) => join8(path, f));
  });
}
async function manifestObjects(ctx) {
  const { parseAllDocuments } = await Promise.resolve().then(() => __toESM(require_dist(), 1));
  const out = [];
  for (const file of manifestFiles(ctx)) {
    const shown2 = relative3(ctx.repoRoot, file);
    for (const doc of parseAllDocuments(readFileSync4(file, "utf8"))) {
      if ("errors" in doc && doc.errors.length) {
        throw new StepError(`kubectl.manifests: ${shown2}: invalid YAML: ${doc.errors[0].message.split("\n")[0]}`, void 0, "Validation");
      }
      const obj = doc.toJS();
      if (!obj) continue;
      if (!obj.kind || !obj.metadata?.name)
        throw new StepError(`kubectl.manifests: ${shown2}: an object without kind or metadata.name`, void 0, "Validation");
      out.push({ file: shown2, kind: obj.kind, name: obj.metadata.name, canonical: canonicalJson(obj) });
    }
  }
  return out;
}
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}
function parseApplyLines(stdout) {
  return stdout.split("\n").map((l) => /^(\S+) (created|configured|unchanged|serverside-applied)(?: \(server dry run\))?$/.exec(l.trim())).filter((m) => m !== null).map((m) => ({ object: m[1], action: m[2] }));
}
async function getJson(ctx, step, args) {
  const result = await kubectl(ctx, step, ["get", ...args, ...target(ctx), "-o", "json"]);
  try {
    return JSON.parse(result.stdout);
  } catch {
    throw new StepError(`${step}: kubectl did not print JSON`, result, "Validation");
  }
}
async function versions(ctx) {
  const out = {};
  for (const r of section2(ctx).rollouts) {
    const result = await kubectl(ctx, `kubectl get ${r} (revision)`, ["get", r, ...target(ctx), "-o", "json", "--ignore-not-found"]);
    const obj = result.stdout.trim() ? JSON.parse(result.stdout) : void 0;
    out[r] = obj ? { revision: obj.metadata?.annotations?.[REVISION_ANNOTATION] ?? null, generation: obj.metadata?.generation ?? 0 } : null;
  }
  return out;
}
function readRecorded(dir) {
  if (!dir || !existsSync4(join8(dir, REVISIONS_FILE))) return void 0;
  return JSON.parse(readFileSync4(join8(dir, REVISIONS_FILE), "utf8"));
}
var REVISIONS_FILE, REVISION_ANNOTATION, manifestArgs, writeRecord, sameObject, kubectlOperation;
var init_kubectl = __esm({
  "src/exec/operations/kubectl.ts"() {
    "use strict";
    init_errors2();
    init_types();
    init_kubectl_health();
    REVISIONS_FILE = "kubectl-revisions.json";
    REVISION_ANNOTATION = "deployment.kubernetes.io/revision";
    manifestArgs = (ctx) => section2(ctx).manifests.flatMap((m) => ["-f", resolve4(ctx.repoRoot, m)]);
    writeRecord = (ctx, record2) => writeFileSync5(join8(ctx.runDir, REVISIONS_FILE), JSON.stringify(record2, null, 2));
    sameObject = (applied, rollout) => applied.replace(/^([^./]+)\.[^/]*\//, "$1/") === rollout;
    kubectlOperation = {
      async preflight(ctx) {
        const version2 = await kubectl(ctx, "kubectl version", [
          "version",
          "-o",
          "json",
          "--request-timeout=15s",
          ...section2(ctx).context ? ["--context", section2(ctx).context] : []
        ]);
        if (!/"serverVersion"/.test(version2.stdout)) fail("kubectl version: the API server did not answer", version2, "Transient");
        const kinds = [...new Set((await manifestObjects(ctx)).map((o) => o.kind.toLowerCase()))];
        for (const kind of kinds) {
          for (const verb of ["create", "patch"]) {
            const r = await kubectl(
              ctx,
              `kubectl auth can-i ${verb} ${kind}`,
              ["auth", "can-i", verb, kind, ...target(ctx), "--request-timeout=15s"],
              [0, 1]
            );
            if (r.exitCode === 1)
              throw new StepError(`kubectl auth can-i ${verb} ${kind} in namespace ${section2(ctx).namespace}: no (forbidden)`, r, "Permission");
          }
        }
      },
      async dryRun(ctx) {
        const objects = await manifestObjects(ctx);
        const result = await kubectl(ctx, "kubectl apply --dry-run=server", [
          "apply",
          ...manifestArgs(ctx),
          ...target(ctx),
          "--dry-run=server"
        ]);
        const summary = { create: [], update: [], destroy: [], notes: [], digestInput: "", artifacts: [] };
        for (const { object, action } of parseApplyLines(result.stdout)) {
          if (action === "created") summary.create.push(object);
          else if (action === "configured" || action === "serverside-applied") summary.update.push(object);
          else summary.notes.push(`${object} unchanged`);
        }
        const k = section2(ctx);
        if (k.rollouts.length) summary.notes.push(`waits for rollout of ${k.rollouts.join(", ")} (timeout ${k.timeout})`);
        summary.digestInput = JSON.stringify({
          context: k.context ?? null,
          namespace: k.namespace,
          rollouts: k.rollouts,
          objects: objects.map((o) => ({
            file: o.file,
            kind: o.kind,
            name: o.name,
            sha256: createHash4("sha256").update(o.canonical).digest("hex")
          }))
        });
        return summary;
      },
      async apply(ctx) {
        const k = section2(ctx);
        const earlier = readRecorded(ctx.runDir);
        const before = earlier ? Object.fromEntries(Object.entries(earlier.rollouts).map(([r, v]) => [r, v.before])) : await versions(ctx);
        const record2 = {
          rollouts: Object.fromEntries(Object.entries(before).map(([r, b]) => [r, { before: b, after: null }])),
          applied: earlier?.applied ?? []
        };
        writeRecord(ctx, record2);
        const result = await kubectl(ctx, "kubectl apply", ["apply", ...manifestArgs(ctx), ...target(ctx)]);
        const applied = parseApplyLines(result.stdout);
        for (const a of applied) if (!record2.applied.some((e) => e.object === a.object)) record2.applied.push(a);
        writeRecord(ctx, record2);
        const lines = applied.map(({ object, action }) => `${object} ${action}`);
        for (const r of k.rollouts) {
          const status = await ctx.exec(
            `kubectl rollout status ${r}`,
            ["kubectl", "rollout", "status", r, ...target(ctx), `--timeout=${k.timeout}`],
            { cwd: ctx.repoRoot }
          );
          if (status.exitCode !== 0) fail(`rollout of ${r} did not become ready within ${k.timeout}`, status);
          lines.push(`${r} rolled out`);
        }
        const after = await versions(ctx);
        for (const r of Object.keys(record2.rollouts)) record2.rollouts[r].after = after[r] ?? null;
        writeRecord(ctx, record2);
        return lines;
      },
      async verify(ctx) {
        const k = section2(ctx);
        const listed = await getJson(ctx, "kubectl get (applied objects)", manifestArgs(ctx));
        const items = listed.kind === "List" ? listed.items : [listed];
        const seen = new Set(items.map((o) => `${String(o.kind).toLowerCase()}/${o.metadata?.name}`));
        for (const r of k.rollouts) if (!seen.has(r)) items.push(await getJson(ctx, `kubectl get ${r}`, [r]));
        const lines = [`${items.length} object(s) present in namespace ${k.namespace}`];
        const unhealthy = [];
        for (const obj of items.filter(isWorkload)) {
          const h = workloadHealth(obj);
          (h.healthy ? lines : unhealthy).push(h.detail);
        }
        if (unhealthy.length) throw new StepError(`unhealthy after apply: ${unhealthy.join("; ")}`, void 0, "Validation");
        return lines;
      },
      async rollback(ctx) {
        const k = section2(ctx);
        const recorded = readRecorded(ctx.targetRunDir);
        const done = [];
        const pending = [];
        let reapply = false;
        for (const r of k.rollouts) {
          const rec = recorded?.rollouts[r];
          if (rec && rec.before === null) {
            pending.push(
              `${r} did not exist before the run; execguard never deletes: remove it by hand if it is unwanted (kubectl delete ${r} --namespace ${k.namespace})`
            );
            continue;
          }
          const before = rec?.before;
          const after = rec?.after;
          if (before && after && before.generation === after.generation) {
            done.push(
              `${r}: unchanged by the run (${before.revision ? `revision ${before.revision}, ` : ""}generation ${before.generation}), nothing to undo`
            );
            continue;
          }
          if (before?.revision && after?.revision === before.revision) {
            reapply = true;
            continue;
          }
          const toRevision = before?.revision ? [`--to-revision=${before.revision}`] : [];
          const undo = await ctx.exec(`kubectl rollout undo ${r}`, ["kubectl", "rollout", "undo", r, ...target(ctx), ...toRevision], {
            cwd: ctx.repoRoot
          });
          if (undo.exitCode !== 0) {
            pending.push(
              `kubectl rollout undo ${r} --namespace ${k.namespace}${toRevision.map((a) => ` ${a}`).join("")} failed: ${(undo.stderr || undo.stdout).trim().split("\n").at(-1)}`
            );
            continue;
          }
          const to = before?.revision ? ` to revision ${before.revision}` : " to its previous revision";
          const status = await ctx.exec(
            `kubectl rollout status ${r} (after undo)`,
            ["kubectl", "rollout", "status", r, ...target(ctx), `--timeout=${k.timeout}`],
            { cwd: ctx.repoRoot }
          );
          if (status.exitCode !== 0)
            pending.push(
              `${r} was rolled back${to} but did not become ready within ${k.timeout}: check kubectl rollout status ${r} --namespace ${k.namespace}`
            );
          else done.push(`${r} rolled back${to} and ready`);
        }
        const others = (recorded?.applied ?? []).filter((a) => !k.rollouts.some((r) => sameObject(a.object, r)));
        const created = others.filter((a) => a.action === "created");
        if (reapply || others.some((a) => a.action === "configured" || a.action === "serverside-applied")) {
          const present = k.manifests.filter((m) => existsSync4(resolve4(ctx.repoRoot, m)));
          const result = await ctx.exec(
            "kubectl apply (reverted manifests)",
            ["kubectl", "apply", ...present.flatMap((m) => ["-f", resolve4(ctx.repoRoot, m)]), ...target(ctx)],
            { cwd: ctx.repoRoot }
          );
          if (result.exitCode === 0)
            done.push(
              `re-applied the reverted manifests: ${parseApplyLines(result.stdout).map((a) => `${a.object} ${a.action}`).join(", ")}`
            );
          else
            pending.push(
              `re-applying the reverted manifests failed (${(result.stderr || result.stdout).trim().split("\n").at(-1)}): run kubectl apply -f ${present.join(" -f ")} --namespace ${k.namespace}`
            );
        }
        if (created.length) {
          pending.push(
            `${created.map((a) => a.object).join(", ")} did not exist before the run; execguard never deletes: remove them by hand if they are unwanted`
          );
        }
        if (!recorded && k.rollouts.length === 0) {
          pending.push(
            `the run folder with what was applied is unknown and no rollouts are listed: after the git revert, re-apply the manifests yourself (kubectl apply -f ${k.manifests.join(" -f ")} --namespace ${k.namespace})`
          );
        }
        return { done, pending };
      }
    };
  }
});

// src/exec/duration.ts
function durationMs(text, units) {
  const m = /^(\d+)([a-z]+)$/.exec(text.trim());
  if (!m || !units.includes(m[2])) return void 0;
  return Number(m[1]) * UNIT_MS[m[2]];
}
var UNIT_MS;
var init_duration = __esm({
  "src/exec/duration.ts"() {
    "use strict";
    UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
  }
});

// src/exec/operations/gitops-wait.ts
function parseDuration(text) {
  const ms = durationMs(text, ["ms", "s", "m", "h"]);
  if (ms === void 0) throw new Error(`not a duration: ${text} (expected e.g. 30s, 5m, 1h)`);
  return ms;
}
function revisionMatches(revision, commit) {
  if (!revision) return false;
  const sha = /(?:sha1:|\/|^)([0-9a-f]{7,64})$/.exec(revision)?.[1];
  return !!sha && (commit.startsWith(sha) || sha.startsWith(commit));
}
function kustomizationReadiness(o, expected) {
  const name = `kustomization ${o.metadata?.name ?? "?"}`;
  const cond = ready(o);
  const applied = o.status?.lastAppliedRevision;
  const attempted = o.status?.lastAttemptedRevision;
  const observed = (o.status?.observedGeneration ?? -1) >= (o.metadata?.generation ?? 0);
  const onRevision = expected ? revisionMatches(applied, expected) : !!applied;
  if (cond?.status === "True" && observed && onRevision) return { done: true, detail: `${name} applied ${applied} and is Ready` };
  const triedExpected = expected ? revisionMatches(attempted, expected) : !!attempted;
  if (cond?.status === "False" && observed && triedExpected && !STILL_WORKING.has(cond.reason ?? "")) {
    return { done: false, failed: `${name} failed to apply ${attempted}: ${describe2(cond)}`, detail: describe2(cond) };
  }
  const want = expected ? `revision ${expected.slice(0, 12)}` : "a Ready revision";
  return { done: false, detail: `${name} waiting for ${want}: applied ${applied ?? "nothing yet"}, ${describe2(cond)}` };
}
function helmReleaseReadiness(o) {
  const name = `helmrelease ${o.metadata?.name ?? "?"}`;
  const cond = ready(o);
  const observed = (o.status?.observedGeneration ?? -1) >= (o.metadata?.generation ?? 0);
  if (cond?.status === "True" && observed) return { done: true, detail: `${name} is Ready` };
  if (cond?.status === "False" && observed && !STILL_WORKING.has(cond.reason ?? ""))
    return { done: false, failed: `${name} is not Ready: ${describe2(cond)}`, detail: describe2(cond) };
  return { done: false, detail: `${name} waiting: ${describe2(cond)}` };
}
var ready, describe2, STILL_WORKING;
var init_gitops_wait = __esm({
  "src/exec/operations/gitops-wait.ts"() {
    "use strict";
    init_duration();
    ready = (o) => o.status?.conditions?.find((c) => c.type === "Ready");
    describe2 = (c) => c ? `Ready=${c.status}${c.reason ? ` (${c.reason})` : ""}${c.message ? `: ${c.message}` : ""}` : "Ready=Unknown";
    STILL_WORKING = /* @__PURE__ */ new Set(["Progressing", "DependencyNotReady", "ArtifactFailed", "ProgressingWithRetry"]);
  }
});

// src/exec/operations/gitops.ts
var gitops_exports = {};
__export(gitops_exports, {
  gitopsOperation: () => gitopsOperation,
  parseDiffLines: () => parseDiffLines
});
function section3(ctx) {
  const g = ctx.plan.gitops;
  if (!g) throw new StepError("the plan has no 'gitops:' section", void 0, "Validation");
  return g;
}
function fail2(what, result, errorClass) {
  const c = classify(result);
  const detail = (result.stderr.trim() || result.stdout.trim()).split("\n").slice(-3).join(" ").slice(0, 600);
  throw new StepError(`${what} (${c.why}): ${detail}`, result, errorClass ?? c.errorClass);
}
async function run(ctx, step, argv2, ok = [0]) {
  const result = await ctx.exec(step, argv2, { cwd: ctx.repoRoot });
  if (!ok.includes(result.exitCode)) fail2(`${step} failed`, result);
  return result;
}
function parseDiffLines(stdout) {
  return stdout.split("\n").map((l) => /^►\s+(\S+)\s+(created|drifted|deleted|pruned)\b/.exec(l.trim())).filter((m) => m !== null).map((m) => ({ object: m[1], action: m[2] }));
}
async function waitUntil(ctx, kind, name, judge2, timeout) {
  const g = section3(ctx);
  const timeoutMs = parseDuration(timeout);
  const deadline = Date.now() + timeoutMs;
  const interval = Math.min(2e3, Math.max(250, Math.floor(timeoutMs / 10)));
  let last = "no answer yet";
  for (let poll = 1; ; poll++) {
    const result = await ctx.exec(
      `kubectl get ${kind} ${name} (poll ${poll})`,
      ["kubectl", "get", kind, name, "--namespace", g.namespace, "-o", "json"],
      { cwd: ctx.repoRoot }
    );
    if (result.exitCode === 0) {
      const state = judge2(JSON.parse(result.stdout));
      if (state.done) return state.detail;
      if (state.failed) throw new StepError(state.failed, result, "Validation");
      last = state.detail;
    } else {
      last = (result.stderr.trim() || result.stdout.trim()).split("\n").at(-1) ?? "";
      if (/NotFound|not found/.test(last)) fail2(`${kind} ${name} in namespace ${g.namespace}`, result, "Validation");
    }
    if (Date.now() >= deadline || ctx.signal.aborted) {
      throw new StepError(`timed out after ${timeout} waiting for ${kind} ${name}: ${last}`, result, "Transient");
    }
    await sleep(Math.min(interval, Math.max(0, deadline - Date.now())), ctx.signal);
  }
}
async function reconcileAndWait(ctx, commit, label) {
  const g = section3(ctx);
  await run(ctx, `flux reconcile kustomization ${g.kustomization}${label}`, [
    "flux",
    "reconcile",
    "kustomization",
    g.kustomization,
    "--namespace",
    g.namespace,
    "--with-source",
    "--timeout",
    g.timeout
  ]);
  const lines = [await waitUntil(ctx, "kustomization", g.kustomization, (o) => kustomizationReadiness(o, commit), g.timeout)];
  if (g.helmRelease) lines.push(await waitUntil(ctx, "helmrelease", g.helmRelease, helmReleaseReadiness, g.timeout));
  return lines;
}
var sleep, gitopsOperation;
var init_gitops = __esm({
  "src/exec/operations/gitops.ts"() {
    "use strict";
    init_errors2();
    init_types();
    init_gitops_wait();
    sleep = (ms, signal) => new Promise((resolve7) => {
      const timer = setTimeout(resolve7, ms);
      signal.addEventListener(
        "abort",
        () => {
          clearTimeout(timer);
          resolve7();
        },
        { once: true }
      );
    });
    gitopsOperation = {
      async preflight(ctx) {
        const g = section3(ctx);
        await run(ctx, "flux check --pre", ["flux", "check", "--pre"]);
        await run(ctx, `kubectl get kustomization ${g.kustomization}`, [
          "kubectl",
          "get",
          "kustomization",
          g.kustomization,
          "--namespace",
          g.namespace,
          "-o",
          "name",
          "--request-timeout=15s"
        ]);
        if (g.helmRelease)
          await run(ctx, `kubectl get helmrelease ${g.helmRelease}`, [
            "kubectl",
            "get",
            "helmrelease",
            g.helmRelease,
            "--namespace",
            g.namespace,
            "-o",
            "name",
            "--request-timeout=15s"
          ]);
      },
      async dryRun(ctx) {
        const g = section3(ctx);
        const result = await run(
          ctx,
          `flux diff kustomization ${g.kustomization}`,
          ["flux", "diff", "kustomization", g.kustomization, "--namespace", g.namespace, "--path", ctx.workdir],
          [0, 1]
        );
        const summary = { create: [], update: [], destroy: [], notes: [], digestInput: "", artifacts: [] };
        const changes2 = parseDiffLines(result.stdout);
        for (const { object, action } of changes2) {
          if (action === "created") summary.create.push(object);
          else if (action === "drifted") summary.update.push(object);
          else summary.destroy.push(object);
        }
        if (changes2.length === 0) summary.notes.push(`flux diff: no changes under ${ctx.plan.workdir}`);
        summary.notes.push(
          `applied by Flux: kustomization ${g.namespace}/${g.kustomization}${g.helmRelease ? ` and helmrelease ${g.helmRelease}` : ""} reconcile the pushed commit (timeout ${g.timeout})`
        );
        summary.digestInput = JSON.stringify({
          kustomization: g.kustomization,
          namespace: g.namespace,
          helmRelease: g.helmRelease ?? null,
          changes: changes2.map((c) => `${c.action} ${c.object}`).sort()
        });
        return summary;
      },
      async apply(ctx) {
        if (!ctx.pushedCommit) ctx.progress("gitops: no pushed commit known; waiting for any Ready revision");
        return reconcileAndWait(ctx, ctx.pushedCommit, "");
      },
      async verify(ctx) {
        const g = section3(ctx);
        const lines = [];
        const check = async (kind, name, judge2) => {
          const result = await run(ctx, `kubectl get ${kind} ${name}`, [
            "kubectl",
            "get",
            kind,
            name,
            "--namespace",
            g.namespace,
            "-o",
            "json"
          ]);
          const state = judge2(JSON.parse(result.stdout));
          if (!state.done) throw new StepError(state.failed ?? state.detail, result, "Validation");
          lines.push(state.detail);
        };
        await check("kustomization", g.kustomization, (o) => kustomizationReadiness(o, ctx.pushedCommit));
        if (g.helmRelease) await check("helmrelease", g.helmRelease, helmReleaseReadiness);
        return lines;
      },
      async rollback(ctx) {
        const g = section3(ctx);
        const git = ctx.plan.git;
        const manual = `flux reconcile kustomization ${g.kustomization} --namespace ${g.namespace} --with-source, then check that it applies the reverted commit and is Ready`;
        if (!git)
          return {
            done: [],
            pending: [
              `the plan has no git section, so nothing was reverted for Flux to apply: revert the change in the source repository, then ${manual}`
            ]
          };
        const remote = await ctx.exec(
          `git ls-remote ${git.remote} ${git.branch}`,
          ["git", "ls-remote", git.remote, `refs/heads/${git.branch}`],
          { cwd: ctx.repoRoot }
        );
        const commit = remote.exitCode === 0 ? remote.stdout.trim().split(/\s+/)[0] : "";
        if (!commit) return { done: [], pending: [`could not read ${git.remote}/${git.branch} (git ls-remote): ${manual}`] };
        try {
          const lines = await reconcileAndWait(ctx, commit, " (reverted revision)");
          return { done: lines.map((l) => `after the revert: ${l}`), pending: [] };
        } catch (error) {
          if (!(error instanceof StepError)) throw error;
          return { done: [], pending: [`Flux has not applied the reverted commit ${commit.slice(0, 12)}: ${error.message}. Then: ${manual}`] };
        }
      }
    };
  }
});

// src/exec/operations/app.ts
var app_exports = {};
__export(app_exports, {
  appOperation: () => appOperation,
  judgeChecks: () => judgeChecks,
  programOf: () => programOf
});
function section4(ctx) {
  const a = ctx.plan.app;
  if (!a) throw new StepError("the plan has no 'app:' section", void 0, "Validation");
  return a;
}
function fail3(what, result, errorClass) {
  const c = classify(result);
  const detail = (result.stderr.trim() || result.stdout.trim()).split("\n").slice(-3).join(" ").slice(0, 600);
  throw new StepError(`${what} (exit ${result.exitCode}, ${c.why}): ${detail}`, result, errorClass ?? c.errorClass);
}
function programOf(command) {
  return command.trim().split(/\s+/).find((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word));
}
function judgeChecks(checks) {
  return {
    passed: checks.filter((c) => PASSED.has(c.state)),
    running: checks.filter((c) => RUNNING.has(c.state)),
    failed: checks.filter((c) => !PASSED.has(c.state) && !RUNNING.has(c.state))
  };
}
var PASSED, RUNNING, commandsOf, appOperation;
var init_app = __esm({
  "src/exec/operations/app.ts"() {
    "use strict";
    init_errors2();
    init_types();
    PASSED = /* @__PURE__ */ new Set(["SUCCESS", "SKIPPED", "NEUTRAL"]);
    RUNNING = /* @__PURE__ */ new Set(["PENDING", "QUEUED", "IN_PROGRESS", "WAITING", "REQUESTED", "EXPECTED"]);
    commandsOf = (ctx) => {
      const a = section4(ctx);
      return [...a.test ? [["test", a.test]] : [], ...a.build ? [["build", a.build]] : []];
    };
    appOperation = {
      async preflight(ctx) {
        const needed = [
          ...new Set([...commandsOf(ctx).map(([, cmd]) => programOf(cmd)), ...section4(ctx).pr ? ["gh"] : []].filter((p) => !!p))
        ];
        for (const program of needed) {
          const r = await ctx.exec(`${program} present`, ["bash", "-c", 'command -v -- "$1"', "bash", program], { cwd: ctx.workdir });
          if (r.exitCode !== 0)
            throw new StepError(`${program} is not installed (or not on PATH): needed by the plan's app section`, r, "Validation");
        }
      },
      async dryRun(ctx) {
        const a = section4(ctx);
        const notes = [
          ...commandsOf(ctx).map(([kind, cmd]) => `would run the ${kind} command in ${ctx.plan.workdir}: ${cmd}`),
          ...a.pr ? [`would check pull request #${a.pr} (gh pr checks)`] : []
        ];
        if (notes.length === 0) notes.push("nothing to run: the app section names no test, build or pr");
        return {
          create: [],
          update: [],
          destroy: [],
          notes,
          digestInput: JSON.stringify({ test: a.test ?? null, build: a.build ?? null, pr: a.pr ?? null }),
          artifacts: []
        };
      },
      async apply(ctx) {
        const lines = [];
        for (const [kind, command] of commandsOf(ctx)) {
          const r = await ctx.exec(kind, ["bash", "-c", command], { cwd: ctx.workdir });
          if (r.exitCode !== 0) fail3(`the ${kind} command failed: ${command}`, r, r.exitCode === 127 ? "Validation" : void 0);
          lines.push(`${kind} passed: ${command}`);
        }
        return lines;
      },
      async verify(ctx) {
        const pr = section4(ctx).pr;
        if (!pr) return [];
        const r = await ctx.exec(`gh pr checks ${pr}`, ["gh", "pr", "checks", String(pr), "--json", "state,name"], { cwd: ctx.repoRoot });
        let checks;
        try {
          checks = JSON.parse(r.stdout);
          if (!Array.isArray(checks)) throw new Error("not an array");
        } catch {
          fail3(`gh pr checks ${pr} failed`, r);
        }
        if (checks.length === 0) return [`pull request #${pr}: no checks reported`];
        const { passed, running, failed: failed2 } = judgeChecks(checks);
        const list = (cs) => cs.map((c) => `${c.name} (${c.state})`).join(", ");
        if (failed2.length) throw new StepError(`pull request #${pr}: checks failed: ${list(failed2)}`, r, "Validation");
        if (running.length) throw new StepError(`pull request #${pr}: checks still running: ${list(running)}; try again later`, r, "Transient");
        return [`pull request #${pr}: all ${passed.length} check(s) passed: ${list(passed)}`];
      },
      async rollback() {
        return { done: [], pending: [] };
      }
    };
  }
});

// src/exec/operations/terragrunt.ts
var terragrunt_exports = {};
__export(terragrunt_exports, {
  terragruntOperation: () => terragruntOperation
});
import { existsSync as existsSync5 } from "node:fs";
import { join as join9 } from "node:path";
function section5(ctx) {
  const t = ctx.plan.terragrunt;
  if (!t) throw new StepError("the plan has no 'terragrunt:' section", void 0, "Validation");
  return t;
}
async function tg(ctx, step, args, ok = [0]) {
  const result = await ctx.exec(step, ["terragrunt", ...args], { cwd: ctx.workdir, env: env(ctx) });
  if (!ok.includes(result.exitCode)) {
    const { errorClass, why } = classify(result);
    throw new StepError(`terragrunt ${args[0]} failed (${why}): ${lastError(result)}`, result, errorClass);
  }
  return result;
}
async function planTo2(ctx, file, step) {
  await tg(
    ctx,
    step,
    ["plan", "-input=false", "-no-color", "-detailed-exitcode", `-out=${join9(ctx.runDir, file)}`, ...varArgs(ctx)],
    [0, 2]
  );
  const shown2 = await tg(ctx, `${step}: show`, ["show", "-json", join9(ctx.runDir, file)]);
  try {
    return summarize(shown2.stdout, file);
  } catch {
    throw new StepError(`${step}: terragrunt show -json did not print a plan as JSON`, shown2, "Validation");
  }
}
function stateAddresses(showJson) {
  const walk = (m) => [
    ...(m?.resources ?? []).map((r) => r.address),
    ...(m?.child_modules ?? []).flatMap(walk)
  ];
  const parsed = JSON.parse(showJson);
  return walk(parsed.values?.root_module).sort();
}
var env, changes, terragruntOperation;
var init_terragrunt = __esm({
  "src/exec/operations/terragrunt.ts"() {
    "use strict";
    init_errors2();
    init_types();
    init_terraform();
    env = (ctx) => ({
      ...terraformEnv(ctx),
      TG_NON_INTERACTIVE: "true",
      TERRAGRUNT_NON_INTERACTIVE: "true"
    });
    changes = (s) => [
      ...s.create.map((a) => `create ${a}`),
      ...s.update.map((a) => `update ${a}`),
      ...s.destroy.map((a) => `destroy ${a}`)
    ];
    terragruntOperation = {
      async preflight(ctx) {
        if (!existsSync5(join9(ctx.workdir, "terragrunt.hcl"))) {
          throw new StepError(`workdir ${ctx.plan.workdir} has no terragrunt.hcl (operation: terragrunt)`, void 0, "Validation");
        }
        await tg(ctx, "terragrunt --version", ["--version"]);
        await tg(ctx, "terragrunt init", ["init", "-input=false", "-no-color"]);
        const ws = section5(ctx).workspace;
        if (ws !== "default") await tg(ctx, "terragrunt workspace", ["workspace", "select", "-or-create", ws]);
      },
      dryRun: (ctx) => planTo2(ctx, "tfplan", "terragrunt plan"),
      async apply(ctx, approved) {
        const planFile = join9(ctx.runDir, approved.artifacts[0] ?? "tfplan");
        if (!existsSync5(planFile))
          throw new StepError(`the approved saved plan ${planFile} is missing: run execguard plan again`, void 0, "StateConflict");
        await tg(ctx, "terragrunt apply", ["apply", "-input=false", "-no-color", planFile]);
        return changes(approved).map(
          (c) => c.replace(/^create/, "created").replace(/^update/, "updated").replace(/^destroy/, "destroyed")
        );
      },
      async verify(ctx) {
        const plan = await tg(
          ctx,
          "terragrunt plan (converged?)",
          ["plan", "-input=false", "-no-color", "-detailed-exitcode", "-lock=false", ...varArgs(ctx)],
          [0, 2]
        );
        if (plan.exitCode === 2)
          throw new StepError("the state does not match the configuration after apply: terragrunt still plans changes", plan, "Validation");
        const state = await tg(ctx, "terragrunt show (state)", ["show", "-json"]);
        const resources = stateAddresses(state.stdout);
        return [
          "state matches the configuration (plan -detailed-exitcode = 0)",
          `${resources.length} resource(s) in state: ${resources.join(", ") || "none"}`
        ];
      },
      stepEnv: (ctx) => env(ctx),
      // terragrunt runs terraform in the unit: the same state lock.
      transient: TERRAFORM_STATE_LOCK,
      async rollback(ctx) {
        const back = await planTo2(ctx, "tfplan-rollback", "terragrunt plan (previous configuration)");
        const steps = changes(back);
        if (steps.length === 0) return { done: ["infrastructure already matches the previous configuration"], pending: [] };
        const described = `re-applying the previous configuration would ${steps.join(", ")}`;
        if (back.destroy.length) {
          return {
            done: [`planned the previous configuration (saved as ${join9(ctx.runDir, "tfplan-rollback")})`],
            pending: [
              `${described}. execguard never destroys during a rollback: review it, then run terragrunt apply in ${ctx.plan.workdir} yourself with a destroy approval`
            ]
          };
        }
        await tg(ctx, "terragrunt apply (previous configuration)", ["apply", "-input=false", "-no-color", join9(ctx.runDir, "tfplan-rollback")]);
        return { done: [`applied the previous configuration: ${steps.join(", ")}`], pending: [] };
      }
    };
  }
});

// src/exec/operations/index.ts
async function loadOperation(type) {
  return Object.hasOwn(LOADERS, type) ? LOADERS[type]() : void 0;
}
var LOADERS;
var init_operations = __esm({
  "src/exec/operations/index.ts"() {
    "use strict";
    LOADERS = {
      terraform: async () => (await Promise.resolve().then(() => (init_terraform(), terraform_exports))).terraformOperation,
      kubectl: async () => (await Promise.resolve().then(() => (init_kubectl(), kubectl_exports))).kubectlOperation,
      gitops: async () => (await Promise.resolve().then(() => (init_gitops(), gitops_exports))).gitopsOperation,
      app: async () => (await Promise.resolve().then(() => (init_app(), app_exports))).appOperation,
      terragrunt: async () => (await Promise.resolve().then(() => (init_terragrunt(), terragrunt_exports))).terragruntOperation
    };
  }
});

// src/status/schema.ts
var OPEN_SENTINEL, CLOSE_SENTINEL, PLAN_STATUSES, PHASES, PHASE_ALIASES, KEYS, NEEDS_PENDING, TRANSITIONS, AGENT_ID_PATTERN, isPlanStatus, FORMAT_TEMPLATE;
var init_schema = __esm({
  "src/status/schema.ts"() {
    "use strict";
    OPEN_SENTINEL = "<!-- AGENT_STATUS -->";
    CLOSE_SENTINEL = "<!-- /AGENT_STATUS -->";
    PLAN_STATUSES = ["INVESTIGATING", "PENDING_APPROVAL", "APPROVED_EXECUTING", "COMPLETE", "BLOCKED", "NEEDS_INPUT"];
    PHASES = ["Investigation", "Planning", "Approval", "Execute", "Verify", "Complete"];
    PHASE_ALIASES = { Execution: "Execute" };
    KEYS = ["PLAN_STATUS", "CURRENT_PHASE", "PENDING_STEPS", "NEXT_ACTION", "AGENT_ID"];
    NEEDS_PENDING = ["BLOCKED", "NEEDS_INPUT"];
    TRANSITIONS = {
      INVESTIGATING: ["PENDING_APPROVAL", "BLOCKED", "NEEDS_INPUT", "COMPLETE"],
      PENDING_APPROVAL: ["APPROVED_EXECUTING", "INVESTIGATING"],
      APPROVED_EXECUTING: ["APPROVED_EXECUTING", "COMPLETE", "BLOCKED"],
      COMPLETE: [],
      BLOCKED: ["INVESTIGATING", "PENDING_APPROVAL", "APPROVED_EXECUTING"],
      NEEDS_INPUT: ["INVESTIGATING", "PENDING_APPROVAL", "APPROVED_EXECUTING"]
    };
    AGENT_ID_PATTERN = /^[A-Za-z0-9_-]+$/;
    isPlanStatus = (value) => PLAN_STATUSES.includes(value);
    FORMAT_TEMPLATE = [
      OPEN_SENTINEL,
      `PLAN_STATUS: <${PLAN_STATUSES.join(" | ")}>`,
      `CURRENT_PHASE: <${PHASES.join(" | ")}>`,
      "PENDING_STEPS: <JSON array of non-empty strings, on one line; [] when COMPLETE, at least one when BLOCKED or NEEDS_INPUT>",
      "NEXT_ACTION: <one non-empty line>",
      "AGENT_ID: <letters, digits, - and _>",
      CLOSE_SENTINEL
    ].join("\n");
  }
});

// src/status/parse.ts
function sentinelKind(trimmed) {
  if (trimmed === OPEN_SENTINEL) return { kind: "open", exact: true };
  if (trimmed === CLOSE_SENTINEL) return { kind: "close", exact: true };
  const loose = LOOSE_SENTINEL.exec(trimmed);
  if (loose) return { kind: loose[1] ? "close" : "open", exact: false };
  return void 0;
}
function isKnownKey(key) {
  return KEYS.includes(key);
}
function suggestKey(key) {
  const upper = key.toUpperCase();
  return KEYS.find((k) => k.includes(upper) || upper.includes(k) || k.split("_").some((part) => upper.split("_").includes(part)));
}
function locate2(lines, errors) {
  const regions = [];
  let openAt;
  const inlineMentions = [];
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i].trim();
    const sentinel = sentinelKind(trimmed);
    if (!sentinel) {
      if (lines[i].includes(OPEN_SENTINEL) || lines[i].includes(CLOSE_SENTINEL)) inlineMentions.push(i);
      continue;
    }
    if (!sentinel.exact) {
      errors.push({
        line: i + 1,
        key: BLOCK,
        code: "malformed-sentinel",
        message: `${quote(trimmed)} is not a valid sentinel; expected exactly '${sentinel.kind === "open" ? OPEN_SENTINEL : CLOSE_SENTINEL}' on a line of its own`
      });
    }
    if (sentinel.kind === "open") {
      if (openAt !== void 0) {
        errors.push({
          line: i + 1,
          key: BLOCK,
          code: "nested-open",
          message: `opening sentinel inside the block opened at line ${openAt + 1}; close that block with '${CLOSE_SENTINEL}' first (one block only)`
        });
        continue;
      }
      openAt = i;
    } else if (openAt === void 0) {
      let from = i;
      while (from > 0 && lines[from - 1].trim() !== "" && !sentinelKind(lines[from - 1].trim()) && !lines[from - 1].includes(OPEN_SENTINEL))
        from--;
      const hint = inlineMentions.length ? ` (line ${inlineMentions[0] + 1} mentions it after other text: it must be alone on its line)` : "";
      errors.push({
        line: from < i ? from + 1 : i + 1,
        key: BLOCK,
        code: "missing-open",
        message: `closing sentinel at line ${i + 1} has no opening one; expected '${OPEN_SENTINEL}' on its own line before PLAN_STATUS${hint}`
      });
      regions.push({ open: from - 1, close: i, contentFrom: from, contentTo: i });
    } else {
      regions.push({ open: openAt, close: i, contentFrom: openAt + 1, contentTo: i });
      openAt = void 0;
    }
  }
  if (openAt !== void 0) {
    errors.push({
      line: openAt + 1,
      key: BLOCK,
      code: "missing-close",
      message: `block opened here is never closed; expected '${CLOSE_SENTINEL}' on its own line after the AGENT_ID line`
    });
    regions.push({ open: openAt, contentFrom: openAt + 1, contentTo: lines.length });
  }
  if (regions.length === 0) {
    const keyLines = lines.map((l, i) => /^\s*PLAN_STATUS\s*:/.test(l) ? i : -1).filter((i) => i >= 0);
    if (keyLines.length === 0) return void 0;
    const from = keyLines[0];
    let to = from;
    while (to < lines.length && lines[to].trim() !== "") to++;
    const hint = inlineMentions.length ? ` (line ${inlineMentions[0] + 1} mentions it after other text: it must be alone on its line)` : "";
    errors.push({
      line: from + 1,
      key: BLOCK,
      code: "missing-open",
      message: `status keys without the block around them; expected '${OPEN_SENTINEL}' on the line before and '${CLOSE_SENTINEL}' on the line after${hint}`
    });
    return { open: from - 1, contentFrom: from, contentTo: to };
  }
  if (regions.length > 1) {
    const first = regions[0];
    const second = regions[1];
    errors.push({
      line: second.open + 1,
      key: BLOCK,
      code: "two-blocks",
      message: `a second AGENT_STATUS block starts here (the first is at line ${first.open + 1}); keep exactly one block, at the end of the message`
    });
  }
  const last = regions[regions.length - 1];
  if (last.close !== void 0) {
    for (let i = last.close + 1; i < lines.length; i++) {
      if (lines[i].trim() === "") continue;
      errors.push({
        line: i + 1,
        key: BLOCK,
        code: "text-after-block",
        message: `text after the closing sentinel (${quote(lines[i].trim())}); nothing but white space may follow '${CLOSE_SENTINEL}'`
      });
      break;
    }
  }
  return last;
}
function readKeys(lines, region, errors) {
  const found = /* @__PURE__ */ new Map();
  let previousKey;
  for (let i = region.contentFrom; i < region.contentTo; i++) {
    const trimmed = lines[i].trim();
    if (trimmed === "" || sentinelKind(trimmed)) continue;
    const line = i + 1;
    const match = KEY_LINE.exec(trimmed);
    if (!match) {
      if (previousKey === "PENDING_STEPS" && /^[-*]\s/.test(trimmed)) {
        errors.push({
          line,
          key: "PENDING_STEPS",
          code: "steps-as-list",
          message: `list item ${quote(trimmed)} under PENDING_STEPS; expected the steps as one JSON array on the PENDING_STEPS line, e.g. PENDING_STEPS: ["Fix the state lock"]`
        });
      } else {
        errors.push({
          line,
          key: BLOCK,
          code: "bad-line",
          message: `expected a 'KEY: value' line with KEY one of ${KEYS.join(", ")}; got ${quote(trimmed)}`
        });
      }
      continue;
    }
    const [, written, space, rest] = match;
    let key = written;
    if (!isKnownKey(key)) {
      if (isKnownKey(key.toUpperCase())) {
        errors.push({ line, key: written, code: "lowercase-key", message: `keys are upper-case; expected '${key.toUpperCase()}'` });
        key = key.toUpperCase();
      } else {
        const suggestion = suggestKey(key);
        errors.push({
          line,
          key: written,
          code: "unknown-key",
          message: `unknown key; expected only ${KEYS.join(", ")}${suggestion ? ` (did you mean ${suggestion}?)` : ""}`
        });
        previousKey = written;
        continue;
      }
    }
    if (space) {
      errors.push({
        line,
        key,
        code: "space-before-colon",
        message: `no space is allowed between the key and the colon; expected '${key}: value'`
      });
    }
    const canonical = key;
    const earlier = found.get(canonical);
    if (earlier) {
      errors.push({
        line,
        key: canonical,
        code: "duplicate-key",
        message: `appears again (first at line ${earlier.line}); each key appears exactly once`
      });
    } else {
      found.set(canonical, { value: rest.trim(), line });
    }
    previousKey = canonical;
  }
  return found;
}
function checkPlanStatus(raw, errors) {
  if (raw.value === "") {
    errors.push({
      line: raw.line,
      key: "PLAN_STATUS",
      code: "empty-value",
      message: `empty value; expected one of ${PLAN_STATUSES.join(", ")}`
    });
    return void 0;
  }
  if (isPlanStatus(raw.value)) return raw.value;
  const normalized = raw.value.toUpperCase().replace(/[\s-]+/g, "_");
  const hint = isPlanStatus(normalized) ? ` (did you mean ${normalized}?)` : "";
  errors.push({
    line: raw.line,
    key: "PLAN_STATUS",
    code: "bad-status",
    message: `${quote(raw.value)} is not a plan status; expected one of ${PLAN_STATUSES.join(", ")}${hint}`
  });
  return void 0;
}
function checkPhase(raw, errors) {
  if (raw.value === "") {
    errors.push({
      line: raw.line,
      key: "CURRENT_PHASE",
      code: "empty-value",
      message: `empty value; expected one of ${PHASES.join(", ")}`
    });
    return void 0;
  }
  if (PHASES.includes(raw.value)) return raw.value;
  const alias = PHASE_ALIASES[raw.value];
  if (alias) return alias;
  const caseMatch = PHASES.find((p) => p.toLowerCase() === raw.value.toLowerCase());
  errors.push({
    line: raw.line,
    key: "CURRENT_PHASE",
    code: "bad-phase",
    message: `${quote(raw.value)} is not a phase; expected one of ${PHASES.join(", ")} (case-sensitive)${caseMatch ? ` (did you mean ${caseMatch}?)` : ""}`
  });
  return void 0;
}
function checkSteps(raw, errors) {
  const example = 'e.g. [] or ["Re-run terraform plan"]';
  if (raw.value === "") {
    errors.push({
      line: raw.line,
      key: "PENDING_STEPS",
      code: "empty-value",
      message: `empty value; expected a JSON array of non-empty strings on this line, ${example}`
    });
    return void 0;
  }
  let parsed;
  try {
    parsed = JSON.parse(raw.value);
  } catch (error) {
    const unquoted = /^\[[^"]*[A-Za-z][^"]*\]$/.test(raw.value) ? " (quote each step with double quotes)" : "";
    errors.push({
      line: raw.line,
      key: "PENDING_STEPS",
      code: "steps-not-json",
      message: `${quote(raw.value)} is not valid JSON (${error.message}); expected a JSON array of strings, ${example}${unquoted}`
    });
    return void 0;
  }
  if (!Array.isArray(parsed)) {
    errors.push({
      line: raw.line,
      key: "PENDING_STEPS",
      code: "steps-not-array",
      message: `got ${typeName(parsed)}; expected a JSON array of strings, ${example}`
    });
    return void 0;
  }
  let ok = true;
  parsed.forEach((item, index) => {
    if (typeof item !== "string") {
      ok = false;
      errors.push({
        line: raw.line,
        key: "PENDING_STEPS",
        code: "steps-not-string",
        message: `item ${index + 1} is ${typeName(item)}; expected every step to be a string`
      });
    } else if (item.trim() === "") {
      ok = false;
      errors.push({
        line: raw.line,
        key: "PENDING_STEPS",
        code: "steps-empty-string",
        message: `item ${index + 1} is an empty string; expected every step to say what is pending`
      });
    }
  });
  return ok ? parsed : void 0;
}
function checkAgentId(raw, errors) {
  if (raw.value === "") {
    errors.push({
      line: raw.line,
      key: "AGENT_ID",
      code: "agent-id-empty",
      message: "empty value; expected an id of letters, digits, - and _ (e.g. a12345)"
    });
    return void 0;
  }
  if (!AGENT_ID_PATTERN.test(raw.value)) {
    const bad = [...new Set(raw.value.replace(/[A-Za-z0-9_-]/g, ""))].map((c) => c === " " ? "space" : `'${c}'`);
    errors.push({
      line: raw.line,
      key: "AGENT_ID",
      code: "agent-id-chars",
      message: `${quote(raw.value)} contains ${bad.join(", ")}; expected only letters, digits, - and _`
    });
    return void 0;
  }
  return raw.value;
}
function checkTransition(previous, next, line = 1) {
  if (previous === "COMPLETE") {
    return {
      line,
      key: "PLAN_STATUS",
      code: "terminal-transition",
      message: `the previous status was COMPLETE, which is terminal; no status may follow it (got ${next})`
    };
  }
  if (!TRANSITIONS[previous].includes(next)) {
    return {
      line,
      key: "PLAN_STATUS",
      code: "illegal-transition",
      message: `${previous} -> ${next} is not allowed; from ${previous} expected one of ${TRANSITIONS[previous].join(", ")}`
    };
  }
  return void 0;
}
function checkStatus(text, options = {}) {
  const lines = text.split(/\r?\n/);
  const errors = [];
  const region = locate2(lines, errors);
  if (!region) {
    if (!options.required) return { present: false, valid: true, errors: [] };
    const last = Math.max(1, lines.length);
    errors.push({
      line: last,
      key: BLOCK,
      code: "no-block",
      message: `no AGENT_STATUS block found; expected the message to end with a block from '${OPEN_SENTINEL}' to '${CLOSE_SENTINEL}'`
    });
    return { present: false, valid: false, errors };
  }
  const lineInfo = { open: region.open + 1, close: region.close === void 0 ? void 0 : region.close + 1 };
  const contentLines = lines.slice(region.contentFrom, region.contentTo).filter((l) => l.trim() !== "");
  if (contentLines.length === 0) {
    errors.push({
      line: region.open + 1,
      key: BLOCK,
      code: "empty-block",
      message: `the block has no lines; expected the five keys ${KEYS.join(", ")}, one per line`
    });
    return { present: true, valid: false, errors, lines: lineInfo };
  }
  const found = readKeys(lines, region, errors);
  const missingAt = region.close !== void 0 ? region.close + 1 : region.contentTo;
  for (const key of KEYS) {
    if (!found.has(key)) {
      errors.push({ line: missingAt, key, code: "missing-key", message: `missing; expected a line '${key}: \u2026' inside the block` });
    }
  }
  const planStatus = found.has("PLAN_STATUS") ? checkPlanStatus(found.get("PLAN_STATUS"), errors) : void 0;
  const currentPhase = found.has("CURRENT_PHASE") ? checkPhase(found.get("CURRENT_PHASE"), errors) : void 0;
  const pendingSteps = found.has("PENDING_STEPS") ? checkSteps(found.get("PENDING_STEPS"), errors) : void 0;
  let nextAction;
  const nextRaw = found.get("NEXT_ACTION");
  if (nextRaw) {
    if (nextRaw.value === "") {
      errors.push({
        line: nextRaw.line,
        key: "NEXT_ACTION",
        code: "next-action-empty",
        message: "empty value; expected one non-empty line saying what happens next"
      });
    } else nextAction = nextRaw.value;
  }
  const agentId = found.has("AGENT_ID") ? checkAgentId(found.get("AGENT_ID"), errors) : void 0;
  const stepsLine = found.get("PENDING_STEPS")?.line ?? missingAt;
  if (planStatus && pendingSteps) {
    if (planStatus === "COMPLETE" && pendingSteps.length > 0) {
      errors.push({
        line: stepsLine,
        key: "PENDING_STEPS",
        code: "complete-with-pending",
        message: `PLAN_STATUS is COMPLETE but ${pendingSteps.length} step(s) are pending; expected PENDING_STEPS: [] (or report BLOCKED / NEEDS_INPUT)`
      });
    }
    if (NEEDS_PENDING.includes(planStatus) && pendingSteps.length === 0) {
      errors.push({
        line: stepsLine,
        key: "PENDING_STEPS",
        code: "pending-required",
        message: `PLAN_STATUS is ${planStatus} but no step is pending; expected at least one step saying what must happen, e.g. ["Grant the role s3:PutObject"]`
      });
    }
  }
  if (planStatus && options.previous) {
    const transition = checkTransition(options.previous, planStatus, found.get("PLAN_STATUS").line);
    if (transition) errors.push(transition);
  }
  errors.sort((a, b) => a.line - b.line);
  if (errors.length > 0 || !planStatus || !currentPhase || !pendingSteps || !nextAction || !agentId) {
    return { present: true, valid: false, errors, lines: lineInfo };
  }
  return { present: true, valid: true, errors, lines: lineInfo, status: { planStatus, currentPhase, pendingSteps, nextAction, agentId } };
}
var formatStatusError, BLOCK, LOOSE_SENTINEL, KEY_LINE, quote, typeName;
var init_parse3 = __esm({
  "src/status/parse.ts"() {
    "use strict";
    init_schema();
    formatStatusError = (e) => `line ${e.line}: ${e.key}: ${e.message}`;
    BLOCK = "AGENT_STATUS";
    LOOSE_SENTINEL = /^<!--\s*(\/|end\s+)?\s*agent[\s_-]*status\s*-->$/i;
    KEY_LINE = /^([A-Za-z][A-Za-z0-9_]*)(\s*):(.*)$/;
    quote = (text, max = 60) => `'${text.length > max ? `${text.slice(0, max)}\u2026` : text}'`;
    typeName = (v) => v === null ? "null" : Array.isArray(v) ? "an array" : typeof v === "object" ? "an object" : `a ${typeof v}`;
  }
});

// src/status/render.ts
function renderStatus(status) {
  const block = [
    OPEN_SENTINEL,
    `PLAN_STATUS: ${status.planStatus}`,
    `CURRENT_PHASE: ${status.currentPhase}`,
    `PENDING_STEPS: ${JSON.stringify(status.pendingSteps)}`,
    `NEXT_ACTION: ${status.nextAction}`,
    `AGENT_ID: ${status.agentId}`,
    CLOSE_SENTINEL
  ].join("\n");
  const check = checkStatus(block, { required: true });
  if (!check.valid) {
    throw new InvalidStatusError(`cannot render an invalid AGENT_STATUS block: ${check.errors.map(formatStatusError).join("; ")}`);
  }
  return block;
}
function toAgentId(id, fallback = "execguard") {
  const cleaned = id.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "");
  return cleaned || fallback;
}
var InvalidStatusError, oneLine;
var init_render = __esm({
  "src/status/render.ts"() {
    "use strict";
    init_parse3();
    init_schema();
    InvalidStatusError = class extends Error {
    };
    oneLine = (text) => text.replace(/\s+/g, " ").trim();
  }
});

// src/status/report.ts
function fenced(text) {
  const body = defuse(text.replace(/\s+$/, "")) || "(no output)";
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return [`${fence}text`, body, fence];
}
function seconds(ms) {
  return ms < 1e3 ? `${Math.round(ms)} ms` : `${(ms / 1e3).toFixed(1)} s`;
}
function phaseLines(report) {
  if (report.phases.length === 0) return ["- (no phase ran)"];
  return report.phases.flatMap((phase) => [
    `- ${PHASE_MARK[phase.status]} **${phase.name}**: ${phase.status}`,
    ...phase.detail.map((d) => `  - ${defuse(oneLine(d))}`)
  ]);
}
function failureLines(report) {
  const f = report.failure;
  if (!f) {
    return ["### Error", "", "- **Error type:** unknown (the run failed without a classified error)", ""];
  }
  return [
    "### Error",
    "",
    `- **Error type:** ${f.errorType}`,
    "- **Exact error:**",
    "",
    ...fenced(f.exactError),
    "",
    `- **Root cause:** ${defuse(oneLine(f.rootCause)) || "unknown"}`,
    "- **Attempted actions:**",
    ...f.attemptedActions.length ? f.attemptedActions.map((a) => `  - ${defuse(oneLine(a))}`) : ["  - none"],
    `- **Recommended fix:** ${defuse(oneLine(f.recommendedFix)) || "investigate the exact error above"}`,
    `- **Rollback status:** ${defuse(oneLine(f.rollbackStatus)) || "not attempted"}`,
    ""
  ];
}
function statusBlock(report) {
  const agentId = toAgentId(report.agentId, toAgentId(report.runId));
  if (report.outcome === "complete") {
    return renderStatus({
      planStatus: "COMPLETE",
      currentPhase: "Execute",
      pendingSteps: [],
      nextAction: oneLine(report.nextAction) || "Task complete - execution successful",
      agentId
    });
  }
  const failedPhase = report.phases.find((p) => p.status === "failed")?.name;
  const steps = report.pendingSteps.map(oneLine).filter(Boolean);
  const fix = report.failure ? oneLine(report.failure.recommendedFix) : "";
  if (steps.length === 0) steps.push(fix || `Resolve the failure of plan ${report.planId} and re-run execguard execute`);
  return renderStatus({
    planStatus: "BLOCKED",
    currentPhase: failedPhase === "Verify" ? "Verify" : "Execute",
    pendingSteps: steps,
    nextAction: oneLine(report.nextAction) || `Report the failure of run ${report.runId} to the user and wait for instructions`,
    agentId
  });
}
function renderReport(report) {
  const complete2 = report.outcome === "complete";
  const lines = [
    complete2 ? "## Execution Complete \u2705" : "## Execution Failed \u274C",
    "",
    `- **Plan:** ${defuse(oneLine(report.planId))} (${report.operation})`,
    `- **Run:** ${report.runId}`,
    ...report.commit ? [`- **Commit:** ${report.commit}`] : [],
    `- **Duration:** ${seconds(report.durationMs)}`,
    "",
    "### Phases",
    "",
    ...phaseLines(report),
    "",
    ...complete2 ? [] : failureLines(report),
    statusBlock(report)
  ];
  return `${lines.join("\n")}
`;
}
var PHASE_MARK, defuse;
var init_report = __esm({
  "src/status/report.ts"() {
    "use strict";
    init_render();
    PHASE_MARK = { ok: "\u2705", failed: "\u274C", skipped: "\u23ED\uFE0F" };
    defuse = (text) => text.replace(/<!--(\s*\/?\s*agent[\s_-]*status)/gi, "<!- -$1");
  }
});

// src/exec/retry.ts
async function withRetry(label, attempt, options) {
  try {
    return await attempt(1);
  } catch (error) {
    if (options.signal.aborted || error instanceof StateWriteError || errorClassOf(error) !== "Transient") throw error;
    const message2 = error instanceof Error ? error.message : String(error);
    options.attempted.push(`${label}: transient failure (${message2.slice(0, 200)}); retried once after ${options.delayMs} ms`);
    options.journal.append({
      type: "note",
      message: `retrying ${label} after a transient failure`,
      data: { error: message2, delayMs: options.delayMs }
    });
    await new Promise((resolve7) => {
      const timer = setTimeout(resolve7, options.delayMs);
      options.signal.addEventListener(
        "abort",
        () => {
          clearTimeout(timer);
          resolve7();
        },
        { once: true }
      );
    });
    try {
      return await attempt(2);
    } catch (second) {
      if (second instanceof Error) second.message = `${second.message} (failed again on retry)`;
      throw second;
    }
  }
}
var errorClassOf;
var init_retry = __esm({
  "src/exec/retry.ts"() {
    "use strict";
    init_errors2();
    init_run_errors();
    init_types();
    errorClassOf = (error) => {
      if (error instanceof StepError) return error.errorClass ?? (error.result ? classify(error.result).errorClass : "Validation");
      const code = error?.code;
      if (code === "EACCES" || code === "EPERM" || code === "EROFS") return "Permission";
      return "Validation";
    };
  }
});

// src/exec/child.ts
import { spawn } from "node:child_process";
function startChild(file, args, o) {
  if (o.signal.aborted) return { done: Promise.resolve({ canceled: true, timedOut: false }) };
  const child = spawn(file, args, {
    cwd: o.cwd,
    env: o.env,
    stdio: [o.input === void 0 ? "ignore" : "pipe", o.stdout, o.stderr],
    detached: true
  });
  let canceled = false;
  let timedOut = false;
  let forceKill;
  const stop = () => {
    child.kill(o.killSignal);
    forceKill ??= setTimeout(() => child.kill("SIGKILL"), o.forceKillAfterMs);
  };
  const onAbort = () => {
    canceled = true;
    stop();
  };
  o.signal.addEventListener("abort", onAbort, { once: true });
  const deadline = setTimeout(() => {
    timedOut = true;
    stop();
  }, o.timeoutMs);
  if (child.stdin) {
    child.stdin.on("error", () => {
    });
    child.stdin.end(o.input);
  }
  const done = new Promise((resolve7) => {
    const finish = (outcome) => {
      clearTimeout(deadline);
      clearTimeout(forceKill);
      o.signal.removeEventListener("abort", onAbort);
      resolve7({ ...outcome, canceled, timedOut });
    };
    child.once("error", (error) => {
      if (child.pid === void 0) finish({ startError: { code: error.code, message: error.message } });
    });
    child.once("exit", (code, endedBy) => finish(code === null ? { endedBy: endedBy ?? void 0 } : { exitCode: code }));
  });
  return { pid: child.pid, done };
}
var init_child = __esm({
  "src/exec/child.ts"() {
    "use strict";
  }
});

// src/exec/journal.ts
import { close, closeSync, fstatSync, fsync, fsyncSync, openSync, readFileSync as readFileSync5, readSync, writeSync } from "node:fs";
function readJournal(path) {
  let text;
  try {
    text = readFileSync5(path, "utf8");
  } catch {
    return [];
  }
  const entries = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    try {
      entries.push(JSON.parse(line));
    } catch {
    }
  }
  return entries;
}
var DURABLE, Journal;
var init_journal = __esm({
  "src/exec/journal.ts"() {
    "use strict";
    init_run_errors();
    DURABLE = /* @__PURE__ */ new Set(["run-start", "step-start", "step-end", "run-end"]);
    Journal = class {
      constructor(path) {
        this.path = path;
      }
      path;
      /** Appends an entry; a failed write (full disk) throws StateWriteError: the run cannot go on unjournaled. */
      append(entry) {
        try {
          this.write(entry);
        } catch (error) {
          throw error instanceof StateWriteError ? error : new StateWriteError(this.path, error);
        }
      }
      /** For the failure path: records what it can and never throws. */
      tryAppend(entry) {
        try {
          this.write(entry);
          return true;
        } catch {
          return false;
        }
      }
      write(entry) {
        const fd = openSync(this.path, "a+", 384);
        let handedOff = false;
        try {
          const size = fstatSync(fd).size;
          const last = Buffer.alloc(1);
          const torn = size > 0 && readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== 10;
          writeSync(fd, `${torn ? "\n" : ""}${JSON.stringify({ ts: (/* @__PURE__ */ new Date()).toISOString(), ...entry })}
`);
          if (entry.type === "step-end") {
            handedOff = true;
            fsync(fd, () => close(fd, () => {
            }));
          } else if (DURABLE.has(entry.type) && !(entry.type === "step-start" && entry.changesNothing)) fsyncSync(fd);
        } finally {
          if (!handedOff) closeSync(fd);
        }
      }
    };
  }
});

// src/exec/run-store.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { closeSync as closeSync2, fsyncSync as fsyncSync2, mkdirSync as mkdirSync4, openSync as openSync2, readdirSync as readdirSync3, readFileSync as readFileSync6, renameSync as renameSync2, rmSync as rmSync4, writeSync as writeSync2 } from "node:fs";
import { join as join10 } from "node:path";
function newRunId(kind, now = /* @__PURE__ */ new Date()) {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return `${stamp}-${kind}-${randomBytes2(3).toString("hex")}`;
}
function createRunDir(runId, home) {
  const dir = join10(runsRoot(home), runId);
  try {
    mkdirSync4(join10(dir, "logs"), { recursive: true, mode: 448 });
  } catch (error) {
    throw new StateWriteError(dir, error);
  }
  return dir;
}
function writeFileAtomic(path, text, options = {}) {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync2(tmp, "w", 384);
    try {
      writeSync2(fd, text);
      if (options.durable) fsyncSync2(fd);
    } finally {
      closeSync2(fd);
    }
    renameSync2(tmp, path);
  } catch (error) {
    rmSync4(tmp, { force: true });
    throw new StateWriteError(path, error);
  }
}
function readMeta(runDir) {
  try {
    return JSON.parse(readFileSync6(join10(runDir, "meta.json"), "utf8"));
  } catch {
    return void 0;
  }
}
function listRuns(home) {
  let names;
  try {
    names = readdirSync3(runsRoot(home));
  } catch {
    return [];
  }
  return names.sort().map((name) => readMeta(join10(runsRoot(home), name))).filter((m) => m !== void 0).sort((a, b) => byCodePoint(a.startedAt, b.startedAt) || byCodePoint(a.runId, b.runId));
}
function latestPlanRun(planId, planPath, home) {
  const runs = listRuns(home);
  const consumed = new Set(
    runs.filter((m) => m.kind === "execute" && m.planRunId && (m.status === "COMPLETE" || m.applied !== void 0)).map((m) => m.planRunId)
  );
  return runs.filter((m) => m.kind === "plan" && m.status === "COMPLETE" && m.planId === planId && m.planPath === planPath && !consumed.has(m.runId)).at(-1);
}
var runsRoot, writeMeta;
var init_run_store = __esm({
  "src/exec/run-store.ts"() {
    "use strict";
    init_home();
    init_order();
    init_run_errors();
    runsRoot = (home) => statePaths(home).runs;
    writeMeta = (runDir, meta2) => writeFileAtomic(join10(runDir, "meta.json"), `${JSON.stringify(meta2, null, 2)}
`);
  }
});

// src/exec/reap.ts
import { readdirSync as readdirSync4, readFileSync as readFileSync7 } from "node:fs";
import { hostname as hostname2 } from "node:os";
import { join as join11 } from "node:path";
function reachedStep(journal) {
  let phase;
  let phaseOpen = false;
  let lastDone;
  const open = /* @__PURE__ */ new Map();
  let lastEnded;
  for (const e of journal) {
    if (e.type === "phase") {
      if (e.status === "start") {
        phase = e.phase;
        phaseOpen = true;
        lastEnded = void 0;
      } else if (e.phase === phase) {
        phaseOpen = false;
        lastDone = e.phase;
      }
    } else if (e.type === "step-start") open.set(e.seq, e.step);
    else if (e.type === "step-end") {
      open.delete(e.seq);
      lastEnded = e.step;
    }
  }
  if (phase && phaseOpen) {
    const running = [...open.values()];
    if (running.length) return `${phase}: during ${running.join(", ")}`;
    return lastEnded ? `${phase}: after ${lastEnded}` : `${phase}: started`;
  }
  return lastDone ? `after ${lastDone}` : "started (no phase yet)";
}
function groupMembers(pgid, runId) {
  let pids;
  try {
    pids = readdirSync4("/proc").filter((n) => /^\d+$/.test(n));
  } catch {
    return void 0;
  }
  const marker = `${RUN_ID_ENV}=${runId}`;
  const found = [];
  for (const pid of pids) {
    try {
      const stat = readFileSync7(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (fields[0] === "Z" || Number(fields[2]) !== pgid) continue;
      if (readFileSync7(`/proc/${pid}/environ`, "utf8").split("\0").includes(marker)) found.push(Number(pid));
    } catch {
    }
  }
  return found;
}
async function waitUntil2(done, ms) {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}
async function endOrphanGroups(runId, pgids, graceMs = 2e4) {
  const ours = pgids.filter((pgid) => groupRunning(pgid, runId));
  const signal = (target2, sig) => {
    try {
      process.kill(target2, sig);
    } catch {
    }
  };
  for (const pgid of ours) signal(pgid, "SIGINT");
  await waitUntil2(() => !ours.some((pgid) => leaderRunning(pgid, runId)), graceMs);
  for (const pgid of ours) signal(-pgid, "SIGTERM");
  await waitUntil2(() => !ours.some((pgid) => groupRunning(pgid, runId)), 2e3);
  for (const pgid of ours.filter((pgid2) => groupRunning(pgid2, runId))) signal(-pgid, "SIGKILL");
  await waitUntil2(() => !ours.some((pgid) => groupRunning(pgid, runId)), 2e3);
  return ours;
}
function ownerGone(meta2, journal) {
  if (meta2.status !== "RUNNING") return false;
  if (meta2.host && meta2.host !== hostname2()) return false;
  const pid = meta2.pid ?? (journal ?? []).find((e) => e.type === "run-start")?.["pid"];
  return typeof pid === "number" && !alive(pid);
}
async function reapDeadRuns(home) {
  const marked = [];
  for (const meta2 of listRuns(home)) {
    if (meta2.status !== "RUNNING") continue;
    const dir = join11(runsRoot(home), meta2.runId);
    const journal = readJournal(join11(dir, "journal.jsonl"));
    if (!ownerGone(meta2, journal)) continue;
    const ended = new Set(journal.filter((e) => e.type === "step-end").map((e) => e.seq));
    const pgids = journal.flatMap((e) => e.type === "child" && !ended.has(e.seq) ? [e.pgid] : []);
    const killed = await endOrphanGroups(meta2.runId, pgids);
    const reached = reachedStep(journal);
    new Journal(join11(dir, "journal.jsonl")).tryAppend({ type: "interrupted", reached, by: process.pid, killed });
    const updated = { ...meta2, status: "INTERRUPTED", reached, interrupted: true, finishedAt: (/* @__PURE__ */ new Date()).toISOString() };
    try {
      writeMeta(dir, updated);
    } catch {
    }
    if (meta2.lockPath) releaseLock(meta2.lockPath, meta2.runId);
    marked.push(updated);
  }
  return marked;
}
var RUN_ID_ENV, exists, groupRunning, leaderRunning;
var init_reap = __esm({
  "src/exec/reap.ts"() {
    "use strict";
    init_journal();
    init_lock();
    init_run_store();
    RUN_ID_ENV = "EXECGUARD_RUN_ID";
    exists = (target2) => {
      try {
        process.kill(target2, 0);
        return true;
      } catch {
        return false;
      }
    };
    groupRunning = (pgid, runId) => {
      const members2 = groupMembers(pgid, runId);
      return members2 === void 0 ? exists(-pgid) : members2.length > 0;
    };
    leaderRunning = (pgid, runId) => {
      const members2 = groupMembers(pgid, runId);
      return members2 === void 0 ? exists(pgid) : members2.includes(pgid);
    };
  }
});

// src/exec/steps.ts
import { closeSync as closeSync3, existsSync as existsSync6, openSync as openSync3, readFileSync as readFileSync8, writeFileSync as writeFileSync6, writeSync as writeSync3 } from "node:fs";
import { constants } from "node:os";
import { join as join12 } from "node:path";
function endGroup(pgid) {
  try {
    process.kill(-pgid, "SIGKILL");
  } catch {
  }
}
function endNote(file, outcome, timeoutMs) {
  if (outcome.timedOut) return `command timed out after ${timeoutMs} ms`;
  if (outcome.canceled) return void 0;
  if (outcome.startError) return outcome.startError.code === "ENOENT" ? `${file}: command not found` : outcome.startError.message;
  if (outcome.exitCode === void 0) return `ended by ${outcome.endedBy}`;
  return void 0;
}
function writeNote(fd, note) {
  try {
    writeSync3(fd, `
${note}
`);
  } catch {
  }
}
function resultOf(outcome, stdout, stderr) {
  if (outcome.canceled) return { exitCode: 130, stdout, stderr, interrupted: true };
  if (outcome.timedOut) return { exitCode: 124, stdout, stderr };
  const startFailure = outcome.startError?.code;
  if (outcome.startError) return { exitCode: startFailure === "ENOENT" ? 127 : startFailure === "EACCES" ? 126 : 1, stdout, stderr };
  if (outcome.exitCode === void 0) return { exitCode: 128 + signalNumber(outcome.endedBy), stdout, stderr };
  return { exitCode: outcome.exitCode, stdout, stderr };
}
var signalNumber, outputOf, INTERRUPTED, DEFAULT_TIMEOUT_MS, StepRunner;
var init_steps = __esm({
  "src/exec/steps.ts"() {
    "use strict";
    init_child();
    init_guard_gate();
    init_reap();
    init_run_errors();
    init_types();
    signalNumber = (name) => (name ? constants.signals[name] : 0) ?? 0;
    outputOf = (seq, step) => `logs/${String(seq).padStart(3, "0")}-${step.replace(/[^A-Za-z0-9_-]+/g, "-").slice(0, 40)}`;
    INTERRUPTED = "interrupted";
    DEFAULT_TIMEOUT_MS = 10 * 60 * 1e3;
    StepRunner = class {
      constructor(opts) {
        this.opts = opts;
      }
      opts;
      seq = 0;
      /** Every step run so far, in order (for the report's "attempted actions"). */
      history = [];
      /** The environment a step's child gets: the run's, the step's, and the run id marker. */
      childEnv = (extra) => ({
        ...this.opts.env,
        ...extra,
        ...this.opts.runId ? { [RUN_ID_ENV]: this.opts.runId } : {}
      });
      /**
       * Spawns a step's command as the leader of its own process group (journaled, so the next
       * command can end it after a crash). An interrupted step gets SIGINT (as Ctrl-C: terraform saves
       * its state), SIGKILL after 15 s; what it left running in its group is ended too. Its output
       * is written straight to the step's log files (outputOf), which it returns as well, with the
       * exit code the shell would give (resultOf).
       */
      spawn = async (seq, step, signal, file, args, options) => {
        const base2 = join12(this.opts.runDir, outputOf(seq, step));
        const outFd = openSync3(`${base2}.out`, "w", 384);
        const errFd = openSync3(`${base2}.err`, "w", 384);
        let outcome;
        try {
          const child = startChild(file, args, {
            ...options,
            stdout: outFd,
            stderr: errFd,
            signal,
            killSignal: "SIGINT",
            forceKillAfterMs: 15e3
          });
          if (child.pid) this.opts.journal.append({ type: "child", seq, step, pgid: child.pid });
          outcome = await child.done;
          if (child.pid && (outcome.canceled || outcome.timedOut)) endGroup(child.pid);
          const note = endNote(file, outcome, options.timeoutMs);
          if (note) writeNote(errFd, note);
        } finally {
          closeSync3(outFd);
          closeSync3(errFd);
        }
        const read = (path) => {
          try {
            return readFileSync8(path, "utf8");
          } catch {
            return "";
          }
        };
        return resultOf(outcome, read(`${base2}.out`), read(`${base2}.err`));
      };
      exec = (step, argv2, options = {}) => this.run(
        step,
        displayCommand(argv2),
        (signal, seq) => this.spawn(seq, step, signal, argv2[0], argv2.slice(1), {
          cwd: options.cwd ?? this.opts.cwd,
          env: this.childEnv(options.env),
          input: options.input,
          timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS
        })
      );
      /** Asks the guard about a command without running it (pre-flight checks what later steps will run). */
      judge = (command) => this.opts.gate(command);
      /** Runs `body` as a guarded, journaled step shown as `command`. */
      async run(step, command, body, attempt) {
        const seq = ++this.seq;
        const { journal, signal } = this.opts;
        if (signal.aborted) {
          const result2 = {
            command,
            exitCode: 130,
            stdout: "",
            stderr: "run interrupted before this step",
            durationMs: 0,
            refused: INTERRUPTED
          };
          journal.append({ type: "step-end", seq, step, exitCode: 130, durationMs: 0, refused: INTERRUPTED, interrupted: true });
          throw new StepError(`interrupted before ${step}`, result2, "Transient");
        }
        const verdict = await this.opts.gate(command);
        if (!verdict.allowed) {
          const result2 = { command, exitCode: 2, stdout: "", stderr: verdict.reason, durationMs: 0, refused: verdict.reason };
          journal.append({ type: "step-start", seq, step, command, attempt });
          journal.append({
            type: "step-end",
            seq,
            step,
            exitCode: 2,
            durationMs: 0,
            refused: `guard (${verdict.rules.join(", ")}): ${verdict.reason}`
          });
          this.history.push({ step, result: result2 });
          throw new StepError(`the guard refused \`${command}\`: ${verdict.reason}`, result2, "Permission");
        }
        this.opts.progress(`${step}: ${command}`);
        journal.append({ type: "step-start", seq, step, command, attempt, ...verdict.changesNothing ? { changesNothing: true } : {} });
        const started = performance.now();
        let out;
        try {
          out = await body(signal, seq);
        } catch (error) {
          if (error instanceof StateWriteError) throw error;
          out = { exitCode: 1, stdout: "", stderr: error instanceof Error ? error.message : String(error) };
        }
        if (signal.aborted && out.exitCode !== 0) out.interrupted = true;
        const durationMs2 = Math.round(performance.now() - started);
        const log = outputOf(seq, step);
        if (!existsSync6(join12(this.opts.runDir, `${log}.err`)) && out.stderr) {
          try {
            writeFileSync6(join12(this.opts.runDir, `${log}.err`), `${out.stderr}
`, { mode: 384 });
          } catch {
          }
        }
        journal.append({
          type: "step-end",
          seq,
          step,
          exitCode: out.exitCode,
          durationMs: durationMs2,
          log,
          ...out.interrupted ? { interrupted: true, refused: INTERRUPTED } : {},
          attempt
        });
        const result = {
          command,
          exitCode: out.exitCode,
          stdout: out.stdout,
          stderr: out.stderr,
          durationMs: durationMs2,
          ...out.interrupted ? { refused: INTERRUPTED } : {}
        };
        this.history.push({ step, result });
        if (out.interrupted) throw new StepError(`interrupted during ${step}`, result, "Transient");
        return result;
      }
    };
  }
});

// src/exec/outcome.ts
function exactErrorOf(error) {
  if (error instanceof StepError && error.result) {
    const r = error.result;
    const out = `${r.stderr}
${r.stdout}`.replace(/\x1b\[[0-9;]*m/g, "").trim().split("\n").slice(-15).join("\n");
    return `$ ${r.command}
(exit ${r.exitCode})
${out}`.slice(0, 4e3);
  }
  return error instanceof Error ? error.message : String(error);
}
function interrupted(error, session) {
  return session.signal.aborted || error instanceof StepError && error.result?.refused === INTERRUPTED;
}
function attemptedActions(session, extra) {
  const steps = session.steps?.history ?? [];
  const describe4 = ({ step, result }) => `${step}: \`${result.command}\` -> ${result.refused === INTERRUPTED ? "interrupted" : result.refused ? "refused by the guard" : `exit ${result.exitCode}`}`;
  const failed2 = steps.filter(({ result }) => result.exitCode !== 0 || result.refused);
  const shown2 = failed2.length ? failed2 : steps.slice(-1);
  return [...shown2.map(describe4), ...extra].slice(-25);
}
function complete(session, nextAction, commit) {
  for (const name of PHASES2)
    if (!session.phases.some((p) => p.name === name) && session.kind === "execute") session.skip(name, "not needed");
  const report = {
    planId: session.loaded.plan.id,
    runId: session.runId,
    operation: session.loaded.plan.operation,
    outcome: "complete",
    phases: session.phases,
    ...commit ? { commit } : {},
    durationMs: session.elapsed(),
    agentId: session.runId,
    pendingSteps: [],
    nextAction
  };
  const markdown = renderReport(report);
  session.close("COMPLETE", markdown);
  return { runId: session.runId, runDir: session.runDir, status: "COMPLETE", report, markdown };
}
function guardRefusal(error) {
  if (error instanceof StepError && error.result?.refused && error.result.refused !== INTERRUPTED) {
    return `Do not work around the guard: change the plan so that \`${error.result.command}\` is allowed, or get the approval the guard asks for (${error.result.refused.slice(0, 160)})`;
  }
  return void 0;
}
function failedBeforeStart(loaded, error, home) {
  const errorType = errorClassOf(error);
  const message2 = error instanceof Error ? error.message : String(error);
  const fix = error instanceof StateWriteError || errorType === "Permission" ? `Make the execguard state folder ${home} writable and give it free space (or set EXECGUARD_HOME), then run execguard execute again` : RECOMMENDED[errorType];
  const report = {
    planId: loaded.plan.id,
    runId: "not-started",
    operation: loaded.plan.operation,
    outcome: "failed",
    phases: [{ name: "Pre-flight", status: "failed", detail: [`cannot create the run folder in ${home}: ${message2}`] }],
    failure: {
      errorType,
      exactError: message2,
      rootCause: `the state folder ${home} cannot be written`,
      attemptedActions: [`create the run folder in ${home}`],
      recommendedFix: fix,
      rollbackStatus: "nothing changed: the run did not start"
    },
    durationMs: 0,
    agentId: "execguard",
    pendingSteps: [fix],
    nextAction: "Report the failure to the user and wait for instructions"
  };
  return { runId: "not-started", runDir: "", status: "BLOCKED", report, markdown: renderReport(report) };
}
function blocked(session, error, fc, commit) {
  const isInterrupt = interrupted(error, session);
  const errorType = error instanceof LockHeldError ? "StateConflict" : isInterrupt ? "Transient" : errorClassOf(error);
  const message2 = error instanceof Error ? error.message : String(error);
  const reason = typeof session.signal.reason === "string" ? session.signal.reason : "a signal";
  const ran = new Set(session.phases.map((p) => p.name));
  for (const name of session.kind === "execute" ? PHASES2 : []) if (!ran.has(name)) session.skip(name, "not run: an earlier phase failed");
  const pending = isInterrupt ? [
    `The run was interrupted by ${reason}; inspect it with execguard runs ${session.runId}, then continue it with execguard resume ${session.runId}`,
    ...fc.pendingSteps
  ] : error instanceof StateWriteError ? [
    `The run could not write its state (${error.path}): free space or fix the state folder, then continue with execguard resume ${session.runId}`,
    ...fc.pendingSteps
  ] : fc.pendingSteps;
  const report = {
    planId: session.loaded.plan.id,
    runId: session.runId,
    operation: session.loaded.plan.operation,
    outcome: "failed",
    phases: session.phases,
    failure: {
      errorType,
      exactError: exactErrorOf(error),
      rootCause: isInterrupt ? `interrupted by ${reason} (the current step was stopped and journaled)` : message2,
      attemptedActions: attemptedActions(session, fc.attempted),
      recommendedFix: fc.recommendedFix ?? guardRefusal(error) ?? RECOMMENDED[errorType],
      rollbackStatus: fc.rollbackStatus
    },
    ...commit ? { commit } : {},
    durationMs: session.elapsed(),
    agentId: session.runId,
    pendingSteps: pending.length ? pending : [fc.recommendedFix ?? guardRefusal(error) ?? RECOMMENDED[errorType]],
    nextAction: fc.nextAction ?? `Report the failure of run ${session.runId} to the user and wait for instructions`
  };
  const markdown = renderReport(report);
  session.close("BLOCKED", markdown, errorType, isInterrupt || error instanceof StateWriteError);
  return { runId: session.runId, runDir: session.runDir, status: "BLOCKED", report, markdown };
}
var PHASES2;
var init_outcome = __esm({
  "src/exec/outcome.ts"() {
    "use strict";
    init_report();
    init_errors2();
    init_lock();
    init_retry();
    init_steps();
    init_run_errors();
    init_types();
    PHASES2 = ["Pre-flight", "Persist", "Apply", "Verify"];
  }
});

// src/exec/pause.ts
import { existsSync as existsSync7, writeFileSync as writeFileSync7 } from "node:fs";
import { join as join13 } from "node:path";
async function pausePoint(point, env2) {
  const dir = env2.EXECGUARD_TEST_PAUSE_DIR;
  if (!dir || !(env2.EXECGUARD_TEST_PAUSE ?? "").split(",").includes(point)) return;
  writeFileSync7(join13(dir, `${point}.reached`), String(process.pid));
  while (!existsSync7(join13(dir, `${point}.go`))) await new Promise((r) => setTimeout(r, 20));
}
var init_pause = __esm({
  "src/exec/pause.ts"() {
    "use strict";
  }
});

// src/exec/preflight-probes.ts
async function preflightProbes(input) {
  const { op, ctx, plan, git, planFile } = input;
  const attempt = input.attempt ?? ((_label, probe) => probe());
  const g = git ? plan.git : void 0;
  const [dry, gitDetail, commitDetail] = await Promise.allSettled([
    (async () => {
      await attempt(`${plan.operation} pre-flight`, () => op.preflight(ctx));
      return attempt(`${plan.operation} dry run`, () => op.dryRun(ctx));
    })(),
    git && g ? attempt("git pre-flight", () => git.preflight(g, [planFile], op.transient)) : Promise.resolve([]),
    git && g ? git.checkCommit(g) : Promise.resolve(void 0),
    ...(input.alongside ?? []).map((start) => start())
  ]);
  for (const r of [gitDetail, commitDetail, dry]) if (r.status === "rejected") throw r.reason;
  const value = (r) => r.value;
  const commit = value(commitDetail);
  return { dry: value(dry), gitDetail: value(gitDetail), ...commit !== void 0 ? { commitDetail: commit } : {} };
}
var init_preflight_probes = __esm({
  "src/exec/preflight-probes.ts"() {
    "use strict";
  }
});

// src/exec/plan-file.ts
import { existsSync as existsSync8, readFileSync as readFileSync9 } from "node:fs";
import { basename as basename4, dirname as dirname3, extname, relative as relative4, resolve as resolve5 } from "node:path";
function findRepoRoot(start) {
  let dir = resolve5(start);
  for (; ; ) {
    if (existsSync8(resolve5(dir, ".git"))) return dir;
    const parent = dirname3(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function loadPlan(path, cwd) {
  const planPath = resolve5(cwd, path);
  const shown2 = relative4(cwd, planPath) || path;
  let text;
  try {
    text = readFileSync9(planPath, "utf8");
  } catch (error) {
    const code = error.code;
    throw new PlanError(shown2, 0, "", code === "ENOENT" ? "no such file" : `cannot read (${code})`);
  }
  const repoRoot = findRepoRoot(dirname3(planPath));
  if (!repoRoot) {
    throw new PlanError(
      shown2,
      0,
      "",
      `the plan file is not inside a git repository: its paths are resolved against the repository that contains it. Put it in the repository it changes (e.g. plans/${basename4(planPath)}; committed or untracked, it never blocks its own run)`
    );
  }
  const plan = parsePlan(text, { file: shown2, repoRoot, defaultId: basename4(planPath, extname(planPath)) });
  return { plan, planPath, repoRoot, text };
}
var init_plan_file = __esm({
  "src/exec/plan-file.ts"() {
    "use strict";
    init_plan_schema();
  }
});

// src/guard/policy-parse.ts
var policy_parse_exports = {};
__export(policy_parse_exports, {
  PolicyError: () => PolicyError,
  parsePolicy: () => parsePolicy
});
function parsePolicy(text, file) {
  const lineCounter = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset) => offset === void 0 ? 1 : lineCounter.linePos(offset).line;
  const lineOf2 = (node2) => lineAt(node2?.range?.[0]);
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new PolicyError(file, lineAt(e.pos?.[0]), "", `not valid YAML: ${e.message.split("\n")[0]}`);
  }
  const policy = structuredClone(DEFAULT_POLICY);
  policy.source = file;
  const root = doc.contents;
  if (root === null || (0, import_yaml2.isScalar)(root) && (root.value === null || root.value === "")) return policy;
  if (!(0, import_yaml2.isMap)(root)) throw new PolicyError(file, lineOf2(root), "", `expected a mapping of settings, got ${describe3(doc.toJS())}`);
  const fail4 = (node2, key, detail) => {
    throw new PolicyError(file, lineOf2(node2), key, detail);
  };
  const scalar = (node2) => (0, import_yaml2.isScalar)(node2) ? node2.value : node2 ? node2.toJSON?.() : null;
  const stringList2 = (node2, key, pattern, what) => {
    if (!(0, import_yaml2.isSeq)(node2)) return fail4(node2, key, `expected a list of strings, got ${describe3(scalar(node2))}`);
    return node2.items.map((item, i) => {
      const v = scalar(item);
      if (typeof v !== "string" || v.trim() === "") fail4(item ?? node2, `${key}[${i}]`, `expected a non-empty string, got ${describe3(v)}`);
      if (pattern && !pattern.test(v)) fail4(item, `${key}[${i}]`, `expected ${what}, got ${JSON.stringify(v)}`);
      return v;
    });
  };
  const positiveInteger = (node2, key, max) => {
    const v = scalar(node2);
    if (typeof v !== "number" || !Number.isInteger(v) || v < 1 || v > max)
      fail4(node2, key, `expected a whole number from 1 to ${max}, got ${describe3(v)}`);
    return v;
  };
  const oneOf = (node2, key, options) => {
    const v = scalar(node2);
    if (typeof v !== "string" || !options.includes(v))
      fail4(node2, key, `expected ${options.map((o) => `"${o}"`).join(" or ")}, got ${describe3(v)}`);
    return v;
  };
  const keyName2 = (pair, parent) => {
    const k = scalar(pair.key);
    if (typeof k !== "string") fail4(pair.key, parent, `expected a key name, got ${describe3(k)}`);
    return k;
  };
  for (const pair of root.items) {
    const key = keyName2(pair, "");
    const value = pair.value;
    switch (key) {
      case "mode":
        policy.mode = oneOf(value, key, ["default", "strict"]);
        break;
      case "productionNames":
        policy.productionNames = [
          .../* @__PURE__ */ new Set([
            ...DEFAULT_POLICY.productionNames,
            ...stringList2(value, key, /^[A-Za-z0-9]+$/, "a single segment of letters and digits").map((s) => s.toLowerCase())
          ])
        ];
        break;
      case "localContexts":
        policy.localContexts = stringList2(value, key);
        break;
      case "protectedBranches":
        policy.protectedBranches = [.../* @__PURE__ */ new Set([...DEFAULT_POLICY.protectedBranches, ...stringList2(value, key)])];
        break;
      case "commit": {
        if (!(0, import_yaml2.isMap)(value))
          fail4(value ?? pair.key, key, `expected a mapping with ${COMMIT_KEYS.join(", ")}, got ${describe3(scalar(value))}`);
        for (const inner of value.items) {
          const name = keyName2(inner, key);
          const v = inner.value;
          const path = `commit.${name}`;
          if (name === "headerMaxLength") policy.commit.headerMaxLength = positiveInteger(v, path, 1e3);
          else if (name === "extraTypes") policy.commit.extraTypes = stringList2(v, path, /^[a-z][a-z0-9-]*$/, "a lower-case type name");
          else if (name === "forbiddenTrailers") policy.commit.forbiddenTrailers = stringList2(v, path);
          else fail4(inner.key, path, `unknown key (expected one of ${COMMIT_KEYS.join(", ")})`);
        }
        break;
      }
      case "aliases": {
        if (!(0, import_yaml2.isMap)(value)) fail4(value ?? pair.key, key, `expected a mapping of alias -> program, got ${describe3(scalar(value))}`);
        for (const inner of value.items) {
          const name = keyName2(inner, key);
          const v = scalar(inner.value);
          if (!/^[A-Za-z0-9_.+-]+$/.test(name)) fail4(inner.key, `aliases.${name}`, "expected an alias name of letters, digits, _ . + -");
          if (typeof v !== "string" || !/^[A-Za-z0-9_.+-]+$/.test(v))
            fail4(inner.value ?? inner.key, `aliases.${name}`, `expected a program name, got ${describe3(v)}`);
          policy.aliases[name] = v;
        }
        break;
      }
      case "approvalMinutes":
        policy.approvalMinutes = positiveInteger(value, key, 24 * 60);
        break;
      case "readKubeContext": {
        const v = scalar(value);
        if (typeof v !== "boolean") fail4(value ?? pair.key, key, `expected true or false, got ${describe3(v)}`);
        policy.readKubeContext = v;
        break;
      }
      case "hookAllow":
        policy.hookAllow = oneOf(value, key, ["silent", "explicit"]);
        break;
      default:
        fail4(pair.key, key, `unknown key (expected one of ${TOP_KEYS.join(", ")})`);
    }
  }
  return policy;
}
var import_yaml2, PolicyError, TOP_KEYS, COMMIT_KEYS, describe3;
var init_policy_parse = __esm({
  "src/guard/policy-parse.ts"() {
    "use strict";
    import_yaml2 = __toESM(require_dist(), 1);
    init_policy();
    PolicyError = class extends Error {
      constructor(file, line, key, detail) {
        super(`${file}:${line}: ${key ? `${key}: ` : ""}${detail}`);
        this.file = file;
        this.line = line;
        this.key = key;
        this.name = "PolicyError";
      }
      file;
      line;
      key;
    };
    TOP_KEYS = [
      "mode",
      "productionNames",
      "localContexts",
      "protectedBranches",
      "commit",
      "aliases",
      "approvalMinutes",
      "readKubeContext",
      "hookAllow"
    ];
    COMMIT_KEYS = ["headerMaxLength", "extraTypes", "forbiddenTrailers"];
    describe3 = (v) => v === null || v === void 0 ? "nothing" : typeof v === "string" ? JSON.stringify(v) : Array.isArray(v) ? "a list" : typeof v === "object" ? "a mapping" : String(v);
  }
});

// src/state/policy-file.ts
import { existsSync as existsSync9, readFileSync as readFileSync10, statSync as statSync3 } from "node:fs";
import { dirname as dirname4, join as join14, resolve as resolve6 } from "node:path";
function findPolicyFile(cwd) {
  let dir = resolve6(cwd);
  for (let i = 0; i < 256; i++) {
    const candidate = join14(dir, POLICY_FILE2);
    if (existsSync9(candidate)) return candidate;
    if (existsSync9(join14(dir, ".git"))) return void 0;
    const parent = dirname4(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
  return void 0;
}
function isDirectory(path) {
  try {
    return statSync3(path).isDirectory();
  } catch {
    return false;
  }
}
async function loadPolicy(cwdOrFile) {
  const file = isDirectory(cwdOrFile) ? findPolicyFile(cwdOrFile) : cwdOrFile;
  if (!file) return structuredClone(DEFAULT_POLICY);
  let text;
  try {
    text = readFileSync10(file, "utf8");
  } catch (error) {
    const code = error.code;
    throw new Error(`${file}: cannot read the policy file (${code ?? error.message})`);
  }
  const { parsePolicy: parsePolicy2 } = await Promise.resolve().then(() => (init_policy_parse(), policy_parse_exports));
  return parsePolicy2(text, file);
}
var POLICY_FILE2;
var init_policy_file = __esm({
  "src/state/policy-file.ts"() {
    "use strict";
    init_policy();
    POLICY_FILE2 = ".execguard.yaml";
  }
});

// src/exec/session.ts
import { writeFileSync as writeFileSync8 } from "node:fs";
import { hostname as hostname3 } from "node:os";
import { join as join15 } from "node:path";
var Session;
var init_session = __esm({
  "src/exec/session.ts"() {
    "use strict";
    init_policy_file();
    init_guard_gate();
    init_journal();
    init_lock();
    init_progress();
    init_reap();
    init_run_errors();
    init_run_store();
    init_steps();
    Session = class {
      /** `resumed`: the meta of an interrupted run this session continues (same id, folder and journal). */
      constructor(kind, loaded, options, extraMeta = {}, resumed) {
        this.kind = kind;
        this.loaded = loaded;
        this.options = options;
        this.runId = resumed?.runId ?? newRunId(kind);
        this.runDir = createRunDir(this.runId, options.home);
        this.journal = new Journal(join15(this.runDir, "journal.jsonl"));
        this.signal = options.signal ?? new AbortController().signal;
        this.progress = options.progress ?? silentProgress;
        const { plan, planPath, repoRoot } = loaded;
        const owner = { pid: process.pid, host: hostname3() };
        if (resumed) {
          const { finishedAt: _f, errorClass: _e, reached: _r, interrupted: _i, ...rest } = resumed;
          this.meta = { ...rest, ...owner, status: "RUNNING", resumes: (resumed.resumes ?? 0) + 1 };
          writeMeta(this.runDir, this.meta);
          this.journal.append({ type: "resume", pid: process.pid, from: resumed.reached ?? resumed.status });
          return;
        }
        this.meta = {
          runId: this.runId,
          kind,
          planId: plan.id,
          planPath,
          repoRoot,
          operation: plan.operation,
          startedAt: (/* @__PURE__ */ new Date()).toISOString(),
          status: "RUNNING",
          ...owner,
          ...extraMeta
        };
        writeMeta(this.runDir, this.meta);
        this.journal.append({ type: "run-start", runId: this.runId, kind, planId: plan.id, planPath, pid: process.pid });
      }
      kind;
      loaded;
      options;
      runId;
      runDir;
      journal;
      meta;
      phases = [];
      started = performance.now();
      signal;
      progress;
      steps;
      ctx;
      lock;
      /** The project's policy, read once by open(): the guard and the approval check share it. */
      policy;
      /**
       * Ends what crashed runs left behind, takes the workspace lock (throws LockHeldError) and loads
       * the guard with the run's approval (null for plan runs).
       */
      async open(approval = this.options.approval ?? null) {
        const { plan, repoRoot } = this.loaded;
        const workdir = join15(repoRoot, plan.workdir);
        if (this.options.home) await reapDeadRuns(this.options.home);
        this.lock = stateWrite(
          join15(this.options.home ?? "", "locks"),
          () => acquireLock(workspaceKey(repoRoot, plan.workdir), this.runId, { home: this.options.home })
        );
        this.updateMeta({ lockPath: this.lock.path });
        if (this.lock.recovered) {
          const r = this.lock.recovered;
          this.journal.append({ type: "note", message: `recovered a stale lock of run ${r.owner.runId}: ${r.reason}`, data: r });
        }
        this.policy = await loadPolicy(repoRoot);
        const gate = await loadGate(approval, this.policy, { cwd: workdir, env: this.options.env });
        this.steps = new StepRunner({
          journal: this.journal,
          runDir: this.runDir,
          env: this.options.env,
          cwd: workdir,
          signal: this.signal,
          gate,
          runId: this.runId,
          progress: (l) => this.progress.line(l)
        });
        this.ctx = {
          plan,
          repoRoot,
          workdir,
          runDir: this.runDir,
          env: this.options.env,
          signal: this.signal,
          exec: this.steps.exec,
          progress: (l) => this.progress.line(l),
          approval: approval ?? void 0
        };
      }
      updateMeta(patch) {
        Object.assign(this.meta, patch);
        writeMeta(this.runDir, this.meta);
      }
      /** For the failure path: records what it can, never throws. */
      updateMetaSafe(patch) {
        try {
          this.updateMeta(patch);
        } catch {
        }
      }
      async phase(name, body) {
        this.progress.phase(name);
        this.journal.append({ type: "phase", phase: name, status: "start" });
        const entry = { name, status: "ok", detail: [] };
        this.phases.push(entry);
        try {
          const { value, detail } = await body();
          entry.detail.push(...detail);
          this.journal.append({ type: "phase", phase: name, status: "ok" });
          return value;
        } catch (error) {
          entry.status = "failed";
          entry.detail.push(error instanceof Error ? error.message : String(error));
          this.journal.tryAppend({
            type: "phase",
            phase: name,
            status: "failed",
            detail: error instanceof Error ? error.message : String(error)
          });
          throw error;
        }
      }
      skip(name, why) {
        this.phases.push({ name, status: "skipped", detail: [why] });
        this.journal.tryAppend({ type: "phase", phase: name, status: "skipped", detail: why });
      }
      elapsed = () => Math.round(performance.now() - this.started);
      /**
       * Writes report.md, closes the journal and meta, releases the lock. Best effort throughout: the
       * caller prints the report whatever the disk says, and the lock is always released.
       */
      close(status, markdown, errorClass, interrupted2) {
        this.progress.done();
        const attempt = (write) => {
          try {
            write();
            return true;
          } catch {
            return false;
          }
        };
        attempt(() => writeFileAtomic(join15(this.runDir, "report.md"), markdown, { durable: true }));
        this.journal.tryAppend({ type: "run-end", status, durationMs: this.elapsed(), ...errorClass ? { errorClass } : {} });
        Object.assign(this.meta, {
          status,
          finishedAt: (/* @__PURE__ */ new Date()).toISOString(),
          ...errorClass ? { errorClass } : {},
          ...interrupted2 ? { interrupted: true } : {}
        });
        if (!attempt(() => writeMeta(this.runDir, this.meta))) {
          attempt(() => writeFileSync8(join15(this.runDir, "meta.json"), `${JSON.stringify(this.meta, null, 2)}
`));
        }
        this.lock?.release();
      }
    };
  }
});

// src/exec/verify-steps.ts
async function runVerifyStep(ctx, steps, step, index) {
  const name = `verify #${index + 1}`;
  const env2 = steps.childEnv(ctx.stepEnv);
  const result = await steps.run(
    name,
    step.run,
    (signal, seq) => steps.spawn(seq, name, signal, "/bin/sh", ["-c", step.run], { cwd: ctx.workdir, env: env2, timeoutMs: 5 * 6e4 })
  );
  const wantExit = step.expect?.exitCode ?? 0;
  if (result.exitCode !== wantExit) {
    const { errorClass, why } = classify(result);
    const tail = `${result.stderr}
${result.stdout}`.trim().split("\n").slice(-2).join(" ");
    throw new StepError(`${name} \`${step.run}\` exited ${result.exitCode}, expected ${wantExit} (${why}): ${tail}`, result, errorClass);
  }
  if (step.expect?.stdoutMatches !== void 0 && !new RegExp(step.expect.stdoutMatches).test(result.stdout)) {
    throw new StepError(`${name} \`${step.run}\`: stdout does not match /${step.expect.stdoutMatches}/`, result, "Validation");
  }
  return `${name} \`${step.run}\` passed (exit ${result.exitCode}${step.expect?.stdoutMatches ? `, stdout matches /${step.expect.stdoutMatches}/` : ""})`;
}
var init_verify_steps = __esm({
  "src/exec/verify-steps.ts"() {
    "use strict";
    init_errors2();
    init_types();
  }
});

// src/exec/execute.ts
var execute_exports = {};
__export(execute_exports, {
  executePlan: () => executePlan,
  runExecute: () => runExecute
});
import { copyFileSync, mkdirSync as mkdirSync5 } from "node:fs";
import { basename as basename5, join as join16, relative as relative5 } from "node:path";
async function executePlan(options) {
  options = { ...options, home: options.home ?? stateHome(options.env) };
  return runExecute(loadPlan(options.planArg, options.cwd), options);
}
async function runExecute(loaded, options, resumed) {
  let session;
  try {
    session = new Session("execute", loaded, options, {}, resumed);
  } catch (error) {
    return failedBeforeStart(loaded, error, options.home);
  }
  return new ExecuteRun(session, options, resumed).run();
}
function describeDrift(before, now) {
  const fmt = (s) => `create [${s.create.join(", ")}], update [${s.update.join(", ")}], destroy [${s.destroy.join(", ")}]`;
  return `approved ${fmt(before)}; now ${fmt(now)}`;
}
var ExecuteRun;
var init_execute = __esm({
  "src/exec/execute.ts"() {
    "use strict";
    init_home();
    init_approval_check();
    init_approval_source();
    init_digest();
    init_git();
    init_lock();
    init_operations();
    init_outcome();
    init_pause();
    init_preflight_probes();
    init_plan_file();
    init_retry();
    init_run_errors();
    init_run_store();
    init_session();
    init_verify_steps();
    ExecuteRun = class {
      constructor(session, options, resumed) {
        this.session = session;
        this.options = options;
        this.resumed = resumed;
        this.again = `run execguard plan ${options.planArg} again and get the new plan approved`;
      }
      session;
      options;
      resumed;
      attempted = [];
      again;
      stage = "before";
      pushed;
      applied = [];
      git;
      op;
      get plan() {
        return this.session.loaded.plan;
      }
      retry(label, fn) {
        return withRetry(label, fn, {
          journal: this.session.journal,
          signal: this.session.signal,
          delayMs: this.options.retryDelayMs ?? 750,
          attempted: this.attempted
        });
      }
      async run() {
        const { session } = this;
        try {
          const approved = await session.phase("Pre-flight", () => this.preflight());
          this.stage = "persisting";
          await this.persist();
          this.stage = "persisted";
          await this.apply(approved);
          await session.phase("Verify", () => this.verify());
          return complete(
            session,
            this.resumed ? `Task complete - run ${session.runId} resumed and finished` : "Task complete - execution successful",
            this.pushed
          );
        } catch (error) {
          if (error instanceof PartialApplyError) this.applied = error.applied;
          if (this.stage === "applying" || this.stage === "applied") session.updateMetaSafe({ applied: this.applied });
          return blocked(session, error, this.failureContext(error), this.pushed);
        }
      }
      /** Approval from its one source, then the git probes, the commit check and the dry run side by side. */
      async preflight() {
        const { session, options, plan } = this;
        const approval = resolveApproval({
          env: options.env,
          home: options.home,
          flag: options.approvalText,
          caller: options.callerApproval,
          what: `the plan ${plan.id} (execguard plan ${options.planArg})`
        });
        session.journal.append({ type: "approval", ...approvalRecord(approval) });
        await session.open(approval.scope);
        await pausePoint("started", options.env);
        const op = this.op = await loadOperation(plan.operation);
        if (!op) throw new RunError(`no executor for operation '${plan.operation}' in this build`, "Validation");
        session.ctx.stepEnv = op.stepEnv?.(session.ctx);
        const g = plan.git;
        const git = this.git = new GitSide(session.loaded.repoRoot, session.steps);
        const planFile = relative5(session.loaded.repoRoot, session.loaded.planPath);
        const {
          dry: fresh,
          gitDetail,
          commitDetail
        } = await preflightProbes({
          op,
          ctx: session.ctx,
          plan,
          git,
          planFile,
          attempt: (label, probe) => this.retry(label, probe),
          alongside: g ? [() => git.ensureIdentity()] : []
        });
        const detail = [...gitDetail];
        if (commitDetail) detail.push(commitDetail);
        const { approved, digest, lines } = this.approvedPlan(fresh);
        detail.push(...lines);
        detail.push(
          ...checkCoverage({
            plan,
            approval,
            destroys: approved.destroy,
            digest,
            what: `the plan ${plan.id} (${digest.slice(0, 19)}\u2026)`,
            policy: session.policy
          })
        );
        session.updateMeta({ digest, approved, ...git.base && !session.meta.baseCommit ? { baseCommit: git.base } : {} });
        detail.push(`changes: ${approved.create.length} to create, ${approved.update.length} to update, ${approved.destroy.length} to destroy`);
        return { value: approved, detail };
      }
      /** The summary the approval covers: a resumed run's, the latest `execguard plan`'s, or the fresh one. */
      approvedPlan(fresh) {
        const { session, plan, resumed } = this;
        const digest = planDigest(plan, fresh);
        if (resumed?.approved && resumed.digest) {
          if (resumed.applyStarted)
            return {
              approved: resumed.approved,
              digest: resumed.digest,
              lines: [`resumed after apply began: applying what remains of the approved plan ${resumed.digest.slice(0, 19)}\u2026`]
            };
          if (resumed.digest !== digest)
            throw new DriftError(
              `plan drift: the plan approved for run ${resumed.runId} (${resumed.digest.slice(0, 19)}) no longer matches what would change now (${digest.slice(0, 19)}): ${describeDrift(resumed.approved, fresh)}`,
              this.again
            );
          return {
            approved: resumed.approved,
            digest,
            lines: [`resumed: the approved plan still matches (${digest.slice(0, 19)}\u2026); applying its saved plan`]
          };
        }
        const prior = latestPlanRun(plan.id, session.loaded.planPath, this.options.home);
        if (!prior?.digest || !prior.summary)
          return { approved: fresh, digest, lines: [`no prior execguard plan for '${plan.id}': planned now (${digest.slice(0, 19)}\u2026)`] };
        if (prior.digest !== digest) {
          throw new DriftError(
            `plan drift: the plan approved in run ${prior.runId} (${prior.digest.slice(0, 19)}) no longer matches what would change now (${digest.slice(0, 19)}): ${describeDrift(prior.summary, fresh)}`,
            this.again
          );
        }
        mkdirSync5(join16(session.runDir, "approved"), { recursive: true });
        const artifacts = prior.summary.artifacts.map((a) => {
          copyFileSync(join16(session.runDir, "..", prior.runId, a), join16(session.runDir, "approved", basename5(a)));
          return `approved/${basename5(a)}`;
        });
        session.updateMeta({ planRunId: prior.runId });
        return {
          approved: { ...prior.summary, artifacts },
          digest,
          lines: [`plan unchanged since run ${prior.runId} (${digest.slice(0, 19)}\u2026); applying its saved plan`]
        };
      }
      async persist() {
        const { session, plan, resumed } = this;
        const g = plan.git;
        if (!g) {
          session.skip("Persist", "the plan has no git section");
          return;
        }
        const git = this.git;
        if (resumed?.commit && resumed.commit !== resumed.baseCommit && await git.remoteHead(g) === resumed.commit) {
          session.skip("Persist", `already done: commit ${resumed.commit.slice(0, 12)} is on ${g.remote}/${g.branch}`);
          this.pushed = session.ctx.pushedCommit = resumed.commit;
          return;
        }
        const persisted = await session.phase("Persist", async () => {
          const p = await this.retry("persist", () => git.persist(g, () => pausePoint("committed", this.options.env)));
          return { value: p, detail: p.detail };
        });
        this.pushed = session.ctx.pushedCommit = persisted.commit;
        session.updateMeta({ commit: persisted.commit, baseCommit: session.meta.baseCommit ?? persisted.base });
        await pausePoint("pushed", this.options.env);
      }
      async apply(approved) {
        const { session, resumed, plan } = this;
        if (resumed?.applyDone) {
          this.applied = resumed.applied ?? [];
          this.stage = "applied";
          session.skip("Apply", `already done: ${this.applied.join(", ") || "nothing to change"} (verify checks it still holds)`);
          return;
        }
        this.applied = await session.phase("Apply", async () => {
          this.stage = "applying";
          session.updateMeta({ applyStarted: true });
          const value = await this.retry(`${plan.operation} apply`, (n) => this.op.apply({ ...session.ctx, attempt: n }, approved));
          this.stage = "applied";
          session.updateMeta({ applied: value, applyDone: true });
          return { value, detail: value.length ? value : ["nothing to change"] };
        });
        await pausePoint("applied", this.options.env);
      }
      /** Health checks and the plan's own verify steps only read: run them side by side. */
      async verify() {
        const { session, plan } = this;
        const results = await Promise.allSettled([
          this.retry(`${plan.operation} verify`, () => this.op.verify(session.ctx)),
          ...plan.verify.map(
            (step, i) => this.retry(`verify #${i + 1}`, () => runVerifyStep(session.ctx, session.steps, step, i)).then((line) => [line])
          )
        ]);
        for (const r of results) if (r.status === "rejected") throw r.reason;
        return { value: void 0, detail: results.flatMap((r) => r.value) };
      }
      /** What was done when the run stopped, and what to do next: decided by the error's type and the stage. */
      failureContext(error) {
        const { attempted, again, session, git, plan, options } = this;
        const g = plan.git;
        if (error instanceof LockHeldError) {
          return {
            attempted,
            rollbackStatus: "nothing changed: the run stopped before touching anything",
            pendingSteps: [
              `Wait for run ${error.owner.runId} to finish (or confirm it is gone), then run execguard execute ${options.planArg} again`
            ]
          };
        }
        const kept = git?.localCommit ? `nothing applied; the local commit ${git.localCommit.slice(0, 12)} is kept (not pushed)` : "nothing changed";
        if (error instanceof RemoteMovedError && g) {
          const fix = `Rebase onto ${g.remote}/${g.branch}, then ${again}`;
          return {
            attempted,
            rollbackStatus: kept,
            pendingSteps: [
              `Rebase onto ${g.remote}/${g.branch} (git pull --rebase ${g.remote} ${g.branch}); never force push`,
              `Then ${again}`
            ],
            recommendedFix: fix
          };
        }
        const typed = error instanceof RunError ? { pendingSteps: error.pending, ...error.advice ? { recommendedFix: error.advice } : {} } : { pendingSteps: [] };
        if (this.stage === "before") return { attempted, rollbackStatus: "nothing changed: the run stopped in pre-flight", ...typed };
        if (this.stage === "persisting") return { attempted, rollbackStatus: kept, ...typed };
        const commitNote = this.pushed ? `commit ${this.pushed.slice(0, 12)} is pushed` : "nothing was committed";
        if (this.stage === "persisted") return { attempted, rollbackStatus: `${commitNote}; nothing applied`, ...typed };
        const what = this.applied.length ? `applied before the failure: ${this.applied.join(", ")}` : "nothing was applied";
        return {
          attempted,
          rollbackStatus: `not rolled back automatically: ${commitNote}; ${what}. Run execguard rollback ${session.runId}`,
          pendingSteps: typed.pendingSteps.length ? typed.pendingSteps : [
            `Fix the failure and run execguard resume ${session.runId}, or roll back with execguard rollback ${session.runId} once the user approves`
          ],
          ...typed.recommendedFix ? { recommendedFix: typed.recommendedFix } : {}
        };
      }
    };
  }
});

// src/exec/plan-run.ts
var plan_run_exports = {};
__export(plan_run_exports, {
  planOnly: () => planOnly,
  rollbackPathOf: () => rollbackPathOf
});
import { relative as relative6 } from "node:path";
function riskOf(plan, s) {
  const prod = /(^|[^a-z])(prod|production|prd)([^a-z]|$)/i.test(`${plan.workdir} ${JSON.stringify(plan[plan.operation] ?? {})}`);
  if (s.destroy.length || prod) return "high";
  if (s.update.length) return "medium";
  return "low";
}
function rollbackPathOf(plan, s) {
  const lines = plan.git ? [`git revert of the plan's commit, pushed to ${plan.git.remote}/${plan.git.branch} (never a force push)`] : [];
  if (plan.operation === "terraform" || plan.operation === "terragrunt") {
    const replaced = new Set(s.create.filter((a) => s.destroy.includes(a)));
    const created = s.create.filter((a) => !replaced.has(a));
    const parts = [
      ...created.length ? [`destroy ${created.join(", ")}`] : [],
      ...replaced.size ? [`replace (destroy and create again) ${[...replaced].join(", ")}`] : []
    ];
    lines.push(
      parts.length ? `execguard rollback re-applies the previous configuration; it would ${parts.join(" and ")}: that needs a destroy approval, checked before anything is reverted` : "execguard rollback re-applies the previous configuration; it destroys nothing"
    );
  } else lines.push(`the ${plan.operation} executor's rollback (execguard rollback RUN_ID)`);
  return lines;
}
function renderSummary(r, plan) {
  const list = (items) => items.length ? items.map((i) => `  - ${i}`) : ["  - (none)"];
  if (r.status !== "COMPLETE" || !r.summary) {
    return [
      `## Plan ${plan.id}: pre-flight failed \u274C`,
      "",
      `- **Run:** ${r.runId}`,
      `- **Error type:** ${r.error?.errorType}`,
      `- **Error:** ${r.error?.message}`,
      "",
      "```text",
      r.error?.exactError ?? "",
      "```",
      ""
    ].join("\n");
  }
  const s = r.summary;
  return [
    `## Plan ${plan.id} (${plan.operation}) \u2014 approval summary`,
    "",
    `- **Run:** ${r.runId}`,
    `- **Workdir:** ${plan.workdir}`,
    "- **Create:**",
    ...list(s.create),
    "- **Change:**",
    ...list(s.update),
    "- **Destroy:**",
    ...list(s.destroy),
    ...s.notes.length ? ["- **Notes:**", ...list(s.notes)] : [],
    "- **Files to commit:**",
    ...list(plan.git?.files ?? []),
    `- **Commit message:** ${plan.git ? plan.git.message : "(no git section: nothing is committed)"}`,
    `- **Risk:** ${r.risk}${s.destroy.length ? " (destroys resources: the approval must explicitly approve destroying)" : ""}`,
    "- **Rollback path:**",
    ...list(r.rollbackPath ?? []),
    "- **Pre-flight:**",
    ...list(r.preflight),
    `- **Plan digest:** ${r.digest}`,
    "",
    `To execute: after the user approves this plan, execguard execute <plan> (inside an agent session the approval comes from the session; outside one, add --approval "<the user's approval>")`,
    ""
  ].join("\n");
}
async function planOnly(options) {
  options = { ...options, home: options.home ?? stateHome(options.env) };
  const loaded = loadPlan(options.planArg, options.cwd);
  const { plan } = loaded;
  const preflight = [];
  let session;
  try {
    session = new Session("plan", loaded, options);
  } catch (error) {
    const errorType = errorClassOf(error);
    const message2 = `cannot create the run folder in ${options.home}: ${error instanceof Error ? error.message : String(error)}`;
    const result2 = {
      runId: "not-started",
      runDir: "",
      status: "BLOCKED",
      planId: plan.id,
      preflight,
      error: { errorType, message: message2, exactError: message2 },
      text: ""
    };
    result2.text = renderSummary(result2, plan);
    return result2;
  }
  let result;
  try {
    await session.open();
    const op = await loadOperation(plan.operation);
    if (!op) throw new StepError(`no executor for operation '${plan.operation}' in this build`, void 0, "Validation");
    const summary = await session.phase("Pre-flight", async () => {
      const git = plan.git ? new GitSide(loaded.repoRoot, session.steps) : void 0;
      const planFile = relative6(loaded.repoRoot, loaded.planPath);
      const { dry, gitDetail, commitDetail } = await preflightProbes({ op, ctx: session.ctx, plan, ...git ? { git } : {}, planFile });
      preflight.push(...gitDetail);
      if (commitDetail) preflight.push(commitDetail);
      preflight.push(`${plan.operation} pre-flight passed`, "dry run passed");
      return { value: dry, detail: preflight };
    });
    const digest = planDigest(plan, summary);
    session.updateMeta({ digest, summary });
    result = {
      runId: session.runId,
      runDir: session.runDir,
      status: "COMPLETE",
      planId: plan.id,
      digest,
      summary,
      risk: riskOf(plan, summary),
      rollbackPath: rollbackPathOf(plan, summary),
      preflight,
      text: ""
    };
  } catch (error) {
    const errorType = errorClassOf(error);
    result = {
      runId: session.runId,
      runDir: session.runDir,
      status: "BLOCKED",
      planId: plan.id,
      preflight,
      error: { errorType, message: error instanceof Error ? error.message : String(error), exactError: exactErrorOf(error) },
      text: ""
    };
  }
  result.text = renderSummary(result, plan);
  session.close(result.status, result.text, result.error?.errorType);
  return result;
}
var init_plan_run = __esm({
  "src/exec/plan-run.ts"() {
    "use strict";
    init_home();
    init_digest();
    init_git();
    init_operations();
    init_outcome();
    init_plan_file();
    init_preflight_probes();
    init_retry();
    init_session();
    init_types();
  }
});

// src/exec/resume.ts
var resume_exports = {};
__export(resume_exports, {
  resumeRun: () => resumeRun
});
import { join as join17 } from "node:path";
async function resumeRun(options) {
  const home = options.home ?? stateHome(options.env);
  await reapDeadRuns(home);
  const meta2 = readMeta(join17(runsRoot(home), options.runId));
  if (!meta2) throw new UsageError(`no run ${options.runId} (see execguard runs)`);
  if (meta2.kind !== "execute") throw new UsageError(`run ${options.runId} is a ${meta2.kind} run; only execute runs can be resumed`);
  if (meta2.status === "RUNNING")
    return { noop: true, message: `run ${meta2.runId} is still running (pid ${meta2.pid ?? "?"}): nothing to resume
` };
  if (meta2.status === "COMPLETE")
    return {
      noop: true,
      message: `run ${meta2.runId} already finished COMPLETE${meta2.resumes ? ` (after ${meta2.resumes} resume(s))` : ""}: nothing to resume
`
    };
  if (!meta2.interrupted) {
    return {
      noop: true,
      message: `run ${meta2.runId} finished BLOCKED (${meta2.errorClass ?? "failed"}), it was not interrupted: nothing to resume. Fix the cause, then run execguard plan and execute again
`
    };
  }
  const loaded = loadPlan(meta2.planPath, options.cwd);
  return runExecute(loaded, { ...options, home, planArg: meta2.planPath }, meta2);
}
var init_resume = __esm({
  "src/exec/resume.ts"() {
    "use strict";
    init_io();
    init_home();
    init_execute();
    init_plan_file();
    init_reap();
    init_run_store();
  }
});

// src/exec/rollback.ts
var rollback_exports = {};
__export(rollback_exports, {
  rollbackRun: () => rollbackRun
});
import { join as join18 } from "node:path";
async function rollbackRun(options) {
  options = { ...options, home: options.home ?? stateHome(options.env) };
  const target2 = readMeta(join18(runsRoot(options.home), options.runId));
  if (!target2) throw new UsageError(`no run ${options.runId} (see execguard runs)`);
  if (target2.kind !== "execute") throw new UsageError(`run ${options.runId} is a ${target2.kind} run; only execute runs can be rolled back`);
  const loaded = loadPlan(target2.planPath, options.cwd);
  let session;
  try {
    session = new Session("rollback", loaded, options, { rollbackOf: target2.runId });
  } catch (error) {
    return failedBeforeStart(loaded, error, options.home);
  }
  const g = loaded.plan.git;
  let pushed = false;
  let localRevert;
  try {
    await session.phase("Rollback", async () => {
      const approval = resolveApproval({
        env: options.env,
        home: options.home,
        flag: options.approvalText,
        caller: options.callerApproval,
        what: `rolling back run ${target2.runId}`
      });
      session.journal.append({ type: "approval", ...approvalRecord(approval) });
      await session.open(approval.scope);
      session.ctx.targetRunDir = join18(runsRoot(options.home), target2.runId);
      const op = await loadOperation(loaded.plan.operation);
      if (!op) throw new RunError(`no executor for operation '${loaded.plan.operation}' in this build`, "Validation");
      session.ctx.stepEnv = op.stepEnv?.(session.ctx);
      const detail = [
        `rolling back run ${target2.runId} (${target2.status}); applied by it: ${target2.applied?.length ? target2.applied.join(", ") : "nothing recorded"}`
      ];
      const madeCommit = Boolean(target2.commit && target2.commit !== target2.baseCommit);
      if (!madeCommit && !target2.applyStarted) {
        detail.push(`run ${target2.runId} committed nothing and applied nothing: there is nothing to roll back`);
        return { value: void 0, detail };
      }
      const policy = await loadPolicy(loaded.repoRoot);
      checkCoverage({ plan: loaded.plan, approval, destroys: [], what: `rolling back run ${target2.runId}`, policy });
      const git = new GitSide(loaded.repoRoot, session.steps);
      if (g) detail.push(...await git.preflight({ ...g, files: [] }));
      const earlier = listRuns(options.home).find((m) => m.kind === "rollback" && m.rollbackOf === target2.runId && m.revertCommit);
      let revert;
      if (g && madeCommit && earlier?.revertCommit) {
        detail.push(
          `commit ${target2.commit.slice(0, 12)} was already reverted by ${earlier.revertCommit.slice(0, 12)} (run ${earlier.runId})`
        );
        session.updateMeta({ revertCommit: earlier.revertCommit });
      } else if (g && madeCommit) {
        const base2 = await git.head();
        revert = await git.revert(target2.commit, await git.subject(target2.commit));
        localRevert = { git, base: base2 };
        detail.push(`reverted ${target2.commit.slice(0, 12)} locally with ${revert.slice(0, 12)} (not pushed yet)`);
      } else detail.push(g ? `run ${target2.runId} committed nothing: no git revert needed` : "the plan has no git section");
      const undo = await planUndo(session, op, target2);
      detail.push(...undo.describe);
      if (undo.destroys.length && !approval.scope.destroy) {
        throw new ApprovalError(
          `${undo.describe.join("; ")}: the rollback would destroy ${undo.destroys.join(", ")}, and the approval does not approve destroying`,
          `destroying ${undo.destroys.join(", ")} to roll back run ${target2.runId} (an approval that explicitly says destroy)`
        );
      }
      if (revert && g) {
        detail.push(...await git.push(g, revert));
        pushed = true;
        localRevert = void 0;
        session.updateMeta({ revertCommit: revert });
      }
      detail.push(...await undo.apply());
      return { value: void 0, detail };
    });
    return complete(session, `Rollback of run ${target2.runId} complete`, session.meta.revertCommit);
  } catch (error) {
    const dropped = localRevert ? await localRevert.git.resetTo(localRevert.base).then(
      () => true,
      () => false
    ) : false;
    const reverted = session.meta.revertCommit;
    const status = pushed ? `git: reverted and pushed (${reverted?.slice(0, 12)}); ${loaded.plan.operation}: not finished` : `nothing changed by this rollback run: nothing pushed, nothing applied${dropped ? " (the local revert was dropped)" : ""}`;
    return blocked(
      session,
      error,
      {
        attempted: [],
        rollbackStatus: status,
        pendingSteps: error instanceof RunError ? error.pending : [],
        ...error instanceof RunError && error.advice ? { recommendedFix: error.advice } : {}
      },
      reverted
    );
  }
}
async function planUndo(session, op, target2) {
  if (op.planRollback) return op.planRollback(session.ctx);
  return {
    destroys: [],
    describe: [],
    apply: async () => {
      const undone = await op.rollback(session.ctx);
      if (undone.pending.length)
        throw new RunError(`rollback of run ${target2.runId} incomplete: ${undone.pending.join("; ")}`, "Permission", {
          pending: undone.pending,
          advice: undone.pending[0]
        });
      return undone.done;
    }
  };
}
var init_rollback = __esm({
  "src/exec/rollback.ts"() {
    "use strict";
    init_io();
    init_home();
    init_policy_file();
    init_approval_check();
    init_approval_source();
    init_git();
    init_operations();
    init_outcome();
    init_plan_file();
    init_run_errors();
    init_run_store();
    init_session();
  }
});

// src/cli/executor-run.ts
init_plan_schema();
init_progress();

// src/exec/signals.ts
async function withSignals(body) {
  const controller = new AbortController();
  const onInt = () => controller.abort("SIGINT");
  const onTerm = () => controller.abort("SIGTERM");
  process.on("SIGINT", onInt);
  process.on("SIGTERM", onTerm);
  try {
    return await body(controller.signal);
  } finally {
    process.off("SIGINT", onInt);
    process.off("SIGTERM", onTerm);
  }
}

// src/cli/executor-run.ts
init_io();
async function runExecutor(io, json, work) {
  const progress = createProgress(io.stderr, io.isTTY && !json);
  try {
    return await withSignals((signal) => work(signal, progress));
  } catch (error) {
    if (error instanceof PlanError) throw new UsageError(error.message);
    throw error;
  } finally {
    progress.done();
  }
}
function printRunResult(io, json, result) {
  if (json)
    io.stdout(
      `${JSON.stringify({ runId: result.runId, status: result.status, runDir: result.runDir, report: result.report, markdown: result.markdown }, null, 2)}
`
    );
  else io.stdout(result.markdown);
  return result.status === "COMPLETE" ? 0 : 2;
}

// src/cli/commands/execute.ts
init_io();
var USAGE = "usage: execguard execute PLAN.yaml [--approval TEXT] [--json]";
async function run2(argv2, io) {
  const { flags, positionals } = parseArgs(argv2, { valued: ["approval"], boolean: ["json"] });
  if (flags.help) {
    io.stdout(
      `${USAGE}

Carries out an approved plan: pre-flight, persist (commit + push), apply, verify.
Prints the report ending in an AGENT_STATUS block. Exit 0 COMPLETE, 2 BLOCKED, 1 usage error.
`
    );
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const { executePlan: executePlan2 } = await Promise.resolve().then(() => (init_execute(), execute_exports));
  const result = await runExecutor(
    io,
    Boolean(flags.json),
    (signal, progress) => executePlan2({
      planArg: positionals[0],
      cwd: io.cwd,
      env: io.env,
      approvalText: typeof flags.approval === "string" ? flags.approval : void 0,
      signal,
      progress
    })
  );
  return printRunResult(io, Boolean(flags.json), result);
}

// src/cli/commands/plan.ts
init_io();
var USAGE2 = "usage: execguard plan PLAN.yaml [--json]";
async function run3(argv2, io) {
  const { flags, positionals } = parseArgs(argv2, { boolean: ["json"] });
  if (flags.help) {
    io.stdout(
      `${USAGE2}

Pre-flight and dry run of a plan; prints what will be created, changed and destroyed,
the files to commit, the risk, the rollback path and the plan digest. Exit 0 ok, 2 blocked.
`
    );
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(USAGE2);
  const { planOnly: planOnly2 } = await Promise.resolve().then(() => (init_plan_run(), plan_run_exports));
  const result = await runExecutor(
    io,
    Boolean(flags.json),
    (signal, progress) => planOnly2({ planArg: positionals[0], cwd: io.cwd, env: io.env, signal, progress })
  );
  if (flags.json) {
    const { text, ...rest } = result;
    io.stdout(`${JSON.stringify({ ...rest, summaryText: text }, null, 2)}
`);
  } else io.stdout(result.text);
  return result.status === "COMPLETE" ? 0 : 2;
}

// src/cli/commands/resume.ts
init_io();
var USAGE3 = "usage: execguard resume RUN_ID [--approval TEXT] [--json]";
async function run4(argv2, io) {
  const { flags, positionals } = parseArgs(argv2, { valued: ["approval"], boolean: ["json"] });
  if (flags.help) {
    io.stdout(
      `${USAGE3}

Continues an INTERRUPTED execute run from its journal: steps recorded done that still hold are
not redone; the approval is checked again as for execute. A finished run is a no-op (exit 0).
`
    );
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(USAGE3);
  const { resumeRun: resumeRun2 } = await Promise.resolve().then(() => (init_resume(), resume_exports));
  const result = await runExecutor(
    io,
    Boolean(flags.json),
    (signal, progress) => resumeRun2({
      runId: positionals[0],
      cwd: io.cwd,
      env: io.env,
      approvalText: typeof flags.approval === "string" ? flags.approval : void 0,
      signal,
      progress
    })
  );
  if (result.noop) {
    if (flags.json) io.stdout(`${JSON.stringify({ runId: positionals[0], status: "NOOP", message: result.message.trim() }, null, 2)}
`);
    else io.stdout(result.message);
    return 0;
  }
  return printRunResult(io, Boolean(flags.json), result);
}

// src/cli/commands/rollback.ts
init_io();
var USAGE4 = "usage: execguard rollback RUN_ID [--approval TEXT] [--json]";
async function run5(argv2, io) {
  const { flags, positionals } = parseArgs(argv2, { valued: ["approval"], boolean: ["json"] });
  if (flags.help) {
    io.stdout(
      `${USAGE4}

Reverts the run's commit (git revert + push, never a force push) and undoes what it applied
where that is safe; destroying needs a destroy approval. Exit 0 done, 2 BLOCKED, 1 usage error.
`
    );
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(USAGE4);
  const { rollbackRun: rollbackRun2 } = await Promise.resolve().then(() => (init_rollback(), rollback_exports));
  const result = await runExecutor(
    io,
    Boolean(flags.json),
    (signal, progress) => rollbackRun2({
      runId: positionals[0],
      cwd: io.cwd,
      env: io.env,
      approvalText: typeof flags.approval === "string" ? flags.approval : void 0,
      signal,
      progress
    })
  );
  return printRunResult(io, Boolean(flags.json), result);
}
export {
  run2 as execute,
  run3 as plan,
  run4 as resume,
  run5 as rollback
};
