// SPDX-License-Identifier: GPL-3.0-or-later
// The person at the browser, for Mailwright's authorization-code tests: opens the
// address Mailwright printed in Debian's headless Chromium (playwright-core, which
// downloads no browser: executablePath), signs in on the test provider's login page,
// answers the consent page, and reports what Mailwright's loopback page said.
//
//   node browser.mjs URL [allow|deny|wrong-password]
// Prints one JSON line: {"ok", "scopes" (as listed on the consent page), "result"
// (the text of Mailwright's page), "problem" (the login page's complaint, if any)}.
// Never prints the address Chromium ended on (it holds the authorization code).
import { chromium } from 'playwright-core';

const [url, mode = 'allow'] = process.argv.slice(2);
const ACCOUNT = 'admin@example.test';
const PASSWORD = 'Correct-Horse-Battery-7';
const out = { ok: false, scopes: [], result: '', problem: '' };

const browser = await chromium.launch({
  executablePath: process.env.MW_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(30000);
  await page.goto(url);
  await page.fill('#login', ACCOUNT);
  await page.fill('#password', mode === 'wrong-password' ? 'not-the-password' : PASSWORD);
  await page.click('#submit');
  if (mode === 'wrong-password') {
    out.problem = (await page.textContent('#problem')) || '';
    // A person notices, types it again.
    await page.fill('#login', ACCOUNT);
    await page.fill('#password', PASSWORD);
    await page.click('#submit');
  }
  await page.waitForSelector('#scopes');
  out.scopes = await page.$$eval('#scopes li', (items) => items.map((i) => i.textContent));
  await page.click(mode === 'deny' ? '#deny' : '#allow');
  await page.waitForSelector('#mailwright-result');
  out.result = (await page.textContent('#mailwright-result')) || '';
  out.ok = true;
} catch (e) {
  out.error = String(e.message || e).split('\n')[0];
} finally {
  await browser.close();
}
process.stdout.write(`${JSON.stringify(out)}\n`);
process.exit(out.ok ? 0 : 1);
