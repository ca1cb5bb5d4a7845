// Renders public/icon.svg to the PNG icons the manifest lists (192, 512, and a maskable 512 whose artwork
// sits inside the central 80 % safe zone on a full-bleed background). Run once after changing the icon:
// node models/icons.mjs (needs the system Chromium, as the tests do).
import fs from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { findChromium, CHROMIUM_ARGS } from '../tests/chromium.mjs'

const pub = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../public')
const svg = fs.readFileSync(path.join(pub, 'icon.svg'), 'utf8')
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
const page = await browser.newPage()
for (const [name, size, inset, bg] of [
  ['icon-192.png', 192, 0, 'transparent'],
  ['icon-512.png', 512, 0, 'transparent'],
  ['icon-maskable-512.png', 512, 0.12, '#1b2230'],
]) {
  await page.setViewportSize({ width: size, height: size })
  const pad = Math.round(size * inset)
  await page.setContent(
    `<body style="margin:0;background:${bg}"><div style="padding:${pad}px;width:${size - 2 * pad}px;height:${size - 2 * pad}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`,
  )
  await page.screenshot({ path: path.join(pub, name), omitBackground: bg === 'transparent' })
  console.log(name)
}
await browser.close()
