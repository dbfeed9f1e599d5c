/**
 * Spreadsheet names: defined names for input cells (`growth_FY2027`), sheet names, A1 addresses.
 *
 * @packageDocumentation
 */
import { schemaError } from "../core/errors.js";
import { describeValue } from "../core/messages.js";

/** The column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let out = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** An A1 address, relative (`C5`) or absolute (`$C$5`). */
export const address = (row: number, column: number, absolute = false): string =>
  absolute ? `$${columnLetters(column)}$${row}` : `${columnLetters(column)}${row}`;

/** A sheet name quoted for a formula: `'Model inputs'!`. Quoting is always allowed, so it is always done. */
export const sheetRef = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'!`;

// Texts a spreadsheet would read as a cell reference (A1 or R1C1 style) or a boolean.
const A1_LIKE = /^[a-z]{1,3}[0-9]+$/i;
const R1C1_LIKE = /^(r[0-9]*c?[0-9]*|c[0-9]*)$/i;

/**
 * A defined-name spelling of `text`: letters, digits, `_` and `.` kept, anything else as `_`;
 * a leading digit or a text that reads as a cell reference or boolean gets a trailing or leading `_`.
 */
export function definedName(text: string): string {
  let name = text.normalize("NFC").replace(/[^\p{L}\p{N}_.]/gu, "_");
  if (name === "" || !/^[\p{L}_]/u.test(name)) name = `_${name}`;
  if (A1_LIKE.test(name) || R1C1_LIKE.test(name) || /^(true|false)$/i.test(name)) name = `${name}_`;
  return name;
}

/**
 * @internal Records names and refuses two that a spreadsheet would take for the same one
 * (names are case-insensitive).
 */
export class NameRegistry {
  readonly #taken = new Map<string, string>();

  /**
   * @param name - the defined name
   * @param owner - what it names, for the error message ("input growth, FY2027")
   * @returns the name
   */
  claim(name: string, owner: string): string {
    const key = name.toUpperCase();
    const other = this.#taken.get(key);
    if (other !== undefined) {
      throw schemaError(owner, `would be named ${JSON.stringify(name)} in the workbook, which already names ${other}; rename one of them`);
    }
    this.#taken.set(key, owner);
    return name;
  }
}

// Spreadsheets forbid []:*?/\ in sheet names; an apostrophe is refused too, because the xlsx
// library writes defined names on such a sheet without doubling it, which breaks them.
const SHEET_FORBIDDEN = /[[\]:*?/\\']/;

/** Checks a sheet name: 1–31 characters, none of `[]:*?/\'`. */
export function checkSheetName(name: unknown, path: string): string {
  if (typeof name !== "string" || name.length === 0 || name.length > 31 || SHEET_FORBIDDEN.test(name)) {
    throw schemaError(path, `must be a sheet name of 1 to 31 characters without [ ] : * ? / \\ or ', got ${describeValue(name)}`);
  }
  return name;
}
