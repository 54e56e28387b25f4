/**
 * Windows-1252, both ways. Our own table because Node 20's TextDecoder reads 'windows-1252' as
 * Latin-1 (0x93 stays U+0093), which would disagree with the browser and break round trips.
 */

/** Code points of bytes 0x80–0x9F; the five bytes Windows-1252 leaves undefined map to C1 controls, as in WHATWG. */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]

const TO_BYTE = new Map(HIGH.map((cp, i) => [cp, 0x80 + i]))

export function decodeWindows1252(bytes: Uint8Array): string {
  const CHUNK = 8192
  const parts: string[] = []
  const codes = new Uint16Array(Math.min(CHUNK, bytes.length))
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length)
    for (let i = start; i < end; i++) {
      const b = bytes[i]!
      codes[i - start] = b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80]! : b
    }
    parts.push(String.fromCharCode.apply(null, codes.subarray(0, end - start) as unknown as number[]))
  }
  return parts.join('')
}

/** Bytes of text in Windows-1252; a character the code page lacks becomes '?', as Excel does on save. */
export function encodeWindows1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length)
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i)
    if (cp < 0x80 || (cp >= 0xa0 && cp <= 0xff)) out[n++] = cp
    else {
      out[n++] = TO_BYTE.get(cp) ?? 0x3f
      // A surrogate pair is one character: one '?', not two.
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1)
        if (next >= 0xdc00 && next <= 0xdfff) i++
      }
    }
  }
  return out.subarray(0, n)
}
