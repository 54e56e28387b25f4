import { expect, test } from 'vitest'
import { decodeView, encodeView } from '../../../../src/report/view/viewUrl'
import { DEFAULT_VIEW, EMPTY_FILTERS, type ViewSpec } from '../../../../src/report/view/viewSpec'
import { facetKey } from '../../../../src/report/view/computeView'
import { seedReport } from '../../../fixtures/seedReport'

const seed = seedReport()

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
    band: ['under50', '50to79'],
    hasFindings: true,
    severity: ['error'],
    reviewStatus: ['needsCorrection'],
    unit: ['3f0c1a52-7d1e-4c8a-9b1e-2a4d6f8e0b13', '-'],
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

test('the selected meta is written as its 1-based position in the report: the last of the seed is meta=351', () => {
  const last = seed.metas.length - 1
  expect(encodeView({ ...DEFAULT_VIEW, selected: last }).get('meta')).toBe(String(seed.metas.length))
  expect(decodeView(new URLSearchParams(`meta=${seed.metas.length}`)).selected).toBe(last)
  expect(decodeView(new URLSearchParams('meta=1')).selected).toBe(0)
  expect(decodeView(new URLSearchParams('meta=0')).selected).toBeNull()
})

test('filter values the app does not know are dropped, not applied as a filter that matches nothing', () => {
  const spec = decodeView(new URLSearchParams('band=lt50&band=full&severity=fatal&status=done&status=reviewed'))
  expect(spec.filters.band).toEqual(['full'])
  expect(spec.filters.severity).toEqual([])
  expect(spec.filters.reviewStatus).toEqual(['reviewed'])
})
