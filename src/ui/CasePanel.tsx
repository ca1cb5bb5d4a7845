import { useEffect, useRef, useState } from 'react'
import { Leva, useControls } from 'leva'
import { store } from '../app/store'
import { useText } from '../app/text'
import { setCase } from '../app/caseActions'
import { RANGES, TREATABLE_LEVELS, type CaseParams, type Grade } from '../core/case'

/** Grade bands of height loss (Genant), the same in every language. */
const GRADE_BANDS: Record<Grade, string> = { 1: '20-25%', 2: '25-40%', 3: '>40%' }

/**
 * The case in a leva panel (loaded lazily: leva is not in the first bundle). Every number has min and max,
 * so leva draws a slider rather than a drag label that needs Pointer Lock (missing on iPad Safari). Words come
 * from the app's language; App keys the panel on it, since leva keeps inputs by key and needs a fresh mount.
 */
export default function CasePanel() {
  const { CASE } = useText()
  const c = store.getState().case
  const { names: N, options: O } = CASE
  // leva shows an options object's keys and stores its values
  const choices = <K extends keyof typeof O>(key: K, values: readonly (string | number | boolean)[]) =>
    Object.fromEntries(values.map((v) => [(O[key] as Record<string, string>)[String(v)], v]))
  const [, set] = useControls(() => ({
    level: {
      label: N.level,
      value: c.level,
      options: [...TREATABLE_LEVELS],
      onChange: (v: string) => apply({ level: v as CaseParams['level'] }),
    },
    grade: {
      label: N.grade,
      value: c.grade,
      options: Object.fromEntries(([1, 2, 3] as const).map((g) => [`${O.grade[g]} (${GRADE_BANDS[g]})`, g])),
      onChange: (v: number) => apply({ grade: v as Grade }),
    },
    morph: {
      label: N.morph,
      value: c.morph,
      options: choices('morph', ['wedge', 'biconcave', 'crush']),
      onChange: (v: CaseParams['morph']) => apply({ morph: v }),
    },
    cause: {
      label: N.cause,
      value: c.cause,
      options: choices('cause', ['osteoporosis', 'tumor']),
      onChange: (v: CaseParams['cause']) => apply({ cause: v }),
    },
    visc: {
      label: N.visc,
      value: c.visc,
      options: choices('visc', ['low', 'medium', 'high']),
      onChange: (v: CaseParams['visc']) => apply({ visc: v }),
    },
    vol: {
      label: `${N.vol} (mL)`,
      value: c.vol,
      min: RANGES.vol.min,
      max: RANGES.vol.max,
      step: RANGES.vol.step,
      onChange: (v: number) => apply({ vol: v }),
    },
    mix: {
      label: `${N.mix} (min)`,
      value: c.mix,
      min: RANGES.mix.min,
      max: RANGES.mix.max,
      step: RANGES.mix.step,
      onChange: (v: number) => apply({ mix: v }),
    },
    rate: {
      label: `${N.rate} (mL/min)`,
      value: c.rate,
      min: RANGES.rate.min,
      max: RANGES.rate.max,
      step: RANGES.rate.step,
      onChange: (v: number) => apply({ rate: v }),
    },
    wall: {
      label: N.wall,
      value: c.wall,
      options: choices('wall', ['intact', 'breached']),
      onChange: (v: CaseParams['wall']) => apply({ wall: v }),
    },
    endplate: {
      label: N.endplate,
      value: c.endplate,
      options: choices('endplate', ['intact', 'cracked']),
      onChange: (v: CaseParams['endplate']) => apply({ endplate: v }),
    },
    cleft: { label: N.cleft, value: c.cleft, onChange: (v: boolean) => apply({ cleft: v }) },
    approach: {
      label: N.approach,
      value: c.approach,
      options: choices('approach', ['uni', 'bi']),
      onChange: (v: CaseParams['approach']) => apply({ approach: v }),
    },
  }))
  // keep the panel in step when the case changes elsewhere (URL, procedure switch, case drawer)
  useEffect(
    () =>
      store.subscribe((s, p) => {
        if (s.case === p.case) return
        const { level, grade, morph, cause, visc, vol, mix, rate, wall, endplate, cleft, approach } = s.case
        set({ level, grade, morph, cause, visc, vol, mix, rate, wall, endplate, cleft, approach })
      }),
    [set],
  )
  // open or folded is kept here so the layout can give an open panel room (the full-size X-ray views do)
  const [folded, setFolded] = useState(() => typeof window !== 'undefined' && window.innerWidth < 1100)
  const ref = useRef<HTMLDivElement>(null)
  // opening grows the panel over a moment and the browser scrolls its title out of view: bring it back
  useEffect(() => {
    if (folded) return
    const id = setTimeout(() => ref.current?.scrollTo({ top: 0 }), 350)
    return () => clearTimeout(id)
  }, [folded])
  return (
    <div ref={ref} className="case-panel" data-open={folded ? undefined : ''}>
      <Leva
        fill
        collapsed={{ collapsed: folded, onChange: setFolded }}
        titleBar={{ title: CASE.title, drag: false, filter: false }}
        hideCopyButton
        // highlight1 lifted from leva's #535760 so the panel's title and labels meet 4.5:1 contrast (WCAG AA)
        theme={{
          sizes: { rowHeight: '34px', controlWidth: '150px' },
          fontSizes: { root: '13px' },
          colors: { highlight1: '#9aa3b5' },
        }}
      />
    </div>
  )
}

/** leva calls onChange on mount with the initial values: only real changes reach the store. */
function apply(patch: Partial<CaseParams>): void {
  const c = store.getState().case
  if (Object.entries(patch).some(([k, v]) => c[k as keyof CaseParams] !== v)) setCase(patch)
}
