import { Html } from '@react-three/drei'
import { useApp } from '../app/store'
import { useText } from '../app/text'
import { type StructureKey } from '../content/en'
import { useTagLayer } from './useTagLayer'

/** The name and a plain sentence for the structure under the pointer, or tapped, beside it. */
export function PickTag() {
  const layer = useTagLayer()
  const { STRUCTURES } = useText()
  const picked = useApp((s) => s.picked)
  if (!picked || !(picked.key in STRUCTURES)) return null
  const text = STRUCTURES[picked.key as StructureKey]
  const where =
    picked.key === 'disc'
      ? picked.level?.replace('-', '–')
      : ['rib', 'body', 'pedicle', 'lamina', 'transverse', 'spinous', 'facet.superior', 'facet.inferior'].includes(
            picked.key,
          )
        ? picked.level
        : undefined
  return (
    <Html portal={layer} position={picked.point} zIndexRange={[30, 0]} style={{ pointerEvents: 'none' }}>
      <div className="pick-tag" role="status">
        <b>
          {text.name}
          {where ? ` · ${where}` : ''}
        </b>
        <span>{text.explain}</span>
      </div>
    </Html>
  )
}
