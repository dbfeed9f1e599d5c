// Adds to package-lock.json the other platforms' optional binary packages (rollup's, deno's, …)
// that a registry mirror serving only this platform leaves out. With them listed (with their
// os/cpu/libc, as a lockfile written anywhere else lists them), `npm ci` accepts the lockfile on
// every platform and installs only the binary that fits. Run after `npm install`:
//   node scripts/complete-lockfile.mjs
import { readFileSync, writeFileSync } from "node:fs";

const OSES = new Set(["android", "darwin", "freebsd", "linux", "openbsd", "openharmony", "win32", "sunos", "aix", "netbsd"]);
const CPUS = { arm: "arm", arm64: "arm64", x64: "x64", ia32: "ia32", loong64: "loong64", ppc64: "ppc64", riscv64: "riscv64", s390x: "s390x" };

/** os, cpu and libc from a platform package's name, e.g. "@rollup/rollup-linux-arm-musleabihf". */
function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const i = parts.findIndex((p) => OSES.has(p));
  if (i < 0 || !(parts[i + 1] in CPUS)) return undefined;
  const abi = parts.slice(i + 2).join("-");
  const libc = /musl/.test(abi) ? "musl" : /gnu|glibc/.test(abi) && parts[i] === "linux" ? "glibc" : undefined;
  return { os: [parts[i]], cpu: [CPUS[parts[i + 1]]], ...(libc ? { libc: [libc] } : {}) };
}

const path = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(path, "utf8"));
const added = [];
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const at = key === "" ? `node_modules/${dep}` : `${key}/node_modules/${dep}`;
    const hoisted = `node_modules/${dep}`;
    if (lock.packages[at] || lock.packages[hoisted]) continue;
    const platform = platformOf(dep);
    if (!platform) continue; // not a platform binary: leave it to npm
    lock.packages[hoisted] = { version, ...(entry.dev ? { dev: true } : {}), optional: true, ...platform };
    added.push(`${dep}@${version}`);
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added ${added.length} platform packages: ${added.join(", ")}` : "nothing to add");
