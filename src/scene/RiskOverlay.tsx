import { useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { Html } from '@react-three/drei'
import { Euler, type Group, type MeshBasicMaterial } from 'three'
import { useApp } from '../app/store'
import { frameState } from '../app/frameState'
import { deformY } from '../core/anatomy/fracture'
import type { Pathway } from '../core/risk/model'
import { riskOf } from '../core/timeline'
import { riskColor } from '../core/risk/colors'
import { PATHWAY_TEXT } from '../content/en'
import { percent } from '../ui/format'

/** `label` is where its tag sits, relative to the marker (mm), or absent for an unlabelled twin */
interface Marker { pathway: Pathway; pos: [number, number, number]; rot: [number, number, number]; kind: 'ring' | 'dot'; size: number; label?: [number, number, number] }

/**
 * Where cement can escape, marked on the treated vertebra and coloured by the population risk of that
 * pathway (colour-blind-safe scale). A marker grows and brightens once the simulated cement reaches it.
 */
export function RiskOverlay() {
  const plan = useApp((s) => s.plan)
  const on = useApp((s) => s.view.overlay)
  const risk = riskOf(plan)
  const markers = useMemo((): Marker[] => {
    const { m, zPost } = plan.layout
    const H = (m.VBHa + m.VBHp) / 2
    const half = Math.PI / 2
    const nb = plan.instruments.needles[0].bone
    return [
      { pathway: 'disc', pos: [0, H / 2 + 0.5, 2], rot: [half, 0, 0], kind: 'ring', size: m.EPW * 0.28, label: [0, 6, m.EPD * 0.3] },
      { pathway: 'disc', pos: [0, -H / 2 - 0.5, 2], rot: [half, 0, 0], kind: 'ring', size: m.EPW * 0.28 },
      { pathway: 'paravertebral', pos: [m.EPW / 2 + 1.5, 0, m.EPD * 0.12], rot: [0, half, 0], kind: 'ring', size: H * 0.3, label: [0, -H * 0.35, 0] },
      { pathway: 'paravertebral', pos: [-m.EPW / 2 - 1.5, 0, m.EPD * 0.12], rot: [0, half, 0], kind: 'ring', size: H * 0.3 },
      { pathway: 'canal', pos: [0, H * 0.12, zPost - m.SCD * 0.5], rot: [0, 0, 0], kind: 'ring', size: m.SCW * 0.3, label: [0, H * 0.55, -4] },
      { pathway: 'venous', pos: [0, 0, zPost - 0.5], rot: [0, 0, 0], kind: 'dot', size: 2.4, label: [0, -4, 0] },
      { pathway: 'venous', pos: [m.EPW / 2 + 0.5, 0, -2], rot: [0, 0, 0], kind: 'dot', size: 2 },
      { pathway: 'venous', pos: [-m.EPW / 2 - 0.5, 0, -2], rot: [0, 0, 0], kind: 'dot', size: 2 },
      { pathway: 'needle', pos: [nb[0], nb[1], nb[2]], rot: [0, 0, 0], kind: 'dot', size: 3, label: [0, -H * 0.5, -6] },
    ]
  }, [plan])
  const refs = useRef<(Group | null)[]>([])
  useFrame(() => {
    const { scene, json } = frameState()
    const leaks = json.cement.leaks
    markers.forEach((mk, i) => {
      const g = refs.current[i]
      if (!g) return
      const [x, y, z] = mk.pos
      g.position.set(x, deformY(plan.case.morph, plan.layout, scene.loss, x, y, z), z)
      const hot = leaks.some((l) => l.pathway === mk.pathway)
      g.scale.setScalar(hot ? 1.35 : 1)
      const mesh = g.children[0] as { material?: MeshBasicMaterial } | undefined
      if (mesh?.material) mesh.material.opacity = hot ? 1 : 0.8
    })
  })
  if (!on) return null
  return (
    <group name="risk-overlay">
      {markers.map((mk, i) => {
        const p = risk.pathways[mk.pathway]
        return (
          <group key={i} ref={(g) => { refs.current[i] = g }} position={mk.pos}>
            <mesh rotation={new Euler(...mk.rot)} renderOrder={10}>
              {mk.kind === 'ring' ? <torusGeometry args={[mk.size, 1.1, 10, 48]} /> : <sphereGeometry args={[mk.size, 20, 14]} />}
              <meshBasicMaterial color={riskColor(p)} transparent opacity={0.8} depthTest={false} depthWrite={false} toneMapped={false} />
            </mesh>
            {mk.label && (
              <Html position={mk.label} center zIndexRange={[20, 0]} style={{ pointerEvents: 'none' }}>
                <div className="risk-tag" style={{ borderColor: riskColor(p) }}>
                  {PATHWAY_TEXT[mk.pathway].short} <b>{percent(p)}</b>
                </div>
              </Html>
            )}
          </group>
        )
      })}
    </group>
  )
}

