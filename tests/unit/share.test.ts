// The share link and the summary without a screen: the QR path, the summary's numbers and sources.
import { describe, expect, it } from 'vitest'
import QRCode from 'qrcode'
import { qrPath, QUIET } from '../../src/ui/share/qrPath'
import { summaryRows } from '../../src/core/summary'
import { compareProcedures } from '../../src/core/risk/present'
import { DEFAULT_CASE } from '../../src/core/case'
import { parseQuery, toQuery, DEFAULT_VIEW } from '../../src/core/url'

describe('share', () => {
  it('draws every dark module of the QR code once, inside a quiet zone', () => {
    const m = QRCode.create('http://localhost:4173/?v=1&level=T12&mode=patient&t=40', {
      errorCorrectionLevel: 'M',
    }).modules
    const { d, size } = qrPath(m)
    expect(size).toBe(m.size + 2 * QUIET)
    // paint the path back into a grid and compare it with the code
    const grid = new Uint8Array(m.size * m.size)
    for (const [, x, y, run] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      for (let i = 0; i < +run; i++) grid[(+y - QUIET) * m.size + (+x - QUIET) + i]++
    }
    expect(Array.from(grid)).toEqual(Array.from(m.data, (v) => (v ? 1 : 0)))
  })

  it('a shared link reopens the same case, moment and language for the chosen audience', () => {
    const c = { ...DEFAULT_CASE, level: 'T12' as const, wall: 'breached' as const, vol: 5.5 }
    const q = toQuery(c, { ...DEFAULT_VIEW, lang: 'es', mode: 'patient', kiosk: false, t: 40.04 })
    const back = parseQuery(q)
    expect(back.case).toEqual(c)
    expect(back.view).toMatchObject({ mode: 'patient', lang: 'es', t: 40, kiosk: false })
    expect(back.notices).toEqual([])
  })

  it("the summary carries both procedures' figures for this case, each with a source", () => {
    const c = { ...DEFAULT_CASE, wall: 'breached' as const }
    const rows = summaryRows(c)
    const r = compareProcedures(c)
    expect(rows.map((x) => x.key)).toEqual(['anyLeak', 'symptomatic', 'height', 'minutes'])
    expect(rows[0].value).toEqual({ vp: r.vp.anyLeak, kp: r.kp.anyLeak })
    expect(rows[0].value.vp).toBeGreaterThan(summaryRows(DEFAULT_CASE)[0].value.vp) // a breach raises it
    // vertebroplasty does not re-erect the body (ISRN 2011) unless a cleft lets the fracture move
    expect(rows[2].value).toEqual({ vp: 0, kp: 0.33 })
    expect(summaryRows({ ...c, cleft: true })[2].value).toEqual({ vp: 0.12, kp: 0.33 })
    // kyphoplasty's leak figure is vertebroplasty's times the head-to-head ratio, and cited so
    expect(rows[0].value.kp / rows[0].value.vp).toBeCloseTo(0.62, 6)
    expect(rows[0].source).toEqual({ cite: { id: 'derived', from: ['hulme2006', 'josr2018'] } })
    expect(rows[3].value).toEqual({ vp: 30, kp: 37 })
    for (const row of rows) expect(row.source).toBeTruthy()
  })
})
