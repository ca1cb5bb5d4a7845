// The pen's strokes: points spaced by at least PEN_STEP_MM, undo and clear, and a new level clears them.
import { describe, expect, it } from 'vitest'
import { store, initialState } from '../../src/app/store'
import { PEN_STEP_MM, penClear, penExtend, penStart, penUndo } from '../../src/app/pen'
import { setCase } from '../../src/app/caseActions'

describe('pen', () => {
  it('keeps a stroke per drag, skipping points closer than a step, with undo and clear', () => {
    store.setState(initialState())
    penStart([0, 0, 0])
    penExtend([PEN_STEP_MM / 2, 0, 0])
    penExtend([PEN_STEP_MM * 2, 0, 0])
    penStart([5, 5, 5])
    expect(store.getState().strokes).toEqual([
      [
        [0, 0, 0],
        [PEN_STEP_MM * 2, 0, 0],
      ],
      [[5, 5, 5]],
    ])
    penUndo()
    expect(store.getState().strokes).toHaveLength(1)
    penClear()
    expect(store.getState().strokes).toEqual([])
  })

  it('a drawing belongs to its level: a new level clears it, a new volume does not', () => {
    store.setState(initialState())
    penStart([1, 2, 3])
    setCase({ vol: 5 })
    expect(store.getState().strokes).toHaveLength(1)
    setCase({ level: 'T12' })
    expect(store.getState().strokes).toEqual([])
  })
})
