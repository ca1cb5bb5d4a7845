// Colours of the anatomy and instruments, chosen to read on a dark background and under X-ray-like ghosting.
export const COLORS = {
  background: '#1b2230',
  bone: '#e6dcc6',
  boneTreated: '#eadfc8',
  fractureGlow: '#d9483b',
  disc: '#9fb7c9',
  dura: '#e2b94f',
  needle: '#aab4bf',
  needleHandle: '#3a6ea5',
  balloon: '#3f8fd8',
  cavity: '#402a22',
  cement: '#f4f1ea',
  skin: '#d9a28a',
  numb: '#7fd1c1',
} as const
