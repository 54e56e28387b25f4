import { useCallback, useEffect, useMemo, useState } from 'react'
import { compareReports, type Comparison } from '../../report/compare/compareReports'
import { applyChoices, matchModeFor, type Matching, type MatchMode, type PairingChoice } from '../../report/compare/matchMetas'
import { useMessages } from '../../ui/i18n/LanguageProvider'
import { useTaskProgress } from '../../ui/tasks/useTaskProgress'
import { matchFields } from './matchJob'
import { runMatching } from './runMatching'
import type { SideReport, Source } from './useCompareSources'

export interface ComparisonRequest {
  readonly a: Source
  readonly b: Source
  /** 'auto': versions when both sides are of one entity and year (matchModeFor). */
  readonly mode: MatchMode | 'auto'
}

export interface LoadedComparison {
  readonly a: SideReport
  readonly b: SideReport
  /** The matching as proposed, before the user's choices. */
  readonly proposed: Matching
}

/**
 * Reads both sides, matches their metas in a worker with progress, and compares them; the user's
 * re-pairings apply on top of the proposed matching and the comparison follows at once.
 */
export function useComparison(request: ComparisonRequest | null, read: (a: Source, b: Source) => Promise<readonly [SideReport, SideReport] | null>) {
  const t = useMessages().compare
  const { state, run } = useTaskProgress()
  const [loaded, setLoaded] = useState<LoadedComparison | null>(null)
  const [choices, setChoices] = useState<readonly PairingChoice[]>([])
  const sourceGone = t.sourceGone
  const failed = t.failed

  useEffect(() => {
    setLoaded(null)
    setChoices([])
    if (!request) return
    void run(
      async (onProgress, signal) => {
        const sides = await read(request.a, request.b)
        if (!sides) throw new Error(sourceGone)
        const [a, b] = sides
        const mode = request.mode === 'auto' ? matchModeFor(a.report, b.report) : request.mode
        const proposed = await runMatching({ a: matchFields(a.report.metas), b: matchFields(b.report.metas), mode }, onProgress, signal)
        return { a, b, proposed }
      },
      (result) => {
        setLoaded(result)
        return null
      },
      failed,
    )
    // A new request (or new storage) starts over; a change of language does not.
    // oxlint-disable-next-line react/exhaustive-deps -- the messages are read when the task ends
  }, [request, read, run])

  const comparison = useMemo<Comparison | null>(() => {
    if (!loaded) return null
    const { a, b, proposed } = loaded
    return compareReports(a.report.metas, b.report.metas, applyChoices(proposed, choices, a.report.metas.length, b.report.metas.length))
  }, [loaded, choices])

  const choose = useCallback((choice: PairingChoice) => setChoices((list) => [...list, choice]), [])
  const resetChoices = useCallback(() => setChoices([]), [])
  return { task: state, loaded, comparison, choices, choose, resetChoices }
}
