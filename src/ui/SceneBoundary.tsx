import type { ReactNode } from 'react'
import { RegionBoundary } from './RegionBoundary'

/** Whether an error is the browser refusing a WebGL 2 context (no GPU, a blocked driver, WebGL turned off). */
function isNoWebGL(error: unknown): boolean {
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
 * The 3D view's region. A missing WebGL is found here, when the renderer cannot get its context, rather than
 * by opening a second context up front (which costs a software renderer a seventh of a second at start-up).
 */
export function SceneBoundary({ children, onNoWebGL, failed }: Props) {
  return (
    <RegionBoundary handled={isNoWebGL} onHandled={onNoWebGL} fallback={failed}>
      {children}
    </RegionBoundary>
  )
}
