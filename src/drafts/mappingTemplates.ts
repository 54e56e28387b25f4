/**
 * The column templates confirmed on import (store `mappingTemplates`, schema v6), one per header
 * signature: the next file of the same form is read with its template without asking.
 */
import type { MappingTemplate } from '../report/mapping/mappingTemplate'
import type { DraftsDb } from './draftsDb'

/** The most recently saved first. */
export async function listTemplates(db: DraftsDb): Promise<MappingTemplate[]> {
  return (await db.mappingTemplates.toArray()).sort((a, b) => b.savedAt - a.savedAt)
}

/** Saves templates; one of a signature already kept replaces it (a form's mapping confirmed again). */
export async function putTemplates(db: DraftsDb, templates: readonly MappingTemplate[]): Promise<void> {
  await db.mappingTemplates.bulkPut([...templates])
}

export async function removeTemplate(db: DraftsDb, signature: string): Promise<void> {
  await db.mappingTemplates.delete(signature)
}
