/**
 * Bytes to text and back: UTF-8 with or without BOM, Windows-1252 (what Excel writes for CSV) or
 * UTF-16LE with BOM (Excel's "Unicode text").
 */
import { parseErrors } from './parseErrors'
import type { ParseError, SourceEncoding } from './types'
import { decodeWindows1252, encodeWindows1252 } from './windows1252'

export interface DecodedSource {
  readonly text: string
  readonly encoding: SourceEncoding
  readonly bom: boolean
}

export const BOM = [0xef, 0xbb, 0xbf]

/** How many bytes from the start are sniffed for binary content. */
export const SNIFF = 64 * 1024

/** Where the bytes show they are not text (the first NUL, or 0 for many control characters), else -1. */
export function looksBinary(bytes: Uint8Array): number {
  const end = Math.min(bytes.length, SNIFF)
  let controls = 0
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!
    if (b === 0) return i
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++
  }
  // A few stray control characters happen in pasted text; many mean this is not text at all.
  return controls > end / 100 ? 0 : -1
}

/** Offset of the first byte of a UTF-8 sequence cut by the end of the file, or -1. */
function cutUtf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!
    if ((b & 0xc0) === 0x80) continue
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1
    return need > back ? bytes.length - back : -1
  }
  return -1
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++
  return line
}

export const UTF16LE_BOM = [0xff, 0xfe]

/** Whether `bytes` begin with `mark` (a byte-order mark). */
export const startsWith = (bytes: Uint8Array, mark: readonly number[]): boolean => mark.every((b, i) => bytes[i] === b)

function decodeUtf16(bytes: Uint8Array): DecodedSource | ParseError {
  if (bytes.length % 2 !== 0) {
    return parseErrors.oddUtf16()
  }
  try {
    return { text: new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true }
  } catch {
    return parseErrors.notUtf16()
  }
}

export function decodeSource(bytes: Uint8Array): DecodedSource | ParseError {
  if (startsWith(bytes, UTF16LE_BOM)) return decodeUtf16(bytes)
  const binaryAt = looksBinary(bytes)
  if (binaryAt >= 0) {
    return parseErrors.binary(lineOf(bytes, binaryAt))
  }
  const bom = startsWith(bytes, BOM)
  const body = bom ? bytes.subarray(BOM.length) : bytes
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body)
    return { text, encoding: 'utf-8', bom }
  } catch {
    const cut = cutUtf8Tail(body)
    if (cut >= 0 && isUtf8(body.subarray(0, cut))) {
      return parseErrors.cutCharacter(lineOf(body, cut))
    }
    if (bom) {
      return parseErrors.notUtf8()
    }
  }
  return { text: decodeWindows1252(body), encoding: 'windows-1252', bom: false }
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

function encodeUtf16(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2)
  out.set(UTF16LE_BOM)
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    out[2 + i * 2] = unit & 0xff
    out[3 + i * 2] = unit >> 8
  }
  return out
}

export function encodeSource(text: string, encoding: SourceEncoding, bom: boolean): Uint8Array {
  if (encoding === 'utf-16le') return encodeUtf16(text)
  const body = encoding === 'utf-8' ? new TextEncoder().encode(text) : encodeWindows1252(text)
  if (!bom) return body
  const out = new Uint8Array(body.length + 3)
  out.set(BOM)
  out.set(body, 3)
  return out
}
