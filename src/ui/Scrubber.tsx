import { useRef, type PointerEvent } from 'react'
import { useApp } from '../app/store'
import { useFrameEffect } from '../app/frameHooks'
import { SKIP_S, chapterStep, seek, setLoop, setSpeed, skip, togglePlay } from '../app/playbackActions'
import { Segmented } from './Segmented'
import { chapterIndexAt } from '../core/timeline'
import { SPEEDS } from '../core/playback'
import { useText } from '../app/text'
import { clock } from '../core/format'

/**
 * Play and pause, previous and next chapter, 5 s back and forward, loop the chapter, speed 0.25x to 2x,
 * and a track to drag to any moment. The track is an ARIA
 * slider; its chapter boundaries are marked, the current chapter is highlighted, and so are the pause at a
 * leak and the point where the injection stopped, when the case has them. The chapter re-renders it; the
 * fill, the thumb, the time and the slider's value move with every played frame, written straight to the DOM.
 */
export function Scrubber() {
  const { CHAPTERS, UI } = useText()
  const t = useApp((s) => s.t)
  const plan = useApp((s) => s.plan)
  const playing = useApp((s) => s.clock.playing)
  const rate = useApp((s) => s.clock.rate)
  const loop = useApp((s) => s.loop)
  const track = useRef<HTMLDivElement>(null)
  const fill = useRef<HTMLDivElement>(null)
  const thumb = useRef<HTMLDivElement>(null)
  const time = useRef<HTMLSpanElement>(null)
  const { duration, chapters } = plan
  const ci = chapterIndexAt(chapters, t)
  const atEnd = t >= duration - 1e-6
  useFrameEffect(
    (scene) => {
      const now = scene.t,
        at = `${(now / duration) * 100}%`
      if (fill.current) fill.current.style.width = at
      if (thumb.current) thumb.current.style.left = at
      if (time.current) time.current.textContent = `${clock(now)} / ${clock(duration)}`
      const el = track.current
      if (el) {
        el.setAttribute('aria-valuenow', String(Math.round(now)))
        el.setAttribute('aria-valuetext', UI.timeText(CHAPTERS[scene.chapter].title, clock(now), clock(duration)))
      }
    },
    [duration, chapters, UI, CHAPTERS],
  )

  const seekTo = (e: PointerEvent) => {
    const r = track.current!.getBoundingClientRect()
    seek(((e.clientX - r.left) / r.width) * duration)
  }
  return (
    <div className="scrubber">
      <div className="controls">
        <button className="icon" aria-label={UI.prev} title={`${UI.prev} (P)`} onClick={() => chapterStep(-1)}>
          <Icon d={PREV} />
        </button>
        <button
          className="icon"
          aria-label={UI.back(SKIP_S)}
          title={`${UI.back(SKIP_S)} (J)`}
          onClick={() => skip(-SKIP_S)}
        >
          <Icon d={BACK} />
        </button>
        <button
          className="icon play"
          aria-label={playing ? UI.pause : atEnd ? UI.replay : UI.play}
          onClick={togglePlay}
        >
          <Icon d={playing ? PAUSE : PLAY} />
        </button>
        <button
          className="icon"
          aria-label={UI.forward(SKIP_S)}
          title={`${UI.forward(SKIP_S)} (L)`}
          onClick={() => skip(SKIP_S)}
        >
          <Icon d={FORWARD} />
        </button>
        <button className="icon" aria-label={UI.next} title={`${UI.next} (N)`} onClick={() => chapterStep(1)}>
          <Icon d={NEXT} />
        </button>
        <span ref={time} className="time" aria-hidden="true" />
        <button
          className={loop ? 'toggle loop on' : 'toggle loop'}
          aria-pressed={loop}
          aria-label={UI.loop}
          title={UI.loopHint}
          onClick={() => setLoop(!loop)}
        >
          <Icon d={LOOP} /> <span className="text">{UI.loop}</span>
        </button>
        <Segmented
          className="speeds"
          label={UI.speed}
          options={SPEEDS}
          value={rate}
          text={speedText}
          name={UI.speedName}
          onPick={setSpeed}
        />
      </div>
      <div
        ref={track}
        className="track"
        role="slider"
        tabIndex={0}
        aria-label={UI.timeline}
        aria-valuemin={0}
        aria-valuemax={Math.round(duration)}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId)
          seekTo(e)
        }}
        onPointerMove={(e) => {
          if (e.currentTarget.hasPointerCapture(e.pointerId)) seekTo(e)
        }}
      >
        {chapters.map((ch, i) => (
          <div
            key={ch.id}
            className={i === ci ? 'seg current' : 'seg'}
            style={{ left: `${(ch.start / duration) * 100}%`, width: `${((ch.end - ch.start) / duration) * 100}%` }}
            title={CHAPTERS[ch.id].title}
          />
        ))}
        {plan.stopTimes.pause && (
          <div
            className="mark pause"
            data-testid="mark-pause"
            title={UI.markPause}
            style={{
              left: `${(plan.stopTimes.pause[0] / duration) * 100}%`,
              width: `${((plan.stopTimes.pause[1] - plan.stopTimes.pause[0]) / duration) * 100}%`,
            }}
          />
        )}
        {plan.stopTimes.end !== null && (
          <div
            className="mark stop"
            data-testid="mark-stop"
            title={UI.markStop}
            style={{ left: `${(plan.stopTimes.end / duration) * 100}%` }}
          />
        )}
        <div ref={fill} className="fill" />
        <div ref={thumb} className="thumb" />
      </div>
    </div>
  )
}

const speedText = (s: number) => `${s === 0.25 ? '¼' : s === 0.5 ? '½' : s === 1.5 ? '1½' : s}×`

// icons as paths: symbol glyphs are missing from many tablet fonts
const PLAY = 'M7 4v16l13-8z'
const PAUSE = 'M6 4h4v16H6zM14 4h4v16h-4z'
const PREV = 'M6 4h2v16H6zM20 4v16L9 12z'
const NEXT = 'M16 4h2v16h-2zM4 4v16l11-8z'
const BACK = 'M11 5v14L2 12zM21 5v14l-9-7z'
const FORWARD = 'M13 5v14l9-7zM3 5v14l9-7z'
const LOOP = 'M7 7h10v3l4-4-4-4v3H5v6h2zM17 17H7v-3l-4 4 4 4v-3h12v-6h-2z'

function Icon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true">
      <path d={d} />
    </svg>
  )
}
