/** Saving a chart as it is drawn: the Recharts SVG, given a title and a white background, as SVG or PNG. */

const TITLE_HEIGHT = 30
const SVG_NS = 'http://www.w3.org/2000/svg'

/**
 * A copy of a chart element whose colours given as tokens ("var(--band-full)", in an attribute or
 * the inline style) hold their values instead: outside the page's stylesheet a saved file could
 * not resolve them.
 */
function withTokenValues(element: Element): Element {
  const copy = element.cloneNode(true) as Element
  const originals = [element, ...element.querySelectorAll('*')]
  ;[copy, ...copy.querySelectorAll('*')].forEach((node, i) => {
    const style = (node as SVGElement).style
    for (const property of ['fill', 'stroke']) {
      const value = () => getComputedStyle(originals[i]!).getPropertyValue(property)
      if (node.getAttribute(property)?.includes('var(')) node.setAttribute(property, value())
      // Recharts also writes a label's fill into its inline style.
      if (style?.getPropertyValue(property).includes('var(')) style.setProperty(property, value())
    }
  })
  return copy
}

/** A token's value where the chart is drawn (a saved file cannot read the page's stylesheet). */
function tokenValue(container: HTMLElement, token: string): string {
  return getComputedStyle(container).getPropertyValue(token).trim()
}

/** A standalone SVG document of the chart in `container`, with `title` above it. */
export function chartSvgText(container: HTMLElement, title: string): string | null {
  const svg = container.querySelector('svg.recharts-surface')
  if (!(svg instanceof SVGSVGElement)) return null
  const width = Number(svg.getAttribute('width')) || svg.clientWidth
  const height = Number(svg.getAttribute('height')) || svg.clientHeight
  const out = document.createElementNS(SVG_NS, 'svg')
  out.setAttribute('xmlns', SVG_NS)
  out.setAttribute('width', String(width))
  out.setAttribute('height', String(height + TITLE_HEIGHT))
  out.setAttribute('viewBox', `0 0 ${width} ${height + TITLE_HEIGHT}`)
  out.setAttribute('font-family', getComputedStyle(container).fontFamily || 'sans-serif')
  out.setAttribute('font-size', '12')
  const background = document.createElementNS(SVG_NS, 'rect')
  background.setAttribute('width', '100%')
  background.setAttribute('height', '100%')
  background.setAttribute('fill', tokenValue(container, '--surface'))
  const heading = document.createElementNS(SVG_NS, 'text')
  heading.setAttribute('x', '8')
  heading.setAttribute('y', '20')
  heading.setAttribute('font-size', '15')
  heading.setAttribute('font-weight', '600')
  heading.setAttribute('fill', tokenValue(container, '--text'))
  heading.textContent = title
  const body = document.createElementNS(SVG_NS, 'g')
  body.setAttribute('transform', `translate(0 ${TITLE_HEIGHT})`)
  for (const child of Array.from(svg.children)) body.appendChild(withTokenValues(child))
  out.append(background, heading, body)
  return new XMLSerializer().serializeToString(out)
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Revoked later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function saveChartSvg(container: HTMLElement, title: string, fileName: string): void {
  const text = chartSvgText(container, title)
  if (text !== null) saveBlob(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), `${fileName}.svg`)
}

/** Draws the SVG on a canvas at twice the size, so the PNG stays sharp on slides and prints. */
export async function saveChartPng(container: HTMLElement, title: string, fileName: string): Promise<void> {
  const text = chartSvgText(container, title)
  if (text === null) return
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const scale = 2
    const canvas = document.createElement('canvas')
    canvas.width = image.naturalWidth * scale
    canvas.height = image.naturalHeight * scale
    const context = canvas.getContext('2d')
    if (!context) return
    context.scale(scale, scale)
    context.drawImage(image, 0, 0)
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
    if (blob) saveBlob(blob, `${fileName}.png`)
  } finally {
    URL.revokeObjectURL(url)
  }
}
