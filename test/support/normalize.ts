// Turns finmodel values into plain data for deep comparison: Decimals become
// their string form, frozen objects become plain objects, Dates ISO strings.
export function normalize(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if ((value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] === "Decimal") return String(value);
  if (value instanceof Date) return value.toISOString();
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<unknown>);
  if (Array.isArray(value)) return value.map(normalize);
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, normalize(v)]));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== "function") out[k] = normalize(v);
  }
  return out;
}
