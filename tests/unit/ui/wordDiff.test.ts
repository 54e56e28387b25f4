import { describe, expect, test } from 'vitest'
import { wordDiff } from '../../../src/ui/diff/wordDiff'

const rebuild = (parts: ReturnType<typeof wordDiff>, keep: 'removed' | 'added') =>
  parts
    .filter((p) => p.kind === 'same' || p.kind === keep)
    .map((p) => p.text)
    .join('')

describe('wordDiff', () => {
  test('a replaced word shows as removed then added, the rest unchanged', () => {
    const parts = wordDiff('Se atendió a 500 familias en 2020.', 'Se atendió a 650 familias en 2020.')
    expect(parts).toEqual([
      { kind: 'same', text: 'Se atendió a ' },
      { kind: 'removed', text: '500 ' },
      { kind: 'added', text: '650 ' },
      { kind: 'same', text: 'familias en 2020.' },
    ])
  })

  test('the parts rebuild both the original and the current text exactly, spacing and line breaks included', () => {
    const original = 'Primera línea  con doble espacio.\nSegunda línea sin cambios.'
    const current = 'Primera línea corregida.\nSegunda línea sin cambios. Justificación: retrasos.'
    const parts = wordDiff(original, current)
    expect(rebuild(parts, 'removed')).toBe(original)
    expect(rebuild(parts, 'added')).toBe(current)
  })

  test('identical texts give one unchanged part and empty texts give none', () => {
    expect(wordDiff('igual', 'igual')).toEqual([{ kind: 'same', text: 'igual' }])
    expect(wordDiff('', '')).toEqual([])
  })

  test('two long texts that differ throughout show as one removal and one addition between what they share', () => {
    const words = (prefix: string) => Array.from({ length: 1500 }, (_, i) => `${prefix}${i}`).join(' ')
    const original = `Inicio común. ${words('a')} Final común.`
    const current = `Inicio común. ${words('b')} Final común.`
    const parts = wordDiff(original, current)
    expect(parts.map((p) => p.kind)).toEqual(['same', 'removed', 'added', 'same'])
    expect(rebuild(parts, 'removed')).toBe(original)
    expect(rebuild(parts, 'added')).toBe(current)
  })
})
