// End-to-end: what a run of case changes leaves behind. Registered by app.spec.mjs.
import { caseChanges } from './caseChanges.mjs'

export async function memoryChecks({ open, check, assert }) {
  await check(
    '20 case changes (level, grade, cement, procedure, audience) leave as many geometries and textures as before, and the scene drawn',
    async () => {
      const { page } = await open('?mode=student')
      const counts = () =>
        page.evaluate(() => {
          const { geometries, textures } = window.__spineviz.renderInfo()
          return { geometries, textures }
        })
      const start = await counts()
      await caseChanges(page, 20)
      await page.waitForTimeout(300) // the old segment is let go just after the new one is drawn
      const end = await counts()
      assert(
        end.geometries === start.geometries && end.textures === start.textures,
        `geometries/textures ${start.geometries}/${start.textures} -> ${end.geometries}/${end.textures}`,
      )
      // the freed meshes were the old segment's: the one on screen is still whole
      const triangles = await page.evaluate(() => window.__spineviz.renderInfo().triangles)
      assert(triangles > 50_000, `only ${triangles} triangles drawn after the changes`)
      await page.close()
    },
  )
}
