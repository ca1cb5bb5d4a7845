import { useApp } from '../app/store'
import { useText } from '../app/text'
import { penClear, penUndo, setPen } from '../app/pen'

/** While the pen is down: what it does, undo, clear, and done (the view turns again). */
export function PenTools() {
  const { PEN } = useText()
  const on = useApp((s) => s.pen)
  const count = useApp((s) => s.strokes.length)
  if (!on) return null
  return (
    <div className="pen-tools" role="group" aria-label={PEN.tools}>
      <p>{PEN.hint}</p>
      <button onClick={penUndo} disabled={!count}>
        {PEN.undo}
      </button>
      <button onClick={penClear} disabled={!count}>
        {PEN.clear}
      </button>
      <button className="primary" onClick={() => setPen(false)}>
        {PEN.done}
      </button>
    </div>
  )
}
