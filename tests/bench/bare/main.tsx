// The reference for the first-frame budget: a bare R3F canvas with one lit mesh, built and served the
// same way as the app. Ready after its first frame, like the app's data-ready.
import { createRoot } from 'react-dom/client'
import { Canvas, useFrame } from '@react-three/fiber'

function Ready() {
  useFrame(() => { requestAnimationFrame(() => { performance.mark('spineviz:ready'); document.documentElement.dataset.ready = '1' }) })
  return null
}

createRoot(document.getElementById('root')!).render(
  <Canvas frameloop="demand">
    <ambientLight />
    <mesh><boxGeometry /><meshStandardMaterial /></mesh>
    <Ready />
  </Canvas>,
)
