import { useApp } from '../app/store'
import { setFollowCamera } from '../app/actions'
import { UI } from '../content/en'

/** Shown once the user has moved the camera: hands it back to the story. */
export function GuidedViewButton() {
  const follow = useApp((s) => s.followCamera)
  if (follow) return null
  return (
    <button className="guided-view" title={UI.guidedHint} onClick={() => setFollowCamera(true)}>
      {UI.guided}
    </button>
  )
}
