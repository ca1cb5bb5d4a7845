// The reference for the budgets: a bare R3F canvas with one lit mesh, built and served the same way as the app.
// Ready after its first frame, like the app's data-ready. With ?play it draws every frame (the mesh turns), the
// reference for the app's frame interval while playing.
import { useRef } from 'react'
import { createRoot } from 'react-dom/client'
import { Canvas, useFrame } from '@react-three/fiber'
import type { Mesh } from 'three'

const playing = new URLSearchParams(location.search).has('play')

function Ready() {
  useFrame(() => {
    requestAnimationFrame(() => {
      performance.mark('spineviz:ready')
      document.documentElement.dataset.ready = '1'
    })
  })
  return null
}

function Box() {
  const ref = useRef<Mesh>(null)
  useFrame((_, dt) => {
    if (playing && ref.current) ref.current.rotation.y += dt
  })
  return (
    <mesh ref={ref}>
      <boxGeometry />
      <meshStandardMaterial />
    </mesh>
  )
}

createRoot(document.getElementById('root')!).render(
  <Canvas frameloop={playing ? 'always' : 'demand'}>
    <ambientLight />
    <Box />
    <Ready />
  </Canvas>,
)
