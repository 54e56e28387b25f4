import { describe, expect, test } from 'vitest'
import { mentionParts, mentionQuery, mentionsIn, peopleMatching } from '../../../src/features/panels/meta/mentions'

const PEOPLE = [
  { id: 'a1', name: 'Ana Pérez' },
  { id: 'a2', name: 'Luis Mora' },
  { id: 'a3', name: 'Lucía Andrade' },
]

describe('@mentions in a comment', () => {
  test('the name being typed is what follows an @ that starts a word, up to the caret', () => {
    expect(mentionQuery('Hola @Lu', 8)).toEqual({ start: 5, query: 'Lu' })
    expect(mentionQuery('@', 1)).toEqual({ start: 0, query: '' })
    expect(mentionQuery('Hola @Luis Mo', 13)).toEqual({ start: 5, query: 'Luis Mo' })
    expect(mentionQuery('correo ana@quito.gob.ec', 23)).toBeNull()
    expect(mentionQuery('@Ana\notra línea', 15)).toBeNull()
    expect(mentionQuery('sin arroba', 10)).toBeNull()
  })

  test('a name matches by its start or any word’s start, accents and case aside', () => {
    expect(peopleMatching(PEOPLE, 'lu').map((p) => p.id)).toEqual(['a2', 'a3'])
    expect(peopleMatching(PEOPLE, 'PEREZ').map((p) => p.id)).toEqual(['a1'])
    expect(peopleMatching(PEOPLE, 'lucia a').map((p) => p.id)).toEqual(['a3'])
    expect(peopleMatching(PEOPLE, '').map((p) => p.id)).toEqual(['a1', 'a2', 'a3'])
    expect(peopleMatching(PEOPLE, 'x')).toEqual([])
  })

  test('the mentions are the accounts whose @Name the text holds', () => {
    expect(mentionsIn('@Ana Pérez y @Lucía Andrade, revisen', PEOPLE)).toEqual(['a1', 'a3'])
    expect(mentionsIn('Ana Pérez sin arroba', PEOPLE)).toEqual([])
  })

  test('the text is cut at each mention, the longer name first where two start alike', () => {
    const names = ['Ana', 'Ana Pérez']
    expect(mentionParts('Hola @Ana Pérez y @Ana.', names)).toEqual([
      { text: 'Hola ', mention: false },
      { text: '@Ana Pérez', mention: true },
      { text: ' y ', mention: false },
      { text: '@Ana', mention: true },
      { text: '.', mention: false },
    ])
    expect(mentionParts('<b>@Ana</b>', ['Ana'])).toEqual([
      { text: '<b>', mention: false },
      { text: '@Ana', mention: true },
      { text: '</b>', mention: false },
    ])
  })
})
