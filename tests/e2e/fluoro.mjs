// The X-ray views, driven as a student and a surgeon would: turned on from the top bar, resized, kept in the
// link, the safety rule's lines over the images while the needle goes in; closed by the comparison.
import path from 'node:path'

export async function fluoroChecks({ open, check, assert, state, frame, SHOTS }) {
  await check(
    'a student opens the X-ray views: both images beside the 3D view, the rule at needle placement, three sizes, kept in the link',
    async () => {
      for (const viewport of [
        { width: 1024, height: 768 },
        { width: 768, height: 1024 },
      ]) {
        const { page } = await open('?mode=student', viewport)
        await page.getByRole('button', { name: 'X-ray', exact: true }).click()
        await page.locator('.fluoro-panel.split .fluoro-frame').nth(1).waitFor()
        await page.waitForURL(/view=split/) // the link keeps the view (written a moment after a change)
        const names = await page.locator('.fluoro-name').allTextContents()
        assert(names.length === 2 && /LAT/.test(names[0]) && /AP/.test(names[1]), `image names: ${names}`)
        // half way through placing the needle: the walls the rule is read against, and the tip's standing
        const plan = await page.evaluate(() => window.__spineviz.state())
        assert(plan.procedure === 'vp', 'vertebroplasty')
        await page.evaluate(() => window.__spineviz.seek(5 + 7 + 7 + 7)) // healthy 5, fracture 7, preparation 7, then into the needle
        await frame(page)
        assert(
          (await page.locator('.fluoro-frame[data-projection="ap"] .safety-guides line.wall').count()) >= 1,
          'the medial wall on AP',
        )
        assert(
          (await page.locator('.fluoro-frame[data-projection="lateral"] .safety-guides line.wall').count()) === 1,
          'the posterior wall on lateral',
        )
        const status = await page.locator('.rule-status').textContent()
        assert(/Safety rule/.test(status) && /Tip/.test(status), `rule status: ${status}`)
        await page.screenshot({
          path: path.join(SHOTS, `fluoro-split-student-${viewport.width}x${viewport.height}.png`),
        })
        // full: the X-ray images alone; small: in a corner of the 3D view
        await page.getByRole('radio', { name: 'Full', exact: true }).click()
        await page.locator('.fluoro-panel.fluoro').waitFor()
        assert(
          (await page.locator('.panes').evaluate((e) => getComputedStyle(e).visibility)) === 'hidden',
          'the 3D view gives way',
        )
        await page.getByRole('radio', { name: 'Small', exact: true }).click()
        await page.locator('.fluoro-panel.inset').waitFor()
        await page.waitForURL(/view=inset/)
        await page.screenshot({
          path: path.join(SHOTS, `fluoro-inset-student-${viewport.width}x${viewport.height}.png`),
        })
        // the link restores it
        await page.reload()
        await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60_000 })
        await page.locator('.fluoro-panel.inset .fluoro-frame').first().waitFor()
        await page.close()
      }
    },
  )

  await check(
    "the X-ray views are one procedure's: comparing two closes them, and the toggle waits until the comparison ends",
    async () => {
      const { page } = await open('?mode=surgeon&view=split&proc=kp&t=40')
      await page.locator('.fluoro-panel .fluoro-frame').first().waitFor()
      const s = await state(page)
      assert(s.chapter === 'balloon-inflation', `chapter ${s.chapter}`)
      await page.screenshot({ path: path.join(SHOTS, 'fluoro-split-kp-balloon.png') })
      await page.getByRole('radio', { name: 'Compare', exact: true }).click()
      await page.waitForFunction(() => !document.querySelector('.fluoro-panel'))
      assert(
        (await page.getByRole('button', { name: 'X-ray', exact: true }).count()) === 0,
        'no X-ray toggle while comparing',
      )
      await page.getByRole('radio', { name: 'Kyphoplasty', exact: true }).click()
      await page.getByRole('button', { name: 'X-ray', exact: true }).click()
      await page.locator('.fluoro-panel .fluoro-frame').first().waitFor()
      await page.close()
    },
  )
}
