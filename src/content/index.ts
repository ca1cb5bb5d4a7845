// Every word of the app, per language. Components take them from useText() (src/app/text.ts); the
// Spanish file is typed against the English one, so a missing or misshapen string is a type error.
import * as en from './en'
import * as es from './es'

export type Lang = 'en' | 'es'
export type Text = typeof en
/** Each language named in itself, for the switch. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', es: 'Español' }
export const TEXT: Record<Lang, Text> = { en, es }
