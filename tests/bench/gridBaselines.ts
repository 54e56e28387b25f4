/**
 * Page code for the grid bench (passed as text: the bench runner's transpiler would inject helpers
 * the page lacks). The plain baselines run in the app's own page on the same file the app opened:
 * decoding its bytes and splitting the text into rows of cells, a folded substring scan of every
 * meta, Array.prototype.sort of the percentage column.
 */

/** Installs window.__plain: the report file as rows of cells, prefolded, and the timed baselines. */
export const PLAIN_BASELINES = `(async () => {
  const bytes = new Uint8Array(await (await fetch('/default-report.txt')).arrayBuffer())
  const parseStart = performance.now()
  const text = new TextDecoder().decode(bytes)
  const rows = text.split('\\n').map((line) => line.split('\\t')).filter((cells) => cells.length === 11 && /^\\d+$/.test(cells[3]))
  const parseMs = performance.now() - parseStart
  const marks = /[\\u0300-\\u036f]/g
  const folded = rows.map((cells) => cells.join('\\u0001').normalize('NFD').replace(marks, '').toLowerCase())
  const percent = Float64Array.from(rows, (cells) => {
    const value = parseFloat(cells[8].replace('%', '').replace(/\\./g, '').replace(',', '.'))
    return Number.isNaN(value) ? -Infinity : value
  })
  const timed = (run) => {
    const start = performance.now()
    const result = run()
    return { ms: performance.now() - start, result }
  }
  window.__plain = {
    parseMs,
    metas: rows.length,
    scan: (query) => {
      const terms = query.normalize('NFD').replace(marks, '').toLowerCase().split(/\\s+/).filter(Boolean)
      const { ms, result } = timed(() => folded.filter((f) => terms.every((t) => f.includes(t))).length)
      return { ms, count: result }
    },
    sort: (desc) => timed(() => Array.from(percent, (_, i) => i).sort(desc ? (a, b) => percent[b] - percent[a] : (a, b) => percent[a] - percent[b])).ms,
  }
  return rows.length
})()`

/** Long tasks from the start of the page, for "no long task over 200 ms while typing". */
export const LONG_TASK_PROBE = `
  window.__longTasks = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration })
  }).observe({ type: 'longtask', buffered: true })
`

/** True once no long task has run for a second and a half: the idle-time work after the first rows (search index, sort keys) is done. */
export const QUIET = `performance.now() - Math.max(0, ...window.__longTasks.map((t) => t.start + t.ms)) > 1500`

/**
 * Resolves once the page's idle time has been left to the bench for a second: every idle callback
 * found almost the whole idle period left, so no idle-time work of the app (the search index, the
 * sort orders, built in 8 ms slices that are not long tasks) ran before it.
 */
export const IDLE_WORK_DONE = `new Promise((resolve) => {
  let since = performance.now()
  const check = (deadline) => {
    const now = performance.now()
    if (deadline.timeRemaining() < 45) since = now
    if (now - since > 1000) resolve(true)
    else requestIdleCallback(check)
  }
  requestIdleCallback(check)
})`

/**
 * Milliseconds from an action in the page to the frame that shows its result having been painted:
 * the animation frame callback runs right before that frame's paint, and a message posted from it
 * is handled right after.
 */
export function afterPaint(action: string): string {
  return `new Promise((resolve) => {
    const start = performance.now()
    ${action}
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => resolve(performance.now() - start)
      channel.port2.postMessage(0)
    })
  })`
}

/** Sets the search box's text as typing does (one input event). */
export function typeSearch(text: string): string {
  return `
    const input = document.querySelector('input[type="search"]')
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(text)})
    input.dispatchEvent(new Event('input', { bubbles: true }))`
}

/** Scrolls the grid from top to bottom in 300 frames (every frame shows rows never rendered before); frame times. */
export const SCROLL_TO_END = `new Promise((resolve) => {
  const el = document.querySelector('[role="grid"]')
  el.scrollTop = 0
  const steps = 300
  const stepPx = (el.scrollHeight - el.clientHeight) / steps
  const times = []
  let last = performance.now()
  let i = 0
  const tick = (now) => {
    times.push(now - last)
    last = now
    if (i++ >= steps) return resolve(times.slice(1))
    el.scrollTop = Math.round(i * stepPx)
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
})`
