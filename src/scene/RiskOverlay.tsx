import { useMemo, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { Html } from '@react-three/drei'
import { Euler, Vector3, type Group, type MeshBasicMaterial } from 'three'
import { useApp } from '../app/store'
import { frameState } from '../app/frameState'
import { deformY } from '../core/anatomy/fracture'
import type { Pathway } from '../core/risk/model'
import { riskOf } from '../core/timeline'
import { riskColor } from '../core/risk/colors'
import { naturalFrequency } from '../core/risk/present'
import { pulseAt, reachTimes } from '../core/risk/reach'
import { useText } from '../app/text'
import { percent } from '../core/format'
import { riskHandlers } from './picking'
import { focusRisk } from '../app/viewActions'
import { reducedMotion } from '../app/reducedMotion'
import { useSide, useSideCement, useSidePlan } from './side'
import { spreadTags, type TagBox } from '../core/spread'
import { useTagLayer } from './useTagLayer'

const v = new Vector3()

/** `label` is where its tag sits, relative to the marker (mm), or absent for an unlabelled twin */
interface Marker {
  pathway: Pathway
  pos: [number, number, number]
  rot: Euler
  kind: 'ring' | 'dot'
  size: number
  label?: [number, number, number]
}

/**
 * Where cement can escape, marked on the treated vertebra and coloured by the population risk of that
 * pathway (colour-blind-safe scale). A region pulses when the simulated cement reaches it, stays larger
 * afterwards, and a tap on it explains it. Tags that would overlap on screen move apart (core/spread.ts).
 */
export function RiskOverlay() {
  const layer = useTagLayer()
  const side = useSide()
  const { PATHWAY_TEXT, freqShort } = useText()
  const plan = useSidePlan()
  const on = useApp((s) => s.view.overlay)
  const patient = useApp((s) => s.view.mode === 'patient')
  const detection = useApp((s) => s.detection) // setMode keeps a patient on X-ray
  const focus = useApp((s) => s.riskFocus)
  const cement = useSideCement()
  const risk = riskOf(plan, detection)
  const reached = useMemo(() => reachTimes(plan, cement), [plan, cement])
  const markers = useMemo((): Marker[] => {
    const { m, zPost } = plan.layout
    const H = (m.VBHa + m.VBHp) / 2
    const flat = new Euler(Math.PI / 2, 0, 0),
      side = new Euler(0, Math.PI / 2, 0),
      front = new Euler()
    const nb = plan.instruments.needles[0].bone
    return [
      {
        pathway: 'disc',
        pos: [0, H / 2 + 0.5, 2],
        rot: flat,
        kind: 'ring',
        size: m.EPW * 0.28,
        label: [0, 6, m.EPD * 0.3],
      },
      { pathway: 'disc', pos: [0, -H / 2 - 0.5, 2], rot: flat, kind: 'ring', size: m.EPW * 0.28 },
      {
        pathway: 'paravertebral',
        pos: [m.EPW / 2 + 1.5, 0, m.EPD * 0.12],
        rot: side,
        kind: 'ring',
        size: H * 0.3,
        label: [0, -H * 0.35, 0],
      },
      { pathway: 'paravertebral', pos: [-m.EPW / 2 - 1.5, 0, m.EPD * 0.12], rot: side, kind: 'ring', size: H * 0.3 },
      {
        pathway: 'canal',
        pos: [0, H * 0.12, zPost - m.SCD * 0.5],
        rot: front,
        kind: 'ring',
        size: m.SCW * 0.3,
        label: [0, H * 0.55, -4],
      },
      { pathway: 'venous', pos: [0, 0, zPost - 0.5], rot: front, kind: 'dot', size: 2.4 },
      { pathway: 'venous', pos: [m.EPW / 2 + 0.5, 0, -2], rot: front, kind: 'dot', size: 2, label: [4, H * 0.5, 0] },
      { pathway: 'venous', pos: [-m.EPW / 2 - 0.5, 0, -2], rot: front, kind: 'dot', size: 2 },
      { pathway: 'needle', pos: [nb[0], nb[1], nb[2]], rot: front, kind: 'dot', size: 3, label: [0, H * 0.45, 4] },
    ]
  }, [plan])
  const handlers = useMemo(
    () => Object.fromEntries(markers.map((mk) => [mk.pathway, riskHandlers(mk.pathway)])),
    [markers],
  )
  const refs = useRef<(Group | null)[]>([])
  const tags = useRef<(HTMLButtonElement | null)[]>([])
  const boxes = useRef<TagBox[]>([]),
    offsets = useRef<number[]>([])
  const camera = useThree((s) => s.camera)
  const size = useThree((s) => s.size)
  const canvas = useThree((s) => s.gl.domElement)
  const fixed = useRef<TagBox[]>([])
  useFrame(() => {
    const scene = frameState(side)
    markers.forEach((mk, i) => {
      const g = refs.current[i]
      if (!g) return
      const [x, y, z] = mk.pos
      g.position.set(x, deformY(plan.case.morph, plan.layout, scene.loss, x, y, z), z)
      const tReach = reached[mk.pathway]
      const hot = tReach !== undefined && scene.t >= tReach
      const pulse = reducedMotion() ? 0 : pulseAt(scene.t, tReach)
      g.scale.setScalar((hot ? 1.35 : 1) * (1 + 0.6 * pulse) * (focus === mk.pathway ? 1.25 : 1))
      const material = (g.children[0] as { material?: MeshBasicMaterial } | undefined)?.material
      if (material) material.opacity = hot || focus === mk.pathway ? 1 : 0.8
    })
    if (on) spreadLabels()
  })
  // where each tag lands on screen, then one vertical nudge each so none covers another (reads, then writes)
  const spreadLabels = () => {
    const list = boxes.current
    let n = 0
    markers.forEach((mk, i) => {
      const g = refs.current[i],
        tag = tags.current[i]
      if (!mk.label || !g || !tag) return
      g.localToWorld(v.set(...mk.label)).project(camera)
      const box = list[n] ?? (list[n] = { x: 0, y: 0, w: 0, h: 0 })
      box.x = ((v.x + 1) / 2) * size.width
      box.y = ((1 - v.y) / 2) * size.height
      box.w = tag.offsetWidth
      box.h = tag.offsetHeight
      n++
    })
    list.length = n
    // what sits over the scene and must stay readable (a pane's label, the case button): tags go below it
    const at = canvas.getBoundingClientRect()
    const avoid = canvas.closest('.viewport')?.querySelectorAll<HTMLElement>('[data-tags-avoid]') ?? []
    fixed.current.length = 0
    avoid.forEach((el) => {
      const r = el.getBoundingClientRect()
      const y = r.top + r.height / 2 - at.top
      // tags only move down: a box low in the view would push them out of it, so only those above count
      if (r.width && y < at.height / 2)
        fixed.current.push({ x: r.left + r.width / 2 - at.left, y, w: r.width, h: r.height })
    })
    const dy = spreadTags(list, 4, offsets.current, fixed.current)
    n = 0
    markers.forEach((mk, i) => {
      const tag = tags.current[i]
      if (!mk.label || !refs.current[i] || !tag) return
      tag.style.transform = dy[n] ? `translateY(${Math.round(dy[n])}px)` : ''
      n++
    })
  }
  if (!on) return null
  return (
    <group name="risk-overlay">
      {markers.map((mk, i) => {
        const p = risk.pathways[mk.pathway]
        const text = PATHWAY_TEXT[mk.pathway]
        const focused = focus === mk.pathway
        return (
          <group
            key={i}
            ref={(g) => {
              refs.current[i] = g
            }}
            position={mk.pos}
          >
            <mesh rotation={mk.rot} renderOrder={10} userData={{ riskPathway: mk.pathway }} {...handlers[mk.pathway]}>
              {mk.kind === 'ring' ? (
                <torusGeometry args={[mk.size, 1.1, 10, 48]} />
              ) : (
                <sphereGeometry args={[mk.size, 20, 14]} />
              )}
              <meshBasicMaterial
                color={riskColor(p)}
                transparent
                opacity={0.8}
                depthTest={false}
                depthWrite={false}
                toneMapped={false}
              />
            </mesh>
            {mk.label && (
              // keyed on focus: drei sets the z-index range when the tag mounts, and the explained tag goes on top
              <Html
                portal={layer}
                key={focused ? 'focused' : 'tag'}
                position={mk.label}
                center
                zIndexRange={focused ? [40, 30] : [20, 0]}
                style={{ pointerEvents: 'none' }}
              >
                <button
                  ref={(b) => {
                    tags.current[i] = b
                  }}
                  className={focused ? 'risk-tag focused' : 'risk-tag'}
                  style={{ borderColor: riskColor(p) }}
                  aria-pressed={focused}
                  aria-describedby={focused ? `risk-tag-${mk.pathway}` : undefined}
                  onClick={() => focusRisk(mk.pathway)}
                >
                  {text.short} <b>{patient ? freqShort(naturalFrequency(p)) : percent(p)}</b>
                  {focused && (
                    <span id={`risk-tag-${mk.pathway}`} role="status">
                      {text.explain}
                    </span>
                  )}
                </button>
              </Html>
            )}
          </group>
        )
      })}
    </group>
  )
}
