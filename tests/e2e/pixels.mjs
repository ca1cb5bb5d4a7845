// Reading a canvas's pixels end to end, shared by the checks.

/**
 * Pixels of the pen's yellow in a screenshot of a canvas, and their centre; and the share of pixels that are
 * not the scene's background (#1b2230). The screenshot is read in a blank page (the app's drawing buffer is
 * not kept, and its CSP rightly allows no data: images).
 */
export async function penPixels(page, canvas = page.locator('canvas')) {
  const png = (await canvas.screenshot()).toString('base64')
  const blank = await page.context().browser().newPage()
  try {
    return await blank.evaluate(async (b64) => {
      const img = new Image()
      img.src = `data:image/png;base64,${b64}`
      await img.decode()
      const g = document.createElement('canvas')
      g.width = img.width
      g.height = img.height
      const ctx = g.getContext('2d')
      ctx.drawImage(img, 0, 0)
      const d = ctx.getImageData(0, 0, g.width, g.height).data
      let n = 0,
        sx = 0,
        sy = 0,
        drawn = 0
      for (let i = 0; i < d.length; i += 4) {
        if (d[i] > 200 && d[i + 1] > 170 && d[i + 2] < 120) {
          n++
          const p = i / 4
          sx += p % g.width
          sy += Math.floor(p / g.width)
        }
        if (Math.abs(d[i] - 0x1b) + Math.abs(d[i + 1] - 0x22) + Math.abs(d[i + 2] - 0x30) > 24) drawn++
      }
      return { n, x: sx / Math.max(n, 1), y: sy / Math.max(n, 1), drawn: drawn / (d.length / 4) }
    }, png)
  } finally {
    await blank.close()
  }
}
