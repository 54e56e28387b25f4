// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { columnDef, formatCell, parseCell } from '../../../src/report/columns'
import { formatNumber, formatPercent, parseNumber } from '../../../src/report/numbers'
import { seedMetaRows } from '../../fixtures/seedReport'

describe('parseNumber reads Ecuadorian number text', () => {
  it.each([
    ['21.447,91', 21447.91],
    ['0,02', 0.02],
    ['95,83333333', 95.83333333],
    ['67958', 67958],
    ['140,60%', 140.6],
    ['200,35 %', 200.35],
    ['89,65', 89.65],
    ['-5', -5],
  ])('reads %s as %s', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value })
  })

  it('reads blank as an empty value, not an error', () => {
    expect(parseNumber('')).toEqual({ ok: true, value: null })
    expect(parseNumber('  ')).toEqual({ ok: true, value: null })
  })

  it.each(['PORCENTAJE DE AVANCE', '21,447.91', '1.2345', '12abc'])('refuses %s', (text) => {
    expect(parseNumber(text).ok).toBe(false)
  })

  it('refuses digits too many to be a finite number, with or without decimals', () => {
    expect(parseNumber('9'.repeat(400)).ok).toBe(false)
    expect(parseNumber(`${'9'.repeat(400)},5%`).ok).toBe(false)
  })

  it('reads every total and percentage of the seed, but the shifted row 54', () => {
    const unreadable = seedMetaRows().flatMap((r) => [6, 7, 8].filter((i) => !parseNumber(r[i]!).ok).map((i) => `${r[3]}:${i}`))
    expect(unreadable).toEqual(['54:6'])
  })
})

describe('formatNumber and formatPercent write the Ecuadorian way', () => {
  it('groups thousands with a dot and decimals with a comma', () => {
    expect(formatNumber(21447.91)).toBe('21.447,91')
    expect(formatNumber(0.02)).toBe('0,02')
    expect(formatPercent(140.6)).toBe('140,60 %')
  })
})

describe('parseCell and formatCell follow the column type', () => {
  it('takes a goal number only when it is whole', () => {
    expect(parseCell(columnDef('no'), '54')).toEqual({ ok: true, value: 54 })
    expect(parseCell(columnDef('no'), '5,4').ok).toBe(false)
  })

  it('keeps text cells as they are and formats a percent cell', () => {
    expect(parseCell(columnDef('result'), ' <p>x ')).toEqual({ ok: true, value: ' <p>x ' })
    expect(formatCell(columnDef('percent'), 99.98)).toBe('99,98 %')
  })
})
