// Step 4 · SMART goals: a vague goal is flagged letter by letter, fixed into a SMART goal, and its
// progress recorded and charted; in both languages, axe clean, at desktop and phone widths.
import { test, expect, openApp, expectNoAxeViolations, screenshot } from './fixtures';
import type { Page } from '@playwright/test';

const words = {
  'en-US': {
    amplifier: 'Brand amplifier', weibo: 'Weibo', persona: 'Xiao Lin', add: 'Add a goal',
    vague: 'Improve our Weibo', smart: 'Grow Weibo followers from 10,000 to 12,000 in six months',
    title: 'Goal title', platform: 'Platform', baseline: "Baseline (today's value)", target: 'Target',
    start: 'Start date', deadline: 'Deadline', role: 'Strategic role it serves', value: 'Value',
    progressAdd: 'Add', allPass: 'All five letters pass',
  },
  'zh-CN': {
    amplifier: '品牌声量的放大器', weibo: '微博', persona: '小林', add: '添加目标',
    vague: '提升我们的微博', smart: '六个月内微博粉丝从10000增长到12000',
    title: '目标标题', platform: '平台', baseline: '基线（目前的数值）', target: '目标值',
    start: '开始日期', deadline: '截止日期', role: '服务的战略定位', value: '数值',
    progressAdd: '添加', allPass: '五个字母全部通过',
  },
} as const;

function iso(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Adds a persona to the stored plan (step 2 is tested elsewhere) and reloads. */
async function seedPersona(page: Page, name: string) {
  await page.waitForTimeout(700);
  await page.evaluate((name) => {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (!key.startsWith('social-playbook/v1/plan/')) continue;
      const doc = JSON.parse(localStorage.getItem(key)!);
      doc.plan.personas = [{ id: 5000, name, priority: 'primary' }];
      doc.plan.next_id = Math.max(doc.plan.next_id ?? 1, 5001);
      localStorage.setItem(key, JSON.stringify(doc));
    }
  }, name);
  await page.reload();
}

async function verdicts(page: Page): Promise<Record<string, string | null>> {
  const out: Record<string, string | null> = {};
  for (const letter of ['S', 'M', 'A', 'R', 'T']) {
    out[letter] = await page.locator(`.goal-card .smart-badge[data-letter="${letter}"]`).getAttribute('data-verdict');
  }
  return out;
}

for (const locale of ['en-US', 'zh-CN'] as const) {
  test.describe(`goals in ${locale}`, () => {
    test.use({ locale });
    const w = words[locale];

    test('a vague goal is flagged, fixed into a SMART goal, and its progress charted', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openApp(page, '#/strategy');
      await page.getByRole('checkbox', { name: w.amplifier }).check();
      await page.getByRole('checkbox', { name: w.weibo, exact: true }).check();
      await seedPersona(page, w.persona);
      await openApp(page, '#/goals');
      await screenshot(page, `goals-empty-desktop-${locale}`);

      await page.getByRole('button', { name: w.add, exact: true }).first().click();
      const card = page.locator('.goal-card');
      await expect(card).toHaveCount(1);
      await card.getByLabel(w.title, { exact: true }).fill(w.vague);

      // The vague goal: S, M and T are flagged, and the reasons are listed.
      let v = await verdicts(page);
      expect(v.S).not.toBe('pass');
      expect(v.M).toBe('fail');
      expect(v.T).toBe('fail');
      await expect(card.locator('.smart-reason').first()).toBeVisible();
      await expectNoAxeViolations(page, `goals vague ${locale}`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `goals-vague-desktop-${locale}`);

      // Fix it.
      await card.getByLabel(w.title, { exact: true }).fill(w.smart);
      await card.getByLabel(w.platform, { exact: true }).selectOption({ label: w.weibo });
      await card.getByLabel(w.baseline, { exact: true }).fill('10000');
      await card.getByLabel(w.target, { exact: true }).fill('12000');
      const today = new Date();
      const later = new Date(today.getFullYear(), today.getMonth() + 6, today.getDate());
      await card.getByLabel(w.start, { exact: true }).fill(iso(today));
      await card.getByLabel(w.deadline, { exact: true }).fill(iso(later));
      await card.getByLabel(w.role, { exact: true }).selectOption({ label: w.amplifier });
      await card.getByRole('checkbox', { name: w.persona }).check();

      v = await verdicts(page);
      expect(v).toEqual({ S: 'pass', M: 'pass', A: 'pass', R: 'pass', T: 'pass' });
      await expect(card.locator('.smart-all-pass')).toContainText(w.allPass);
      await expect(card.locator('.goal-sentence')).toContainText('12,000');

      // Record progress.
      await card.getByLabel(w.value, { exact: true }).fill('10100');
      await card.getByRole('button', { name: new RegExp(`^${w.progressAdd}`) }).click();
      await expect(card.locator('.progress-entry')).toHaveCount(1);
      await expect(card.locator('.goal-progress__status')).not.toBeEmpty();
      const chart = card.locator('svg[role="img"]');
      await expect(chart).toBeVisible();
      await expect(chart.locator('circle')).toHaveCount(1);
      await expect(chart.locator('.goal-chart__plan')).toHaveCount(1);
      expect(await chart.getAttribute('aria-label')).toContain('12,000');

      await expectNoAxeViolations(page, `goals smart ${locale}`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `goals-smart-desktop-${locale}`);

      await page.setViewportSize({ width: 360, height: 800 });
      await page.evaluate(() => window.scrollTo(0, 0));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'no sideways scroll at 360 px').toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, `goals phone ${locale}`);
      await screenshot(page, `goals-smart-phone-${locale}`);

      // The edit survives a reload.
      await page.waitForTimeout(600);
      await page.reload();
      await expect(page.locator('.goal-card .progress-entry')).toHaveCount(1);
    });
  });
}
