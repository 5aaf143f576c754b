// Benchmark cases, run inside headless Chromium by bench/run.mjs (scripts/bench.sh).
// Each case times our wasm build (feature `bench`, release profile) against what people
// use today, on the same inputs, in the same page. Nothing here asserts a timing: the
// driver reports medians and ratios; `check` only confirms both sides did the same work.
import init, * as ours from './clean_dm_bench.js';
import { customAlphabet, nanoid, urlAlphabet } from './peers/nanoid/index.browser.js';

const QRCode = globalThis.QRCode;

const ALNUM62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const TOKENS = 100_000;
const TOKEN_LEN = 21;
const MiB = 1024 * 1024;
// The page's file hasher reads files in 2 MiB chunks (src/web/file_reader.rs CHUNK_BYTES).
const FILE_CHUNK = 2 * MiB;
const SMALL_COUNT = 10_000;
const SMALL_LEN = 64;

function randomBytes(n) {
  const buf = new Uint8Array(n);
  for (let off = 0; off < n; off += 65536) crypto.getRandomValues(buf.subarray(off, Math.min(n, off + 65536)));
  return buf;
}
const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

function tokensCheck(alphabet) {
  return (mine, theirs) => {
    const set = new Set(alphabet);
    const ok = (list) =>
      list.length === TOKENS && list.every((t) => t.length === TOKEN_LEN && [...t].every((c) => set.has(c)));
    if (!ok(mine)) return 'ours: WRONG OUTPUT';
    if (Array.isArray(theirs) && !ok(theirs)) return 'peer: WRONG OUTPUT';
    return `${TOKENS} x ${TOKEN_LEN} chars from ${alphabet.length} symbols on both sides`;
  };
}

function tokenCases(name, alphabet) {
  const gen = customAlphabet(alphabet, TOKEN_LEN);
  const peerCustom = () => {
    const out = new Array(TOKENS);
    for (let i = 0; i < TOKENS; i++) out[i] = gen();
    return out;
  };
  const base = { group: 'token', budget: 5, n: TOKENS };
  const joined = () => ours.tokens_joined(alphabet, TOKEN_LEN, TOKENS).split('\n');
  const cases = [
    {
      ...base,
      id: `token-${name}`,
      label: `${TOKENS / 1000}k tokens, ${name} x ${TOKEN_LEN}, to JS: Vec<String>`,
      peerName: 'nanoid customAlphabet',
      ours: () => ours.tokens_to_js(alphabet, TOKEN_LEN, TOKENS),
      peer: peerCustom,
      check: tokensCheck(alphabet),
    },
    {
      ...base,
      id: `token-${name}-joined`,
      label: `${TOKENS / 1000}k tokens, ${name} x ${TOKEN_LEN}, to JS: joined+split`,
      peerName: 'nanoid customAlphabet',
      ours: joined,
      peer: peerCustom,
      check: tokensCheck(alphabet),
    },
    {
      ...base,
      id: `token-${name}-wasm`,
      info: true,
      label: `${TOKENS / 1000}k tokens, ${name} x ${TOKEN_LEN}, kept in wasm`,
      peerName: 'nanoid customAlphabet',
      ours: () => ours.tokens_in_wasm(alphabet, TOKEN_LEN, TOKENS),
      peer: peerCustom,
      check: (chars) => (chars === TOKENS * TOKEN_LEN ? `${chars} chars made` : 'ours: WRONG OUTPUT'),
    },
  ];
  if (alphabet === urlAlphabet) {
    cases.push({
      ...base,
      id: `token-${name}-nanoid`,
      info: true,
      label: `${TOKENS / 1000}k tokens, ${name} x ${TOKEN_LEN}, to JS: joined+split`,
      peerName: 'nanoid() default',
      ours: joined,
      peer: () => {
        const out = new Array(TOKENS);
        for (let i = 0; i < TOKENS; i++) out[i] = nanoid();
        return out;
      },
      check: tokensCheck(alphabet),
    });
  }
  return cases;
}

const webcrypto = async (data) => new Uint8Array(await crypto.subtle.digest('SHA-256', data));

