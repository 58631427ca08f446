// The app shell: language, step navigation by keyboard, deep links, history, accessibility.
import { test, expect, openApp, expectNoAxeViolations, screenshot, tabTo } from './fixtures';

const steps = [
  { slug: 'strategy', en: 'Strategic role', zh: '战略角色' },
  { slug: 'personas', en: 'Audience personas', zh: '受众画像' },
  { slug: 'voice', en: 'Brand voice', zh: '品牌声音' },
  { slug: 'goals', en: 'SMART goals', zh: 'SMART 目标' },
  { slug: 'team', en: 'Team and collaboration', zh: '团队与协作' },
  { slug: 'content', en: 'Content plan', zh: '内容规划' },
  { slug: 'handbook', en: 'Handbook', zh: '运营手册' },
];

test.describe('in an English browser', () => {
  test.use({ locale: 'en-US' });

  test('opens on the first step in English, from a sub-path', async ({ page }) => {
    // A fresh profile at the bare address lands on the welcome view; a step address opens the step.
    await page.goto('./');
    await expect(page).toHaveURL(/\/social-playbook\/#\/welcome$/);
    await expect(page.locator('h1')).toHaveText('Social Playbook');
    await openApp(page);
    await expect(page).toHaveURL(/\/social-playbook\/#\/strategy$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText('Strategic role');
    await expect(page).toHaveTitle('Strategic role · Social Playbook');
  });

  test('walks through every step with the keyboard only', async ({ page }) => {
    await openApp(page);
    for (let i = 0; i < steps.length; i++) {
      await expect(page.locator('h1')).toHaveText(steps[i].en);
      await expect(page).toHaveURL(new RegExp(`#/${steps[i].slug}$`));
      await expect(page.locator(`.step-rail a[href="#/${steps[i].slug}"]`)).toHaveAttribute('aria-current', 'step');
      if (i === steps.length - 1) {
        await expect(page.locator('.step-pager a[rel="next"]')).toHaveCount(0);
        break;
      }
      const next = page.locator('.step-pager a[rel="next"]');
      await tabTo(page, next);
      await page.keyboard.press('Enter');
      await expect(page.locator('h1')).toHaveText(steps[i + 1].en);
      // Focus lands on the new heading so screen-reader users hear where they are.
      await expect(page.locator('#step-title')).toBeFocused();
    }
    // And back again with Previous.
    const previous = page.locator('.step-pager a[rel="prev"]');
    await tabTo(page, previous);
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toHaveText('Content plan');
  });

  test('reload stays on a deep link; back and forward move between steps', async ({ page }) => {
    await openApp(page, '#/team');
    await expect(page.locator('h1')).toHaveText('Team and collaboration');
    await page.reload();
    await expect(page.locator('h1')).toHaveText('Team and collaboration');
    await page.locator('.step-rail a[href="#/goals"]').click();
    await expect(page.locator('h1')).toHaveText('SMART goals');
    await page.goBack();
    await expect(page.locator('h1')).toHaveText('Team and collaboration');
    await page.goForward();
    await expect(page.locator('h1')).toHaveText('SMART goals');
  });

  test('an unknown address lands on the welcome view, or on the first step once a plan exists', async ({ page }) => {
    await page.goto('./#/no-such-step');
    await expect(page.locator('h1')).toHaveText('Social Playbook');
    await expect(page).toHaveURL(/#\/welcome$/);
    await page.getByLabel('Name of the plan').fill('Address test');
    await page.getByRole('button', { name: 'Start the plan' }).click();
    await expect(page.locator('h1')).toHaveText('Strategic role');
    await page.goto('./#/no-such-step');
    await expect(page.locator('h1')).toHaveText('Strategic role');
    await expect(page).toHaveURL(/#\/strategy$/);
  });

  test('switching language changes every text and is remembered', async ({ page }) => {
    await openApp(page, '#/goals');
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('h1')).toHaveText('SMART 目标');
    await expect(page.locator('.step-heading__counter')).toHaveText('第 4 步，共 6 步');
    await expect(page.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(page.locator('h1')).toHaveText('SMART 目标');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('h1')).toHaveText('SMART goals');
  });

  test('every step passes an axe scan in English', async ({ page }) => {
    for (const step of steps) {
      await openApp(page, `#/${step.slug}`);
      await expect(page.locator('h1')).toHaveText(step.en);
      await expectNoAxeViolations(page, `${step.slug} (en)`);
    }
  });
});

test.describe('in a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });

  test('opens in Chinese and every step passes an axe scan', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    for (const step of steps) {
      await openApp(page, `#/${step.slug}`);
      await expect(page.locator('h1')).toHaveText(step.zh);
      await expectNoAxeViolations(page, `${step.slug} (zh)`);
    }
  });
});

for (const [width, height, label] of [[360, 780, 'phone'], [1280, 800, 'desktop']] as const) {
  for (const locale of ['en-US', 'zh-CN'] as const) {
    test.describe(`${label} ${locale}`, () => {
      test.use({ locale, viewport: { width, height } });
      test(`shell at ${label} width in ${locale} has no sideways scroll`, async ({ page }) => {
        await openApp(page, '#/personas');
        await screenshot(page, `shell-${label}-${locale}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    });
  }
}

for (const [width, height, label] of [[390, 740, 'phone'], [1280, 720, 'desktop']] as const) {
  test.describe(`focused heading, ${label}`, () => {
    test.use({ locale: 'zh-CN', viewport: { width, height } });
    test(`a step heading that takes focus is not under the sticky header (${label})`, async ({ page }) => {
      await openApp(page, '#/strategy');
      await page.locator('#plan-menu-toggle').click();
      await page.locator('#plan-menu-panel').getByRole('button', { name: '从示例开始' }).click();
      const dialog = page.getByRole('dialog', { name: '完整示例' });
      await dialog.getByRole('button', { name: '作为新规划打开' }).nth(1).click();
      await expect(dialog).toBeHidden();
      for (const [from, next] of [['#/strategy', 'personas'], ['#/goals', 'team'], ['#/team', 'content']]) {
        await page.goto(`./${from}`);
        await expect(page).toHaveURL(new RegExp(`${from}$`));
        // From the foot of a long step, on to the next one.
        await page.locator('.step-pager__next').scrollIntoViewIfNeeded();
        await page.locator('.step-pager__next').click();
        await expect(page).toHaveURL(new RegExp(`#/${next}$`));
        await expect(page.locator('#step-title')).toBeFocused();
        // Focus moves after the next paint; the scroll follows it.
        await page.waitForFunction(() => {
          const title = document.getElementById('step-title')!.getBoundingClientRect();
          return title.top >= 0 && title.top < window.innerHeight;
        });
        const { headerBottom, titleTop } = await page.evaluate(() => ({
          headerBottom: document.querySelector('.app-header')!.getBoundingClientRect().bottom,
          titleTop: document.getElementById('step-title')!.getBoundingClientRect().top,
        }));
        expect(titleTop, `${next}: heading top ${titleTop} vs header bottom ${headerBottom}`).toBeGreaterThanOrEqual(headerBottom);
      }
    });
  });
}
