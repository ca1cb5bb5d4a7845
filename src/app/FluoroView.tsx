import { FluoroPanel } from '../ui/fluoro/FluoroPanel'
import { FluoroCanvas } from '../scene/fluoro/FluoroCanvas'

/** The X-ray panel with its canvas: composed here, and loaded only when the X-ray is first opened. */
export function FluoroView() {
  return <FluoroPanel Canvas={FluoroCanvas} />
}
