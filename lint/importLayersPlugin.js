// @ts-check
// The layering rule of src/ as an oxlint JS plugin (ESLint's rule API): imports point only down
// app > features > ui > sync > drafts > report, a feature never imports another feature, server and
// cli use report only, and the lower layers import no screen, storage or Node-only package.
import path from 'node:path'

/** Below-layers each part of src/ may import, besides itself (a feature: only its own folder). */
const MAY_IMPORT = {
  app: ['features', 'ui', 'sync', 'drafts', 'report'],
  features: ['ui', 'sync', 'drafts', 'report'],
  ui: ['sync', 'drafts', 'report'],
  sync: ['drafts', 'report'],
  drafts: ['report'],
  report: [],
  server: ['report'],
  cli: ['report'],
}

const SCREEN_PACKAGES = /^(react|react-dom|react-router|recharts|dexie-react-hooks|@tanstack\/react-[^/]+)(\/|$)/
const STORAGE_PACKAGES = /^(dexie|dexie-react-hooks)(\/|$)/
const NODE_MODULES = /^node:/

/** Packages a part may not import, with the reason shown to whoever adds one. */
const FORBIDDEN_PACKAGES = {
  report: [
    [SCREEN_PACKAGES, 'the domain renders nothing'],
    [STORAGE_PACKAGES, 'the domain stores nothing'],
    [NODE_MODULES, 'the domain runs in the browser too'],
  ],
  drafts: [
    [SCREEN_PACKAGES, 'storage renders nothing'],
    [NODE_MODULES, 'storage runs in the browser'],
  ],
  sync: [
    [SCREEN_PACKAGES, 'sync renders nothing'],
    [NODE_MODULES, 'sync runs in the browser'],
  ],
  server: [
    [SCREEN_PACKAGES, 'the server uses no browser code'],
    [STORAGE_PACKAGES, 'the server uses no browser storage'],
  ],
  cli: [
    [SCREEN_PACKAGES, 'the command line uses no browser code'],
    [STORAGE_PACKAGES, 'the command line uses no browser storage'],
  ],
}

/**
 * The part of src/ a file belongs to: 'entry' for src/main.tsx (it may import anything),
 * 'features/NAME' for a feature, the layer's folder otherwise; null outside src/.
 * @param {string} relative path from the project root, with '/' separators
 * @returns {string | null}
 */
function partOf(relative) {
  const segments = relative.split('/')
  if (segments[0] !== 'src' || segments.length < 2) return null
  if (segments.length === 2) return 'entry'
  if (segments[1] === 'features' && segments.length > 3) return `features/${segments[2]}`
  return segments[1]
}

/** @param {string} part */
const layerOf = (part) => part.split('/')[0]

/**
 * Why `from` may not import `to`, or null when it may.
 * @param {string} from
 * @param {string} to
 * @returns {string | null}
 */
function refusal(from, to) {
  if (from === to || from === 'entry') return null
  const fromLayer = layerOf(from)
  const toLayer = layerOf(to)
  if (to === 'entry' || toLayer === 'app') return `nothing imports src/${to === 'entry' ? 'main.tsx' : 'app'} but src/main.tsx`
  if (fromLayer === 'features' && toLayer === 'features') {
    return `a feature never imports another feature: move what both need down to src/ui or src/report`
  }
  const allowed = /** @type {Record<string, string[] | undefined>} */ (MAY_IMPORT)[fromLayer]
  if (!allowed) return null
  if (allowed.includes(toLayer)) return null
  if (fromLayer === 'server' || fromLayer === 'cli') return `src/${fromLayer} imports src/report only`
  return 'imports point only down: app > features > ui > sync > drafts > report'
}

const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports between the parts of src/ point only down the layers.' },
    schema: [],
  },
  /** @param {any} context oxlint's rule context (ESLint's API) */
  create(context) {
    const root = context.cwd
    const file = path.relative(root, context.filename).split(path.sep).join('/')
    const from = partOf(file)
    if (from === null) return {}
    const fromLayer = layerOf(from)
    if (from !== 'entry' && !(fromLayer in MAY_IMPORT)) {
      return {
        Program(node) {
          context.report({ node, message: `src/${fromLayer} is in no layer: add it to lint/importLayersPlugin.js` })
        },
      }
    }
    const forbidden = /** @type {Record<string, [RegExp, string][] | undefined>} */ (FORBIDDEN_PACKAGES)[fromLayer] ?? []

    /** @param {any} source the string literal naming the imported module */
    const check = (source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return
      const specifier = source.value
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        const base = specifier.startsWith('/') ? root : path.dirname(context.filename)
        const target = path.relative(root, path.join(base, specifier)).split(path.sep).join('/')
        const to = partOf(target)
        const why = to === null ? null : refusal(from, to)
        if (why) context.report({ node: source, message: `src/${from} may not import ${target}: ${why}` })
        return
      }
      for (const [pattern, reason] of forbidden) {
        if (pattern.test(specifier)) context.report({ node: source, message: `src/${from} may not import '${specifier}': ${reason}` })
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      // Workers load as `new Worker(new URL('./x.worker.ts', import.meta.url))`.
      NewExpression(node) {
        const [url, meta] = node.arguments
        const isImportMetaUrl = meta?.type === 'MemberExpression' && meta.object.type === 'MetaProperty' && meta.property.type === 'Identifier' && meta.property.name === 'url'
        if (node.callee.type === 'Identifier' && node.callee.name === 'URL' && isImportMetaUrl) check(url)
      },
    }
  },
}

export default {
  meta: { name: 'layers' },
  rules: { imports: layersRule },
}
