// The error boundaries: a region that throws shows a short message with "Try again" in its place, the
// regions beside it keep working, and a retry mounts it afresh. The 3D view's boundary also tells a missing
// WebGL from other errors. (No WebGL needed here: these are DOM regions.)
import { afterEach, describe, expect, it } from 'vitest'
import { createRoot, type Root } from 'react-dom/client'
import { act, useState } from 'react'
import { PanelBoundary } from '../../src/ui/PanelBoundary'
import { SceneBoundary } from '../../src/ui/SceneBoundary'

let root: Root | null = null,
  host: HTMLDivElement | null = null
afterEach(() => {
  act(() => root?.unmount())
  host?.remove()
  root = null
  host = null
})
function mount(node: React.ReactNode) {
  host = document.createElement('div')
  document.body.appendChild(host)
  root = createRoot(host)
  act(() => root!.render(node))
  return host
}

/** Throws while `broken.now` is set, like a panel meeting data it cannot draw. */
function Fragile({ broken }: { broken: { now: boolean } }) {
  if (broken.now) throw new Error('cannot draw this')
  return <p>risk panel</p>
}
function Counter() {
  const [n, setN] = useState(0)
  return <button onClick={() => setN(n + 1)}>count {n}</button>
}

describe('region boundaries', () => {
  it('a failed panel shows a message and Try again; its neighbour keeps working; a retry brings it back', () => {
    const broken = { now: true }
    const el = mount(
      <>
        <PanelBoundary>
          <Fragile broken={broken} />
        </PanelBoundary>
        <PanelBoundary>
          <Counter />
        </PanelBoundary>
      </>,
    )
    const alert = el.querySelector('[role="alert"]')!
    expect(alert.textContent).toContain('Something went wrong in this part of the screen')
    expect(el.textContent).not.toContain('risk panel')
    // the neighbour still answers
    const count = [...el.querySelectorAll('button')].find((b) => b.textContent?.startsWith('count'))!
    act(() => count.click())
    expect(count.textContent).toBe('count 1')
    // still broken: trying again shows the message again, and nothing else breaks
    const again = () => [...el.querySelectorAll('button')].find((b) => b.textContent === 'Try again')!
    act(() => again().click())
    expect(el.querySelector('[role="alert"]')).not.toBeNull()
    broken.now = false
    act(() => again().click())
    expect(el.querySelector('[role="alert"]')).toBeNull()
    expect(el.textContent).toContain('risk panel')
    expect(el.textContent).toContain('count 1')
  })

  it("the 3D view's boundary hands a missing WebGL to the app and shows its own message for anything else", () => {
    let noWebGL = 0
    function NoContext(): never {
      throw new Error('Error creating WebGL context.')
    }
    const el = mount(
      <SceneBoundary onNoWebGL={() => noWebGL++} failed={() => <p>scene failed</p>}>
        <NoContext />
      </SceneBoundary>,
    )
    expect(noWebGL).toBe(1)
    expect(el.textContent).toBe('')
    act(() => root!.unmount())
    function Other(): never {
      throw new Error('shader did not compile')
    }
    root = createRoot(el)
    act(() =>
      root!.render(
        <SceneBoundary onNoWebGL={() => noWebGL++} failed={() => <p>scene failed</p>}>
          <Other />
        </SceneBoundary>,
      ),
    )
    expect(noWebGL).toBe(1)
    expect(el.textContent).toBe('scene failed')
  })
})
