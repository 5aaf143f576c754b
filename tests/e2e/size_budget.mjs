// Size report: everything a first visit downloads (dist/), gzipped, against our 100 KB budget.
// Over budget is reported loudly but does not fail the run (see README: Size); an empty or
// missing dist/ does fail. Pass --strict to fail when over budget.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 100 * 1024;
const dir = process.argv[2] ?? 'dist';
const files = readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile());
let total = 0;
for (const f of files.sort()) {
  const raw = readFileSync(join(dir, f));
  const gz = gzipSync(raw, { level: 9 }).length;
  total += gz;
  console.log(`${f.padEnd(40)} ${String(raw.length).padStart(8)} B raw ${String(gz).padStart(8)} B gzipped`);
}
console.log(`total gzipped: ${(total / 1024).toFixed(1)} KB of a ${BUDGET / 1024} KB budget`);
if (files.length === 0) { console.error('dist/ is empty: build the page first'); process.exit(1); }
if (total > BUDGET) {
  console.error(`OVER BUDGET by ${((total - BUDGET) / 1024).toFixed(1)} KB gzipped`);
  if (process.argv.includes('--strict')) process.exit(1);
}
