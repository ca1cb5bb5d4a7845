/**
 * One choice out of a few, as a row of buttons: an ARIA radiogroup named by `label` or by the element
 * `labelledBy`. `text` is what a button shows; `name`, when given, what a screen reader says instead.
 */
export function Segmented<T extends string | number | boolean>({
  options,
  value,
  text,
  name,
  onPick,
  label,
  labelledBy,
  className = 'segmented',
}: {
  options: readonly T[]
  value: T
  text: (v: T) => string
  name?: (v: T) => string
  onPick: (v: T) => void
  label?: string
  labelledBy?: string
  className?: string
}) {
  return (
    <div className={className} role="radiogroup" aria-label={label} aria-labelledby={labelledBy}>
      {options.map((o) => (
        <button
          key={String(o)}
          role="radio"
          aria-checked={value === o}
          aria-label={name?.(o)}
          className={value === o ? 'on' : ''}
          onClick={() => onPick(o)}
        >
          {text(o)}
        </button>
      ))}
    </div>
  )
}
