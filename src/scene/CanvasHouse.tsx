import { useEffect, useState, type ReactNode } from 'react'
import type { SideId } from '../app/frameState'
import { CanvasResources, CanvasResourcesContext } from './canvasResources'
import { SideContext } from './side'
import { CanvasLinks } from './CanvasLinks'

/**
 * Everything one canvas owns, made inside its <Canvas>: which side it draws, its resources (disposed when the
 * canvas goes) and its links to the actions (invalidate) and the summary (capture).
 */
export function CanvasHouse({
  side,
  capture = true,
  children,
}: {
  side: SideId
  capture?: boolean
  children: ReactNode
}) {
  const [resources] = useState(() => new CanvasResources())
  useEffect(() => () => resources.dispose(), [resources])
  return (
    <SideContext.Provider value={side}>
      <CanvasResourcesContext.Provider value={resources}>
        <CanvasLinks side={side} capture={capture} />
        {children}
      </CanvasResourcesContext.Provider>
    </SideContext.Provider>
  )
}
