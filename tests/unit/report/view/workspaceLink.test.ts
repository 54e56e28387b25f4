import { expect, test } from 'vitest'
import { contentHash } from '../../../../src/drafts/workspaces'
import { decodeView, encodeView, linkedWorkspace, withWorkspace, workspaceRef } from '../../../../src/report/view/viewUrl'
import { seedBytes, seedText } from '../../../fixtures/seedReport'

// A second report: the seed with one description changed, so its content hash differs.
const otherBytes = new TextEncoder().encode(seedText().replace(/\t/, '\tX'))

test('a link names its report by the first 12 hex characters of its content hash', async () => {
  const hash = await contentHash(seedBytes())
  const params = withWorkspace(new URLSearchParams('percent=..49.99'), hash)
  expect(params.get('ws')).toBe(hash.slice(0, 12))
  expect(params.get('percent')).toBe('..49.99')
  expect(linkedWorkspace(params, [await contentHash(otherBytes), hash])).toEqual({ kind: 'found', hash })
})

test('writing the view keeps the report the link names, and the report param is not read as part of the view', async () => {
  const hash = await contentHash(seedBytes())
  const params = withWorkspace(new URLSearchParams('q=agua'), hash)
  const rewritten = encodeView({ ...decodeView(params), search: 'riego' }, params)
  expect(rewritten.get('ws')).toBe(workspaceRef(hash))
  expect(decodeView(rewritten)).toEqual(decodeView(new URLSearchParams('q=riego')))
})

test('a link naming a report this browser does not hold is told apart from a link naming none', async () => {
  const known = [await contentHash(seedBytes())]
  const other = await contentHash(otherBytes)
  expect(linkedWorkspace(withWorkspace(new URLSearchParams(), other), known)).toEqual({ kind: 'unknown' })
  expect(linkedWorkspace(new URLSearchParams('q=agua'), known)).toEqual({ kind: 'none' })
})

test('a reference too short to pick one report is unknown rather than a guess', () => {
  const known = ['ab11', 'ab22']
  expect(linkedWorkspace(new URLSearchParams('ws=ab'), known)).toEqual({ kind: 'unknown' })
  expect(linkedWorkspace(new URLSearchParams('ws=AB2'), known)).toEqual({ kind: 'found', hash: 'ab22' })
})

test('no open report removes the report param', () => {
  expect(withWorkspace(new URLSearchParams('ws=abc&q=agua'), null).toString()).toBe('q=agua')
})
