import { useEffect } from 'react'
import { Leva, useControls } from 'leva'
import { store } from '../app/store'
import { setCase } from '../app/actions'
import { RANGES, TREATABLE_LEVELS, type CaseParams, type Grade } from '../core/case'

/**
 * The case in a leva panel (loaded lazily: leva is not in the first bundle). Every number has min and max,
 * so leva draws a slider rather than a drag label that needs Pointer Lock (missing on iPad Safari).
 */
export default function CasePanel() {
  const c = store.getState().case
  const [, set] = useControls(() => ({
    level: { value: c.level, options: [...TREATABLE_LEVELS], onChange: (v: string) => apply({ level: v as CaseParams['level'] }) },
    grade: { value: c.grade, options: { '1 mild (20-25%)': 1, '2 moderate (25-40%)': 2, '3 severe (>40%)': 3 }, onChange: (v: number) => apply({ grade: v as Grade }) },
    shape: { value: c.morph, options: { wedge: 'wedge', 'biconcave (middle)': 'biconcave', 'crush (whole body)': 'crush' }, onChange: (v: CaseParams['morph']) => apply({ morph: v }) },
    viscosity: { value: c.visc, options: ['low', 'medium', 'high'], onChange: (v: CaseParams['visc']) => apply({ visc: v }) },
    'volume mL': { value: c.vol, min: RANGES.vol.min, max: RANGES.vol.max, step: RANGES.vol.step, onChange: (v: number) => apply({ vol: v }) },
    'back wall': { value: c.wall, options: ['intact', 'breached'], onChange: (v: CaseParams['wall']) => apply({ wall: v }) },
    endplate: { value: c.endplate, options: ['intact', 'cracked'], onChange: (v: CaseParams['endplate']) => apply({ endplate: v }) },
    cleft: { value: c.cleft, onChange: (v: boolean) => apply({ cleft: v }) },
    approach: { value: c.approach, options: { 'one side': 'uni', 'both sides': 'bi' }, onChange: (v: CaseParams['approach']) => apply({ approach: v }) },
  }))
  // keep the panel in step when the case changes elsewhere (URL, procedure switch)
  useEffect(() => store.subscribe((s, p) => {
    if (s.case === p.case) return
    set({ level: s.case.level, grade: s.case.grade, shape: s.case.morph, viscosity: s.case.visc, 'volume mL': s.case.vol, 'back wall': s.case.wall, endplate: s.case.endplate, cleft: s.case.cleft, approach: s.case.approach })
  }), [set])
  return (
    <div className="case-panel">
      <Leva
        fill
        collapsed={typeof window !== 'undefined' && window.innerWidth < 1100}
        titleBar={{ title: 'Case', drag: false, filter: false }}
        hideCopyButton
        // highlight1 lifted from leva's #535760 so the panel's title and labels meet 4.5:1 contrast (WCAG AA)
        theme={{ sizes: { rowHeight: '34px', controlWidth: '150px' }, fontSizes: { root: '13px' }, colors: { highlight1: '#9aa3b5' } }}
      />
    </div>
  )
}

/** leva calls onChange on mount with the initial values: only real changes reach the store. */
function apply(patch: Partial<CaseParams>): void {
  const c = store.getState().case
  if (Object.entries(patch).some(([k, v]) => c[k as keyof CaseParams] !== v)) setCase(patch)
}
