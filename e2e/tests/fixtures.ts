// Shared helpers: a page that fails the test on any console error, an axe scan, screenshots,
// and keyboard navigation helpers.
import { test as base, expect, type Page, type Locator } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import * as fs from 'node:fs';
import * as path from 'node:path';

export { expect };

/** Collects console errors and uncaught exceptions of `page`; the returned list fills as they come. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}

/** Records every Content-Security-Policy violation of `page` in `window.__cspViolations`. */
export async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
}

/** The CSP violations `page` has recorded so far (empty when the page is gone). */
export async function cspViolations(page: Page): Promise<string[]> {
  if (page.isClosed()) return [];
  return page
    .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
    .catch(() => []);
}

/** The test function: every test fails when its page logs an error, throws, or breaks the
 * Content-Security-Policy. */
export const test = base.extend({
  page: async ({ page }, use) => {
    const errors = watchConsole(page);
    await watchCsp(page);
    await use(page);
    expect(errors, 'the page logged errors').toEqual([]);
    expect(await cspViolations(page), 'Content-Security-Policy violations').toEqual([]);
  },
});

/** Opens the app at step `hash` (the first step by default; a fresh profile would otherwise land
 * on the welcome view) and waits until the step heading is rendered by the wasm app. */
export async function openApp(page: Page, hash = '#/strategy'): Promise<void> {
  await page.goto(`./${hash}`);
  await expect(page.locator('#step-title')).toBeVisible();
  await expect(page.locator('#boot')).toHaveCount(0);
}

/** Runs axe with the WCAG 2.1 A/AA rules and fails on any violation, naming each one. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

const shotDir = path.join(__dirname, '..', 'screenshots');

/** Saves a screenshot to e2e/screenshots/NAME.png (ignored by git): the full page, or only what
 * the viewport shows (`fullPage` false: a dialog, or where keyboard focus is). */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  fs.mkdirSync(shotDir, { recursive: true });
  await page.screenshot({ path: path.join(shotDir, `${name}.png`), fullPage });
}

/** Presses Tab (or `key`, e.g. Shift+Tab) until `target` has focus; fails after `limit` presses. */
export async function tabTo(page: Page, target: Locator, limit = 60, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  throw new Error(`could not reach ${target} with ${key} in ${limit} presses`);
}

/** Makes every use of `localStorage` throw from the page's first script on, as a browser that
 * blocks storage does. */
export async function blockStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
}

/** Records the type of every dialog `page` opens (e.g. `beforeunload`), dismissing each. */
export function dismissDialogs(page: Page): string[] {
  const asked: string[] = [];
  page.on('dialog', (dialog) => { asked.push(dialog.type()); void dialog.dismiss(); });
  return asked;
}

/** Asks the page to reload itself, as a person leaving it would (so that it may ask first). */
export async function reloadFromPage(page: Page): Promise<void> {
  await page.evaluate(() => { setTimeout(() => location.reload(), 0); });
}
