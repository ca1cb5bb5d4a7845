import { useApp } from '../app/store'
import { setFollowCamera } from '../app/viewActions'
import { useText } from '../app/text'

/** Shown once the user has moved the camera: hands it back to the story. */
export function GuidedViewButton() {
  const { UI } = useText()
  const follow = useApp((s) => s.followCamera)
  if (follow) return null
  return (
    <button className="guided-view" title={UI.guidedHint} onClick={() => setFollowCamera(true)}>
      {UI.guided}
    </button>
  )
}
