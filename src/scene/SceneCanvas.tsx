import { Canvas, events, type RootStore } from '@react-three/fiber'
import { registerRenderer } from '../app/inspection'
import { COLORS } from './materials'
import { Lights } from './Lights'
import { CameraRig } from './CameraRig'
import { SpineSegment } from './SpineSegment'
import { Vessels } from './Vessels'
import { Sectioned } from './Sectioned'
import { SectionCaps } from './SectionCaps'
import { FractureFeatures } from './FractureFeatures'
import { Needles } from './Needles'
import { CanvasHouse } from './CanvasHouse'
import { Balloons } from './Balloons'
import { CementVolume } from './CementVolume'
import { StopPlane } from './StopPlane'
import { SkinLayer } from './SkinLayer'
import { RiskOverlay } from './RiskOverlay'
import { ReadySignal } from './ReadySignal'
import { PickTag } from './PickTag'
import { AnatomyLabels } from './AnatomyLabels'
import { PenLayer } from './PenLayer'
import { unpick } from '../app/viewActions'
import { riskRegionsFirst } from './picking'
import type { SideId } from '../app/frameState'

const pointerEvents = (s: RootStore) => ({ ...events(s), filter: riskRegionsFirst })

/**
 * Draw only on demand: a frame when t, the camera or the case changes. One canvas per procedure shown: the
 * case's ('main'), and vertebroplasty beside it when two are compared ('compare').
 */
export function SceneCanvas({
  side = 'main',
  label,
  onContextLost,
}: {
  side?: SideId
  label?: string
  onContextLost: (lost: boolean) => void
}) {
  const main = side === 'main'
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ fov: 35, near: 5, far: 3000, position: [200, 40, 120] }}
      onPointerMissed={unpick}
      events={pointerEvents}
      // the drawing buffer is kept only under test, where pixels are read back; it costs a copy per frame
      gl={{ antialias: true, stencil: true, preserveDrawingBuffer: import.meta.env.MODE === 'test' }}
      aria-label={label}
      onCreated={({ gl, invalidate }) => {
        if (main) registerRenderer(gl)
        gl.localClippingEnabled = true
        gl.domElement.addEventListener('webglcontextlost', (e) => {
          e.preventDefault()
          onContextLost(true)
        })
        gl.domElement.addEventListener('webglcontextrestored', () => {
          onContextLost(false)
          invalidate()
        })
      }}
    >
      <CanvasHouse side={side}>
        <color attach="background" args={[COLORS.background]} />
        <Lights />
        <CameraRig />
        <Sectioned>
          <SpineSegment />
          <Vessels />
          <FractureFeatures />
        </Sectioned>
        <SectionCaps />
        <Needles />
        <Balloons />
        <CementVolume />
        <StopPlane />
        <SkinLayer />
        <RiskOverlay />
        <PickTag />
        <AnatomyLabels />
        <PenLayer />
        {main && <ReadySignal />}
      </CanvasHouse>
    </Canvas>
  )
}
