/**
 * Tells this instance's live streams about records a push through this instance just stored, so they
 * go out without waiting for NOTIFY and a read; NOTIFY still reaches every other instance. An instance
 * is named by its HTTP server, which its record and live routes share.
 */
import type { Server } from 'node:http'
import type { TeamRecord } from '../../report/team/teamRecord'

type Listener = (report: string, records: readonly TeamRecord[]) => void

const listenersByInstance = new WeakMap<Server, Set<Listener>>()

export function onAppended(instance: Server, listener: Listener): () => void {
  let listeners = listenersByInstance.get(instance)
  if (!listeners) listenersByInstance.set(instance, (listeners = new Set()))
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

export function announceAppended(instance: Server, report: string, records: readonly TeamRecord[]): void {
  if (records.length === 0) return
  for (const listener of listenersByInstance.get(instance) ?? []) listener(report, records)
}
