import { useApp } from '../app/store'
import { Cap } from './capping'
import { TreatedCap } from './TreatedCap'
import { COLORS } from './materials'

/** The cut faces of the cross-section, one per capped object, shown while the section is on. */
export function SectionCaps() {
  const on = useApp((s) => s.section.on)
  if (!on) return null
  return (
    <group name="section-caps">
      <Cap cap="vertebraBelow" color={COLORS.boneCut} />
      <Cap cap="discBelow" color={COLORS.discCut} />
      <TreatedCap />
      <Cap cap="discAbove" color={COLORS.discCut} />
      <Cap cap="vertebraAbove" color={COLORS.boneCut} />
      <Cap cap="sac" color={COLORS.dura} />
      <Cap cap="sacUpper" color={COLORS.dura} />
    </group>
  )
}
