/** A button that stays pressed while its feature is on (aria-pressed). */
export function Toggle({ on, onClick, children }: { on: boolean; onClick: () => void; children: string }) {
  return (
    <button className={on ? 'toggle on' : 'toggle'} aria-pressed={on} onClick={onClick}>
      {children}
    </button>
  )
}
