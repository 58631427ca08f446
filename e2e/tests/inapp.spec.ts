// Phones in the room: a page opened inside WeChat's browser gets a short tip once and can copy
// every export instead of downloading it (and read pasted text back); a browser without
// CompressionStream/DecompressionStream still makes and opens share and join links.
import type { Browser, Page } from '@playwright/test';
import { test, expect, openApp, expectNoAxeViolations, screenshot, watchConsole, watchCsp, cspViolations } from './fixtures';

const WECHAT =
  'Mozilla/5.0 (Linux; Android 12; V2049A Build/SP1A.210812.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.193 XWEB/1160065 MMWEBSDK/20231202 Mobile Safari/537.36 MMWEBID/6294 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

/** Reads the clipboard of `page` (its profile has clipboard permissions). */
function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Opens worked example `index` from the plan menu. */
async function openExample(page: Page, index: number, en: boolean): Promise<void> {
  await page.locator('#plan-menu-toggle').click();
  await page.locator('#plan-menu-panel').getByRole('button', { name: en ? 'Start from an example' : '从示例开始' }).click();
  const dialog = page.getByRole('dialog', { name: en ? 'Worked examples' : '完整示例' });
  await dialog.getByRole('button', { name: en ? 'Open as a new plan' : '作为新规划打开' }).nth(index).click();
  await expect(dialog).toBeHidden();
}

