// The words for the language the view asks for (lang= in the URL, the switch in the top bar).
import { useApp } from './store'
import { textFor, type Text } from '../content'

/** In a component: re-renders when the language changes. */
export function useText(): Text {
  return textFor(useApp((s) => s.view.lang))
}
