// The first visit: the welcome view and its three ways in, the page on how data is kept, the
// backup reminder and the leave-page prompt when nothing can be stored.
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, screenshot, blockStorage, dismissDialogs, reloadFromPage } from './fixtures';

const PLAN_KEY = 'social-playbook/v1/plan/';
const INDEX_KEY = 'social-playbook/v1/index';

/** The names of the stored plans. */
async function storedNames(page: Page): Promise<string[]> {
  return page.evaluate((prefix) => Object.keys(localStorage)
    .filter((k) => k.startsWith(prefix))
    .map((k) => JSON.parse(localStorage.getItem(k)!).plan.name), PLAN_KEY);
}

const words = {
  'en-US': {
    name: 'Name of the plan', organisation: 'Organisation (optional)', start: 'Start the plan',
    open: 'Open as a new plan', add: 'Add as a new plan', replace: 'Replace the open plan',
    dataLink: 'How your data is kept', firstStep: 'Strategic role', ways: 'Ways to start',
    save: 'Save a file now', later: 'Later', reminder: 'Time to save a copy', back: 'Back to my plan',
    noTracking: 'no tracking',
  },
  'zh-CN': {
    name: '规划名称', organisation: '组织名称（可选）', start: '开始规划',
    open: '作为新规划打开', add: '添加为新规划', replace: '替换当前规划',
    dataLink: '数据是如何保存的', firstStep: '战略角色', ways: '开始方式',
    save: '现在保存文件', later: '稍后', reminder: '该备份一下了', back: '回到我的规划',
    noTracking: '没有任何追踪',
  },
} as const;

