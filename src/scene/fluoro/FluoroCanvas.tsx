import { Canvas } from '@react-three/fiber'
import type { SideId } from '../../app/frameState'
import { CanvasHouse } from '../CanvasHouse'
import { XrayRenderer } from './XrayRenderer'

/**
 * The simulated fluoroscopy: a canvas of its own beside the 3D view, holding the lateral and AP images of
 * one side's procedure at the shared time. It draws on demand, like the 3D view, in the squares
 * core/fluoro/carm.ts fluoroLayout gives (with room for `words` below or beside them); `inverted` shows
 * dense as bright, as the monitor's invert button does.
 */
export function FluoroCanvas({
  side = 'main',
  label,
  words,
  inverted = false,
}: {
  side?: SideId
  label: string
  words: { below: number; beside: number }
  inverted?: boolean
}) {
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
      <CanvasHouse side={side} capture={false}>
        <XrayRenderer words={words} inverted={inverted} />
      </CanvasHouse>
    </Canvas>
  )
}
