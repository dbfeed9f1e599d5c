import { Decimal } from "finmodel";
import type { SweepSamples } from "../types.js";

export const samples: SweepSamples = {
  Decimal: { exempt: "the decimal.js constructor itself; its behaviour is decimal.js's" },
  FinModelError: { exempt: "the error class" },
  isFinModelError: { exempt: "a type guard: any value is a valid question" },
  isNumeric: { exempt: "a type guard: any value is a valid question" },
  isCalendarDate: { exempt: "a type guard: any value is a valid question" },
  toDecimal: { args: ["1.5", "x"], lenient: ["1*"] },
  toNumber: { args: [new Decimal("0.5"), "x"], lenient: ["1*"] },
  calendarDate: { args: [2025, 12, 31, "d"], lenient: ["3*"] },
  toCalendarDate: { args: ["2025-12-31", "d"], lenient: ["1*"] },
  formatIsoDate: { args: ["2025-12-31"] },
};
