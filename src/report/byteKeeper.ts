/**
 * Where a source reader puts a file's bytes once it has read them: kept in memory here, or moved
 * to a worker that hashes them as they come (src/ui/session/hashingKeeper.ts), so that the page
 * never copies a large file into one array itself.
 */
export interface ByteKeeper {
  /** The next chunk of the file. The caller does not touch it again: a keeper may move its memory away. */
  keep(chunk: Uint8Array): void
  /** The file's whole bytes, once every chunk was kept. */
  bytes(): Promise<Uint8Array>
}

/** The chunks as one array; a single chunk is itself. */
export function joinChunks(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!
  const whole = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.length, 0))
  let at = 0
  for (const chunk of chunks) {
    whole.set(chunk, at)
    at += chunk.length
  }
  return whole
}

/** Keeps the chunks as they are and joins them once, when the whole is asked for. */
export function memoryKeeper(): ByteKeeper {
  let chunks: Uint8Array[] = []
  return {
    keep: (chunk) => {
      chunks.push(chunk)
    },
    bytes: async () => {
      const whole = joinChunks(chunks)
      chunks = [whole]
      return whole
    },
  }
}
