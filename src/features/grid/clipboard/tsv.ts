/**
 * Tab-separated text as spreadsheets put on the clipboard: cells holding a tab, a line break or a
 * quote are quoted ("" for a quote), rows end with a line break (CRLF from Excel, LF elsewhere).
 */

function quote(cell: string): string {
  return /[\t\n\r"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell
}

export function formatTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quote).join('\t')).join('\n')
}

export function parseTsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let i = 0
  let quotedCell = false
  while (i < text.length) {
    const ch = text[i]
    if (ch === '"' && cell === '' && !quotedCell) {
      // A quoted cell: read up to the closing quote, "" being a literal quote.
      quotedCell = true
      i++
      while (i < text.length) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"'
            i += 2
            continue
          }
          i++
          break
        }
        cell += text[i++]
      }
      continue
    }
    if (ch === '\t') {
      row.push(cell)
      cell = ''
      quotedCell = false
      i++
    } else if (ch === '\n' || ch === '\r') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      quotedCell = false
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1
    } else {
      cell += ch
      i++
    }
  }
  // Spreadsheets end the block with a line break; that does not make an extra empty row.
  if (cell !== '' || row.length > 0 || quotedCell) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}
