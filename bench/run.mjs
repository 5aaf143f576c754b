// Runs the side-by-side benchmark in headless Chromium and prints a table of ratios.
//
//   node bench/run.mjs /tmp/dist-bench      (scripts/bench.sh builds the wasm first)
//
// The directory must hold clean_dm_bench.js and clean_dm_bench_bg.wasm (wasm-bindgen
// output of the crate built with `--features bench`); the page, its script and the npm
// peers are staged into it here. BENCH_REPS (default 5) sets the timed runs per side,
// BENCH_ONLY a substring of the case ids to run.
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { launchBrowser, serveDist } from '../tests/e2e/harness.mjs';
import { peerVersions, stage } from './peers.mjs';

const dist = resolve(process.argv[2] ?? '/tmp/dist-bench');
const REPS = Math.max(1, Number(process.env.BENCH_REPS ?? 5));
const ONLY = process.env.BENCH_ONLY ?? '';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const mbps = (bytes, t) => `${((bytes / 1e6) / (t / 1e3)).toFixed(0)} MB/s`;

await stage(dist);
const versions = await peerVersions();
const server = await serveDist(dist);
const browser = await launchBrowser();
const t0 = Date.now();
let failed = false;
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => window.bench !== undefined, null, { timeout: 60_000 });
  const boot = await page.evaluate(() => ({ ready: window.bench.ready, error: window.bench.error }));
  if (!boot.ready) throw new Error(`bench page failed to start: ${boot.error}\n${errors.join('\n')}`);
  const cases = (await page.evaluate(() => window.bench.cases)).filter((c) => c.id.includes(ONLY));

  console.log(
    `Chromium ${browser.version()} headless, ${cpus().length} cores (load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}), node ${process.version}; peers: nanoid ${versions.nanoid}, qrcode ${versions.qrcode}`,
  );
  console.log(`median of ${REPS} timed runs per side after one warm-up run; speed = peer ms / ours ms (above 1: ours is faster)\n`);

  const rows = [];
  for (const c of cases) {
    const r = await page.evaluate(([id, reps]) => window.bench.run(id, reps), [c.id, REPS]);
    const o = median(r.oursMs);
    const p = median(r.peerMs);
    const speed = p / o;
    const met = speed >= c.budget;
    const wrong = /WRONG|DIFFER|NOT SVG/.test(r.note);
    if (wrong) failed = true;
    let note = r.note;
    if (c.bytes) note = `ours ${mbps(c.bytes, o)}, peer ${mbps(c.bytes, p)}; ${note}`;
    rows.push({
      case: c.label,
      peer: c.peerName,
      ours: ms(o),
      theirs: ms(p),
      speed: `${speed.toFixed(2)}x`,
      budget: `>= ${c.budget}x`,
      result: wrong ? 'CHECK FAILED' : c.info ? (met ? '(info: met)' : '(info: not met)') : met ? 'met' : 'NOT MET',
      note,
    });
    process.stderr.write('.');
  }
  process.stderr.write('\n');

  const cols = [
    ['case', 'case'],
    ['peer', 'peer'],
    ['ours', 'ours ms'],
    ['theirs', 'peer ms'],
    ['speed', 'speed'],
    ['budget', 'budget'],
    ['result', 'result'],
  ];
  const width = cols.map(([k, h]) => Math.max(h.length, ...rows.map((r) => r[k].length)));
  const right = new Set(['ours', 'theirs', 'speed']);
  const line = (cells) =>
    cells.map((v, i) => (right.has(cols[i][0]) ? v.padStart(width[i]) : v.padEnd(width[i]))).join('  ').trimEnd();
  console.log(line(cols.map(([, h]) => h)));
  console.log(line(width.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(cols.map(([k]) => r[k])));
  console.log('\nChecks (warm-up outputs of both sides):');
  for (const r of rows) console.log(`  ${r.case} / ${r.peer}: ${r.note}`);
  if (errors.length) {
    console.log('\nPage errors:');
    for (const e of errors) console.log(`  ${e}`);
    failed = true;
  }
  console.log(`\n${rows.length} cases in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
} finally {
  await browser.close();
  await server.close();
}
process.exitCode = failed ? 1 : 0;
