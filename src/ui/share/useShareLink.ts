import { useApp } from '../../app/store'
import { toQuery, type Mode } from '../../core/url'

/** The link that reopens this view (case, moment, language) for the chosen audience; never in kiosk mode. */
export function useShareLink(mode: Mode): string {
  const c = useApp((s) => s.case)
  const view = useApp((s) => s.view)
  const t = useApp((s) => s.t)
  return window.location.origin + window.location.pathname + toQuery(c, { ...view, mode, kiosk: false, t })
}
