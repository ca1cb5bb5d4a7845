// End-to-end checks of the scene's tools: the student's what-if panel, the cut-away view, the labels and a tap
// that names a structure. Registered by app.spec.mjs.

import fs from 'node:fs'
import path from 'node:path'
import { BUDGET } from './basics.mjs'

export async function sceneChecks({ open, check, assert, state, frame, SHOTS }) {
  await check(
    'a case change in the student what-if panel shows in the scene within two frames (grade 2 -> 3)',
    async () => {
      const { page } = await open('?t=15&mode=student')
      const panel = page.locator('.case-panel')
      await panel.waitFor({ timeout: 20_000 })
      const canvas = page.locator('canvas').first()
      const before = await canvas.screenshot()
      const h0 = (await state(page)).vertebra.anteriorHeightMm
      await panel.locator('select[id="grade"]').selectOption({ label: '3 severe (>40%)' })
      await frame(page)
      const after = await canvas.screenshot()
      const h1 = (await state(page)).vertebra.anteriorHeightMm
      assert(h1 < h0 - 2, `anterior height ${h0} -> ${h1}`)
      assert(Buffer.compare(before, after) !== 0, 'the picture did not change within two frames')
      // its words follow the language, and the case stays as it was set
      await page.getByRole('button', { name: 'Español' }).click()
      await panel.getByText('Grado', { exact: true }).waitFor({ timeout: 5000 })
      assert(
        (await panel.locator('select[id="grade"]').evaluate((s) => s.selectedOptions[0].textContent)) ===
          '3 grave (>40%)',
        'the what-if panel lost the case or its Spanish',
      )
      await page.close()
    },
  )

  await check('the cut-away view shows solid cut faces from the side and from above, and goes back', async () => {
    const { page } = await open('?t=40')
    const canvas = page.locator('canvas').first()
    const whole = await canvas.screenshot()
    const before = await state(page)
    await page.getByRole('button', { name: 'Cut-away view' }).click()
    await frame(page)
    const side = await canvas.screenshot()
    assert(Buffer.compare(whole, side) !== 0, 'the cut changed nothing')
    const info = await page.evaluate(() => window.__spineviz.renderInfo())
    assert(
      info.calls <= BUDGET.calls && info.triangles <= BUDGET.triangles,
      `cut view: ${info.calls} calls, ${info.triangles} triangles`,
    )
    fs.mkdirSync(path.join(SHOTS, 'section'), { recursive: true })
    await page.screenshot({ path: path.join(SHOTS, 'section', 'sagittal.png') })
    await page.getByRole('radio', { name: 'From above' }).click()
    await frame(page)
    await page.screenshot({ path: path.join(SHOTS, 'section', 'axial.png') })
    const slider = page.getByLabel('Where the cut passes')
    await slider.fill('6')
    await frame(page)
    assert(Buffer.compare(side, await canvas.screenshot()) !== 0, 'moving the cut changed nothing')
    assert(JSON.stringify(await state(page)) === JSON.stringify(before), 'the cut changed the procedure state')
    await page.getByRole('button', { name: 'Cut-away view' }).click()
    await page.getByRole('group', { name: 'Cut-away view' }).waitFor({ state: 'detached' })
    await page.close()
  })

  await check('labels name the structures without overlapping, and a tap names what it touches', async () => {
    const { page } = await open('?t=30')
    await page.getByRole('button', { name: 'Labels' }).click()
    await frame(page)
    const shown = await page.locator('.label-tag').evaluateAll((els) =>
      els
        .filter((e) => e.style.visibility !== 'hidden')
        .map((e) => {
          const r = e.getBoundingClientRect()
          return { t: e.textContent, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom }
        }),
    )
    assert(shown.length >= 5, `only ${shown.length} labels shown`)
    assert(
      shown.some((l) => /L1 vertebral body \(treated\)/.test(l.t)),
      'the treated vertebra is not labelled',
    )
    const view = await page.locator('canvas').first().boundingBox()
    for (const l of shown) assert(l.x0 >= view.x - 1 && l.x1 <= view.x + view.width + 1, `label out of view: ${l.t}`)
    for (let i = 0; i < shown.length; i++)
      for (let j = 0; j < i; j++) {
        const a = shown[i],
          b = shown[j]
        assert(!(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1), `labels overlap: ${a.t} / ${b.t}`)
      }
    await page.getByRole('button', { name: 'Labels' }).click()
    const box = await page.locator('canvas').first().boundingBox()
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    const tag = page.locator('.pick-tag')
    await tag.waitFor({ timeout: 5000 })
    assert(
      /(Vertebral body|Pedicle|Lamina|process|Facet|Disc|Dural sac|vein|vessels|Trocar|Balloon|Rib) · /.test(
        await tag.innerText(),
      ) || /Dural sac|vessels|Trocar/.test(await tag.innerText()),
      `tapped: ${await tag.innerText()}`,
    )
    assert(!(await page.getByRole('button', { name: 'Guided view' }).count()), 'a tap let go of the guided camera')
    await page.mouse.click(box.x + 8, box.y + box.height - 8) // empty background
    await tag.waitFor({ state: 'detached', timeout: 5000 })
    await page.close()
  })
}
