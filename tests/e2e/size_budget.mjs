// Size budget: everything a first visit downloads (dist/), gzipped, at most 100 KB.
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
if (total > BUDGET) { console.error('over the size budget'); process.exit(1); }
