import type { OriginalRecord } from './records'

/** A workspace's original as it is stored: as a Blob. */
export const originalRecord = (hash: string, bytes: Uint8Array): OriginalRecord => ({ hash, bytes: new Blob([bytes as Uint8Array<ArrayBuffer>]) })

/** The bytes of a stored original, whichever way it was stored. */
export async function originalBytes(record: OriginalRecord): Promise<Uint8Array> {
  return record.bytes instanceof Blob ? new Uint8Array(await record.bytes.arrayBuffer()) : record.bytes
}
