/** A QR code's dark modules as one SVG path, with the 4-module quiet zone the standard asks for. */
export const QUIET = 4

export function qrPath(modules: { size: number; data: ArrayLike<number | boolean> }): { d: string; size: number } {
  const { size, data } = modules
  let d = ''
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!data[y * size + x]) continue
      // runs of dark modules along a row become one rectangle
      let run = 1
      while (x + run < size && data[y * size + x + run]) run++
      d += `M${x + QUIET} ${y + QUIET}h${run}v1h-${run}z`
      x += run - 1
    }
  }
  return { d, size: size + 2 * QUIET }
}
