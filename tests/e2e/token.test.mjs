// End to end: the built page makes, copies and regenerates a token, and talks to no one.
// Every preset gives a token of the right form; copy, copy-all and the downloads carry
// the batch; bad input shows an error by its field; no token is ever stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { serveDist, launchBrowser, openPage, screenshot } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const B64URL_256 = /^[A-Za-z0-9_-]{43}$/;
const sha256 = (s) => createHash('sha256').update(s, 'utf8').digest('hex');

// CRC-32 (IEEE) and the 6-character base62 checksum of an API key's body, written
// here independently of the page's Rust.
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(text) {
  let c = 0xffffffff;
  for (const b of Buffer.from(text, 'utf8')) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62Checksum(body) {
  let n = crc32(body);
  let out = '';
  for (let i = 0; i < 6; i++) { out = BASE62[n % 62] + out; n = Math.floor(n / 62); }
  return out;
}

const b64urlBytes = (t) => Buffer.from(t, 'base64url').length;
const UUID = (v) => new RegExp(`^[0-9a-f]{8}-[0-9a-f]{4}-${v}[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`);

/** What each preset must make, checked independently of the page. */
const PRESETS = {
  'api-key': (t) => {
    assert.match(t, /^cdm_[A-Za-z0-9]{38}$/);
    const body = t.slice(4, -6);
    assert.equal(t.slice(-6), base62Checksum(body), `checksum of ${t}`);
  },
  session: (t) => { assert.match(t, B64URL_256); assert.equal(b64urlBytes(t), 32); },
  refresh: (t) => { assert.match(t, B64URL_256); assert.equal(b64urlBytes(t), 32); },
  'password-reset': (t) => assert.match(t, /^[A-Za-z0-9]{32}$/),
  'email-verification': (t) => assert.match(t, /^[A-Za-z0-9]{24}$/),
  'high-security': (t) => { assert.match(t, /^[A-Za-z0-9_-]{86}$/); assert.equal(b64urlBytes(t), 64); },
  'jwt-hs256': (t) => { assert.match(t, B64URL_256); assert.equal(b64urlBytes(t), 32); },
  'jwt-hs384': (t) => { assert.match(t, /^[A-Za-z0-9_-]{64}$/); assert.equal(b64urlBytes(t), 48); },
  'jwt-hs512': (t) => { assert.match(t, /^[A-Za-z0-9_-]{86}$/); assert.equal(b64urlBytes(t), 64); },
  'uuid-v4': (t) => assert.match(t, UUID(4)),
  'uuid-v7': (t) => {
    assert.match(t, UUID(7));
    const ms = parseInt(t.replaceAll('-', '').slice(0, 12), 16);
    assert.ok(Math.abs(ms - Date.now()) < 60_000, `v7 timestamp ${ms}`);
  },
  custom: (t) => { assert.match(t, B64URL_256); assert.equal(b64urlBytes(t), 32); },
};

const tokensOf = (page) => page.getByTestId('token').allTextContents().then((a) => a.map((t) => t.trim()));

/** Waits until the first token differs from `old` (after an option change or Generate). */
async function nextToken(page, old) {
  await page.waitForFunction(
    (o) => { const el = document.querySelector('[data-testid=token]'); return el && el.textContent.trim() !== o; },
    old,
  );
  return (await page.getByTestId('token').first().textContent()).trim();
}

async function waitForCount(page, n) {
  await page.waitForFunction((k) => document.querySelectorAll('[data-testid=token]').length === k, n);
}

test('Generate shows a 256-bit base64url token, Copy copies it, Generate again changes it', async () => {
  const { page, errors, foreign, context } = await openPage(browser, server.url);
  const token = page.getByTestId('token');
  const first = (await token.textContent()).trim();
  assert.match(first, B64URL_256);

  await page.getByTestId('copy').click();
  await page.getByTestId('copy-status').filter({ hasText: 'Copied' }).waitFor();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(clip, first);

  await page.getByTestId('generate').click();
  await page.waitForFunction((old) => document.querySelector('[data-testid=token]').textContent.trim() !== old, first);
  const second = (await token.textContent()).trim();
  assert.match(second, B64URL_256);
  assert.notEqual(second, first);

  await screenshot(page, 'token');
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign(), [], 'the page requested another origin');
  await context.close();
});

test('the token never reaches the URL or the title, and tabs work from the keyboard', async () => {
  const { page, errors, foreign, context } = await openPage(browser, server.url);
  const t = (await page.getByTestId('token').textContent()).trim();
  assert.ok(!page.url().includes(t));
  assert.ok(!(await page.title()).includes(t));

  await page.getByTestId('tab-token').focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.getByTestId('tab-hash').getAttribute('aria-selected'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'tab-hash');
  await page.keyboard.press('End');
  assert.equal(await page.getByTestId('tab-jwt').getAttribute('aria-selected'), 'true');
  await page.keyboard.press('Home');
  await page.getByTestId('generate').waitFor();
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign(), []);
  await context.close();
});

