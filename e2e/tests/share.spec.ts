// Share links: the plan compressed into the URL fragment, opened read-only in a fresh browser
// profile and added there; damaged, cut and future links; a plan too big for a link.
import type { Browser, Page } from '@playwright/test';
import { test, expect, openApp, expectNoAxeViolations, screenshot, watchConsole, watchCsp, cspViolations } from './fixtures';

const PLAN_KEY = 'social-playbook/v1/plan/';

/** The stored plans of a page, as key → text. */
async function storedPlans(page: Page): Promise<Record<string, string>> {
  return page.evaluate((prefix) => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.startsWith(prefix)) out[key] = localStorage.getItem(key)!;
    }
    return out;
  }, PLAN_KEY);
}

/** Opens worked example number `index` from the plan menu (the handbook step stays open). */
async function openExample(page: Page, index: number, en: boolean): Promise<string> {
  await page.locator('#plan-menu-toggle').click();
  await page.locator('#plan-menu-panel').getByRole('button', { name: en ? 'Start from an example' : '从示例开始' }).click();
  const dialog = page.getByRole('dialog', { name: en ? 'Worked examples' : '完整示例' });
  await dialog.getByRole('button', { name: en ? 'Open as a new plan' : '作为新规划打开' }).nth(index).click();
  await expect(dialog).toBeHidden();
  return (await page.locator('.plan-menu__name').textContent()) ?? '';
}

