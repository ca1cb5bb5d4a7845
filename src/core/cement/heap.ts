// A binary min-heap of (priority, id) on typed arrays, with lazy deletion left to the caller.
export class MinHeap {
  private pri: Float64Array
  private ids: Int32Array
  size = 0
  constructor(capacity = 1024) {
    this.pri = new Float64Array(capacity)
    this.ids = new Int32Array(capacity)
  }
  push(p: number, id: number): void {
    if (this.size === this.pri.length) {
      const np = new Float64Array(this.size * 2)
      np.set(this.pri)
      this.pri = np
      const ni = new Int32Array(this.size * 2)
      ni.set(this.ids)
      this.ids = ni
    }
    let i = this.size++
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (this.pri[parent] <= p) break
      this.pri[i] = this.pri[parent]
      this.ids[i] = this.ids[parent]
      i = parent
    }
    this.pri[i] = p
    this.ids[i] = id
  }
  /** priority of the top; call before pop() */
  peek(): number {
    return this.pri[0]
  }
  pop(): number {
    const top = this.ids[0]
    const n = --this.size
    if (n > 0) {
      this.pri[0] = this.pri[n]
      this.ids[0] = this.ids[n]
      this.siftDown(0)
    }
    return top
  }
  /** Give every entry a new priority (a new stabilising gradient) and restore heap order: O(n). */
  rekey(priority: (id: number) => number): void {
    for (let i = 0; i < this.size; i++) this.pri[i] = priority(this.ids[i])
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.siftDown(i)
  }
  private siftDown(i: number): void {
    const n = this.size,
      p = this.pri[i],
      id = this.ids[i]
    for (;;) {
      let c = 2 * i + 1
      if (c >= n) break
      if (c + 1 < n && this.pri[c + 1] < this.pri[c]) c++
      if (this.pri[c] >= p) break
      this.pri[i] = this.pri[c]
      this.ids[i] = this.ids[c]
      i = c
    }
    this.pri[i] = p
    this.ids[i] = id
  }
}
