// Step 6 · Content plan: themes with shares (the 100% status appears and clears), coverage gaps
// of personas and goals, formats and cadence for two platforms, and a brand colour with its
// contrast verdict; in both languages, axe clean, at desktop and phone widths.
import { test, expect, openApp, expectNoAxeViolations, screenshot } from './fixtures';
import type { Page } from '@playwright/test';

const words = {
  'en-US': {
    lin: 'Xiao Lin', wang: 'Lao Wang', goal: 'Grow Weibo followers by 20%',
    weibo: 'Weibo', xhs: 'Xiaohongshu',
    five: "Start from the handbook's five themes", userStories: 'User stories', productValue: 'Product value',
    custom: 'Custom theme', share: 'Target share of posts (%)', name: 'Theme name',
    complete: 'Shares add up to 100%', left: 'Shares add up to 85% — 15% left to plan.',
    nobodyWritesFor: 'Nobody writes for', noTheme: 'no theme', noPersona: 'serves no persona',
    perWeek: 'Posts a week', imageText: 'Image and text', shortVideo: 'Short video', live: 'Live stream',
    addColour: 'Add a colour', colourName: 'Colour name', hex: 'Hex code', invalid: 'Not a colour code yet',
    deleteTheme: 'Delete', undo: 'Undo',
  },
  'zh-CN': {
    lin: '小林', wang: '老王', goal: '微博粉丝增长20%',
    weibo: '微博', xhs: '小红书',
    five: '从手册中的五个主题开始', userStories: '用户故事', productValue: '产品价值',
    custom: '自定义主题', share: '目标占比（%）', name: '主题名称',
    complete: '占比合计100%', left: '占比合计85%，还有15%未分配。',
    nobodyWritesFor: '没有主题服务的画像', noTheme: '无主题', noPersona: '未服务任何画像',
    perWeek: '每周发布数', imageText: '图文', shortVideo: '短视频', live: '直播',
    addColour: '添加颜色', colourName: '颜色名称', hex: '色值', invalid: '还不是有效的色值',
    deleteTheme: '删除', undo: '撤销',
  },
} as const;

/** Seeds the stored plan with two platforms, two personas and a goal (earlier steps are tested elsewhere). */
async function seedPlan(page: Page, w: (typeof words)['en-US'] | (typeof words)['zh-CN']) {
  await page.waitForTimeout(700);
  await page.evaluate((w) => {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (!key.startsWith('social-playbook/v1/plan/')) continue;
      const doc = JSON.parse(localStorage.getItem(key)!);
      doc.plan.strategy.platforms = [{ id: 6000, kind: 'weibo' }, { id: 6001, kind: 'xiaohongshu' }];
      doc.plan.personas = [
        { id: 5000, name: w.lin, priority: 'primary' },
        { id: 5001, name: w.wang, priority: 'secondary' },
      ];
      doc.plan.goals = [{ id: 5100, title: w.goal }];
      doc.plan.next_id = Math.max(doc.plan.next_id ?? 1, 7000);
      localStorage.setItem(key, JSON.stringify(doc));
    }
  }, w);
  await page.reload();
}

