// End to end: scanning is the test. Every code the page draws is photographed (an element
// screenshot of `qr`), downloaded as PNG, and downloaded as SVG then rasterised by the browser;
// each image is decoded by an independent decoder (zbarimg from Debian's zbar-tools, raw bytes)
// and compared with the input byte for byte.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launchBrowser, openPage, screenshot, RESULTS } from './harness.mjs';

const ZBARIMG = process.env.ZBARIMG || '/usr/bin/zbarimg';

let server, browser;
before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  await mkdir(RESULTS, { recursive: true });
});
after(async () => { await browser?.close(); await server?.close(); });

/** Decodes the one QR code in an image file; returns its raw bytes (no charset guessing). */
function scan(file) {
  try {
    return execFileSync(ZBARIMG, ['--raw', '-q', '-Sbinary', file], { stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (e) {
    throw new Error(`zbarimg found no QR code in ${file} (exit ${e.status})`);
  }
}

/** Asserts that the image decodes to exactly the UTF-8 bytes of `text`. */
function assertScans(file, text, what) {
  const got = scan(file);
  const want = Buffer.from(text, 'utf8');
  assert.ok(got.equals(want),
    `${what}: decoded ${got.length} bytes ${JSON.stringify(got.toString('utf8').slice(0, 80))}, ` +
    `expected ${want.length} bytes ${JSON.stringify(text.slice(0, 80))}`);
}

/** RFC 3986 component encoding, as the page's link builder does it (unreserved kept). */
const percentEncode = (s) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());

/** Deterministic text of exactly `n` bytes that only byte mode can hold (lower case and symbols). */
function byteModeText(n, seed = 7) {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz!?#&=_~;,@';
  let x = seed, out = '';
  for (let i = 0; i < n; i++) { x = (x * 1103515245 + 12345) >>> 0; out += alphabet[x % alphabet.length]; }
  return out;
}

/** Opens the page at a device scale large enough for every module to be several pixels. */
const openQr = () => openPage(browser, server.url, {
  viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 3, acceptDownloads: true,
});

async function openQrTab(page) {
  await page.getByTestId('tab-qr').click();
  await page.getByTestId('qr-text').waitFor();
}

/** Replaces the text; waits until the page shows the code for it (or an error). */
async function setText(page, text) {
  // Clearing first removes the old code, so whatever appears next belongs to `text`.
  await page.getByTestId('qr-text').fill('');
  await page.getByTestId('qr-empty').waitFor();
  await page.getByTestId('qr-text').fill(text);
  await page.locator('[data-testid=qr] > svg, [data-testid=qr-error]').first().waitFor();
}

let shots = 0;
/** Element screenshot of the code as shown in the page; returns the file. */
async function shoot(page, name) {
  const file = join(RESULTS, `qr-scan-${String(++shots).padStart(2, '0')}-${name}.png`);
  await page.getByTestId('qr').screenshot({ path: file });
  return file;
}

async function download(page, testid) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return { file: await dl.path(), name: dl.suggestedFilename() };
}

/** Rasterises an SVG file the way a browser would show it: an <img> in a blank page. */
async function rasteriseSvg(context, svgFile, name) {
  const svg = await readFile(svgFile);
  const blank = await context.newPage();
  await blank.setContent(
    `<body style="margin:0;background:#fff"><img id="code" src="data:image/svg+xml;base64,${svg.toString('base64')}"></body>`);
  await blank.waitForFunction(() => {
    const img = document.getElementById('code');
    return img.complete && img.naturalWidth > 0;
  });
  const file = join(RESULTS, `qr-svg-${name}.png`);
  await blank.locator('#code').screenshot({ path: file });
  await blank.close();
  return file;
}

/** The width of a PNG file, from its IHDR chunk. */
const pngWidth = (bytes) => bytes.readUInt32BE(16);

/** Checks the shown code, the PNG download and the SVG download all scan back to `text`. */
async function assertAllScan(page, context, text, name) {
  assert.equal(await page.getByTestId('qr-error').count(), 0, `unexpected error for ${name}`);
  assertScans(await shoot(page, name), text, `${name}: screenshot`);

  const png = await download(page, 'qr-download-png');
  assert.equal(png.name, 'qr-code.png');
  const want = Number(await page.getByTestId('qr-png-layout').getAttribute('data-px'));
  assert.equal(pngWidth(await readFile(png.file)), want, 'PNG size');
  assertScans(png.file, text, `${name}: downloaded PNG`);

  const svg = await download(page, 'qr-download-svg');
  assert.equal(svg.name, 'qr-code.svg');
  assert.match((await readFile(svg.file, 'utf8')).slice(0, 60), /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assertScans(await rasteriseSvg(context, svg.file, name), text, `${name}: downloaded SVG`);
}

test('tokens of every length, every level and non-ASCII text scan back byte for byte', async () => {
  const { context, page, errors, foreign } = await openQr();
  await openQrTab(page);
  await page.getByTestId('qr-png-size').fill('600');

  const token43 = 'q3Xv-9_kLmN0pQrStUvWxYz-AbCdEfGhIjKlMnOp_12';
  const cases = [
    ['short', 'abc123'],
    ['token-43', token43],
    ['long-token', byteModeText(180, 3) + token43.repeat(3)],
    ['non-ascii', 'café – 東京 🔑'],
    ['kanji-lookalike', 'ああああああ 東京都'],
    ['spaces-kept', '  two leading, two trailing  \n'],
  ];
  for (const [name, text] of cases) {
    await setText(page, text);
    await assertAllScan(page, context, text, name);
  }

  // Each error-correction level, for the same token.
  await setText(page, token43);
  for (const level of ['L', 'M', 'Q', 'H']) {
    await page.getByTestId('qr-ec').selectOption(level);
    await page.locator(`[data-testid=qr-info]:has-text("error correction ${level}")`).waitFor();
    await assertAllScan(page, context, token43, `level-${level}`);
  }

  assert.deepEqual(errors, []);
  assert.deepEqual(foreign(), [], 'the page requested another origin');
  await context.close();
});

test('text at the maximum for a level scans; one byte more shows the error with the maximum', async () => {
  const { context, page, errors, foreign } = await openQr();
  await openQrTab(page);
  await page.getByTestId('qr-png-size').fill('1500');
  // Big enough that the CSS column, not the size field, limits the on-screen code.
  await page.getByTestId('qr-size').fill('1000');

  for (const [level, max] of [['H', 1273], ['L', 2953]]) {
    await page.getByTestId('qr-ec').selectOption(level);
    const text = byteModeText(max, max);
    await setText(page, text);
    assert.equal(await page.getByTestId('qr-info').getAttribute('data-version'), '40');
    await assertAllScan(page, context, text, `max-${level}`);

    await setText(page, text + 'x');
    const error = page.getByTestId('qr-error');
    assert.match(await error.textContent(), new RegExp(`level ${level} a QR code holds at most ${max} bytes`));
    assert.equal(await page.locator('[data-testid=qr] svg').count(), 0, 'a stale code is still shown');
    assert.ok(await page.getByTestId('qr-download-png').isDisabled());
    assert.ok(await page.getByTestId('qr-download-svg').isDisabled());
    // The message about the last download belonged to the old code.
    assert.equal((await page.getByTestId('qr-download-status').textContent()).trim(), '');
  }
  await screenshot(page, 'qr-too-long');

  assert.deepEqual(errors, []);
  assert.deepEqual(foreign(), [], 'the page requested another origin');
  await context.close();
});

test('a link with the current token from the Token tab scans back exactly', async () => {
  const { context, page, errors, foreign } = await openQr();
  const token = (await page.getByTestId('token').first().textContent()).trim();
  assert.ok(token.length > 0);
  await openQrTab(page);

  // "Use the current token" puts exactly that token in the text.
  await page.getByTestId('qr-use-token').click();
  assert.equal(await page.getByTestId('qr-text').inputValue(), token);
  await page.locator('[data-testid=qr] > svg').waitFor();
  assertScans(await shoot(page, 'current-token'), token, 'current token');

  const base = 'https://example.com/reset?lang=en';
  await page.getByTestId('link-base').fill(base);
  const link = `${base}&token=${percentEncode(token)}`;
  assert.equal((await page.getByTestId('qr-link').textContent()).trim(), link);

  await page.getByTestId('qr-link-copy').click();
  await page.getByTestId('qr-link-copy-status').filter({ hasText: 'Copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

  // Enter in the base field encodes the link.
  await page.getByTestId('qr-text').fill('');
  await page.getByTestId('qr-empty').waitFor();
  await page.getByTestId('link-base').press('Enter');
  assert.equal(await page.getByTestId('qr-text').inputValue(), link);
  await page.locator('[data-testid=qr] > svg').waitFor();
  await assertAllScan(page, context, link, 'link');

  // A new token on the Token tab reaches the link builder.
  await page.getByTestId('tab-token').click();
  await page.getByTestId('generate').click();
  await page.waitForFunction((old) => document.querySelector('[data-testid=token]').textContent.trim() !== old, token);
  const next = (await page.getByTestId('token').first().textContent()).trim();
  await openQrTab(page);
  assert.equal((await page.getByTestId('qr-link').textContent()).trim(), `${base}&token=${percentEncode(next)}`);
  await page.getByTestId('qr-use-link').click();
  await page.waitForFunction((l) => document.querySelector('[data-testid=qr-text]').value === l,
    `${base}&token=${percentEncode(next)}`);
  await page.locator('[data-testid=qr] > svg').waitFor();
  assertScans(await shoot(page, 'link-new-token'), `${base}&token=${percentEncode(next)}`, 'link with new token');

  await screenshot(page, 'qr');
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign(), [], 'the page requested another origin');
  await context.close();
});

test('warnings for poor colours and a narrow quiet zone; the page looks right in dark mode', async () => {
  const { context, page, errors, requests } = await openPage(browser, server.url, {
    viewport: { width: 1280, height: 1000 }, colorScheme: 'dark',
  });
  await openQrTab(page);
  await setText(page, 'hello');
  assert.equal(await page.getByTestId('qr-warning').count(), 0);

  await page.getByTestId('qr-quiet-zone').fill('1');
  await page.locator('[data-warning=quiet-zone]').waitFor();
  await page.getByTestId('qr-quiet-zone').fill('4');
  await page.getByTestId('qr-dark').fill('#cccccc');
  await page.getByTestId('qr-light').fill('#bbbbbb');
  await page.locator('[data-warning=inverted]').waitFor();
  await page.locator('[data-warning=colours-too-close]').waitFor();
  await screenshot(page, 'qr-dark-mode-warnings');
  assert.deepEqual(errors, []);
  assert.deepEqual(requests.filter((r) => !r.startsWith(server.url + '/')), [], 'the page requested another origin');
  await context.close();
});
