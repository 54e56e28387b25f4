/** Hands bytes to the browser as a download. */

export function saveFile(bytes: Uint8Array, fileName: string, mime: string): void {
  // Blob takes ArrayBuffer-backed bytes; copy only in the rare SharedArrayBuffer case (large files).
  const part = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes)
  const url = URL.createObjectURL(new Blob([part], { type: mime }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the download in some browsers; a minute is plenty for it to start.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
