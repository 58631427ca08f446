// A workshop end to end, with three browser profiles: the facilitator sets up a session and hands
// out its join link as a QR code (decoded here by an independent decoder), two tables join from the
// decoded link on phones, fill a little and hand in (one by file, one by copied text), and the
// facilitator collects, compares and merges, then opens the merged plan's handbook. Every kind of
// bad input is tried on the collection, and nothing already collected changes.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test, expect, expectNoAxeViolations, screenshot, watchConsole, watchCsp, cspViolations, blockStorage, dismissDialogs, reloadFromPage } from './fixtures';

/** A page in a new, empty profile, failing the test on console errors and CSP violations. */
async function profile(browser: Browser, locale: string, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ locale, viewport });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const errors = watchConsole(page);
  await watchCsp(page);
  return { context, page, errors };
}

/** Fails when `page` logged errors or broke the Content-Security-Policy, then closes its profile. */
async function finish(who: string, context: BrowserContext, page: Page, errors: string[]) {
  expect(errors, `${who}: the page logged errors`).toEqual([]);
  expect(await cspViolations(page), `${who}: Content-Security-Policy violations`).toEqual([]);
  await context.close();
}

/** Reads the QR code drawn on `page` from its pixels, as a phone's camera would. */
async function decodeQr(page: Page): Promise<string> {
  const png = PNG.sync.read(await page.locator('.workshop-handout svg.qr-code').screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(found, 'the QR code decodes').not.toBeNull();
  return found!.data;
}

/** Joins the session from `link` as table `table` and makes a first decision in step 1. */
async function joinAndFill(page: Page, link: string, table: string, role: number) {
  await page.goto(link);
  await expect(page.locator('.join-page')).toBeVisible();
  await page.locator('.join-table', { hasText: table }).click();
  await expect(page.locator('#step-title')).toBeVisible();
  await expect(page.locator('.session-bar__table')).toHaveText(table);
  await page.locator('.choice-tile input[type=checkbox]').nth(role).check();
  await expect(page.locator('.role-card')).toHaveCount(1);
}

/** Opens the hand-in dialog from the session bar. */
async function openHandIn(page: Page) {
  await page.locator('.session-bar__handin').click();
  await expect(page.locator('.handin-dialog')).toBeVisible();
}

/** The workshop's collected rows, as status per row. */
async function statuses(page: Page): Promise<string[]> {
  return page.locator('.collect-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status') ?? ''));
}

