// The fracture's features as geometries in the treated vertebra's frame, each carrying the fracture morph
// target so it moves with the collapsing bone: a crack across the upper endplate, a window in the back
// wall with a fragment, and an intravertebral cleft. Shared by the 3D view and the radiograph; the caller
// owns (and disposes) them.
import { BoxGeometry, CatmullRomCurve3, CircleGeometry, SphereGeometry, TubeGeometry, Vector3 } from 'three'
import { deformY } from '../core/anatomy/fracture'
import { ENDPLATE_CONCAVITY_MM } from '../core/anatomy/morphometry'
import { cleftRegion, endplateCrackPath, wallBreach } from '../core/anatomy/features'
import type { Plan } from '../core/plans'
import { addFractureMorph } from './geometry'

export function fractureFeatureGeometries(plan: Plan) {
  const morph = plan.case.morph
  const L = plan.layout,
    { m } = L
  const deform = (x: number, y: number, z: number) => deformY(morph, L, plan.loss, x, y, z)
  const H = (z: number) => L.heightAt(z)
  // the crack lies on the upper endplate's surface: the rim height less the dish (vertebra.ts)
  const onPlate = endplateCrackPath(L).map(([x, , z]) => {
    const r2 = (x * x) / (m.EPW / 2) ** 2 + (z * z) / (m.EPD / 2) ** 2
    const dish = r2 < 0.49 ? (1 - r2 / 0.49) ** 2 : 0
    return new Vector3(x, H(z) / 2 - ENDPLATE_CONCAVITY_MM.cranial * dish + 0.3, z)
  })
  const crack = addFractureMorph(
    new TubeGeometry(new CatmullRomCurve3(onPlate, false, 'catmullrom', 0.1), 48, 0.7, 6),
    deform,
  )
  const b = wallBreach(L),
    Hm = (m.VBHa + m.VBHp) / 2
  const window = addFractureMorph(
    new CircleGeometry(1, 24)
      .scale(b.halfX, Hm * b.halfYShare, 1)
      .rotateY(Math.PI)
      .translate(0, 0, L.zPost - 0.4),
    deform,
  )
  const fragment = addFractureMorph(
    new BoxGeometry(7, 4, 3.5)
      .rotateZ(0.3)
      .rotateX(0.2)
      .translate(0, Hm * 0.12, L.zPost - 2.2),
    deform,
  )
  return { crack, window, fragment, slit: cleftGeometry(plan) }
}

/** The intravertebral cleft alone: a flat ellipsoid slit in the front of the body. */
export function cleftGeometry(plan: Plan) {
  const L = plan.layout,
    { m } = L
  const c = cleftRegion(L)
  const zFront = Math.sqrt(c.r2Max) * (m.EPD / 2)
  return addFractureMorph(
    new SphereGeometry(1, 32, 12)
      .scale(Math.sqrt(c.r2Max) * (m.EPW / 2) * 0.9, c.halfHeightMm, (zFront - c.zMin) / 2)
      .translate(0, 0, (zFront + c.zMin) / 2),
    (x, y, z) => deformY(plan.case.morph, L, plan.loss, x, y, z),
  )
}
