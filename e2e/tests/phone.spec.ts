// Phones: every step and the plan menu's dialogs with the largest worked example (the
// manufacturer) fit a 360 px screen with no sideways scrolling, in both languages; long lists fold
// to one-line summaries, so that no step is taller than 6,000 px on a 390 px phone; folded cards
// open with the keyboard and show their open checks; what one taps is at least 44 px. The page
// heights are printed as a table.
import type { Page } from '@playwright/test';
import { expect, test, openApp, expectNoAxeViolations, screenshot } from './fixtures';

const steps = ['strategy', 'personas', 'voice', 'goals', 'team', 'content', 'handbook'] as const;
const editorSteps = steps.filter((s) => s !== 'handbook');
const locales = ['en-US', 'zh-CN'] as const;
const maxStepHeight = 6000;

const words = {
  'en-US': {
    example: 'Start from an example', examples: 'Worked examples', open: 'Open as a new plan',
    importItem: 'Import a file…', importTitle: 'Import a plan', addPerson: 'Add a person',
  },
  'zh-CN': {
    example: '从示例开始', examples: '完整示例', open: '作为新规划打开',
    importItem: '导入文件…', importTitle: '导入规划', addPerson: '添加人员',
  },
};

/** Heights by width, locale and step, filled by the tests and printed at the end. */
const heights: Record<string, Record<string, number>> = {};

/** How far the page is wider than the window (0 when nothing scrolls sideways), and the first
 * elements that reach past the right edge outside a scroller of their own. */
async function overflow(page: Page): Promise<{ over: number; wide: string[] }> {
  return page.evaluate(() => {
    const ownScroller = (el: Element): boolean => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const x = getComputedStyle(p).overflowX;
        if (x === 'auto' || x === 'scroll' || x === 'hidden') return true;
      }
      return false;
    };
    return {
      over: document.documentElement.scrollWidth - window.innerWidth,
      wide: [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5 && !ownScroller(el))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '')}`),
    };
  });
}

async function openManufacturer(page: Page, locale: (typeof locales)[number]): Promise<void> {
  const w = words[locale];
  await openApp(page, '#/strategy');
  await page.locator('#plan-menu-toggle').click();
  await page.locator('#plan-menu-panel').getByRole('button', { name: w.example }).click();
  const dialog = page.getByRole('dialog', { name: w.examples });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: w.open }).nth(1).click();
  await expect(dialog).toBeHidden();
}

async function visit(page: Page, step: string): Promise<void> {
  await page.goto(`./#/${step}`);
  await expect(page.locator('#step-title')).toBeVisible();
  await expect(page.locator('.piece-loading')).toHaveCount(0);
  // Fonts, the coach and late pieces settle before anything is measured.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

