import { useEffect, useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { Quaternion, Vector3, type Group, type Mesh } from 'three'
import { frameState } from '../../app/frameState'
import { needleAim } from '../../core/anatomy/instruments'
import { balloonPoses, trocarPose } from '../../core/poses'
import { MU } from '../../core/fluoro/physics'
import { fieldBox, setFieldUniforms, useCanvasResources } from '../canvasResources'
import { setDeformUniforms } from '../deformUniforms'
import { useSide, useSidePlan, useSideTexture } from '../side'
import { cementXrayMaterial, thicknessMaterial } from './xrayShaders'

const up = new Vector3(0, 1, 0)

/**
 * What the operator puts in the body, as the radiograph sees it: the steel trocars (the plastic handles do
 * not show), the balloons full of contrast, the cavity they leave (bone pushed aside, so a little lighter),
 * and the cement, summed along each ray from the arrival field at the volume injected so far.
 */
export function XrayDevices() {
  const side = useSide()
  const plan = useSidePlan()
  const tex = useSideTexture()
  const resources = useCanvasResources()
  const mats = useMemo(
    () => ({
      steel: thicknessMaterial(MU.steel),
      contrast: thicknessMaterial(MU.contrast - MU.cancellous),
      cavity: thicknessMaterial(-MU.cancellous),
      cement: cementXrayMaterial(MU.cement),
    }),
    [],
  )
  useEffect(
    () => () => {
      for (const m of Object.values(mats)) m.dispose()
    },
    [mats],
  )
  const needles = useMemo(
    () =>
      plan.instruments.needles.map((n) => {
        const aim = needleAim(n, plan.case, plan.layout, plan.loss)
        return {
          path: n,
          aim,
          radiusMm: n.radiusMm,
          quat: new Quaternion().setFromUnitVectors(up, new Vector3(...aim.dir)),
          tilt: new Quaternion().setFromUnitVectors(up, new Vector3(...n.dir)),
        }
      }),
    [plan],
  )
  const shafts = useRef<(Group | null)[]>([])
  const drills = useRef<(Group | null)[]>([])
  const balloons = useRef<(Mesh | null)[]>([])
  const cavities = useRef<(Mesh | null)[]>([])
  const cement = useRef<Mesh>(null)
  const box = tex && fieldBox(tex)

  useFrame(() => {
    const scene = frameState(side)
    needles.forEach((n, i) => {
      const g = shafts.current[i],
        d = drills.current[i]
      if (!g || !d) return
      const { depth, drill: reach } = trocarPose(plan, n.path, n.aim.length, scene)
      g.visible = depth > 0.5
      g.scale.set(1, Math.max(depth, 0.01), 1)
      d.visible = reach > 0.3
      d.position.set(0, depth, 0)
      d.scale.set(1, Math.max(reach, 0.01), 1)
    })
    balloonPoses(plan, scene).forEach((p, i) => {
      const b = balloons.current[i],
        c = cavities.current[i]
      if (b) {
        b.visible = p.balloon.show
        b.position.set(...p.centre)
        b.scale.set(p.balloon.across, p.balloon.along, p.balloon.across)
      }
      // the empty part of the cavity: as it fills, the cement takes its place
      if (c) {
        c.visible = p.cavity.show
        c.position.set(...p.centre)
        const k = Math.cbrt(p.cavity.empty)
        c.scale.set(p.cavity.across * k, p.cavity.along * k, p.cavity.across * k)
      }
    })
    const m = cement.current
    if (m && tex) {
      m.visible = scene.cementMl > 0.01
      setFieldUniforms(mats.cement.uniforms, resources.fieldTextures(tex), scene.cementMl, scene.cure)
      setDeformUniforms(mats.cement.uniforms, plan, scene.loss)
    }
  })

  return (
    <group name="xray-devices">
      {needles.map((n, i) => (
        <group key={i} position={n.aim.origin} quaternion={n.quat}>
          <group
            ref={(g) => {
              shafts.current[i] = g
            }}
          >
            <mesh position={[0, 0.5, 0]} material={mats.steel} frustumCulled={false}>
              <cylinderGeometry args={[n.radiusMm, n.radiusMm, 1, 16]} />
            </mesh>
          </group>
          <group
            ref={(g) => {
              drills.current[i] = g
            }}
            visible={false}
          >
            <mesh position={[0, 0.5, 0]} material={mats.steel} frustumCulled={false}>
              <cylinderGeometry args={[n.radiusMm * 0.6, n.radiusMm * 0.6, 1, 12]} />
            </mesh>
          </group>
        </group>
      ))}
      {plan.procedure === 'kp' &&
        needles.map((n, i) => (
          <group key={`b${i}`}>
            <mesh
              ref={(m) => {
                balloons.current[i] = m
              }}
              quaternion={n.tilt}
              material={mats.contrast}
              frustumCulled={false}
            >
              <sphereGeometry args={[1, 32, 20]} />
            </mesh>
            <mesh
              ref={(m) => {
                cavities.current[i] = m
              }}
              quaternion={n.tilt}
              material={mats.cavity}
              frustumCulled={false}
            >
              <sphereGeometry args={[1, 24, 16]} />
            </mesh>
          </group>
        ))}
      {box && (
        <mesh
          ref={cement}
          material={mats.cement}
          position={[box.min[0] + box.size[0] / 2, box.min[1] + box.size[1] / 2, box.min[2] + box.size[2] / 2]}
          scale={box.size}
          frustumCulled={false}
        >
          <boxGeometry args={[1, 1, 1]} />
        </mesh>
      )}
    </group>
  )
}
