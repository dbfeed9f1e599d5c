/**
 * The script of a simulation worker (built as `dist/simulate-worker.js`): it receives one task,
 * a range of paths of a model's simulation, runs it and posts back the outputs, their buffers
 * transferred. Under Node (and Deno, Bun) it is a worker_threads worker; in browsers a module Web
 * Worker. Started by `m.simulateAsync`, never imported by the library.
 *
 * @packageDocumentation
 */
import { type SimulationTask, answer } from "./simulate-task.js";

interface Port {
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
}

const WORKER_THREADS = "node:worker_threads";
const g = globalThis as { process?: { versions?: { node?: unknown } }; onmessage?: unknown; postMessage?: unknown };

function reply(port: Port, task: SimulationTask): void {
  const { reply: message, transfer } = answer(task);
  port.postMessage(message, transfer);
}

type ParentPort = Port & { on(event: "message", f: (task: SimulationTask) => void): void };

function listen(parent: ParentPort | null): void {
  if (parent !== null) {
    parent.on("message", (task) => reply(parent, task));
  } else {
    const self = globalThis as unknown as Port & { onmessage: ((e: { data: SimulationTask }) => void) | null };
    self.onmessage = (e) => reply(self, e.data);
  }
}

// A worker_threads worker has a parentPort; a Web Worker (even in a runtime that also offers
// node:worker_threads) has none and listens on its global scope. No top-level await: bundlers
// build workers as classic scripts by default (Vite's `worker.format` is "iife"), which cannot
// hold one. A worker_threads port keeps the messages that arrive before its listener. A failed
// import stays a rejection, which fails the worker (as the await did), so its task never waits.
if (typeof g.process?.versions?.node === "string") {
  const specifier = WORKER_THREADS;
  void import(/* webpackIgnore: true */ /* @vite-ignore */ specifier).then((m: { parentPort: ParentPort | null }) => listen(m.parentPort));
} else {
  listen(null);
}
