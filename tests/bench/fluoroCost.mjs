// The X-ray views' cost: a frame at a time already shown (both canvases redraw; the bones' images are kept),
// and the frame interval while the bones move (the fracture chapter playing: each frame collapses them
// further), with the 3D view alone and then with the small X-ray views beside it. Interleaved, so drift in
// machine load hits both alike. Medians, ms.
import { median, ready } from './measures.mjs'

const frameCost = (page, moving) =>
  page.evaluate(async (moving) => {
    const h = window.__spineviz,
      out = []
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
    if (moving) {
      h.seek(5.2)
      await frame()
      h.play()
      let last = performance.now()
      while (h.state().t < 9.5) {
        await new Promise((r) => requestAnimationFrame(r))
        const now = performance.now()
        out.push(now - last)
        last = now
      }
      h.pause()
      return out.slice(2)
    }
    for (let i = 0; i < 16; i++) {
      const t = (i * 53) % 50
      h.seek(t)
      await frame()
      const t0 = performance.now()
      h.seek(t)
      await new Promise((r) => requestAnimationFrame(r))
      out.push(performance.now() - t0)
      await frame()
    }
    return out
  }, moving)

export async function fluoroCost(browser, url, viewport) {
  const page = await browser.newPage({ viewport, serviceWorkers: 'block' })
  await page.goto(`${url}/?mode=surgeon`)
  await ready(page)
  const xray = page.getByRole('button', { name: 'X-ray', exact: true })
  const runs = { still3d: [], stillInset: [], moving3d: [], movingInset: [] }
  for (let round = 0; round < 3; round++) {
    runs.still3d.push(...(await frameCost(page, false)))
    runs.moving3d.push(...(await frameCost(page, true)))
    await xray.click()
    await page.getByRole('radio', { name: 'Small', exact: true }).click()
    await page.locator('.fluoro-frame').first().waitFor()
    await page.waitForTimeout(500)
    runs.stillInset.push(...(await frameCost(page, false)))
    runs.movingInset.push(...(await frameCost(page, true)))
    await xray.click()
    await page.waitForTimeout(300)
  }
  await page.close()
  return Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, median(v)]))
}