/** Makes a share link of the open plan on the handbook step and returns it. */
async function makeLink(page: Page, en: boolean): Promise<string> {
  // No link is left over from another plan or an earlier state of this one.
  await expect(page.locator('#share-link-input')).toHaveCount(0);
  await page.getByRole('button', { name: en ? 'Create share link' : '生成分享链接' }).click();
  const input = page.locator('#share-link-input');
  await expect(input).toHaveValue(/#share=v1\.[A-Za-z0-9_-]+$/);
  return input.inputValue();
}

/** A page in a new, empty browser profile that fails the test on errors like the fixture page. */
async function freshPage(browser: Browser, locale: string) {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const errors = watchConsole(page);
  await watchCsp(page);
  return { context, page, errors };
}

for (const locale of ['en-US', 'zh-CN'] as const) {
  test.describe(`share links (${locale})`, () => {
    test.use({ locale });
    const en = locale === 'en-US';

    test('an example travels by link into a fresh profile, read-only, and is added there', async ({ page, context, browser }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await openApp(page, '#/handbook');
      const links: string[] = [];
      const names: string[] = [];
      for (let i = 0; i < 3; i++) {
        names.push(await openExample(page, i, en));
        const link = await makeLink(page, en);
        // The length shown is the link's own, and within the limit.
        await expect(page.locator('.share-link__length')).toContainText(String(link.length));
        expect(link.length).toBeLessThanOrEqual(32000);
        console.log(`share link length, ${locale}, ${names[i]}: ${link.length} characters`);
        links.push(link);
      }
      await expectNoAxeViolations(page, `handbook with share link ${locale}`);

      // Copy puts exactly the link on the clipboard.
      await page.getByRole('button', { name: en ? 'Copy link' : '复制链接' }).click();
      await expect(page.getByRole('status').filter({ hasText: en ? 'Link copied.' : '链接已复制' })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(links[2]);
      await page.locator('.share-panel').screenshot({ path: `screenshots/share-link-${locale}.png` });

      // A fresh profile opens the first example's link: read-only, nothing stored.
      const fresh = await freshPage(browser, locale);
      await fresh.page.goto(links[0]);
      await expect(fresh.page.locator('#shared-title')).toHaveText(en ? 'A shared plan (read only)' : '收到的规划（只读）');
      await expect(fresh.page.locator('.handbook-doc__title')).toContainText(names[0]);
      await expect(fresh.page.locator('.handbook-doc section.handbook-section')).toHaveCount(6);
      await expect(fresh.page.locator('.handbook-doc .handbook-missing')).toHaveCount(0);
      await expect(fresh.page.locator('main input, main textarea, main select')).toHaveCount(0);
      expect(Object.keys(await storedPlans(fresh.page))).toEqual([]);
      await expectNoAxeViolations(fresh.page, `shared plan ${locale}`);
      await screenshot(fresh.page, `shared-plan-${locale}`);

      // Adding it stores it as a plan of this profile and opens its handbook, editable.
      await fresh.page.getByRole('button', { name: en ? 'Add to my plans' : '加入我的规划' }).click();
      await expect(fresh.page.locator('#step-title')).toBeVisible();
      expect(new URL(fresh.page.url()).hash).toBe('#/handbook');
      await expect(fresh.page.locator('.plan-menu__name')).toHaveText(names[0]);
      await expect(fresh.page.getByText(en ? 'No problems found: every check passes.' : '没有发现问题，所有检查都已通过。')).toBeVisible();
      await expect.poll(async () => Object.values(await storedPlans(fresh.page)).map((t) => JSON.parse(t).plan.name)).toEqual([names[0]]);
      await fresh.page.reload();
      await expect(fresh.page.locator('.plan-menu__name')).toHaveText(names[0]);
      expect(fresh.errors, 'the fresh profile logged errors').toEqual([]);
      expect(await cspViolations(fresh.page)).toEqual([]);
      await fresh.context.close();
    });

    test('damaged, cut and future links explain themselves and change nothing', async ({ page }) => {
      await openApp(page, '#/strategy');
      await page.getByLabel(en ? 'Long-term vision' : '长期愿景').fill('Our own plan, not to be touched.');
      await expect.poll(async () => Object.keys(await storedPlans(page)).length).toBe(1);
      await page.goto('./#/handbook');
      const link = await makeLink(page, en);
      const before = await storedPlans(page);

      const failed = page.locator('#shared-title');
      const failedTitle = en ? 'This share link cannot be opened' : '无法打开这个分享链接';
      const cases = [
        { name: 'cut short', url: link.slice(0, link.length - 40), text: en ? 'damaged or incomplete' : '链接已损坏或不完整' },
        { name: 'not base64', url: link.replace('#share=v1.', '#share=v1.%%%'), text: en ? 'damaged or incomplete' : '链接已损坏或不完整' },
        { name: 'newer recipe', url: link.replace('#share=v1.', '#share=v9.'), text: en ? 'newer version' : '更新版本' },
        { name: 'empty', url: link.split('#')[0] + '#share=', text: en ? 'damaged or incomplete' : '链接已损坏或不完整' },
      ];
      for (const c of cases) {
        await page.goto(c.url);
        await expect(failed, c.name).toHaveText(failedTitle);
        await expect(page.getByRole('alert'), c.name).toContainText(c.text);
        expect(await storedPlans(page), c.name).toEqual(before);
      }
      await expectNoAxeViolations(page, `broken share link ${locale}`);
      await screenshot(page, `shared-plan-broken-${locale}`);

      // Back to the user's own plan, exactly as it was.
      await page.getByRole('button', { name: en ? 'Back to my plan' : '回到我的规划' }).click();
      await expect(page.locator('#step-title')).toBeVisible();
      await expect(page.locator('#main')).not.toContainText(failedTitle);
      expect(await storedPlans(page)).toEqual(before);

      // A link whose text is valid DEFLATE but not a plan is refused by the import checks.
      const bogus = await page.evaluate(async () => {
        const stream = new Blob([new TextEncoder().encode('{"format":"something-else"}')]).stream()
          .pipeThrough(new CompressionStream('deflate-raw'));
        const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
        let binary = '';
        bytes.forEach((b) => { binary += String.fromCharCode(b); });
        return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
      });
      await page.goto(`${link.split('#')[0]}#share=v1.${bogus}`);
      await expect(failed).toHaveText(failedTitle);
      await expect(page.getByRole('alert')).toContainText(en ? 'could not be read' : '无法读取');
      expect(await storedPlans(page)).toEqual(before);
    });

    test('a plan too big for a link points to the file export', async ({ page }) => {
      await openApp(page, '#/strategy');
      await page.getByLabel(en ? 'Long-term vision' : '长期愿景').fill('Start');
      await expect.poll(async () => Object.keys(await storedPlans(page)).length).toBe(1);
      // Random text does not compress: 60,000 characters of it cannot fit into a 32,000-character link.
      await page.evaluate((prefix) => {
        const key = Object.keys(localStorage).find((k) => k.startsWith(prefix))!;
        const doc = JSON.parse(localStorage.getItem(key)!);
        let noise = '';
        while (noise.length < 60000) noise += Math.random().toString(36).slice(2);
        doc.plan.strategy.vision = noise;
        localStorage.setItem(key, JSON.stringify(doc));
      }, PLAN_KEY);
      await page.goto('./#/handbook');
      await page.reload();
      await page.getByRole('button', { name: en ? 'Create share link' : '生成分享链接' }).click();
      const alert = page.locator('.share-link__too-big');
      await expect(alert).toContainText(en ? 'too big for a link' : '放不进链接');
      const shown = Number((await alert.locator('.share-link__length').textContent())!.match(/\d+/)![0]);
      expect(shown).toBeGreaterThan(32000);
      await expect(page.locator('#share-link-input')).toHaveCount(0);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        alert.getByRole('button', { name: en ? 'Save plan as file' : '把规划保存为文件' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.playbook\.json$/);
      await expect(page.getByRole('status').filter({ hasText: en ? 'Plan file downloaded.' : '规划文件已下载。' })).toBeVisible();
    });
  });
}
