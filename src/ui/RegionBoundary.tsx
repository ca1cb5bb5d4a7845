import { Component, Fragment, type ReactNode } from 'react'

interface Props {
  children: ReactNode
  /** what shows in the region's place after an error, with a way to try again */
  fallback: (retry: () => void) => ReactNode
  /** an error the region handles itself: told here, and nothing is drawn in its place */
  handled?: (error: unknown) => boolean
  onHandled?: () => void
}

/**
 * Catches what one region of the page throws (the 3D view, a panel, the dock) so that the rest keeps working.
 * "Try again" mounts the region afresh; the app's state is in the store, so the user's place is kept.
 */
export class RegionBoundary extends Component<Props, { error: unknown; tries: number }> {
  state = { error: null as unknown, tries: 0 }
  static getDerivedStateFromError(error: unknown) {
    return { error }
  }
  componentDidCatch(error: unknown) {
    if (this.props.handled?.(error)) this.props.onHandled?.()
  }
  render() {
    const { error, tries } = this.state
    // the key makes a retry a fresh mount, not a re-render of the broken tree
    if (error === null) return <Fragment key={tries}>{this.props.children}</Fragment>
    if (this.props.handled?.(error)) return null
    return this.props.fallback(() => this.setState({ error: null, tries: tries + 1 }))
  }
}
