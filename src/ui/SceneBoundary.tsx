import { Component, type ReactNode } from 'react'

/** Whether an error is the browser refusing a WebGL 2 context (no GPU, a blocked driver, WebGL turned off). */
export function isNoWebGL(error: unknown): boolean {
  return /creating WebGL context|WebGL 1 is not supported/.test(String((error as Error | undefined)?.message ?? error))
}

interface Props {
  children: ReactNode
  /** called once when the 3D view cannot start because there is no WebGL 2 */
  onNoWebGL: () => void
  /** what shows in the view's place after any other error, with a way to try again */
  failed: (retry: () => void) => ReactNode
}

/**
 * Catches what the 3D view throws, so the steps, captions and panels around it keep working. A missing WebGL
 * is found here, when the renderer cannot get its context, rather than by opening a second context up front
 * (which costs a software renderer a seventh of a second at start-up).
 */
export class SceneBoundary extends Component<Props, { error: unknown }> {
  state = { error: null as unknown }
  static getDerivedStateFromError(error: unknown) { return { error } }
  componentDidCatch(error: unknown) { if (isNoWebGL(error)) this.props.onNoWebGL() }
  render() {
    const { error } = this.state
    if (error === null) return this.props.children
    return isNoWebGL(error) ? null : this.props.failed(() => this.setState({ error: null }))
  }
}
