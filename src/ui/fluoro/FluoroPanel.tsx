import { useRef, useState } from 'react'
import { useApp } from '../../app/store'
import { useText } from '../../app/text'
import { useFrameValue } from '../../app/frameHooks'
import { setView } from '../../app/viewActions'
import { fluoroLayout, PROJECTIONS } from '../../core/fluoro/carm'
import type { ComponentType } from 'react'
import { Segmented } from '../Segmented'
import { Toggle } from '../Toggle'
import { useElementSize } from '../useElementSize'
import { FluoroFrame } from './FluoroFrame'
import { RuleStatus } from './RuleStatus'
import { StopStatus } from './StopStatus'

const SIZES = ['inset', 'split', 'fluoro'] as const
// px kept for words: below the images, or beside them when a column this wide is left at full height
const WORDS = { below: 124, beside: 280 }
const SMALL_WORDS = { below: 48, beside: 9999 }

/** What the panel draws its images with: the X-ray canvas, handed in by the app (ui does not import scene). */
export type ImagesCanvas = ComponentType<{ label: string; words: { below: number; beside: number }; inverted: boolean }>

/**
 * The simulated X-ray images, lateral and AP, synced to the timeline: in a corner of the 3D view, beside it,
 * or alone. The canvas and the frames over it share one layout (imageFrames), so the labels and the rule's
 * lines sit on the images.
 */
export function FluoroPanel({ Canvas }: { Canvas: ImagesCanvas }) {
  const { FLUORO } = useText()
  const mode = useApp((s) => s.view.mode)
  const view = useApp((s) => s.view.view)
  // once cement has left the bone: how much of that a plain X-ray shows
  const leaks = useFrameValue((scene, s) => s.view.mode !== 'patient' && scene.leaked !== 0)
  // the monitor's invert (dense bright, as on a film): a clinician's reading preference, not kept in the link
  const [inverted, setInverted] = useState(false)
  const box = useRef<HTMLDivElement>(null)
  const { width, height } = useElementSize(box)
  const small = view === 'inset'
  const pad = small ? 4 : 8 // the panel's padding (styles.css)
  // below or beside the images: the size buttons and, when not small, what the picture shows and the rule
  const words = small ? SMALL_WORDS : WORDS
  const { frames, words: room } = fluoroLayout(width, height, words)
  // small: the box as wide as its two images and no wider
  const style = small && height > 0 ? { width: 2 * Math.max(0, height - words.below) + 8 + 2 * pad + 2 } : undefined
  return (
    <section className={`fluoro-panel ${view}`} aria-label={FLUORO.title} style={style}>
      <div className="fluoro-images" ref={box}>
        {/* the small view has no room for the button, so it shows the monitor's usual scale */}
        <Canvas label={FLUORO.canvas} words={words} inverted={inverted && !small} />
        {width > 0 && PROJECTIONS.map((p, i) => <FluoroFrame key={p} projection={p} frame={frames[i]} />)}
      </div>
      <div className="fluoro-words" style={{ left: room.x + pad, top: room.y + pad, width: room.w, height: room.h }}>
        <StopStatus />
        <div className="fluoro-bar">
          <Segmented
            label={FLUORO.sizeLabel}
            options={SIZES}
            value={view === '3d' ? 'split' : view}
            text={(v) => FLUORO.sizes[v]}
            onPick={setView}
          />
          {!small && mode !== 'patient' && (
            <Toggle on={inverted} onClick={() => setInverted(!inverted)}>
              {FLUORO.invert}
            </Toggle>
          )}
          {!small && mode !== 'student' && (
            <p className="fluoro-note">
              {mode === 'patient' ? FLUORO.patientHint : inverted ? FLUORO.invertedHint : FLUORO.clinicianHint}{' '}
              <span>{FLUORO.simulated}</span>
            </p>
          )}
          {!small && mode === 'student' && <RuleStatus />}
        </div>
        {!small && leaks && <p className="fluoro-leaks">{FLUORO.leaks}</p>}
      </div>
    </section>
  )
}
