/** Soft studio light: sky/ground fill plus a key and a rim light. No environment map (offline). */
export function Lights() {
  return (
    <>
      <hemisphereLight args={['#f4f1ea', '#39424f', 0.9]} />
      <directionalLight position={[160, 220, 180]} intensity={1.6} />
      <directionalLight position={[-180, 60, -160]} intensity={0.7} color="#cfe0ff" />
    </>
  )
}
