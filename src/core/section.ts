// The cross-section: a plane that cuts away one side of the anatomy. Sagittal cuts away the patient's left
// of x = offset (seen from the left), axial cuts away what is above y = offset (seen from above).
export type SectionKind = 'sagittal' | 'axial'
export interface Section {
  on: boolean
  kind: SectionKind
  offset: number
}

export const DEFAULT_SECTION: Readonly<Section> = Object.freeze({ on: false, kind: 'sagittal', offset: 0 })

/** How far the cut can move from the middle of the treated body, mm. */
export const SECTION_RANGE = { sagittal: 20, axial: 14 } as const

/**
 * The plane as three.js takes it: points with normal . p + constant >= 0 stay, the rest are cut away.
 */
export function sectionPlane(s: Pick<Section, 'kind' | 'offset'>): {
  normal: [number, number, number]
  constant: number
} {
  const r = SECTION_RANGE[s.kind]
  const o = Number.isFinite(s.offset) ? Math.max(-r, Math.min(r, s.offset)) : 0
  return s.kind === 'sagittal' ? { normal: [-1, 0, 0], constant: o } : { normal: [0, -1, 0], constant: o }
}
