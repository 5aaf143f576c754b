// End to end: the footer's promise. Once the page has loaded, using every tool makes no
// network request at all (not even to the page's own origin), and no secret is stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launchBrowser, openPage } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('after load, generating, hashing, making QR codes and downloading send no request', async () => {
  const { page, requests, errors, context } = await openPage(browser, server.url);
  await page.waitForLoadState('networkidle');
  const atLoad = requests.length;
  assert.ok(atLoad >= 3, `the page itself loads its files (${atLoad} requests)`);

  await page.getByTestId('generate').click();
  const token = (await page.getByTestId('token').first().textContent()).trim();
  await page.getByTestId('copy').click();
  await page.getByTestId('download-txt').click();

  await page.getByTestId('tab-hash').click();
  await page.getByTestId('hash-input').fill(token);
  await page.getByTestId('hash-output').filter({ hasText: /[0-9a-f]{64}/ }).waitFor();

  await page.getByTestId('tab-qr').click();
  await page.getByTestId('qr-use-token').click();
  await page.locator('[data-testid=qr] svg').waitFor();
  await page.getByTestId('qr-download-svg').click();
  await page.getByTestId('qr-download-png').click();
  await page.waitForLoadState('networkidle');

  const after = requests.slice(atLoad).filter((u) => !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(after, [], 'requests made after the page had loaded');

  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
  assert.ok(!stored.includes(token), 'the token reached storage or a cookie');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file dropped outside the drop zone does not replace the page', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  // The browser opens a dropped file in place of the page unless the drop is cancelled.
  const cancelled = await page.evaluate(() => ['dragover', 'drop'].map((type) => {
    const e = new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: new DataTransfer() });
    document.querySelector('h1').dispatchEvent(e);
    return e.defaultPrevented;
  }));
  assert.deepEqual(cancelled, [true, true]);
  assert.deepEqual(errors, []);
  await context.close();
});