function bigHashCase(mib, { oneShot = false } = {}) {
  let data;
  return {
    group: 'sha256',
    id: `sha256-${mib}mib${oneShot ? '-oneshot' : ''}`,
    label: oneShot
      ? `SHA-256 of ${mib} MiB, one call (whole buffer copied in)`
      : `SHA-256 of ${mib} MiB, ${FILE_CHUNK / MiB} MiB chunks (file hasher)`,
    peerName: 'crypto.subtle.digest',
    budget: 0.5,
    info: oneShot,
    bytes: mib * MiB,
    setup: () => {
      data = randomBytes(mib * MiB);
    },
    teardown: () => {
      data = undefined;
    },
    ours: oneShot
      ? () => ours.sha256(data)
      : () => {
          const h = new ours.Sha256Stream();
          for (let off = 0; off < data.length; off += FILE_CHUNK) h.update(data.subarray(off, off + FILE_CHUNK));
          return h.finish();
        },
    peer: () => webcrypto(data),
    check: (a, b) => (hex(a) === hex(b) ? 'digests match' : 'DIGESTS DIFFER'),
  };
}

function smallHashCases() {
  let data;
  let views;
  const setup = () => {
    data = randomBytes(SMALL_COUNT * SMALL_LEN);
    views = Array.from({ length: SMALL_COUNT }, (_, i) => data.subarray(i * SMALL_LEN, (i + 1) * SMALL_LEN));
  };
  const teardown = () => {
    data = views = undefined;
  };
  const oursEach = () => views.map((v) => ours.sha256(v));
  const same = (a, b) => {
    const flat = (x) => (Array.isArray(x) ? x.map(hex).join('') : hex(x));
    return flat(a) === flat(b) ? `${SMALL_COUNT} digests match` : 'DIGESTS DIFFER';
  };
  const base = { group: 'sha256', peerName: 'crypto.subtle.digest', budget: 0.5, setup, teardown, check: same };
  const label = `SHA-256 of ${SMALL_COUNT / 1000}k x ${SMALL_LEN} B`;
  return [
    {
      ...base,
      id: 'sha256-64b-await',
      label: `${label}, one call each`,
      peerName: 'subtle.digest, await each',
      ours: oursEach,
      peer: async () => {
        const out = [];
        for (const v of views) out.push(await webcrypto(v));
        return out;
      },
    },
    {
      ...base,
      id: 'sha256-64b-all',
      label: `${label}, one call each`,
      peerName: 'subtle.digest, Promise.all',
      ours: oursEach,
      peer: () => Promise.all(views.map(webcrypto)),
    },
    {
      ...base,
      id: 'sha256-64b-batch',
      info: true,
      label: `${label}, ours in one call`,
      peerName: 'subtle.digest, Promise.all',
      ours: () => ours.sha256_each(data, SMALL_LEN),
      peer: () => Promise.all(views.map(webcrypto)),
    },
  ];
}

// Texts a token tool turns into QR codes, plus two longer ones.
const TOKEN43 = 'x3Jq0Yk9Tb2vNw7RfLz8AqPc5Hs1UmGd4Ei6Ko_-VtZ';
const LOREM =
  'the quick brown fox jumps over the lazy dog while secure random tokens are made in the browser, ';
const QR_TEXTS = [
  { name: 'token', text: TOKEN43, n: 200, crateRow: true },
  { name: 'API key', text: 'cdm_7fR2kLq9XvB3nTw8YpZ1cM4hJ6sD0gUaEb5Fx', n: 200 },
  { name: 'reset link', text: `https://app.example.com/reset-password?token=${TOKEN43}`, n: 200 },
  { name: 'text', text: LOREM.repeat(6).slice(0, 500), n: 50 },
  { name: 'text', text: LOREM.repeat(16).slice(0, 1500), n: 15, crateRow: true },
];