for (const locale of ['en-US', 'zh-CN'] as const) {
  test.describe(`content plan in ${locale}`, () => {
    test.use({ locale });
    const w = words[locale];

    test('themes with shares, coverage gaps, formats for two platforms and a colour contrast', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      // An edit in step 1 makes the plan stored, so the earlier steps can be seeded into it.
      await openApp(page, '#/strategy');
      await page.getByRole('checkbox', { name: w.weibo, exact: true }).check();
      await seedPlan(page, w);
      await openApp(page, '#/content');
      await expect(page.locator('.content-theme')).toHaveCount(0);
      await expectNoAxeViolations(page, `content empty ${locale}`);
      await screenshot(page, `content-empty-desktop-${locale}`);

      // The five themes of the handbook, with shares that add up to 100.
      await page.locator('.content-themes .empty-state .button--secondary').click();
      await expect(page.locator('.content-theme')).toHaveCount(5);
      const status = page.locator('.content-shares');
      await expect(status).toContainText(w.complete);
      await expect(status).toHaveAttribute('role', 'status');

      // Lower one share: the status says what is left; raise it again: complete.
      const stories = page.locator('.content-theme[data-kind="UserStories"]');
      await stories.getByLabel(w.share, { exact: true }).fill('15');
      await expect(status).toHaveText(new RegExp(w.left.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      await expect(status).toHaveAttribute('data-total', '85');
      await stories.getByLabel(w.share, { exact: true }).fill('30');
      await expect(status).toHaveAttribute('data-total', '100');
      await expect(status).toContainText(w.complete);

      // A custom theme, named, with a share that breaks the total.
      await page.locator('.content-quick-add').getByRole('button', { name: new RegExp(w.custom) }).click();
      const custom = page.locator('.content-theme[data-kind="Custom"]');
      await expect(custom).toHaveCount(1);
      await custom.getByLabel(w.name, { exact: true }).fill('Latte art');
      await custom.getByLabel(w.share, { exact: true }).fill('10');
      await expect(status).toHaveAttribute('data-total', '110');

      // Delete it, and undo brings it back; delete again for the rest of the test.
      await custom.getByRole('button', { name: new RegExp(`^${w.deleteTheme}`) }).click();
      await expect(page.locator('.content-theme')).toHaveCount(5);
      await expect(status).toHaveAttribute('data-total', '100');
      await page.getByRole('button', { name: w.undo, exact: true }).click();
      await expect(page.locator('.content-theme')).toHaveCount(6);
      await page.locator('.content-theme[data-kind="Custom"]').getByRole('button', { name: new RegExp(`^${w.deleteTheme}`) }).click();
      await expect(page.locator('.content-theme')).toHaveCount(5);

      // Coverage: nobody writes for either persona yet; tick Xiao Lin on user stories.
      const personaTable = page.locator('[data-coverage="personas"]');
      await expect(personaTable.locator('thead th[data-gap="true"]')).toHaveCount(2);
      await expect(personaTable.locator('thead th[data-gap="true"]').first()).toContainText(w.noTheme);
      await expect(personaTable.locator('tbody th[data-gap="true"]')).toHaveCount(5);
      await expect(personaTable.locator('tbody th[data-gap="true"]').first()).toContainText(w.noPersona);
      await expect(page.locator('.content-coverage__summary').first()).toContainText(w.nobodyWritesFor);
      await stories.getByRole('checkbox', { name: w.lin }).check();
      await expect(personaTable.locator('thead th[data-gap="true"]')).toHaveCount(1);
      await expect(personaTable.locator('thead th[data-gap="true"]')).toContainText(w.wang);
      await expect(personaTable.locator(`tr[data-theme] th[data-gap="false"]`)).toHaveCount(1);
      await expect(page.locator('.content-coverage__summary').first()).toContainText(w.wang);
      await expect(page.locator('.content-coverage__summary').first()).not.toContainText(w.lin);
      await expect(page.locator('[data-coverage="goals"] thead th[data-gap="true"]')).toHaveCount(1);

      // Formats and cadence for the two platforms.
      const weibo = page.locator('.content-platform[data-platform="6000"]');
      const xhs = page.locator('.content-platform[data-platform="6001"]');
      await expect(weibo.locator('legend')).toContainText(w.weibo);
      await expect(xhs.locator('legend')).toContainText(w.xhs);
      await weibo.getByRole('checkbox', { name: w.imageText }).check();
      await weibo.getByRole('checkbox', { name: w.shortVideo }).check();
      await weibo.getByLabel(new RegExp(`^${w.perWeek}`)).fill('5');
      await xhs.getByRole('checkbox', { name: w.imageText }).check();
      await xhs.getByRole('checkbox', { name: w.live }).check();
      await xhs.getByLabel(new RegExp(`^${w.perWeek}`)).fill('3');
      await expect(weibo.getByRole('checkbox', { name: w.shortVideo })).toBeChecked();
      await expect(xhs.getByRole('checkbox', { name: w.shortVideo })).not.toBeChecked();
      await expect(xhs.getByLabel(new RegExp(`^${w.perWeek}`))).toHaveValue('3');

      // A brand colour: an invalid code is flagged, a valid one gets a swatch and contrast verdicts.
      await page.getByRole('button', { name: new RegExp(w.addColour) }).click();
      const colour = page.locator('.content-colour');
      await expect(colour).toHaveCount(1);
      await colour.getByLabel(w.colourName, { exact: true }).fill('Roast');
      await colour.getByLabel(w.hex, { exact: true }).fill('#12');
      await expect(colour.locator('.field-message--error')).toContainText(w.invalid);
      await expect(colour.getByLabel(w.hex, { exact: true })).toHaveAttribute('aria-invalid', 'true');
      await colour.getByLabel(w.hex, { exact: true }).fill('#1F4FA3');
      await expect(colour.locator('.field-message--error')).toBeHidden();
      await expect(colour).toHaveAttribute('data-valid', 'true');
      await expect(colour.locator('.content-colour__swatch')).toHaveCSS('background-color', 'rgb(31, 79, 163)');
      await expect(colour.locator('[data-text="white"]')).toHaveAttribute('data-verdict', 'aa');
      await expect(colour.locator('[data-text="black"]')).toHaveAttribute('data-verdict', 'fail');

      await expectNoAxeViolations(page, `content filled ${locale}`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `content-filled-desktop-${locale}`);

      await page.setViewportSize({ width: 390, height: 844 });
      await page.evaluate(() => window.scrollTo(0, 0));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'no sideways scroll at 390 px').toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, `content phone ${locale}`);
      await screenshot(page, `content-filled-phone-${locale}`);

      // The edits survive a reload.
      await page.waitForTimeout(600);
      await page.reload();
      await expect(page.locator('.content-theme')).toHaveCount(5);
      await expect(page.locator('.content-platform[data-platform="6001"]').getByLabel(new RegExp(`^${w.perWeek}`))).toHaveValue('3');
    });
  });
}
