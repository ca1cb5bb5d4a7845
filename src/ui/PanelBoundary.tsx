import type { ReactNode } from 'react'
import { RegionBoundary } from './RegionBoundary'
import { useText } from '../app/text'

/** A panel's region: if it fails, a short message and "Try again" in its place; the 3D view and the rest go on. */
export function PanelBoundary({ children, className }: { children: ReactNode; className?: string }) {
  const { UI, CHECK } = useText()
  return (
    <RegionBoundary
      fallback={(retry) => (
        <div className={`panel-failed${className ? ' ' + className : ''}`} role="alert">
          <p>{UI.panelFailed}</p>
          <button onClick={retry}>{CHECK.again}</button>
        </div>
      )}
    >
      {children}
    </RegionBoundary>
  )
}
