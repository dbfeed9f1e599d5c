// A TypeDoc plugin: every export gets a category from the folder of the file that
// declares it (src/units/… → "units", src/metrics/tvm/… → "time-value"), so the API
// reference is grouped by topic without a @category tag on each of several hundred
// symbols. A @category written in a doc comment wins.
import { Comment, CommentTag, Converter, ReflectionKind } from "typedoc";

/** [pattern on the path below src/, category], first match wins. */
const RULES = [
  [/^core\//, "units"],
  [/^units\//, "units"],
  [/^time\//, "time"],
  [/^metrics\/tvm\//, "time-value"],
  [/^metrics\/(valuation|bridge|dilution|dcf|comps)\b/, "valuation"],
  [/^metrics\//, "metrics"],
  [/^figures\/claim/, "claims"],
  [/^claims\//, "claims"],
  [/^figures\//, "figures"],
  [/^scenarios\//, "scenarios"],
  [/^model\//, "model"],
  [/^excel\//, "time-value"],
  [/^charts\//, "charts"],
  [/^workbook\//, "model"],
  [/^fixtures\//, "data"],
];

/** The category of a file, from its path. */
export function categoryOf(fileName) {
  const at = fileName.replace(/\\/g, "/").lastIndexOf("/src/");
  if (at < 0) return undefined;
  const path = fileName.replace(/\\/g, "/").slice(at + 5);
  return RULES.find(([pattern]) => pattern.test(path))?.[1];
}

const TOP_LEVEL = ReflectionKind.Function | ReflectionKind.Variable | ReflectionKind.Class | ReflectionKind.Interface | ReflectionKind.TypeAlias | ReflectionKind.Enum | ReflectionKind.Namespace;

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(TOP_LEVEL) || !reflection.parent?.kindOf(ReflectionKind.Module | ReflectionKind.Project)) return;
    const file = context.getSymbolFromReflection(reflection)?.declarations?.[0]?.getSourceFile().fileName;
    const category = file === undefined ? undefined : categoryOf(file);
    if (category === undefined) return;
    reflection.comment ??= new Comment();
    if (reflection.comment.blockTags.some((t) => t.tag === "@category")) return;
    reflection.comment.blockTags.push(new CommentTag("@category", [{ kind: "text", text: category }]));
  });
}
