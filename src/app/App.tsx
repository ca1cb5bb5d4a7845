import { lazy, Suspense, useEffect, useState } from 'react'
import { useApp } from './store'
import { useKeyboard } from './useKeyboard'
import { SceneCanvas } from '../scene/SceneCanvas'
import { TopBar } from '../ui/TopBar'
import { Scrubber } from '../ui/Scrubber'
import { ChapterList } from '../ui/ChapterList'
import { Caption } from '../ui/Caption'
import { RiskPanel } from '../ui/risk/RiskPanel'
import { NoticeBar } from '../ui/NoticeBar'
import { SectionControls } from '../ui/SectionControls'
import { GuidedViewButton } from '../ui/GuidedViewButton'
import { CaseDrawer } from '../ui/CaseDrawer'
import { GuideCard } from '../ui/guide/GuideCard'
import { PenTools } from '../ui/PenTools'
import { useText } from '../app/text'
import { PaneLabel } from '../ui/PaneLabel'
import { SceneBoundary } from '../ui/SceneBoundary'
import { PanelBoundary } from '../ui/PanelBoundary'

const CasePanel = lazy(() => import('../ui/CasePanel'))
// the X-ray views load when first shown
const FluoroView = lazy(() => import('./FluoroView').then((m) => ({ default: m.FluoroView })))
// the consult tools load when first opened
const ShareDialog = lazy(() => import('../ui/share/ShareDialog').then((m) => ({ default: m.ShareDialog })))
const SummarySheet = lazy(() => import('../ui/share/SummarySheet').then((m) => ({ default: m.SummarySheet })))

export function App() {
  const { UI, CHECK } = useText()
  useKeyboard()
  const ready = useApp((s) => s.ready)
  const overlay = useApp((s) => s.view.overlay)
  const mode = useApp((s) => s.view.mode)
  const dialog = useApp((s) => s.dialog)
  const lang = useApp((s) => s.view.lang)
  const compare = useApp((s) => s.view.compare)
  const view = useApp((s) => s.view.view)
  useEffect(() => {
    document.documentElement.lang = lang
    document.title = UI.title
  }, [lang, UI])
  // a browser without WebGL 2 at all is known at once; one that refuses the context, when the canvas asks
  const [webgl, setWebgl] = useState(() => typeof WebGL2RenderingContext !== 'undefined')
  const [lost, setLost] = useState(false)
  // after the first full frame: the case panel (leva) loads, off the critical path, and later rebuilds
  // of a changed case keep the old picture up instead of the loading message
  const [started, setStarted] = useState(false)
  useEffect(() => {
    if (ready) setStarted(true)
  }, [ready])
  return (
    <div className={`app mode-${mode}${overlay ? ' risk-open' : ''}`}>
      <PanelBoundary className="topbar-failed">
        <TopBar />
      </PanelBoundary>
      <main className={overlay ? 'stage with-legend' : 'stage'}>
        <div className={`viewport view-${view}`}>
          {webgl ? (
            // two procedures, one timeline: vertebroplasty first (left, or above on a tall screen); the case's
            // canvas stays mounted as the comparison opens and closes
            <SceneBoundary
              onNoWebGL={() => setWebgl(false)}
              failed={(retry) => (
                <div className="fallback">
                  <p>{UI.sceneFailed}</p>
                  <button onClick={retry}>{CHECK.again}</button>
                </div>
              )}
            >
              <div
                className={compare ? 'panes two' : 'panes'}
                role={compare ? 'group' : undefined}
                aria-label={compare ? UI.comparePanes : undefined}
              >
                {compare && (
                  <div key="vp" className="pane">
                    <SceneCanvas side="compare" label={UI.vp} onContextLost={setLost} />
                    <PaneLabel side="compare" />
                  </div>
                )}
                <div key="main" className="pane">
                  <SceneCanvas label={compare ? UI.kp : undefined} onContextLost={setLost} />
                  {compare && <PaneLabel side="main" />}
                </div>
              </div>
            </SceneBoundary>
          ) : (
            <p className="fallback">{UI.noWebGL}</p>
          )}
          {webgl && view !== '3d' && (
            <PanelBoundary>
              <Suspense fallback={null}>
                <FluoroView />
              </Suspense>
            </PanelBoundary>
          )}
          {webgl && !started && <p className="loading">{UI.loading}</p>}
          {lost && <p className="fallback overlay">{UI.contextLost}</p>}
          <PanelBoundary>
            <GuidedViewButton />
            <SectionControls />
          </PanelBoundary>
          <PanelBoundary>
            <NoticeBar />
          </PanelBoundary>
          <PanelBoundary>
            <GuideCard />
          </PanelBoundary>
          <PanelBoundary>
            <PenTools />
          </PanelBoundary>
          {mode === 'surgeon' && (
            <PanelBoundary>
              <CaseDrawer />
            </PanelBoundary>
          )}
          {/* the what-if panel (leva) is the student's, loaded only in that mode and after the first frame */}
          {started && mode === 'student' && (
            <PanelBoundary>
              <Suspense fallback={null}>
                <CasePanel key={lang} />
              </Suspense>
            </PanelBoundary>
          )}
        </div>
        <PanelBoundary>
          <RiskPanel key={mode} />
        </PanelBoundary>
      </main>
      <PanelBoundary>
        <Suspense fallback={null}>
          {dialog === 'share' && <ShareDialog />}
          {dialog === 'summary' && <SummarySheet />}
        </Suspense>
      </PanelBoundary>
      <footer className="dock">
        <PanelBoundary>
          <Caption />
        </PanelBoundary>
        <PanelBoundary>
          <Scrubber />
        </PanelBoundary>
        <PanelBoundary>
          <ChapterList />
        </PanelBoundary>
      </footer>
    </div>
  )
}
