// Recalculates .xlsx files in LibreOffice Calc (headless) and reads every sheet back as CSV.
// One soffice process converts all the files of a call (it is slow to start); its user profile
// lives in a temporary folder and sets "recalculate on load: always" for xlsx and ods files, so the
// numbers read back are LibreOffice's own, not the cached values written in the files.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** The soffice executable on PATH, or undefined. */
export function findSoffice(): string | undefined {
  try {
    return execFileSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

// 0 = always recalculate (1 = never, 2 = ask), per file format.
const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

// CSV export: comma, double quotes, UTF-8, from line 1, no column formats, en-US, quoted text not
// special, detect numbers, raw values (not as shown), no formulas, keep spaces, every sheet (-1).
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1";

/** Parses CSV as LibreOffice writes it (RFC 4180 quoting). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A recalculated workbook: sheet name → rows of cell texts. */
export type Recalculated = ReadonlyMap<string, string[][]>;

/**
 * Recalculates each workbook in LibreOffice and returns its sheets as CSV rows, by the key given.
 *
 * @param soffice - the executable
 * @param files - key → the bytes of an .xlsx file (keys are used as file names: letters, digits, -)
 */
export function recalculate(soffice: string, files: Readonly<Record<string, Uint8Array>>): Map<string, Recalculated> {
  const dir = mkdtempSync(join(tmpdir(), "finmodel-lo-"));
  try {
    const profile = join(dir, "profile");
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), PROFILE);
    const inputs = join(dir, "in");
    const out = join(dir, "out");
    mkdirSync(inputs);
    const paths = Object.entries(files).map(([key, bytes]) => {
      if (!/^[A-Za-z0-9]+$/.test(key)) throw new Error(`file key ${key}: letters and digits only`);
      const p = join(inputs, `${key}.xlsx`);
      writeFileSync(p, bytes);
      return p;
    });
    execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--convert-to", CSV_FILTER, "--outdir", out, ...paths], {
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 240_000,
      killSignal: "SIGKILL",
    });
    const result = new Map<string, Map<string, string[][]>>();
    for (const key of Object.keys(files)) result.set(key, new Map());
    for (const f of readdirSync(out)) {
      const m = /^([A-Za-z0-9]+)-(.+)\.csv$/.exec(f);
      const sheets = m ? result.get(m[1] as string) : undefined;
      if (!m || !sheets) continue;
      sheets.set(m[2] as string, parseCsv(readFileSync(join(out, f), "utf8")));
    }
    for (const [key, sheets] of result) if (sheets.size === 0) throw new Error(`LibreOffice wrote no CSV for ${key}`);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
