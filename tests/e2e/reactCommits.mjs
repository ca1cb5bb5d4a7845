// Counts React commits in a page, production build included: a minimal React DevTools hook, which react-dom and
// R3F's reconciler call on every commit of every root (each drei <Html> tag is a root of its own, so one
// re-render can be a burst of commits). Pass COUNT_COMMITS to page.addInitScript; window.__commits counts
// commits since load, window.__commitFrames the animation frames that held at least one commit, and
// window.__frames the animation frames.
export const COUNT_COMMITS = () => {
  window.__commits = 0
  window.__commitFrames = 0
  window.__frames = 0
  let last = -1
  const count = () => {
    window.__frames++
    requestAnimationFrame(count)
  }
  requestAnimationFrame(count)
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    isDisabled: false,
    inject() {
      return 1
    },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberRoot() {
      window.__commits++
      if (last !== window.__frames) {
        last = window.__frames
        window.__commitFrames++
      }
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
  }
}

/** React commits while playing `seconds` from `t`, in a page opened with COUNT_COMMITS. */
export async function commitsWhilePlaying(page, t, seconds = 3) {
  await page.evaluate((t) => window.__spineviz.seek(t), t)
  // a seek can change the caption's height, and the canvas follows it up to a second or two later
  await page.waitForTimeout(2500)
  const read = () => ({
    n: window.__commits,
    frames: window.__commitFrames,
    all: window.__frames,
    t: window.__spineviz.state().t,
  })
  const a = await page.evaluate(read)
  await page.evaluate(() => window.__spineviz.play())
  await page.waitForTimeout(seconds * 1000)
  const b = await page.evaluate(read)
  await page.evaluate(() => window.__spineviz.pause())
  return {
    commits: b.n - a.n,
    commitFrames: b.frames - a.frames,
    frames: b.all - a.all,
    perSecond: (b.n - a.n) / seconds,
    played: b.t - a.t,
  }
}
