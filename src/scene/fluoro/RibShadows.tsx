import { useEffect, useMemo } from 'react'
import { ribTubes } from '../ribTubes'
import { BoneShadow, type BoneMaterials } from './BoneShadow'

/** A level's ribs on the radiograph, capped so they are closed surfaces (lumbar levels have none). */
export function RibShadows({ level, mats }: { level: string; mats: BoneMaterials }) {
  const geos = useMemo(() => ribTubes(level, true), [level])
  useEffect(
    () => () => {
      for (const g of geos) g.dispose()
    },
    [geos],
  )
  return (
    <>
      {geos.map((g, i) => (
        <BoneShadow key={i} geometry={g} mats={mats} />
      ))}
    </>
  )
}
