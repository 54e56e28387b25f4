// A worker thread's entry: Node runs no TypeScript by itself, so tsx loads the worker's module.
import { tsImport } from 'tsx/esm/api'

await tsImport(new URL('./matchWorker.ts', import.meta.url).href, import.meta.url)
