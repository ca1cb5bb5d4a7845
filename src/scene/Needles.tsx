import { Needle } from './Needle'
import { useSidePlan } from './side'

/** One needle per pedicle the side's plan uses. */
export function Needles() {
  const needles = useSidePlan().instruments.needles
  return (
    <>
      {needles.map((n, i) => (
        <Needle key={i} path={n} />
      ))}
    </>
  )
}
