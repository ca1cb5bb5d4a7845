// Both languages at once, for tests and tools that read every word (the app loads them one at a time).
import * as en from './en'
import * as es from './es'
import type { Lang, Text } from './index'

export const TEXT: Record<Lang, Text> = { en, es }
