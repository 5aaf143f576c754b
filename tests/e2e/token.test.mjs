// End to end: the built page makes, copies and regenerates a token, and talks to no one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launchBrowser, openPage, screenshot } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const B64URL_256 = /^[A-Za-z0-9_-]{43}$/;

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