for (const locale of ['en-US', 'zh-CN'] as const) {
  const en = locale === 'en-US';
  test.describe(`a workshop (${locale})`, () => {
    test('set up, hand out by QR code, join, hand in, collect, compare, merge', async ({ browser }) => {
      test.setTimeout(240_000);
      const session = en ? 'Spring training' : '春季培训';
      const tables = en ? ['Table 1', 'Table 2'] : ['组1', '组2'];

      // The facilitator, on a projector-sized screen.
      const host = await profile(browser, locale, { width: 1920, height: 1080 });
      await host.page.goto('./#/workshop');
      await expect(host.page.locator('.workshop-setup')).toBeVisible();
      await host.page.locator('input[name=session-name]').fill(session);
      await host.page.locator('input[name=start][value=blank]').check();
      await expect(host.page.locator('.workshop-table input').first()).toHaveValue(tables[0]);
      const link = (await host.page.locator('.workshop-handout .join-link').textContent())!.trim();
      expect(link).toContain('#join=');
      expect(link.length, 'a blank start fits a QR code').toBeLessThanOrEqual(600);
      expect(await decodeQr(host.page)).toBe(link);
      await screenshot(host.page, `workshop-page-${locale}`, { fullPage: false });
      await expectNoAxeViolations(host.page, `workshop page (${locale})`);

      // Two tables on phones join from the decoded link.
      const a = await profile(browser, locale, { width: 390, height: 844 });
      const b = await profile(browser, locale, { width: 390, height: 844 });
      await a.page.goto(link);
      await expect(a.page.locator('.join-page')).toBeVisible();
      await expect(a.page.locator('.join-table')).toHaveCount(8);
      await screenshot(a.page, `join-page-390-${locale}`);
      await expectNoAxeViolations(a.page, `join page (${locale})`);
      await joinAndFill(a.page, link, tables[0], 0);
      await joinAndFill(b.page, link, tables[1], 1);

      // Table 1 hands in by file, table 2 by copied text.
      await openHandIn(a.page);
      const [download] = await Promise.all([
        a.page.waitForEvent('download'),
        a.page.locator('.handin-download').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.json$/);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handin-'));
      const fileA = path.join(dir, download.suggestedFilename());
      await download.saveAs(fileA);
      await openHandIn(b.page);
      await b.page.locator('.handin-copy').click();
      await expect(b.page.locator('.handin-dialog__copy-result')).toBeVisible();
      const textB = await b.page.evaluate(() => navigator.clipboard.readText());
      expect(textB).toBe(await b.page.locator('textarea.handin-text').inputValue());

      // Collect: one file, one pasted text.
      await host.page.locator('input.collect-files').setInputFiles(fileA);
      await host.page.locator('textarea.collect-paste').fill(textB);
      await host.page.locator('.collect-paste-add').click();
      await expect(host.page.locator('.collect-row[data-status=ok]')).toHaveCount(2);
      await expect(host.page.locator(`.collect-row[data-table="${tables[0]}"]`)).toHaveCount(1);
      await expect(host.page.locator(`.collect-row[data-table="${tables[1]}"]`)).toHaveCount(1);

      // Bad input: each gets its own row; nothing collected changes.
      const planB = JSON.parse(textB);
      const otherSession = JSON.parse(textB);
      otherSession.plan.workshop.session_id = 'another-session';
      const newer = JSON.parse(textB);
      newer.version = 99;
      await host.page.locator('input.collect-files').setInputFiles([
        { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "social-playbook", "plan": {') },
        { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]) },
        { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(otherSession)) },
        { name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(newer)) },
      ]);
      await expect(host.page.locator('.collect-row')).toHaveCount(6);
      expect((await statuses(host.page)).slice(2)).toEqual(['damaged', 'damaged', 'other_session', 'newer_version']);
      // Forty files at once: the same hand-in again, forty times.
      const forty = Array.from({ length: 40 }, (_, i) => ({
        name: `copy-${i}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(planB)),
      }));
      await host.page.locator('input.collect-files').setInputFiles(forty);
      await expect(host.page.locator('.collect-row')).toHaveCount(46);
      expect(new Set((await statuses(host.page)).slice(6))).toEqual(new Set(['duplicate']));
      // A 5 MB paste.
      await host.page.locator('textarea.collect-paste').fill(`{"format":"social-playbook","pad":"${'x'.repeat(5 * 1024 * 1024)}"}`);
      await host.page.locator('.collect-paste-add').click();
      await expect(host.page.locator('.collect-row')).toHaveCount(47);
      expect((await statuses(host.page)).at(-1)).toBe('too_large');
      await expect(host.page.locator('.collect-row[data-status=ok]')).toHaveCount(2);

      // Compare: both tables, step by step.
      const strategy = host.page.locator('.compare-step[data-step=strategy]');
      await expect(strategy).toContainText(tables[0]);
      await expect(strategy).toContainText(tables[1]);
      await screenshot(host.page, `workshop-compare-${locale}`);

      // Merge: pick the roles of both tables; the preview shows them; create the room's plan.
      const picks = host.page.locator('.merge-panel input.merge-pick');
      expect(await picks.count()).toBeGreaterThanOrEqual(2);
      for (let i = 0; i < 2; i++) await picks.nth(i).check();
      await expect(host.page.locator('.merge-preview')).toBeVisible();
      await host.page.locator('.merge-create').click();
      await host.page.locator('.merge-open-handbook').click();
      await expect(host.page.locator('#step-title')).toBeVisible();
      await expect(host.page).toHaveURL(/#\/handbook$/);
      // The room's plan is a plan of its own beside nothing else on this device: the facilitator
      // joined no table, so it is the only plan stored.
      await expect
        .poll(() => host.page.evaluate(() =>
          Object.keys(localStorage).filter((k) => k.startsWith('social-playbook/v1/plan/')).length))
        .toBe(1);
      await screenshot(host.page, `workshop-merged-handbook-${locale}`);

      await finish('table 1', a.context, a.page, a.errors);
      await finish('table 2', b.context, b.page, b.errors);
      await finish('facilitator', host.context, host.page, host.errors);
    });
  });
}

test('a workshop that storage does not take asks before the page is left', async ({ page }) => {
  await blockStorage(page);
  await page.goto('./#/workshop');
  await expect(page.locator('.workshop-setup')).toBeVisible();
  await expect(page.locator('.workshop-save-error')).toBeVisible();
  const asked = dismissDialogs(page);
  // Nothing changed yet: leaving does not ask.
  await page.locator('#workshop-title').click();
  await reloadFromPage(page);
  await page.waitForEvent('load');
  await expect(page.locator('.workshop-setup')).toBeVisible();
  expect(asked).toEqual([]);
  // A session set up in this tab only: reloading asks, and dismissing keeps it.
  const name = page.locator('input[name=session-name]');
  await name.click();
  await name.fill('Kept in this tab');
  await reloadFromPage(page);
  await expect.poll(() => asked).toEqual(['beforeunload']);
  await expect(name).toHaveValue('Kept in this tab');
});
