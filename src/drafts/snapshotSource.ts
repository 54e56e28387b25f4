/**
 * What a screen subscribes to (React's useSyncExternalStore): the current snapshot and its
 * listeners, plus a second set of listeners told when records reached storage.
 */
export abstract class SnapshotSource<S> {
  private listeners = new Set<() => void>()
  private storedListeners = new Set<() => void>()

  protected constructor(protected snapshot: S) {}

  getSnapshot = (): S => this.snapshot

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Tells when records were written by this tab or read from another's (the replicator pushes them). */
  onStored = (listener: () => void): (() => void) => {
    this.storedListeners.add(listener)
    return () => this.storedListeners.delete(listener)
  }

  /** Resolves once the snapshot satisfies `done` (at once if it already does). */
  protected when(done: (snapshot: S) => boolean): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (!done(this.snapshot)) return
        stop()
        resolve()
      }
      const stop = this.subscribe(check)
      check()
    })
  }

  protected emit(): void {
    for (const listener of this.listeners) listener()
  }

  protected tellStored(): void {
    for (const listener of this.storedListeners) listener()
  }

  protected stopTelling(): void {
    this.listeners.clear()
    this.storedListeners.clear()
  }
}
