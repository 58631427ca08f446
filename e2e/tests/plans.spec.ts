// The plan data: autosave, several plans, export/import through real files, and every storage
// fault (corrupt, newer version, blocked, full, two tabs) without losing anything.
import { test, expect, openApp, expectNoAxeViolations, screenshot, watchConsole, blockStorage } from './fixtures';
import type { Page } from '@playwright/test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';

test.use({ locale: 'en-US' });

async function openPlanMenu(page: Page) {
  const toggle = page.locator('#plan-menu-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(page.locator('#plan-menu-panel')).toBeVisible();
}

async function renamePlan(page: Page, name: string, organisation = '') {
  await openPlanMenu(page);
  await page.locator('#plan-menu-panel').getByRole('button', { name: 'Rename', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename' });
  await dialog.getByLabel('Plan name').fill(name);
  await dialog.getByLabel('Organisation').fill(organisation);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.plan-menu__name')).toHaveText(name);
  await expect(page.locator('.save-status')).toHaveText('Saved in this browser');
}

async function storageSnapshot(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      out[key] = localStorage.getItem(key)!;
    }
    return out;
  });
}

async function storedPlans(page: Page) {
  const snap = await storageSnapshot(page);
  return Object.entries(snap)
    .filter(([k]) => k.startsWith('social-playbook/v1/plan/'))
    .map(([k, v]) => ({ key: k, value: JSON.parse(v) }));
}

async function exportPlan(page: Page): Promise<string> {
  await openPlanMenu(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#plan-menu-panel').getByRole('button', { name: 'Export (JSON)' }).click(),
  ]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'playbook-')), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

async function importFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await openPlanMenu(page);
  await page.locator('#plan-menu-panel').getByRole('button', { name: 'Import a file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a plan' });
  await expect(dialog).toBeVisible();
  await dialog.locator('[data-testid=import-file]').setInputFiles(file);
  return dialog;
}

test('a rename is saved, survives reload, and nothing is stored before the first edit', async ({ page }) => {
  await openApp(page);
  expect(await storedPlans(page)).toEqual([]);
  await renamePlan(page, 'Harbour Café plan', 'Harbour Café');
  const plans = await storedPlans(page);
  expect(plans).toHaveLength(1);
  expect(plans[0].value.format).toBe('social-playbook');
  expect(plans[0].value.plan.name).toBe('Harbour Café plan');
  expect(plans[0].value.revision).toBe(1);
  await page.reload();
  await expect(page.locator('.plan-menu__name')).toHaveText('Harbour Café plan');
});

test('an edit is written at once when the page is hidden, not only after the pause', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Long-term vision').fill('Written before the phone locks');
  // Hidden within the autosave's pause (the phone locked, the app switched): written in that task.
  const stored = await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    return Object.keys(localStorage)
      .filter((k) => k.startsWith('social-playbook/v1/plan/'))
      .map((k) => JSON.parse(localStorage.getItem(k)!).plan.strategy.vision);
  });
  expect(stored).toEqual(['Written before the phone locks']);
});

test('several plans: new, switch, duplicate, delete with undo', async ({ page }) => {
  await openApp(page);
  await renamePlan(page, 'First plan');
  await openPlanMenu(page);
  await page.locator('#plan-menu-panel').getByRole('button', { name: 'New plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await dialog.getByLabel('Plan name').fill('Second plan');
  await dialog.getByLabel('Organisation').fill('Acme');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.locator('.plan-menu__name')).toHaveText('Second plan');

  await openPlanMenu(page);
  await expect(page.locator('.plan-menu__plan')).toHaveText(['First plan', 'Second plan · Acme']);
  await page.locator('.plan-menu__plan', { hasText: 'First plan' }).click();
  await expect(page.locator('.plan-menu__name')).toHaveText('First plan');

  await openPlanMenu(page);
  await page.locator('#plan-menu-panel').getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.locator('.plan-menu__name')).toHaveText('First plan (copy)');
  expect(await storedPlans(page)).toHaveLength(3);

  await openPlanMenu(page);
  await page.locator('#plan-menu-panel').getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this plan?' });
  await expect(confirm).toContainText('First plan (copy)');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('.toast')).toContainText('Plan deleted. First plan (copy)');
  expect(await storedPlans(page)).toHaveLength(2);
  await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.plan-menu__name')).toHaveText('First plan (copy)');
  expect(await storedPlans(page)).toHaveLength(3);
  await openPlanMenu(page);
  await expectNoAxeViolations(page, 'plan menu open');
  await screenshot(page, 'plans-menu-desktop-en');
});

