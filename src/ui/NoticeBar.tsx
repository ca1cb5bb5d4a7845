import { useApp } from '../app/store'
import { dismissNotices } from '../app/viewActions'
import { useText } from '../app/text'

/** Short, polite notices: a link value we could not use, and what we show instead. */
export function NoticeBar() {
  const { UI, noticeText } = useText()
  const notices = useApp((s) => s.notices)
  const error = useApp((s) => s.error)
  if (!notices.length && !error) return null
  return (
    <div className="notices" role="status">
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{noticeText(n)}</li>
        ))}
        {error && <li>{UI.workerError}</li>}
      </ul>
      <button onClick={dismissNotices}>{UI.dismiss}</button>
    </div>
  )
}
