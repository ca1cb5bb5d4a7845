import { Canvas } from '@react-three/fiber'
import type { SideId } from '../../app/frameState'
import { SideContext } from '../side'
import { CanvasLinks } from '../CanvasLinks'
import { XrayRenderer } from './XrayRenderer'

/**
 * The simulated fluoroscopy: a canvas of its own beside the 3D view, holding the lateral and AP images of
 * one side's procedure at the shared time. It draws on demand, like the 3D view. `reserve` px below the
 * images are left for words (core/fluoro/carm.ts imageFrames).
 */
export function FluoroCanvas({ side = 'main', label, reserve }: { side?: SideId; label: string; reserve: number }) {
  return (
    <Canvas
      className="fluoro-canvas"
      frameloop="demand"
      dpr={[1, 2]}
      flat
      linear
      gl={{ antialias: false, alpha: false, preserveDrawingBuffer: import.meta.env.MODE === 'test' }}
      aria-label={label}
      role="img"
    >
      <SideContext.Provider value={side}>
        <CanvasLinks side={side} capture={false} />
        <XrayRenderer reserve={reserve} />
      </SideContext.Provider>
    </Canvas>
  )
}
