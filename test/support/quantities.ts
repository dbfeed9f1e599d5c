// Quantities share a prototype (toString, toJSON, Symbol.toPrimitive), and two equal Decimals
// may hold their digits differently, so `toEqual` against an object literal compares the wrong
// things. `data` keeps what a comparison should look at: the kind, the number as its shortest
// decimal text, and the currency or unit.
export function data(q: unknown): unknown {
  if (typeof q !== "object" || q === null) return q;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(q)) out[key] = typeof v === "object" && v !== null ? String(v) : v;
  return out;
}
