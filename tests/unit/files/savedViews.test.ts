import { afterEach, describe, expect, it } from 'vitest'
import { DraftsDb } from '../../../src/drafts/draftsDb'
import { viewQuery } from '../../../src/features/files/SavedViewsDialog'
import { listViews, putView, removeView } from '../../../src/drafts/savedViewsStore'
import { DEFAULT_VIEW, type ViewSpec } from '../../../src/report/view/viewSpec'
import { decodeView } from '../../../src/report/view/viewUrl'

let db: DraftsDb | null = null
let counter = 0

async function freshDb(): Promise<DraftsDb> {
  db = new DraftsDb(`saved-views-test-${counter++}`)
  await db.open()
  return db
}

afterEach(async () => {
  if (db) {
    db.close()
    await DraftsDb.delete(db.name)
  }
})

const UNDER_80: ViewSpec = {
  ...DEFAULT_VIEW,
  sort: [{ column: 'percent', desc: true }],
  filters: { ...DEFAULT_VIEW.filters, percent: { min: null, max: 79.99 }, competenceType: ['exclusiva'] },
  search: 'agua',
  columns: ['no', 'description', 'percent'],
  selected: 12,
}

describe('saved views', () => {
  it('keep filters, sort, search and columns (not the selected meta) and read back as the same view', async () => {
    const d = await freshDb()
    await putView(d, 'ws-a', 'Bajo 80 %', viewQuery(UNDER_80), 1)
    const [saved] = await listViews(d, 'ws-a')
    expect(saved!.name).toBe('Bajo 80 %')
    expect(decodeView(new URLSearchParams(saved!.query))).toEqual({ ...UNDER_80, selected: null })
  })

  it('belong to their workspace, are listed by name, and a save under an existing name replaces it', async () => {
    const d = await freshDb()
    await putView(d, 'ws-a', 'zona norte', 'q=norte', 1)
    await putView(d, 'ws-a', 'Ágil', 'q=agil', 2)
    await putView(d, 'ws-b', 'otra', 'q=otra', 3)
    await putView(d, 'ws-a', 'zona norte', 'q=norte&sort=no', 4)
    const views = await listViews(d, 'ws-a')
    expect(views.map((v) => [v.name, v.query])).toEqual([
      ['Ágil', 'q=agil'],
      ['zona norte', 'q=norte&sort=no'],
    ])
    await removeView(d, views[0]!.id)
    expect((await listViews(d, 'ws-a')).map((v) => v.name)).toEqual(['zona norte'])
    expect((await listViews(d, 'ws-b')).map((v) => v.name)).toEqual(['otra'])
  })
})
