/** What changed in a workspace, told to the other tabs so they read it within a second. */
export interface TabMessage {
  readonly workspace: string
  readonly what: 'edits' | 'reviews'
}

export interface TabChannel {
  post(message: TabMessage): void
  close(): void
}

const CHANNEL_NAME = 'poa-drafts'

/**
 * A BroadcastChannel to the other tabs of this origin (a channel never hears its own posts);
 * silent where the browser has none.
 */
export function openTabChannel(onMessage: (message: TabMessage) => void): TabChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined }
  const channel = new BroadcastChannel(CHANNEL_NAME)
  channel.onmessage = (event: MessageEvent<TabMessage>) => onMessage(event.data)
  return { post: (message) => channel.postMessage(message), close: () => channel.close() }
}
