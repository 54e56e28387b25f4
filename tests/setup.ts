import 'fake-indexeddb/auto'
import { Blob as NodeBlob } from 'node:buffer'
import { afterEach } from 'vitest'
import { cleanup, configure } from '@testing-library/react'
import { installDialogShim } from './dialogShim'

afterEach(cleanup)
// findBy/waitFor wait for a state, not a time: on CI's two loaded cores the seed's parse and IndexedDB can take longer than the default second.
configure({ asyncUtilTimeout: 5_000 })
installDialogShim()
// fake-indexeddb stores a structuredClone of each value, and jsdom's Blob comes out of it empty; a
// browser's IndexedDB keeps its own Blobs (the drafts store each original as one), so Node's stand in.
globalThis.Blob = NodeBlob as typeof Blob

// jsdom has no layout; react-virtual reads these sizes to decide how many rows and columns to render.
// The grid is as wide as all its columns, so each one's cells are there to test; the column window
// itself (cells out of sight sideways left out) is tested in Chromium (tests/e2e/grid/columnWindow.spec.ts).
const GRID_WIDTH = 6000
if (typeof HTMLElement !== 'undefined') {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 })
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => GRID_WIDTH })
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 800 })
  Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, get: () => GRID_WIDTH })
}