test('each preset produces a token of the right form, with its SHA-256 and entropy', async () => {
  const { page, errors, foreign, context } = await openPage(browser, server.url);
  const offered = await page.getByTestId('preset').locator('option').evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(offered, Object.keys(PRESETS));
  let last = (await page.getByTestId('token').textContent()).trim();
  for (const [preset, check] of Object.entries(PRESETS)) {
    await page.getByTestId('preset').selectOption(preset);
    const t = await nextToken(page, last);
    check(t);
    assert.equal((await page.getByTestId('storage-hash').textContent()).trim(), sha256(t), preset);
    const bits = Number(await page.getByTestId('entropy').getAttribute('data-bits'));
    assert.ok(bits >= 74, `${preset}: ${bits} bits`);
    // Generate gives another token of the same form.
    await page.getByTestId('generate').click();
    last = await nextToken(page, t);
    check(last);
  }
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign(), []);
  await context.close();
});

test('options regenerate, Enter in a field generates, and the API-key checker checks', async () => {
  const { page, errors, foreign, context } = await openPage(browser, server.url);
  let t = (await page.getByTestId('token').textContent()).trim();
  await page.getByTestId('preset').selectOption('custom');
  t = await nextToken(page, t);
  await page.getByTestId('format').selectOption('hex');
  t = await nextToken(page, t);
  assert.match(t, /^[0-9a-f]{44}$/);
  await page.getByTestId('uppercase-hex').check();
  t = await nextToken(page, t);
  assert.match(t, /^[0-9A-F]{44}$/);

  await page.getByTestId('length').focus();
  await page.keyboard.press('Enter');
  t = await nextToken(page, t);
  assert.match(t, /^[0-9A-F]{44}$/);
  await page.getByTestId('count').focus();
  await page.keyboard.press('Enter');
  t = await nextToken(page, t);

  await page.getByTestId('preset').selectOption('api-key');
  t = await nextToken(page, t);
  await page.getByTestId('key-check-input').fill(t);
  const result = page.getByTestId('key-check-result');
  await result.filter({ hasText: 'Checksum OK' }).waitFor();
  assert.equal(await result.getAttribute('data-valid'), 'true');
  // One wrong character anywhere in the body is caught.
  const typo = t.slice(0, 10) + (t[10] === 'x' ? 'y' : 'x') + t.slice(11);
  await page.getByTestId('key-check-input').fill(typo);
  await result.filter({ hasText: 'does not match' }).waitFor();
  assert.equal(await result.getAttribute('data-valid'), 'false');
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign(), []);
  await context.close();
});

test('copy-all copies every line of a batch, and each download arrives with the batch', async () => {
  const { page, errors, foreign, context } = await openPage(browser, server.url);
  await page.getByTestId('preset').selectOption('api-key');
  await page.getByTestId('count').fill('5');
  await waitForCount(page, 5);
  const batch = await tokensOf(page);
  batch.forEach(PRESETS['api-key']);
  assert.equal(new Set(batch).size, 5);
  const hashes = (await page.getByTestId('storage-hash').allTextContents()).map((h) => h.trim());
  assert.deepEqual(hashes, batch.map(sha256));

  await page.getByTestId('copy-all').click();
  await page.getByTestId('copy-all-status').filter({ hasText: 'Copied' }).waitFor();
  assert.deepEqual((await page.evaluate(() => navigator.clipboard.readText())).split('\n'), batch);
  await page.getByTestId('copy').click();
  await page.getByTestId('copy-status').filter({ hasText: 'Copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), batch[0]);

  const fetchDownload = async (testid) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  };
  const txt = await fetchDownload('download-txt');
  assert.equal(txt.name, 'tokens.txt');
  assert.equal(txt.text, batch.join('\n') + '\n');
  const csv = await fetchDownload('download-csv');
  assert.equal(csv.name, 'tokens.csv');
  assert.equal(csv.text, 'token,sha256\r\n' + batch.map((t) => `${t},${sha256(t)}\r\n`).join(''));
  const json = await fetchDownload('download-json');
  assert.equal(json.name, 'tokens.json');
  assert.deepEqual(JSON.parse(json.text), batch.map((t) => ({ token: t, sha256: sha256(t) })));

  await screenshot(page, 'token-api-key-batch');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 400, height: 900 });
  await screenshot(page, 'token-api-key-batch-dark-narrow');
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign(), []);
  await context.close();
});

