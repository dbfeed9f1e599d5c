// CAGR from two figures as a document writes them, with the interval their rounding allows,
// and a check of the growth rate the document states.
// Run: npx tsx examples/cagr-from-text.ts ["US$10.7B" "US$206.5B" 5 "80.7%"]
import { cagr, checkClaim, derive, explain, formatRatio, statedFigure } from "finmodel";

const [fromText = "US$10.7B", toText = "US$206.5B", yearsText = "5", claimText = "80.7%"] = process.argv.slice(2);

// kind: each text must read as money (a percentage given by mistake is refused, naming it)
const from = statedFigure(fromText, { label: "start", kind: "money" });
const to = statedFigure(toText, { label: "end", kind: "money" });
const growth = derive(`CAGR over ${yearsText} years`, cagr, from, to, yearsText);

console.log(`CAGR ${formatRatio(growth.value, { digits: 2 })}`);
console.log(`  between ${formatRatio(growth.interval.low, { digits: 2 })} and ${formatRatio(growth.interval.high, { digits: 2 })} given the rounding of the inputs`);

const check = checkClaim(growth, statedFigure(claimText));
console.log(`Stated ${claimText}: ${check.verdict}`);
console.log(`  ${check.explanation}`);
console.log(explain(growth));
