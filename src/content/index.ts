// Every word of the app, per language. Components take them from useText() (src/app/text.ts); the
// Spanish file is typed against the English one, so a missing or misshapen string is a type error.
// English is in the start-up bundle; another language loads when first asked for (loadText), before the
// app shows it: the link's language before the first frame, a switch before the words change.
import * as en from './en'

export type Lang = 'en' | 'es'
export type Text = typeof en
/** Each language named in itself, for the switch. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', es: 'Español' }

const loaded: Partial<Record<Lang, Text>> = { en }

/** The words of a language once loaded; English until then. */
export function textFor(lang: Lang): Text {
  return loaded[lang] ?? en
}

/** The language's words are here: textFor gives them now. */
export function hasText(lang: Lang): boolean {
  return !!loaded[lang]
}

/** Loads a language's words (once) and resolves when textFor gives them. */
export async function loadText(lang: Lang): Promise<Text> {
  if (loaded[lang]) return loaded[lang]
  const es = await import('./es')
  return (loaded.es = es)
}
