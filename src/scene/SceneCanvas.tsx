import { Canvas, events, type RootStore } from '@react-three/fiber'
import { useApp } from '../app/store'
import { setInvalidate } from '../app/actions'
import { registerRenderer } from '../app/inspection'
import { registerCapture } from '../app/snapshot'
import { COLORS } from './materials'
import { Lights } from './Lights'
import { CameraRig } from './CameraRig'
import { SpineSegment } from './SpineSegment'
import { Vessels } from './Vessels'
import { Sectioned } from './Sectioned'
import { SectionCaps } from './SectionCaps'
import { FractureFeatures } from './FractureFeatures'
import { Needle } from './Needle'
import { Balloons } from './Balloons'
import { CementVolume } from './CementVolume'
import { SkinLayer } from './SkinLayer'
import { RiskOverlay } from './RiskOverlay'
import { ReadySignal } from './ReadySignal'
import { PickTag } from './PickTag'
import { AnatomyLabels } from './AnatomyLabels'
import { PenLayer } from './PenLayer'
import { unpick } from '../app/actions'
import { riskRegionsFirst } from './picking'

const pointerEvents = (s: RootStore) => ({ ...events(s), filter: riskRegionsFirst })

/** Draw only on demand: a frame when t, the camera or the case changes. */
export function SceneCanvas({ onContextLost }: { onContextLost: (lost: boolean) => void }) {
  const needles = useApp((s) => s.plan.instruments.needles)
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ fov: 35, near: 5, far: 3000, position: [200, 40, 120] }}
      onPointerMissed={unpick}
      events={pointerEvents}
      // the drawing buffer is kept only under test, where pixels are read back; it costs a copy per frame
      gl={{ antialias: true, stencil: true, preserveDrawingBuffer: import.meta.env.MODE === 'test' }}
      onCreated={({ gl, invalidate, get }) => {
        registerRenderer(gl)
        registerCapture(() => { const { scene, camera } = get(); gl.render(scene, camera); return gl.domElement.toDataURL('image/png') })
        gl.localClippingEnabled = true
        setInvalidate(invalidate)
        gl.domElement.addEventListener('webglcontextlost', (e) => { e.preventDefault(); onContextLost(true) })
        gl.domElement.addEventListener('webglcontextrestored', () => { onContextLost(false); invalidate() })
      }}
    >
      <color attach="background" args={[COLORS.background]} />
      <Lights />
      <CameraRig />
      <Sectioned>
        <SpineSegment />
        <Vessels />
        <FractureFeatures />
      </Sectioned>
      <SectionCaps />
      {needles.map((n, i) => <Needle key={i} path={n} />)}
      <Balloons />
      <CementVolume />
      <SkinLayer />
      <RiskOverlay />
      <PickTag />
      <AnatomyLabels />
      <PenLayer />
      <ReadySignal />
    </Canvas>
  )
}