for (const locale of locales) {
  test.describe(`phone (${locale})`, () => {
    test.use({ locale, viewport: { width: 360, height: 740 } });

    test('every step and the plan menu dialogs fit 360 px; no step is taller than 6,000 px at 390 px', async ({ page }) => {
      test.setTimeout(120_000);
      const w = words[locale];
      await openManufacturer(page, locale);

      heights[`360 ${locale}`] = {};
      for (const step of steps) {
        await visit(page, step);
        const m = await overflow(page);
        expect(m, `${step} at 360 px scrolls sideways`).toEqual({ over: 0, wide: [] });
        heights[`360 ${locale}`][step] = await page.evaluate(() => document.documentElement.scrollHeight);
        await screenshot(page, `phone-${step}-${locale}`);
      }

      // The plan menu and two of its dialogs, on the last step visited.
      await page.locator('#plan-menu-toggle').click();
      await expect(page.locator('#plan-menu-panel')).toBeVisible();
      expect(await overflow(page), 'the open plan menu').toEqual({ over: 0, wide: [] });
      expect(await page.locator('#plan-menu-panel').evaluate((panel) => {
        const box = panel.getBoundingClientRect();
        return { left: box.left >= 0, right: box.right <= window.innerWidth };
      }), 'the plan menu panel lies within the screen').toEqual({ left: true, right: true });
      await screenshot(page, `phone-plan-menu-${locale}`, { fullPage: false });
      await page.locator('#plan-menu-panel').getByRole('button', { name: w.example }).click();
      const picker = page.getByRole('dialog', { name: w.examples });
      await expect(picker).toBeVisible();
      expect(await overflow(page), 'the example picker').toEqual({ over: 0, wide: [] });
      expect(await picker.evaluate((d) => d.scrollWidth - d.clientWidth), 'the example picker inside').toBe(0);
      await screenshot(page, `phone-dialog-examples-${locale}`, { fullPage: false });
      await page.keyboard.press('Escape');
      await expect(picker).toBeHidden();

      await page.locator('#plan-menu-toggle').click();
      await page.locator('#plan-menu-panel').getByRole('button', { name: w.importItem }).click();
      const importer = page.getByRole('dialog', { name: w.importTitle });
      await expect(importer).toBeVisible();
      expect(await overflow(page), 'the import dialog').toEqual({ over: 0, wide: [] });
      expect(await importer.evaluate((d) => d.scrollWidth - d.clientWidth), 'the import dialog inside').toBe(0);
      await screenshot(page, `phone-dialog-import-${locale}`, { fullPage: false });
      await page.keyboard.press('Escape');
      await expect(importer).toBeHidden();

      // A 390 px phone: the heights the steps are held to.
      await page.setViewportSize({ width: 390, height: 844 });
      heights[`390 ${locale}`] = {};
      for (const step of steps) {
        await visit(page, step);
        expect((await overflow(page)).over, `${step} at 390 px scrolls sideways`).toBe(0);
        heights[`390 ${locale}`][step] = await page.evaluate(() => document.documentElement.scrollHeight);
      }
      for (const step of editorSteps) {
        expect(heights[`390 ${locale}`][step], `${step} at 390 px (${locale})`).toBeLessThan(maxStepHeight);
      }
    });

    test('folded cards show their checks, open with the keyboard, and pass axe', async ({ page }) => {
      const w = words[locale];
      await openManufacturer(page, locale);

      await visit(page, 'team');
      const people = page.locator('.team-person-card');
      const first = people.first();
      await expect(first).not.toHaveAttribute('open');
      await expect(first.locator('.fold__name')).toBeVisible();
      await expect(first.locator('.fold__fact')).toBeVisible();
      await expect(first.locator('input').first()).toBeHidden();
      // Enter opens a folded card from its summary, and closes it again.
      await first.locator('summary').focus();
      await page.keyboard.press('Enter');
      await expect(first).toHaveAttribute('open', '');
      await expect(first.locator('input').first()).toBeVisible();
      await page.keyboard.press('Space');
      await expect(first).not.toHaveAttribute('open');
      // The matrix is a list of activities here, not a table wider than the screen.
      await expect(page.locator('table.team-raci')).toHaveCount(0);
      await expect(page.locator('.team-raci__activity')).toHaveCount(7);
      await expectNoAxeViolations(page, `team at 360 px, folded (${locale})`);
      await screenshot(page, `phone-team-viewport-${locale}`, { fullPage: false });

      // A person just added opens for editing, with focus in it.
      const count = await people.count();
      await page.getByRole('button', { name: w.addPerson }).last().click();
      await expect(people).toHaveCount(count + 1);
      await expect(people.last()).toHaveAttribute('open', '');
      await expect(people.last().locator('input').first()).toBeVisible();

      await visit(page, 'content');
      const themes = page.locator('.content-theme');
      await expect(themes.first()).not.toHaveAttribute('open');
      await expect(page.locator('.calendar-month')).toHaveCount(0);
      await expectNoAxeViolations(page, `content at 360 px, folded (${locale})`);

      // A card with open checks says so on its folded summary.
      await visit(page, 'strategy');
      const role = page.locator('.role-card').first();
      await role.locator('summary').click();
      await role.getByRole('textbox').last().fill('');
      await role.locator('summary').click();
      await expect(role).not.toHaveAttribute('open');
      await expect(role.locator('.fold__badge')).toBeVisible();
    });
  });
}

/** What one taps that is smaller than 44 × 44 px on this page (visible targets only; a button
 * that is only an icon must be 44 px wide too), at most five, named. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const targets = 'button, summary, select, .choice-chip, .chip__remove, '
      + 'label:has(> input[type="checkbox"]), label:has(> input[type="radio"])';
    return [...document.querySelectorAll(targets)]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1 || getComputedStyle(el).visibility === 'hidden') return false;
        const tooNarrow = (el.matches('button, .chip__remove')) && box.width < 43.5;
        return box.height < 43.5 || tooNarrow;
      })
      .slice(0, 5)
      .map((el) => {
        const box = el.getBoundingClientRect();
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
        return `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`;
      });
  });
}

test.describe('touch targets', () => {
  test.use({ locale: 'en-US', viewport: { width: 360, height: 740 }, hasTouch: true });

  test('everything one taps on every step is at least 44 px on a phone', async ({ page }) => {
    test.setTimeout(120_000);
    await openManufacturer(page, 'en-US');
    for (const step of steps) {
      await visit(page, step);
      expect(await smallTargets(page), `small targets on ${step}`).toEqual([]);
    }
    await page.locator('#plan-menu-toggle').click();
    await expect(page.locator('#plan-menu-panel')).toBeVisible();
    expect(await smallTargets(page), 'small targets with the plan menu open').toEqual([]);
  });
});

test.afterAll(() => {
  const columns = Object.keys(heights);
  if (columns.length === 0) return;
  const lines = [
    `| step | ${columns.map((c) => `${c.split(' ')[0]} px ${c.split(' ')[1]}`).join(' | ')} |`,
    `|---|${columns.map(() => '---:').join('|')}|`,
    ...steps.map((s) => `| ${s} | ${columns.map((c) => (heights[c][s] ?? 0).toLocaleString('en')).join(' | ')} |`),
  ];
  console.log(`Page heights with the manufacturer example (px):\n${lines.join('\n')}`);
});
