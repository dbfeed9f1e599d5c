// Builds dist/ so that two builds or test runs on one checkout never delete each
// other's dist/: tsup writes into a fresh folder beside dist/, which then replaces
// dist/ by rename (a failed build leaves the previous dist/ as it was), and a lock
// (a directory, made atomically) makes concurrent builds take turns. The package
// stage of the tests holds the lock from its build until its last test has run.
//
//   npm run build          build, swap into dist/, release the lock
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const LOCK = join(root, ".dist.lock");
/** How long to wait for another build or test run to release dist/ before giving up. */
const WAIT_MS = 15 * 60_000;
const POLL_MS = 250;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === "EPERM";
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Takes the dist/ lock, waiting (at most 15 minutes) while a live process holds
 * it; a lock left by a process that died is taken over. Returns the release.
 */
export function lockDist(lock = LOCK, waitMs = WAIT_MS): () => void {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, "pid"), String(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (e) {
      if ((e as { code?: string }).code !== "EEXIST") throw e;
    }
    let owner = Number.NaN;
    try {
      owner = Number(readFileSync(join(lock, "pid"), "utf8"));
    } catch {
      // the owner has made the directory but not yet written its pid
    }
    if (Number.isInteger(owner) && owner > 0 && !alive(owner)) {
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`dist/ is locked by process ${owner} (${lock}); remove the folder if that process is gone`);
    sleep(POLL_MS);
  }
}

/** Builds into a fresh folder and swaps it into dist/. The caller holds the lock. */
export function buildDist(): void {
  const fresh = join(root, `.dist-build-${process.pid}`);
  const old = join(root, `.dist-old-${process.pid}`);
  rmSync(fresh, { recursive: true, force: true });
  try {
    execFileSync(join(root, "node_modules", ".bin", "tsup"), ["--out-dir", fresh], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
    if (existsSync(join(root, "dist"))) renameSync(join(root, "dist"), old);
    renameSync(fresh, join(root, "dist"));
  } finally {
    rmSync(fresh, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const release = lockDist();
  try {
    buildDist();
  } finally {
    release();
  }
}
