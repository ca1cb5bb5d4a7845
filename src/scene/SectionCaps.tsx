import { useApp } from '../app/store'
import { Cap } from './capping'
import { TreatedCap } from './TreatedCap'
import { DiscCap } from './DiscCap'
import { BoneCap } from './BoneCap'
import { COLORS } from './materials'

/** The cut faces of the cross-section, one per capped object, shown while the section is on. */
export function SectionCaps() {
  const on = useApp((s) => s.section.on)
  const anatomy = useApp((s) => s.anatomy)
  if (!on) return null
  return (
    <group name="section-caps">
      {anatomy ? (
        <BoneCap cap="vertebraBelow" level={anatomy.below} />
      ) : (
        <Cap cap="vertebraBelow" color={COLORS.boneCut} />
      )}
      {anatomy ? (
        <DiscCap cap="discBelow" upper={anatomy.level} lower={anatomy.below} />
      ) : (
        <Cap cap="discBelow" color={COLORS.discCut} />
      )}
      <TreatedCap />
      {anatomy ? (
        <DiscCap cap="discAbove" upper={anatomy.above} lower={anatomy.level} />
      ) : (
        <Cap cap="discAbove" color={COLORS.discCut} />
      )}
      {anatomy ? (
        <BoneCap cap="vertebraAbove" level={anatomy.above} />
      ) : (
        <Cap cap="vertebraAbove" color={COLORS.boneCut} />
      )}
      <Cap cap="sac" color={COLORS.dura} />
      <Cap cap="sacUpper" color={COLORS.dura} />
    </group>
  )
}