test('export through a real download, import into a fresh browser profile: same plan', async ({ page, browser }) => {
  await openApp(page);
  await renamePlan(page, 'Export me', 'Workshop table 3');
  const file = await exportPlan(page);
  expect(path.basename(file)).toMatch(/^export-me-\d{4}-\d{2}-\d{2}\.playbook\.json$/);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ format: 'social-playbook', version: 1, plan: { name: 'Export me', organisation: 'Workshop table 3' } });
  await openPlanMenu(page);
  await expect(page.locator('.plan-menu__export-note')).toContainText('Last exported');

  const fresh = await browser.newContext({ locale: 'en-US' });
  const other = await fresh.newPage();
  const errors = watchConsole(other);
  await openApp(other);
  const dialog = await importFile(other, file);
  await expect(dialog.locator('.message--success')).toContainText('Ready to import: Export me');
  await dialog.getByRole('button', { name: 'Add as a new plan' }).click();
  await expect(other.locator('.plan-menu__name')).toHaveText('Export me');
  await expect(other.locator('.toast')).toContainText('Plan imported.');
  const stored = (await storedPlans(other)).map((p) => p.value.plan);
  const imported = stored.find((p) => p.name === 'Export me');
  const { id: _a, updated_at: _b, ...importedRest } = imported;
  const { id: _c, updated_at: _d, ...exportedRest } = exported.plan;
  expect(importedRest).toEqual(exportedRest);
  expect(errors).toEqual([]);
  await fresh.close();
});

test('a bad file shows its message and leaves storage byte-for-byte unchanged', async ({ page }) => {
  await openApp(page);
  await renamePlan(page, 'Keep me');
  const before = await storageSnapshot(page);
  const cases: [string, string, RegExp][] = [
    ['empty.json', '', /empty/i],
    ['broken.json', '{"format": "social-playbook", "version": 1, "plan": {', /line 1/i],
    ['other.json', '{"hello": "world"}', /Social Playbook/],
    ['newer.json', '{"format": "social-playbook", "version": 99, "plan": {}}', /99/],
  ];
  for (const [name, text, message] of cases) {
    const dialog = await importFile(page, { name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('Your plans are unchanged.');
    if (name === 'newer.json') await screenshot(page, 'import-error-desktop-en');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  }
  expect(await storageSnapshot(page)).toEqual(before);
});

test('a corrupt stored plan is kept aside, offered for download, and never overwritten', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('social-playbook/v1/index', JSON.stringify({ plans: [{ id: 'broken', name: 'Old plan' }], current: 'broken' }));
    localStorage.setItem('social-playbook/v1/plan/broken', '{"format":"social-playbook","version":1,"plan":{"name": "Old pl');
  });
  await openApp(page);
  const banner = page.locator('.banner', { hasText: 'could not be opened' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Old plan');
  const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: 'Download its text' }).click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'playbook-')), 'raw.json');
  await download.saveAs(file);
  expect(fs.readFileSync(file, 'utf8')).toBe('{"format":"social-playbook","version":1,"plan":{"name": "Old pl');
  await renamePlan(page, 'A fresh start');
  const raw = await page.evaluate(() => localStorage.getItem('social-playbook/v1/plan/broken'));
  expect(raw).toBe('{"format":"social-playbook","version":1,"plan":{"name": "Old pl');
  await screenshot(page, 'storage-corrupt-desktop-en');
});

test('a plan stored by a newer version is left untouched', async ({ page }) => {
  const newer = JSON.stringify({ format: 'social-playbook', version: 7, revision: 3, plan: { name: 'From the future' } });
  await page.addInitScript((text) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('social-playbook/v1/index', JSON.stringify({ plans: [{ id: 'future', name: 'From the future' }], current: 'future' }));
    localStorage.setItem('social-playbook/v1/plan/future', text);
  }, newer);
  await openApp(page);
  await expect(page.locator('.banner', { hasText: 'newer version' })).toBeVisible();
  await renamePlan(page, 'Today');
  expect(await page.evaluate(() => localStorage.getItem('social-playbook/v1/plan/future'))).toBe(newer);
});

