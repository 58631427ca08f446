// Step 1 · strategic role: filled from empty to complete by keyboard alone, in both languages,
// with the checks guiding the way; values survive reload.
import { test, expect, openApp, expectNoAxeViolations, screenshot, tabTo } from './fixtures';
import type { Page } from '@playwright/test';

const words = {
  'en-US': {
    amplifier: 'Brand amplifier', service: 'Customer-service channel', why: 'Why this role, for us?',
    vision: 'Long-term vision', objectives: 'Short-term objectives', weibo: 'Weibo', xhs: 'Xiaohongshu (RED)',
    role: 'Role it carries', primary: 'Primary role', noRole: 'Choose at least one role for social media.',
    ok: 'Nothing to fix here.', platformNoRole: 'A platform carries no role',
  },
  'zh-CN': {
    amplifier: '品牌声量的放大器', service: '客户服务的新渠道', why: '为什么我们需要这个角色？',
    vision: '长期愿景', objectives: '短期目标', weibo: '微博', xhs: '小红书',
    role: '承担的角色', primary: '主要角色', noRole: '请至少选择一个社交媒体角色。',
    ok: '这一步没有需要处理的问题。', platformNoRole: '有平台没有分配角色',
  },
} as const;

async function focusAndType(page: Page, target: ReturnType<Page['locator']>, text: string) {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

for (const locale of ['en-US', 'zh-CN'] as const) {
  test.describe(`strategy in ${locale}`, () => {
    test.use({ locale });
    const w = words[locale];

    test('a new user completes step 1 by keyboard and it survives reload', async ({ page }) => {
      await openApp(page, '#/strategy');
      const checks = page.locator('.coach .findings');
      await expect(checks).toContainText(w.noRole);
      await expect(page.locator('.step-rail__badge').first()).toBeVisible();
      await screenshot(page, `strategy-empty-desktop-${locale}`);

      // Choose two roles with the keyboard (Space toggles a checkbox).
      await tabTo(page, page.getByRole('checkbox', { name: w.amplifier }));
      await page.keyboard.press('Space');
      await tabTo(page, page.getByRole('checkbox', { name: w.service }));
      await page.keyboard.press('Space');
      const cards = page.locator('.role-card');
      await expect(cards).toHaveCount(2);
      // The first role chosen became primary.
      await expect(cards.nth(0).getByRole('radio', { name: w.primary })).toBeChecked();

      const whyFirst = locale === 'en-US'
        ? 'Most new customers hear about us from friends online, so being seen grows the shop.'
        : '大部分新客人是在网上看到朋友分享才来的，被看见就是增长。';
      const whySecond = locale === 'en-US'
        ? 'Customers already ask about opening hours and orders in comments; answering there is fastest.'
        : '顾客已经在评论里问营业时间和订单，在那里回答最快。';
      await focusAndType(page, cards.nth(0).getByLabel(w.why), whyFirst);
      await focusAndType(page, cards.nth(1).getByLabel(w.why), whySecond);
      await focusAndType(page, page.getByLabel(w.vision), locale === 'en-US' ? 'The neighbourhood’s favourite place to meet.' : '成为街坊最喜欢的见面去处。');
      await tabTo(page, page.getByLabel(w.objectives, { exact: true }));
      await page.keyboard.type(locale === 'en-US' ? 'Fill weekday afternoons' : '提高工作日下午上座率');
      await page.keyboard.press('Enter');
      await expect(page.locator('.chip')).toHaveCount(1);

      // Two platforms; each carries a role.
      await tabTo(page, page.getByRole('checkbox', { name: w.weibo }));
      await page.keyboard.press('Space');
      await tabTo(page, page.getByRole('checkbox', { name: w.xhs }));
      await page.keyboard.press('Space');
      const rows = page.locator('.platform-row');
      await expect(rows).toHaveCount(2);
      // New platforms start with the primary role; give the second one the service role by keyboard.
      const select = rows.nth(1).getByLabel(w.role);
      await tabTo(page, select);
      await select.selectOption({ label: w.service });

      await expect(page.locator('.coach .coach__ok')).toHaveText(`✓ ${w.ok}`);
      await expect(page.locator('.step-rail a[href="#/strategy"] .step-rail__badge')).toHaveCount(0);
      await expect(page.locator('.step-rail a[href="#/strategy"] .visually-hidden')).toContainText('100%');
      await expect(page.locator('.save-status')).toHaveText(locale === 'en-US' ? 'Saved in this browser' : '已保存在本浏览器');
      await expectNoAxeViolations(page, `strategy complete (${locale})`);
      await screenshot(page, `strategy-complete-desktop-${locale}`);

      await page.reload();
      await expect(page.locator('.role-card')).toHaveCount(2);
      await expect(page.locator('.role-card').nth(0).getByLabel(w.why)).toHaveValue(whyFirst);
      await expect(page.locator('.platform-row').nth(1).getByLabel(w.role)).toHaveValue(/\d+/);
      await expect(page.locator('.coach .coach__ok')).toBeVisible();
    });
  });
}

test.describe('strategy details', () => {
  test.use({ locale: 'en-US' });

  test('unticking a role can be undone, and a finding links to its field', async ({ page }) => {
    await openApp(page, '#/strategy');
    await page.getByRole('checkbox', { name: 'Brand amplifier' }).check();
    const why = page.locator('.role-card').getByLabel('Why this role, for us?');
    await why.fill('Being seen by neighbours is how we grow.');
    await page.getByRole('checkbox', { name: 'Brand amplifier' }).uncheck();
    await expect(page.locator('.role-card')).toHaveCount(0);
    await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
    await expect(page.locator('.role-card')).toHaveCount(1);
    await expect(why).toHaveValue('Being seen by neighbours is how we grow.');
    await expect(page.locator('.role-card').getByRole('radio', { name: 'Primary role' })).toBeChecked();

    await page.getByRole('checkbox', { name: 'Douyin' }).check();
    await page.getByRole('button', { name: '+ Add another platform' }).click();
    await expect(page.locator('.coach .findings')).toContainText('Give the other platform a name.');
    await page.locator('.coach .findings a', { hasText: 'Give the other platform a name.' }).click();
    // The check's link lands on the platform's summary, the card's own control.
    await expect(page.locator('.platform-row').nth(1).locator('summary')).toBeFocused();
  });

  test('step 1 at phone width', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await openApp(page, '#/strategy');
    await page.getByRole('checkbox', { name: 'Brand amplifier' }).check();
    await page.getByRole('checkbox', { name: 'WeChat Official Account' }).check();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'strategy-phone-en-US');
    await expectNoAxeViolations(page, 'strategy phone');
  });
});
