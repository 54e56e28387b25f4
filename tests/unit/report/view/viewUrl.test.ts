import { expect, test } from 'vitest'
import { decodeView, encodeView } from '../../../../src/report/view/viewUrl'
import { DEFAULT_VIEW, EMPTY_FILTERS, type ViewSpec } from '../../../../src/report/view/viewSpec'
import { facetKey } from '../../../../src/report/view/computeView'
import { loadSeed } from './seed'

const seed = loadSeed()

const full: ViewSpec = {
  sort: [
    { column: 'percent', desc: true },
    { column: 'no', desc: false },
  ],
  filters: {
    objective: [facetKey(seed.metas[0].cells.objective), facetKey(seed.metas[seed.metas.length - 1].cells.objective)],
    competenceType: ['exclusiva'],
    planned: { min: 1.5, max: null },
    achieved: { min: -3, max: 2000 },
    percent: { min: null, max: 80 },
    band: ['low', 'mid'],
    hasFindings: true,
    severity: ['error'],
    reviewStatus: ['needsCorrection'],
  },
  search: 'gestión & "agua" 50%',
  columns: ['no', 'description', 'percent', 'findings'],
  selected: 12,
}

test('a view with every part set survives the URL round trip', () => {
  const params = encodeView(full)
  expect(decodeView(new URLSearchParams(params.toString()))).toEqual(full)
})

test('the default view writes no params and reads back as the default', () => {
  expect(encodeView(DEFAULT_VIEW).toString()).toBe('')
  expect(decodeView(new URLSearchParams())).toEqual(DEFAULT_VIEW)
})

test('params that are not the view are kept when the view is written', () => {
  const params = encodeView({ ...DEFAULT_VIEW, search: 'agua' }, new URLSearchParams('workspace=abc&q=old'))
  expect(params.get('workspace')).toBe('abc')
  expect(params.getAll('q')).toEqual(['agua'])
})

test('a hand-edited link with nonsense is read as far as it makes sense', () => {
  const spec = decodeView(new URLSearchParams('sort=-percent,bogus,-percent&cols=,nope&meta=-4&percent=abc..3&planned=..&findings=maybe'))
  expect(spec.sort).toEqual([{ column: 'percent', desc: true }])
  expect(spec.columns).toBeNull()
  expect(spec.selected).toBeNull()
  expect(spec.filters).toEqual(EMPTY_FILTERS)
})
