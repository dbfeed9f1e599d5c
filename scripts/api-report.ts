// The public API report: every export of every entry point of the package, with
// its kind and signature, read with the TypeScript compiler API from the built
// declarations (dist/*.d.ts). Written to etc/finmodel.api.md; a test regenerates
// it and compares, so any change to the public surface shows in review.
//
//   npm run api-report               builds dist/, then writes the report
//   npm run api-report -- --no-build writes it from the dist/ already there
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

export const REPORT_PATH = join("etc", "finmodel.api.md");

export interface ApiReportOptions {
  /** the repository (where package.json is) */
  readonly root: string;
  /** the built package's folder; `<root>/dist` by default */
  readonly dist?: string;
  /** which declarations to read: those of `import` (`.d.ts`, the default) or of `require` (`.d.cts`) */
  readonly condition?: "import" | "require";
}

interface PackageJson {
  readonly name: string;
  readonly exports: Readonly<Record<string, unknown>>;
}

const FLAGS = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;

/** Lines longer than this are broken at the braces of object types, one member a line. */
const WIDTH = 100;

/** Code-unit order, the same on every machine and locale. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The declaration file of each entry point, by import specifier. */
function entryPoints(root: string, dist: string, condition: "import" | "require"): [string, string][] {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as PackageJson;
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(pkg.exports)) {
    const types = (value as Record<string, { types?: string } | undefined>)[condition]?.types;
    if (!types) continue;
    const specifier = key === "." ? pkg.name : `${pkg.name}/${key.slice(2)}`;
    // An entry that Node resolves to a larger module (the `node` condition: finmodel/workbook with
    // writeWorkbook) is reported as that module, the whole of what the entry may export.
    const node = (value as { node?: Record<string, { types?: string } | undefined> }).node?.[condition]?.types;
    out.push([specifier, resolve(dist, (node ?? types).replace(/^\.\/dist\//, ""))]);
  }
  return out.sort((a, b) => byText(a[0], b[0]));
}

/**
 * Breaks a long one-line declaration at the braces of its object types, one
 * member a line, so that a change to one member is a one-line diff.
 */
export function wrap(text: string, width = WIDTH): string {
  if (text.length <= width) return text;
  const indent = (depth: number) => "  ".repeat(depth);
  let out = "";
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      out += c;
      if (c === "\\") out += text[++i] ?? "";
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'" || c === "`") {
      quote = c;
      out += c;
    } else if (c === "{" && text[i + 1] === " ") {
      depth++;
      out += `{\n${indent(depth)}`;
      i++;
    } else if (c === ";" && text[i + 1] === " " && depth > 0) {
      if (text[i + 2] === "}") depth--;
      out += `;\n${indent(depth)}`;
      i++;
    } else if (c === " " && text[i + 1] === "}" && depth > 0) {
      depth--;
      out += `\n${indent(depth)}`;
    } else {
      out += c;
    }
  }
  return out;
}

/** The members of a union type's text, split at its top level (outside brackets and strings). */
export function splitUnion(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if ("([{<".includes(c)) depth++;
    else if (")]}>".includes(c) && !(c === ">" && text[i - 1] === "=")) depth--;
    else if (depth === 0 && text.startsWith(" | ", i)) {
      parts.push(text.slice(start, i));
      start = i + 3;
      i += 2;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Collapses whitespace and drops `import("…")` qualifiers, which would hold machine paths. */
function clean(text: string): string {
  return text.replace(/import\("[^"]*"\)\./g, "").replace(/\s+/g, " ").trim();
}

class Reporter {
  private readonly printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

  constructor(private readonly checker: ts.TypeChecker) {}

  private node(node: ts.Node): string {
    return clean(this.printer.printNode(ts.EmitHint.Unspecified, node, node.getSourceFile()));
  }

  private type(type: ts.Type, where?: ts.Node, extra = ts.TypeFormatFlags.None): string {
    return clean(this.checker.typeToString(type, where, FLAGS | extra));
  }

  private signature(sig: ts.Signature): string {
    return clean(this.checker.signatureToString(sig, undefined, FLAGS));
  }

  private typeParameters(decl: { typeParameters?: ts.NodeArray<ts.TypeParameterDeclaration> | undefined }): string {
    return decl.typeParameters?.length ? `<${decl.typeParameters.map((p) => this.node(p)).join(", ")}>` : "";
  }

  private heritage(decl: ts.ClassDeclaration | ts.InterfaceDeclaration): string {
    return (decl.heritageClauses ?? []).map((h) => ` ${this.node(h)}`).join("");
  }

  private modifiers(node: ts.Node): string {
    const kept = new Set([
      ts.SyntaxKind.StaticKeyword,
      ts.SyntaxKind.ReadonlyKeyword,
      ts.SyntaxKind.ProtectedKeyword,
      ts.SyntaxKind.PrivateKeyword,
      ts.SyntaxKind.AbstractKeyword,
    ]);
    const mods = ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []) : [];
    return mods.filter((m) => kept.has(m.kind)).map((m) => `${ts.tokenToString(m.kind)} `).join("");
  }

  private member(m: ts.ClassElement | ts.TypeElement): string {
    const mods = this.modifiers(m);
    const name = m.name ? this.node(m.name) : "";
    const optional = (m as { questionToken?: ts.Node }).questionToken ? "?" : "";
    if (ts.isPropertySignature(m) || ts.isPropertyDeclaration(m)) {
      if (mods.includes("private ")) return `${mods}${name};`;
      const type = m.type ? this.type(this.checker.getTypeFromTypeNode(m.type), m) : "any";
      return wrap(`${mods}${name}${optional}: ${type};`);
    }
    if (ts.isMethodSignature(m) || ts.isMethodDeclaration(m) || ts.isConstructorDeclaration(m) || ts.isCallSignatureDeclaration(m) || ts.isConstructSignatureDeclaration(m)) {
      if (mods.includes("private ")) return `${mods}${name};`;
      const sig = this.checker.getSignatureFromDeclaration(m);
      const prefix = ts.isConstructorDeclaration(m) ? "constructor" : ts.isConstructSignatureDeclaration(m) ? "new " : name;
      const text = sig ? this.signature(sig) : this.node(m);
      // A constructor's signature ends with the class as its return type; the class is the header already.
      const shown = ts.isConstructorDeclaration(m) && sig ? text.slice(0, text.length - this.type(sig.getReturnType()).length - 2) : text;
      return wrap(`${mods}${prefix}${optional}${shown};`);
    }
    return this.node(m).replace(/;?$/, ";");
  }

  private block(header: string, members: readonly string[]): string {
    const lines = members.flatMap((m) => m.split("\n")).map((l) => `  ${l}`);
    return lines.length ? `${header} {\n${lines.join("\n")}\n}` : `${header} {}`;
  }

  /** The lines of one export: one entry per kind of declaration (a name can be a value and a type). */
  describe(exportName: string, exported: ts.Symbol): string[] {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(exported) : exported;
    const out: string[] = [];
    let functionsDone = false;
    for (const decl of symbol.declarations ?? []) {
      if (ts.isFunctionDeclaration(decl)) {
        if (functionsDone) continue;
        functionsDone = true;
        const sigs = this.checker.getSignaturesOfType(this.checker.getTypeOfSymbol(symbol), ts.SignatureKind.Call);
        for (const sig of sigs) {
          out.push(wrap(`function ${exportName}${this.signature(sig)};`));
        }
      } else if (ts.isVariableDeclaration(decl)) {
        const keyword = decl.parent.flags & ts.NodeFlags.Const ? "const" : "let";
        out.push(wrap(`${keyword} ${exportName}: ${this.type(this.checker.getTypeOfSymbol(symbol), decl)};`));
      } else if (ts.isInterfaceDeclaration(decl)) {
        const header = `interface ${exportName}${this.typeParameters(decl)}${this.heritage(decl)}`;
        out.push(this.block(header, decl.members.map((m) => this.member(m))));
      } else if (ts.isClassDeclaration(decl)) {
        const abstract = this.modifiers(decl).includes("abstract") ? "abstract " : "";
        const header = `${abstract}class ${exportName}${this.typeParameters(decl)}${this.heritage(decl)}`;
        out.push(this.block(header, decl.members.map((m) => this.member(m))));
      } else if (ts.isTypeAliasDeclaration(decl)) {
        const type = this.checker.getTypeFromTypeNode(decl.type);
        // An alias of an object type literal is printed with its members, one a line.
        if (ts.isTypeLiteralNode(decl.type)) {
          out.push(this.block(`type ${exportName}${this.typeParameters(decl)} =`, decl.type.members.map((m) => this.member(m))) + ";");
        } else {
          const head = `type ${exportName}${this.typeParameters(decl)} =`;
          const typeText = this.type(type, decl, ts.TypeFormatFlags.InTypeAlias);
          const parts = splitUnion(typeText);
          // A long union is printed one member a line.
          out.push(
            head.length + typeText.length > WIDTH && parts.length > 1
              ? `${head}\n${parts.map((t) => `  | ${wrap(t).split("\n").join("\n    ")}`).join("\n")};`
              : wrap(`${head} ${typeText};`),
          );
        }
      } else if (ts.isEnumDeclaration(decl) || ts.isModuleDeclaration(decl)) {
        out.push(this.node(decl));
      } else if (ts.isExportAssignment(decl) || ts.isExportSpecifier(decl)) {
        out.push(wrap(`${exportName}: ${this.type(this.checker.getTypeOfSymbol(symbol), decl)};`));
      }
    }
    return out;
  }
}

/** The report, as text. Deterministic: sorted, no absolute paths, no chunk file names. */
export function apiReport(options: ApiReportOptions): string {
  const { root, condition = "import" } = options;
  const dist = options.dist ?? join(root, "dist");
  const entries = entryPoints(root, dist, condition);
  for (const [specifier, file] of entries) {
    if (!existsSync(file)) throw new Error(`${specifier}: ${file} is missing; build the package first (npm run build)`);
  }
  const program = ts.createProgram(
    entries.map(([, file]) => file),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      exactOptionalPropertyTypes: true,
      skipLibCheck: true,
      noEmit: true,
      types: [],
    },
  );
  const checker = program.getTypeChecker();
  const reporter = new Reporter(checker);
  const sections: string[] = [];
  for (const [specifier, file] of entries) {
    const source = program.getSourceFile(file);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`${specifier}: cannot read ${file}`);
    const exported = checker.getExportsOfModule(moduleSymbol).sort((a, b) => byText(a.getName(), b.getName()));
    const lines = exported.flatMap((symbol) => reporter.describe(symbol.getName(), symbol));
    const body = lines.length ? lines.join("\n\n") : "// (no exports)";
    sections.push(`## \`${specifier}\`\n\n\`\`\`ts\n${body}\n\`\`\``);
  }
  const header = [
    "# finmodel: public API report",
    "",
    "Every export of every entry point, with its kind and signature, as the built",
    "type declarations state them. Generated by `npm run api-report`; do not edit by",
    "hand. A change here is a change to the public surface: review it as one.",
  ].join("\n");
  return `${header}\n\n${sections.join("\n\n")}\n`;
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  if (!process.argv.includes("--no-build")) {
    execFileSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"], timeout: 300_000 });
  }
  const report = apiReport({ root });
  const target = join(root, REPORT_PATH);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, report);
  console.log(`wrote ${REPORT_PATH} (${report.split("\n").length} lines)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