function qrCases() {
  const cases = [];
  const M = { errorCorrectionLevel: 'M' };
  const SVG = { type: 'svg', errorCorrectionLevel: 'M' };
  for (const { name, text, n, crateRow = false } of QR_TEXTS) {
    const loop = (fn) => () => {
      let last;
      for (let i = 0; i < n; i++) last = fn();
      return last;
    };
    const sizes = () => {
      const a = ours.qr_matrix_width(text);
      const b = QRCode.create(text, M).modules.size;
      return a === b ? `same size (${a} modules)` : `sizes differ: ours ${a}, qrcode ${b} modules`;
    };
    cases.push({
      group: 'qr',
      id: `qr-svg-${cases.length}`,
      label: `QR ${name} ${text.length} B x ${n}: matrix + SVG`,
      peerName: 'qrcode toString svg',
      budget: 2,
      n,
      ours: loop(() => ours.qr_svg(text)),
      peer: loop(() => {
        let svg;
        // The callback form runs synchronously; no promise per code.
        QRCode.toString(text, SVG, (err, s) => {
          if (err) throw err;
          svg = s;
        });
        return svg;
      }),
      check: (a, b) =>
        a.startsWith('<svg') && b.startsWith('<svg') ? `${sizes()}; SVG ${a.length} vs ${b.length} chars` : 'NOT SVG',
    });
    cases.push({
      group: 'qr',
      id: `qr-matrix-${cases.length}`,
      label: `QR ${name} ${text.length} B x ${n}: matrix only`,
      peerName: 'qrcode create',
      budget: 2,
      n,
      ours: loop(() => ours.qr_matrix_width(text)),
      peer: loop(() => QRCode.create(text, M)),
      check: () => sizes(),
    });
    if (crateRow) {
      cases.push({
        group: 'qr',
        id: `qr-crate-${cases.length}`,
        info: true,
        label: `QR ${name} ${text.length} B x ${n}: matrix, qrcode crate direct`,
        peerName: 'qrcode create',
        budget: 2,
        n,
        ours: loop(() => ours.qr_crate_width(text)),
        peer: loop(() => QRCode.create(text, M)),
        check: (a) => `${sizes()}; crate alone: ${a} modules`,
      });
    }
  }
  return cases;
}

const CASES = [
  ...tokenCases('alnum62', ALNUM62),
  ...tokenCases('url64', urlAlphabet),
  bigHashCase(1),
  bigHashCase(16),
  bigHashCase(64),
  bigHashCase(16, { oneShot: true }),
  ...smallHashCases(),
  ...qrCases(),
];
const byId = new Map(CASES.map((c) => [c.id, c]));

async function timed(fn) {
  const t0 = performance.now();
  let result = fn();
  if (result instanceof Promise) result = await result;
  return [performance.now() - t0, result];
}

/** Runs one case: a warm-up call of each side (checked), then `reps` timed calls of each, alternating. */
async function run(id, reps) {
  const c = byId.get(id);
  if (!c) throw new Error(`no case ${id}`);
  if (c.setup) await c.setup();
  try {
    const [, a] = await timed(c.ours);
    const [, b] = await timed(c.peer);
    const note = c.check ? c.check(a, b) : '';
    const oursMs = [];
    const peerMs = [];
    for (let i = 0; i < reps; i++) {
      // Alternate who goes first, so neither side always runs right after the other's garbage.
      if (i % 2 === 0) {
        oursMs.push((await timed(c.ours))[0]);
        peerMs.push((await timed(c.peer))[0]);
      } else {
        peerMs.push((await timed(c.peer))[0]);
        oursMs.push((await timed(c.ours))[0]);
      }
    }
    return { oursMs, peerMs, note };
  } finally {
    if (c.teardown) c.teardown();
  }
}

const status = document.getElementById('status');
try {
  await init({ module_or_path: './clean_dm_bench_bg.wasm' });
  window.bench = {
    ready: true,
    cases: CASES.map(({ id, group, label, peerName, budget, info = false, bytes = 0 }) => ({
      id,
      group,
      label,
      peerName,
      budget,
      info,
      bytes,
    })),
    run,
  };
  status.textContent = 'ready';
} catch (e) {
  window.bench = { ready: false, error: String(e && e.stack ? e.stack : e) };
  status.textContent = `failed: ${e}`;
}
