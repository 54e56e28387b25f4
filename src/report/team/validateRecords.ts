/**
 * Checks a pushed batch against the report it is for: known kind and fields, known column and
 * rule, a meta inside the report, bounded text, a UUID each. One bad record refuses the batch.
 */
import { COLUMNS } from '../columns'
import { REVIEW_STATUSES } from '../reviewStatus'
import { RULES } from '../rules/ruleTable'
import type { Report } from '../types'
import { recordErrors, type RecordBatchError } from './recordErrors'
import { MAX_RECORD_TEXT, MAX_RECORDS_PER_PUSH, TEAM_RECORD_KINDS, type PushedRecord, type TeamRecordKind } from './teamRecord'

export type { RecordBatchError } from './recordErrors'

export type ValidatedBatch = { records: PushedRecord[] } | { error: RecordBatchError }

/** The fields each kind carries: required, and optional ones that may be left out. */
const FIELDS: Readonly<Record<TeamRecordKind, { readonly required: readonly string[]; readonly optional: readonly string[] }>> = {
  edit: { required: ['column', 'before', 'after', 'step', 'stepKind'], optional: ['target'] },
  review: { required: ['status'], optional: ['reason'] },
  comment: { required: ['text'], optional: ['mentions', 'thread'] },
  resolve: { required: ['thread'], optional: [] },
  assign: { required: ['unit'], optional: [] },
  ack: { required: ['rule', 'column', 'reason'], optional: [] },
  unack: { required: ['rule', 'column'], optional: [] },
}

// Lower case, as crypto.randomUUID() writes it: one spelling per id, so a retry always matches.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const COLUMN_KEYS: ReadonlySet<string> = new Set(COLUMNS.map((c) => c.key))
const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id))
const STATUSES: ReadonlySet<string> = new Set(REVIEW_STATUSES)
const STEP_KINDS: ReadonlySet<string> = new Set(['edit', 'undo', 'redo'])

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The record's data as strings, or the error naming the first missing, extra, non-text or too long field. */
function readData(index: number, kind: TeamRecordKind, value: unknown): { data: Record<string, string> } | { error: RecordBatchError } {
  const refuse = (error: RecordBatchError) => ({ error })
  if (!isObject(value)) return refuse(recordErrors.badData(index, 'data'))
  const { required, optional } = FIELDS[kind]
  const data: Record<string, string> = {}
  for (const [field, text] of Object.entries(value)) {
    if (!required.includes(field) && !optional.includes(field)) return refuse(recordErrors.badData(index, field))
    if (typeof text !== 'string') return refuse(recordErrors.badData(index, field))
    if (text.length > MAX_RECORD_TEXT) return refuse(recordErrors.textTooLong(index, field, text.length))
    data[field] = text
  }
  const missing = required.find((field) => data[field] === undefined)
  return missing === undefined ? { data } : refuse(recordErrors.badData(index, missing))
}

/** What the kind's fields must name: a column, a rule, a review status, an edit's step. */
function checkMeaning(index: number, kind: TeamRecordKind, data: Record<string, string>): RecordBatchError | null {
  const column = data['column']
  // A finding about the whole meta is acknowledged with column ''.
  const wholeMeta = (kind === 'ack' || kind === 'unack') && column === ''
  if (column !== undefined && !wholeMeta && !COLUMN_KEYS.has(column)) return recordErrors.unknownColumn(index, column)
  const rule = data['rule']
  if (rule !== undefined && !RULE_IDS.has(rule)) return recordErrors.unknownRule(index, rule)
  const status = data['status']
  if (status !== undefined && !STATUSES.has(status)) return recordErrors.badStatus(index, status)
  if (kind === 'edit') {
    const stepKind = data['stepKind'] ?? ''
    if (!STEP_KINDS.has(stepKind)) return recordErrors.badData(index, 'stepKind')
    if (data['step'] === '') return recordErrors.badData(index, 'step')
    // Undo and redo name the step they reverse; a plain edit names none.
    if ((stepKind === 'edit') !== (data['target'] === undefined)) return recordErrors.badData(index, 'target')
  }
  return null
}

function readRecord(index: number, value: unknown, metaCount: number): PushedRecord | RecordBatchError {
  if (!isObject(value)) return recordErrors.recordShape(index)
  const { uid, kind, meta, at, data } = value
  if (typeof uid !== 'string' || !UUID.test(uid)) return recordErrors.badUid(index)
  if (typeof kind !== 'string' || !TEAM_RECORD_KINDS.includes(kind as TeamRecordKind)) return recordErrors.badKind(index)
  const recordKind = kind as TeamRecordKind
  if (typeof meta !== 'number' || !Number.isInteger(meta)) return recordErrors.badData(index, 'meta')
  if (meta < 0 || meta >= metaCount) return recordErrors.metaOutside(index, meta, metaCount)
  if (typeof at !== 'number' || !Number.isSafeInteger(at) || at < 0) return recordErrors.badTime(index)
  const fields = readData(index, recordKind, data)
  if ('error' in fields) return fields.error
  const meaning = checkMeaning(index, recordKind, fields.data)
  if (meaning) return meaning
  return { uid, kind: recordKind, meta, at, data: fields.data }
}

export function validatePushedRecords(report: Report, body: unknown): ValidatedBatch {
  if (!isObject(body) || !Array.isArray(body['records'])) return { error: recordErrors.batchShape() }
  const list: readonly unknown[] = body['records']
  if (list.length > MAX_RECORDS_PER_PUSH) return { error: recordErrors.batchTooLarge(list.length) }
  const records: PushedRecord[] = []
  const uids = new Set<string>()
  for (const [index, value] of list.entries()) {
    const record = readRecord(index, value, report.metas.length)
    if (!('uid' in record)) return { error: record }
    if (uids.has(record.uid)) return { error: recordErrors.duplicateUid(index) }
    uids.add(record.uid)
    records.push(record)
  }
  return { records }
}