test('a batch of 10,000 is all generated, distinct, and carried whole by copy-all and .txt', async () => {
  const { page, errors, foreign, context } = await openPage(browser, server.url);
  await page.getByTestId('count').fill('10000');
  await page.getByTestId('batch-note').filter({ hasText: '10,000' }).waitFor();
  assert.equal((await tokensOf(page)).length, 100);
  await page.getByTestId('copy-all').click();
  await page.getByTestId('copy-all-status').filter({ hasText: 'Copied' }).waitFor();
  const lines = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
  assert.equal(lines.length, 10_000);
  assert.equal(new Set(lines).size, 10_000);
  assert.ok(lines.every((t) => B64URL_256.test(t)));
  assert.deepEqual(lines.slice(0, 100), await tokensOf(page));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-txt').click()]);
  const text = await readFile(await download.path(), 'utf8');
  assert.equal(text, lines.join('\n') + '\n');
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign(), []);
  await context.close();
});

test('length 0 and a custom alphabet with a repeated symbol show an error by the field and disable Generate', async () => {
  const { page, errors, foreign, context } = await openPage(browser, server.url);
  const generate = page.getByTestId('generate');
  const error = page.getByTestId('token-error');
  assert.equal(await error.count(), 0);
  await page.getByTestId('count').fill('3');
  await waitForCount(page, 3);

  await page.getByTestId('length').fill('0');
  await error.waitFor();
  assert.match(await error.textContent(), /at least 1 character/);
  assert.ok(await generate.isDisabled());
  // The message sits by the length input, which points at it.
  assert.equal(await page.locator('.length-field [data-testid=token-error]').count(), 1);
  assert.equal(await page.getByTestId('length').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByTestId('count').inputValue(), '3');
  assert.equal(await page.getByTestId('preset').inputValue(), 'session');

  await page.getByTestId('length').fill('2000');
  await error.filter({ hasText: 'at most 1024' }).waitFor();
  await page.getByTestId('length').fill('48');
  await error.waitFor({ state: 'detached' });
  assert.ok(await generate.isEnabled());

  await page.getByTestId('preset').selectOption('custom');
  await page.getByTestId('format').selectOption('custom-alphabet');
  await page.getByTestId('custom-alphabet').fill('abcda');
  await error.filter({ hasText: "'a' more than once" }).waitFor();
  await screenshot(page, 'token-error-alphabet');
  assert.ok(await generate.isDisabled());
  assert.equal(await page.getByTestId('count').inputValue(), '3');
  await page.getByTestId('custom-alphabet').fill('abcd');
  await error.waitFor({ state: 'detached' });
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=token]')].every((e) => /^[abcd]{43}$/.test(e.textContent.trim())));
  assert.ok(await generate.isEnabled());
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign(), []);
  await context.close();
});

test('settings are remembered in localStorage, tokens never are (nor in the URL or title)', async () => {
  const { page, errors, foreign, context } = await openPage(browser, server.url);
  const seen = new Set();
  await page.getByTestId('preset').selectOption('password-reset');
  await page.getByTestId('count').fill('4');
  await waitForCount(page, 4);
  for (let i = 0; i < 3; i++) {
    const before = await tokensOf(page);
    before.forEach((t) => seen.add(t));
    await page.getByTestId('generate').click();
    await nextToken(page, before[0]);
  }
  (await tokensOf(page)).forEach((t) => seen.add(t));
  const stored = await page.evaluate(() => Object.entries(localStorage).flat().join('\n'));
  assert.ok(stored.includes('password-reset'), 'the preset is remembered');
  const url = page.url();
  const title = await page.title();
  for (const t of seen) {
    assert.ok(!stored.includes(t), 'a token reached localStorage');
    assert.ok(!url.includes(t) && !title.includes(t));
  }

  const last = await tokensOf(page);
  await page.reload();
  await page.getByTestId('generate').waitFor();
  assert.equal(await page.getByTestId('preset').inputValue(), 'password-reset');
  assert.equal(await page.getByTestId('count').inputValue(), '4');
  const fresh = await tokensOf(page);
  assert.equal(fresh.length, 4);
  fresh.forEach((t) => { assert.match(t, /^[A-Za-z0-9]{32}$/); assert.ok(!last.includes(t)); });
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign(), []);
  await context.close();
});

test('Copy still works, and says so, where the async Clipboard API is missing', async () => {
  const { page, errors, foreign, context } = await openPage(browser, server.url);
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
  });
  await page.reload();
  await page.getByTestId('generate').waitFor();
  assert.equal(await page.evaluate(() => typeof navigator.clipboard), 'undefined');
  const t = (await page.getByTestId('token').textContent()).trim();
  await page.getByTestId('copy').click();
  const status = page.getByTestId('copy-status');
  await status.filter({ hasText: 'Copied' }).waitFor();
  assert.equal(await status.getAttribute('aria-live'), 'polite');
  // Read the clipboard from a second page of the same browser, which has the API.
  const reader = await context.newPage();
  await reader.goto(server.url);
  assert.equal(await reader.evaluate(() => navigator.clipboard.readText()), t);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign(), []);
  await context.close();
});
