// Types for the vendored meshoptimizer reference decoder (pure JS, MIT): used instead of the WASM decoder
// so the Content-Security-Policy needs no 'wasm-unsafe-eval'.
export const MeshoptDecoder: {
  supported: boolean
  ready: Promise<void>
  decodeVertexBuffer(target: Uint8Array, count: number, size: number, source: Uint8Array, filter?: string): void
  decodeIndexBuffer(target: Uint8Array, count: number, size: number, source: Uint8Array): void
}
