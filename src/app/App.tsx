import { lazy, Suspense, useEffect, useState } from 'react'
import { useApp } from './store'
import { useKeyboard } from './useKeyboard'
import { SceneCanvas } from '../scene/SceneCanvas'
import { TopBar } from '../ui/TopBar'
import { Scrubber } from '../ui/Scrubber'
import { ChapterList } from '../ui/ChapterList'
import { Caption } from '../ui/Caption'
import { RiskLegend } from '../ui/RiskLegend'
import { NoticeBar } from '../ui/NoticeBar'
import { UI } from '../content/en'

const CasePanel = lazy(() => import('../ui/CasePanel'))

function hasWebGL2(): boolean {
  try { return !!document.createElement('canvas').getContext('webgl2') } catch { return false }
}

export function App() {
  useKeyboard()
  const ready = useApp((s) => s.ready)
  const [webgl] = useState(hasWebGL2)
  const [lost, setLost] = useState(false)
  // the case panel (leva) loads after the first frame, off the critical path
  const [panel, setPanel] = useState(false)
  useEffect(() => { if (ready) setPanel(true) }, [ready])
  return (
    <div className="app">
      <TopBar />
      <main className="stage">
        {webgl ? <SceneCanvas onContextLost={setLost} /> : <p className="fallback">{UI.noWebGL}</p>}
        {webgl && !ready && <p className="loading">{UI.loading}</p>}
        {lost && <p className="fallback overlay">{UI.contextLost}</p>}
        <RiskLegend />
        <NoticeBar />
        {panel && <Suspense fallback={null}><CasePanel /></Suspense>}
      </main>
      <footer className="dock">
        <Caption />
        <Scrubber />
        <ChapterList />
      </footer>
    </div>
  )
}