for (const locale of ['en-US', 'zh-CN'] as const) {
  test.describe(`first visit (${locale})`, () => {
    test.use({ locale });
    const w = words[locale];
    const appName = locale === 'en-US' ? 'Social Playbook' : '社媒运营手册工作台';

    test('the welcome view explains, offers three ways in, and a blank plan asks only for a name', async ({ page }) => {
      for (const [width, label] of [[390, 'phone'], [1280, 'desktop']] as const) {
        await page.setViewportSize({ width, height: 860 });
        await page.goto('./');
        await expect(page.locator('h1')).toHaveText(appName);
        await expect(page).toHaveURL(/#\/welcome$/);
        await expect(page.locator('.welcome-way')).toHaveCount(3);
        await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
        await expect(page.getByRole('button', { name: '中文' })).toBeVisible();
        await expect(page.getByRole('link', { name: w.dataLink })).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `sideways scroll at ${width}px`).toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page, `welcome ${locale} ${label}`);
        await screenshot(page, `welcome-${locale}-${label}`);
      }
      expect(await storedNames(page)).toEqual([]);

      // The blank plan: name and organisation, then straight to step 1.
      await page.getByLabel(w.name).fill('Riverside Bakery plan');
      await page.getByLabel(w.organisation).fill('Riverside Bakery');
      await page.getByRole('button', { name: w.start }).click();
      await expect(page.locator('#step-title')).toHaveText(w.firstStep);
      await expect(page).toHaveURL(/#\/strategy$/);
      await expect(page.locator('#step-title')).toBeFocused();
      await expect.poll(() => storedNames(page)).toEqual(['Riverside Bakery plan']);

      // With a plan, the bare address opens the workbench; the welcome view stays in the plan menu.
      await page.goto('./');
      await page.reload();
      await expect(page.locator('#step-title')).toHaveText(w.firstStep);
      await page.locator('#plan-menu-toggle').click();
      await page.locator('#plan-menu-panel').getByRole('link', { name: w.ways }).click();
      await expect(page.locator('h1')).toHaveText(appName);
      await expect(page.locator('.welcome-way')).toHaveCount(3);
    });

    /** Holds the app's code back, so that the static first view is all the page has, until
     * the returned function is called. */
    async function holdApp(page: Page): Promise<() => void> {
      const held: Array<() => void> = [];
      let holding = true;
      await page.route(/\/social-playbook-[0-9a-f]+_bg\.wasm$/, async (route) => {
        if (holding) await new Promise<void>((go) => held.push(go));
        await route.continue();
      });
      return () => { holding = false; held.splice(0).forEach((go) => go()); };
    }

    test('typing on the first view goes on in the app without a break', async ({ page }) => {
      const release = await holdApp(page);
      await page.goto('./');
      await expect(page.locator('#boot #welcome-name')).toBeVisible();
      await page.locator('#boot #welcome-name').click();
      await page.keyboard.type('River');
      release();
      await expect(page.locator('#boot')).toHaveCount(0);
      // The app's field has the text, the focus and the caret: typing simply goes on.
      await expect(page.locator('#welcome-name')).toBeFocused();
      await page.keyboard.type('side plan');
      await expect(page.locator('#welcome-name')).toHaveValue('Riverside plan');
      await page.getByRole('button', { name: w.start }).click();
      await expect.poll(() => storedNames(page)).toEqual(['Riverside plan']);
    });

    test('Start pressed before the app runs is carried out with the name typed', async ({ page }) => {
      const release = await holdApp(page);
      await page.goto('./');
      await page.locator('#boot #welcome-name').fill('Early plan');
      const start = page.locator('#boot').getByRole('button', { name: w.start });
      await start.click();
      await expect(start).toHaveAttribute('aria-busy', 'true');
      release();
      await expect(page.locator('#step-title')).toHaveText(w.firstStep);
      await expect.poll(() => storedNames(page)).toEqual(['Early plan']);
    });

    test('a worked example from the welcome view opens as the first plan', async ({ page }) => {
      await page.goto('./');
      await page.locator('.welcome').getByRole('button', { name: w.open }).first().click();
      await expect(page).toHaveURL(/#\/handbook$/);
      await expect(page.locator('#step-title')).toBeVisible();
      const name = (await page.locator('.plan-menu__name').textContent()) ?? '';
      expect(name.length).toBeGreaterThan(3);
      await expect.poll(() => storedNames(page)).toEqual([name]);
    });

    test('a plan file dropped on the welcome view is checked, then added', async ({ page }) => {
      await page.goto('./');
      // The drop goes to the app's welcome view: the static first view (same markup, shown until
      // the app has started) only queues clicks, so wait until it has been replaced.
      await expect(page.locator('#boot')).toHaveCount(0);
      const file = JSON.stringify({
        format: 'social-playbook', version: 1, exported_at: '2026-11-20T10:00:00Z', app_version: '0.1.0',
        plan: { id: 'from-a-file', name: 'Plan from a file', organisation: 'Elsewhere', next_id: 1 },
      });
      const transfer = await page.evaluateHandle((text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], 'plan.playbook.json', { type: 'application/json' }));
        return dt;
      }, file);
      await page.locator('.welcome .drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
      const summary = page.locator('.welcome .import-result');
      await expect(summary).toContainText('Plan from a file');
      // There is no plan to replace yet: only "add" is offered.
      await expect(summary.getByRole('button', { name: w.replace })).toHaveCount(0);
      await summary.getByRole('button', { name: w.add }).click();
      await expect(page).toHaveURL(/#\/handbook$/);
      await expect(page.locator('.plan-menu__name')).toHaveText('Plan from a file');
      await expect.poll(() => storedNames(page)).toEqual(['Plan from a file']);
    });

    test('the page on how data is kept', async ({ page }) => {
      await page.goto('./');
      await page.getByRole('link', { name: w.dataLink }).click();
      await expect(page).toHaveURL(/#\/data$/);
      await expect(page.locator('h1')).toHaveText(w.dataLink);
      await expect(page.locator('.data-info')).toContainText(w.noTracking);
      await expect(page.locator('.data-info h2')).toHaveCount(4);
      await expectNoAxeViolations(page, `data page ${locale}`);
      await screenshot(page, `data-info-${locale}`);
      await page.getByRole('button', { name: w.back }).click();
      await expect(page.locator('#step-title')).toBeVisible();
    });

    test('a quiet backup reminder after many edits or a week, with a one-click export and "later"', async ({ page }) => {
      await page.goto('./');
      await page.getByLabel(w.name).fill('Reminder plan');
      await page.getByRole('button', { name: w.start }).click();
      await expect.poll(() => storedNames(page)).toEqual(['Reminder plan']);
      await expect(page.locator('.backup-reminder')).toHaveCount(0);

      const setEntry = (fields: Record<string, unknown>) => page.evaluate(([key, f]) => {
        const index = JSON.parse(localStorage.getItem(key as string)!);
        Object.assign(index.plans[0], f);
        localStorage.setItem(key as string, JSON.stringify(index));
      }, [INDEX_KEY, fields] as const);

      // 60 edits since the plan was made: due now.
      await setEntry({ edits_since_export: 60 });
      await page.reload();
      const reminder = page.locator('.backup-reminder');
      await expect(reminder).toContainText(w.reminder);
      await expect(reminder).toContainText('60');
      await expectNoAxeViolations(page, `backup reminder ${locale}`);
      await screenshot(page, `backup-reminder-${locale}`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        reminder.getByRole('button', { name: w.save }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.playbook\.json$/);
      await expect(reminder).toHaveCount(0);
      const entry = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).plans[0], INDEX_KEY);
      expect(entry.edits_since_export).toBe(0);
      expect(Date.now() - Date.parse(entry.exported_at)).toBeLessThan(60_000);

      // A few edits and eight days since the last file: due; "later" puts it off, across reloads.
      const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000).toISOString();
      await setEntry({ edits_since_export: 6, exported_at: eightDaysAgo });
      await page.reload();
      await expect(reminder).toContainText('8');
      await reminder.getByRole('button', { name: w.later }).click();
      await expect(reminder).toHaveCount(0);
      await page.reload();
      await expect(page.locator('#step-title')).toBeVisible();
      await expect(reminder).toHaveCount(0);
    });

    test('leaving with edits that could not be stored asks first', async ({ page }) => {
      await blockStorage(page);
      await page.goto('./#/strategy');
      await expect(page.locator('#step-title')).toBeVisible();
      const asked = dismissDialogs(page);
      // Nothing typed yet: leaving does not ask.
      await page.locator('#step-title').click();
      await reloadFromPage(page);
      await page.waitForEvent('load');
      await expect(page.locator('#step-title')).toBeVisible();
      expect(asked).toEqual([]);
      // Typed work that exists only in this tab: reloading asks, and dismissing keeps it.
      const vision = page.getByLabel(locale === 'en-US' ? 'Long-term vision' : '长期愿景');
      await vision.click();
      await page.keyboard.type('Work that lives only in this tab');
      await reloadFromPage(page);
      await expect.poll(() => asked).toEqual(['beforeunload']);
      await expect(vision).toHaveValue('Work that lives only in this tab');
    });
  });
}