test('blocked storage: the app works in memory and says so', async ({ page }) => {
  await blockStorage(page);
  await openApp(page);
  await expect(page.locator('.banner', { hasText: 'not letting the app store anything' })).toBeVisible();
  await expect(page.locator('.save-status')).toHaveText('Not kept: storage is off');
  await openPlanMenu(page);
  await page.locator('#plan-menu-panel').getByRole('button', { name: 'Rename', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename' });
  await dialog.getByLabel('Plan name').fill('In memory');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.plan-menu__name')).toHaveText('In memory');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.banner').getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^in-memory-/);
  await screenshot(page, 'storage-blocked-desktop-en');
});

test('full storage: a banner, a backup, and the last stored copy untouched', async ({ page }) => {
  await openApp(page);
  await renamePlan(page, 'Before full');
  const before = (await storedPlans(page))[0];
  // Fill the rest of this origin's quota with another key.
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    let i = 0;
    try {
      for (;;) localStorage.setItem(`filler-${i++}`, chunk);
    } catch {
      /* full */
    }
    for (const size of [16384, 1024, 64, 1]) {
      const piece = 'y'.repeat(size);
      try {
        for (;;) localStorage.setItem(`filler-${size}-${i++}`, piece);
      } catch {
        /* full at this grain; try a finer one */
      }
    }
  });
  await openPlanMenu(page);
  await page.locator('#plan-menu-panel').getByRole('button', { name: 'Rename', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename' });
  await dialog.getByLabel('Plan name').fill('After full '.repeat(10).trim());
  await dialog.getByRole('button', { name: 'Save' }).click();
  const banner = page.locator('.banner', { hasText: 'storage is full' });
  await expect(banner).toBeVisible();
  await expect(page.locator('.save-status')).toHaveText('Not saved');
  const after = (await storedPlans(page)).find((p) => p.key === before.key);
  expect(after!.value).toEqual(before.value);
  const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: 'Download a backup' }).click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'playbook-')), 'backup.json');
  await download.saveAs(file);
  expect(JSON.parse(fs.readFileSync(file, 'utf8')).plan.name).toBe('After full '.repeat(10).trim());
  await screenshot(page, 'storage-full-desktop-en');
});

test('two tabs: an edit in one appears in the other, and neither overwrites the other', async ({ page, context }) => {
  await openApp(page);
  await renamePlan(page, 'Shared plan');
  const second = await context.newPage();
  const errors = watchConsole(second);
  await openApp(second);
  await expect(second.locator('.plan-menu__name')).toHaveText('Shared plan');

  await renamePlan(page, 'Renamed in tab one');
  await expect(second.locator('.plan-menu__name')).toHaveText('Renamed in tab one');
  await renamePlan(second, 'Renamed in tab two');
  await expect(page.locator('.plan-menu__name')).toHaveText('Renamed in tab two');
  const plans = await storedPlans(page);
  expect(plans).toHaveLength(1);
  expect(plans[0].value.plan.name).toBe('Renamed in tab two');
  expect(plans[0].value.revision).toBe(3);

  // A tab whose idea of the revision is stale must not write over the newer copy.
  await second.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('social-playbook/v1/plan/'))!;
    const doc = JSON.parse(localStorage.getItem(key)!);
    doc.revision = 10;
    doc.plan.name = 'Written by a third tab';
    // Written directly, so this tab gets no storage event, like a write it missed.
    localStorage.setItem(key, JSON.stringify(doc));
  });
  await openPlanMenu(second);
  await second.locator('#plan-menu-panel').getByRole('button', { name: 'Rename', exact: true }).click();
  const dialog = second.getByRole('dialog', { name: 'Rename' });
  await dialog.getByLabel('Plan name').fill('Stale write');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(second.locator('.banner', { hasText: 'changed in another tab' })).toBeVisible();
  const stored = (await storedPlans(second))[0].value;
  expect(stored.plan.name).toBe('Written by a third tab');
  await second.locator('.banner').getByRole('button', { name: 'Keep mine as a new plan' }).click();
  await expect(second.locator('.plan-menu__name')).toHaveText('Stale write (copy)');
  expect(await storedPlans(second)).toHaveLength(2);
  expect(errors).toEqual([]);
});