for (const locale of ['en-US', 'zh-CN'] as const) {
  const en = locale === 'en-US';
  test.describe(`inside WeChat (${locale})`, () => {
    test.use({ locale, userAgent: WECHAT, viewport: { width: 360, height: 740 } });

    test('the tip shows once, and every export can be copied and pasted back', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await openApp(page, '#/strategy');
      const tip = page.locator('.in-app-tip');
      await expect(tip).toBeVisible();
      await expect(tip.locator('h2')).toHaveText(en ? "You are in WeChat's built-in browser" : '当前在微信的内置浏览器中');
      await expect(tip).toContainText(en ? 'Open in browser' : '在浏览器打开');
      await screenshot(page, `in-app-tip-${locale}`, { fullPage: false });
      await expectNoAxeViolations(page, `in-app tip ${locale}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
      await tip.getByRole('button', { name: en ? 'Got it' : '知道了' }).click();
      await expect(tip).toHaveCount(0);
      await page.reload();
      await expect(page.locator('#step-title')).toBeVisible();
      await expect(page.locator('.in-app-tip')).toHaveCount(0);

      // The plan as text: copied, then pasted into Import as a new plan.
      await openExample(page, 0, en);
      const name = (await page.locator('.plan-menu__name').textContent())!.trim();
      await page.locator('#plan-menu-toggle').click();
      await page.locator('#plan-menu-panel').getByRole('button', { name: en ? 'Copy the plan as text' : '把规划复制为文本' }).click();
      await expect(page.locator('#plan-menu-panel .copy-text .message--success')).toBeVisible();
      const planText = await clipboard(page);
      expect(JSON.parse(planText).plan.name).toBe(name);
      await page.locator('#plan-menu-panel').getByRole('button', { name: en ? 'Import a file…' : '导入文件…' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(en ? "Or paste the file's text" : '或粘贴文件内容').fill(planText);
      await dialog.getByRole('button', { name: en ? 'Check the text' : '检查内容' }).click();
      await dialog.getByRole('button', { name: en ? 'Add as a new plan' : '添加为新规划' }).click();
      await expect(dialog).toBeHidden();
      await page.locator('#plan-menu-toggle').click();
      await expect(page.locator('.plan-menu__plans li', { hasText: name })).toHaveCount(2);
      await page.locator('#plan-menu-toggle').click();

      // The handbook as Markdown.
      await page.goto('./#/handbook');
      await page.getByRole('button', { name: en ? 'Copy as Markdown' : '复制为 Markdown' }).click();
      await expect(page.locator('.handbook-actions .copy-text .message--success')).toBeVisible();
      const markdown = await clipboard(page);
      expect(markdown.startsWith('# ')).toBe(true);
      expect(markdown).toContain(name);

      // The calendar as .ics and .csv text.
      await page.goto('./#/content');
      await page.getByRole('button', { name: en ? 'Copy as .ics text' : '复制为 .ics 文本' }).click();
      await expect.poll(() => clipboard(page)).toContain('BEGIN:VCALENDAR');
      await page.getByRole('button', { name: en ? 'Copy as .csv text' : '复制为 .csv 文本' }).click();
      await expect.poll(() => clipboard(page)).not.toContain('BEGIN:VCALENDAR');
      expect((await clipboard(page)).split('\n').length).toBeGreaterThan(5);
    });

    test('a table handing in from WeChat is told to copy, and the copy works', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto('./#/workshop');
      await page.locator('input[name=session-name]').fill(en ? 'Phones' : '手机');
      await page.locator('input[name=start][value=blank]').check();
      const link = (await page.locator('.workshop-handout .join-link').textContent())!.trim();
      await page.goto(link);
      await page.locator('.join-table').first().click();
      await expect(page.locator('#step-title')).toBeVisible();
      await page.locator('.session-bar__handin').click();
      const warning = page.locator('.handin-dialog__in-app');
      await expect(warning).toContainText(en ? "You are in WeChat's browser" : '当前在微信的浏览器中');
      await page.locator('.handin-copy').click();
      await expect(page.locator('.handin-dialog__copy-result')).toBeVisible();
      expect(JSON.parse(await clipboard(page)).format).toBe('social-playbook');
      await expectNoAxeViolations(page, `hand-in in WeChat ${locale}`);
    });

    test('where the clipboard is refused, the text is shown selected for a copy by hand', async ({ page }) => {
      await page.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
        document.execCommand = () => false;
      });
      await openApp(page, '#/strategy');
      await page.locator('#plan-menu-toggle').click();
      await page.locator('#plan-menu-panel').getByRole('button', { name: en ? 'Copy the plan as text' : '把规划复制为文本' }).click();
      const box = page.locator('#plan-menu-copy-box');
      await expect(box).toBeVisible();
      await expect(box).toBeFocused();
      const text = await box.inputValue();
      expect(JSON.parse(text).format).toBe('social-playbook');
      expect(await box.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBe(text.length);
      await expectNoAxeViolations(page, `copy by hand ${locale}`);
    });
  });

  test.describe(`without compression streams (${locale})`, () => {
    test.use({ locale });

    /** A profile whose pages have no CompressionStream or DecompressionStream, like older browsers. */
    async function oldBrowser(browser: Browser) {
      const context = await browser.newContext({ locale });
      await context.addInitScript(() => {
        delete (window as any).CompressionStream;
        delete (window as any).DecompressionStream;
      });
      const page = await context.newPage();
      const errors = watchConsole(page);
      await watchCsp(page);
      return { context, page, errors };
    }

    test('share and join links are made and opened all the same', async ({ browser }) => {
      test.setTimeout(120_000);
      const maker = await oldBrowser(browser);
      const { page } = maker;
      await page.goto('./#/handbook');
      await expect(page.locator('#step-title')).toBeVisible();
      expect(await page.evaluate(() => typeof (window as any).CompressionStream)).toBe('undefined');
      await openExample(page, 2, en);
      const name = (await page.locator('.plan-menu__name').textContent())!.trim();
      await page.getByRole('button', { name: en ? 'Create share link' : '生成分享链接' }).click();
      const link = await page.locator('#share-link-input').inputValue();
      expect(link).toMatch(/#share=v1\.[A-Za-z0-9_-]+$/);

      // Opened in another old browser: the plan reads whole.
      const reader = await oldBrowser(browser);
      await reader.page.goto(link);
      await expect(reader.page.locator('#shared-title')).toHaveText(en ? 'A shared plan (read only)' : '收到的规划（只读）');
      await expect(reader.page.locator('.handbook-doc__title')).toContainText(name);

      // A facilitator's own small plan goes into a join link and comes out on a table's phone.
      await page.goto('./#/strategy');
      await page.locator('#plan-menu-toggle').click();
      await page.locator('#plan-menu-panel').getByRole('button', { name: en ? 'New plan' : '新建规划' }).click();
      const details = page.getByRole('dialog');
      await details.locator('input').first().fill(en ? 'Room start' : '全场起点');
      await details.getByRole('button', { name: en ? 'Create' : '创建' }).click();
      await expect(details).toBeHidden();
      await page.locator('.choice-tile input[type=checkbox]').nth(2).check();
      await expect(page.locator('.role-card')).toHaveCount(1);
      await page.goto('./#/workshop');
      await page.locator('input[name=session-name]').fill(en ? 'Old phones' : '旧手机');
      await page.locator('input[name=start][value=plan]').check();
      await expect(page.locator('.workshop-handout .join-link')).toHaveText(/#join=/);
      const joinLink = (await page.locator('.workshop-handout .join-link').textContent())!.trim();
      const table = await oldBrowser(browser);
      await table.page.goto(joinLink);
      await expect(table.page.locator('.join-page')).toBeVisible();
      await table.page.locator('.join-table').first().click();
      await expect(table.page.locator('#step-title')).toBeVisible();
      await expect(table.page.locator('.role-card')).toHaveCount(1);

      for (const [who, p] of [['maker', maker], ['reader', reader], ['table', table]] as const) {
        expect(p.errors, `${who}: the page logged errors`).toEqual([]);
        expect(await cspViolations(p.page), `${who}: CSP`).toEqual([]);
        await p.context.close();
      }
    });
  });
}
