import { Component, type ReactNode } from 'react'

interface Props {
  /** What to show instead of the failed part; `retry` renders the children again. */
  readonly fallback: (retry: () => void) => ReactNode
  /** Called when the user retries, e.g. to recreate a lazy component whose load failed. */
  readonly onRetry?: () => void
  readonly children: ReactNode
}

/** Keeps a failure in one part of the page (a chunk that did not load) from taking down the rest. */
export class RenderErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  private readonly retry = () => {
    this.props.onRetry?.()
    this.setState({ failed: false })
  }

  override render() {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children
  }
}
