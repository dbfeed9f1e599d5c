// The dist/ lock of scripts/build.ts: concurrent builds and test runs take turns,
// and a lock left by a process that died does not block the next run.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lockDist } from "../scripts/build.js";

const fresh = () => join(mkdtempSync(join(tmpdir(), "finmodel-lock-")), "dist.lock");

describe("lockDist", () => {
  it("takes a free lock, records its owner and releases it", () => {
    const lock = fresh();
    const release = lockDist(lock, 0);
    expect(readFileSync(join(lock, "pid"), "utf8")).toBe(String(process.pid));
    release();
    expect(existsSync(lock)).toBe(false);
  });

  it("waits while a live process holds the lock, and gives up at its deadline naming the owner", () => {
    const lock = fresh();
    const release = lockDist(lock, 0);
    expect(() => lockDist(lock, 300)).toThrow(`dist/ is locked by process ${process.pid}`);
    release();
    lockDist(lock, 0)();
  });

  it("takes over a lock whose owner has exited", () => {
    const lock = fresh();
    const gone = spawnSync(process.execPath, ["-e", "0"]).pid;
    mkdirSync(lock);
    writeFileSync(join(lock, "pid"), String(gone));
    const release = lockDist(lock, 0);
    expect(readFileSync(join(lock, "pid"), "utf8")).toBe(String(process.pid));
    release();
  });
});
