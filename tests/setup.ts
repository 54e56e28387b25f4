import 'fake-indexeddb/auto'
import { afterEach } from 'vitest'
import { cleanup, configure } from '@testing-library/react'
import { installDialogShim } from './dialogShim'

afterEach(cleanup)
// findBy/waitFor wait for a state, not a time: on CI's two loaded cores the seed's parse and IndexedDB can take longer than the default second.
configure({ asyncUtilTimeout: 5_000 })
installDialogShim()

// jsdom has no layout; react-virtual reads these sizes to decide how many rows to render.
if (typeof HTMLElement !== 'undefined') {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 })
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 })
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 800 })
  Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, get: () => 1200 })
}
