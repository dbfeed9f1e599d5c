// The package stage's setup: builds dist/ once before the tests that use the built
// package (the command line's smoke tests, the packed tarball, the bundles, the API
// report), so that they never build it concurrently and never test a stale build.
// It holds the dist/ lock until the stage's last test has run, so that another test
// run or `npm run build` on the same checkout waits instead of replacing dist/ under it.
import { buildDist, lockDist } from "../scripts/build.js";

export default function setup(): () => void {
  const release = lockDist();
  try {
    buildDist();
  } catch (e) {
    release();
    throw e;
  }
  return release;
}
