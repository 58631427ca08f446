// Projector mode and printable worksheets: a worked example presented slide by slide with the
// keyboard (arrows, Page Up/Down as clickers send, Space, Home/End, Esc back to the step), at
// projector sizes in both languages; the worksheets printed as clean A4 pages with the step's
// prompts, and with the join QR code once a workshop session is set up on this device.
import type { Page } from '@playwright/test';
import { test, expect, openApp, expectNoAxeViolations, screenshot } from './fixtures';

/** Opens a worked example (the café) as a new plan, from the plan menu. */
async function openExample(page: Page, en: boolean, which = 0) {
  await openApp(page, '#/strategy');
  await page.locator('#plan-menu-toggle').click();
  await page.locator('#plan-menu-panel').getByRole('button', { name: en ? 'Start from an example' : '从示例开始' }).click();
  const dialog = page.getByRole('dialog', { name: en ? 'Worked examples' : '完整示例' });
  await dialog.getByRole('button', { name: en ? 'Open as a new plan' : '作为新规划打开' }).nth(which).click();
  await expect(dialog).toBeHidden();
}

/** The counter's "n / total" as numbers. */
async function counter(page: Page): Promise<[number, number]> {
  const text = (await page.locator('.present__counter').textContent()) ?? '';
  const [n, total] = text.split('/').map((s) => Number(s.trim()));
  return [n, total];
}

/** Fails when any text of the slide is cut off by the frame. */
async function expectNothingCutOff(page: Page, label: string) {
  const cut = await page.evaluate(() => {
    const slide = document.querySelector('.slide');
    if (!slide) return ['no slide'];
    const box = slide.getBoundingClientRect();
    const out: string[] = [];
    slide.querySelectorAll('h1, p, li, th, td, blockquote').forEach((el) => {
      const r = el.getBoundingClientRect();
      if (r.height > 0 && (r.bottom > box.bottom + 1 || r.right > box.right + 1)) out.push((el.textContent ?? '').slice(0, 40));
    });
    return out;
  });
  expect(cut, `cut off on ${label}`).toEqual([]);
}

for (const locale of ['en-US', 'zh-CN'] as const) {
  const en = locale === 'en-US';
  test.describe(`projector mode (${locale})`, () => {
    test.use({ locale, viewport: { width: 1920, height: 1080 } });

    test('presents a step slide by slide with keys and buttons, and Esc leaves to the step', async ({ page }) => {
      await openExample(page, en);
      await page.goto('./#/personas');
      await expect(page.locator('#step-title')).toBeVisible();
      await page.locator('.step-heading__present').click();
      await expect(page).toHaveURL(/#\/present\/personas$/);
      const slide = page.locator('.slide');
      await expect(slide).toBeVisible();
      await expect(slide).toHaveAttribute('aria-roledescription', en ? 'slide' : '幻灯片');
      // No app chrome while presenting.
      await expect(page.locator('.app-header')).toBeHidden();
      await expect(page.locator('.step-rail')).toHaveCount(0);
      const [first, total] = await counter(page);
      expect(first).toBe(1);
      expect(total).toBeGreaterThanOrEqual(2);
      await expect(page.locator('.slide--persona')).toBeVisible();
      await screenshot(page, `present-personas-${locale}`, { fullPage: false });
      await expectNoAxeViolations(page, `projector mode (${locale})`);

      await page.keyboard.press('ArrowRight');
      await expect(page.locator('.present__counter')).toHaveText(`2 / ${total}`);
      await page.keyboard.press('ArrowLeft');
      await expect(page.locator('.present__counter')).toHaveText(`1 / ${total}`);
      await page.keyboard.press('PageDown');
      await expect(page.locator('.present__counter')).toHaveText(`2 / ${total}`);
      await page.keyboard.press('PageUp');
      await expect(page.locator('.present__counter')).toHaveText(`1 / ${total}`);
      await page.keyboard.press('End');
      await expect(page.locator('.present__counter')).toHaveText(`${total} / ${total}`);
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('.present__counter')).toHaveText(`${total} / ${total}`);
      await page.keyboard.press('Home');
      await expect(page.locator('.present__counter')).toHaveText(`1 / ${total}`);
      await page.keyboard.press('Space');
      await expect(page.locator('.present__counter')).toHaveText(`2 / ${total}`);
      // The live region says where the deck stands.
      await expect(page.locator('.present [aria-live=polite]')).toContainText(en ? `Slide 2 of ${total}` : `第 2 页，共 ${total} 页`);
      // On-screen buttons.
      await page.getByRole('button', { name: en ? 'Previous slide' : '上一页' }).click();
      await expect(page.locator('.present__counter')).toHaveText(`1 / ${total}`);
      await expect(page.getByRole('button', { name: en ? 'Previous slide' : '上一页' })).toBeDisabled();
      await page.getByRole('button', { name: en ? 'Next slide' : '下一页' }).click();
      await expect(page.locator('.present__counter')).toHaveText(`2 / ${total}`);

      await page.keyboard.press('Escape');
      await expect(page).toHaveURL(/#\/personas$/);
      await expect(page.locator('#step-title')).toBeVisible();
      await expect(page.locator('.app-header')).toBeVisible();
    });

    test('the handbook presents every step in turn, each slide readable at 1920×1080 and 1280×720', async ({ page }) => {
      test.setTimeout(120_000);
      await openExample(page, en, 1);
      await page.goto('./#/present/handbook');
      await expect(page.locator('.slide--title')).toBeVisible();
      const [, total] = await counter(page);
      expect(total).toBeGreaterThanOrEqual(10);
      const seen = new Set<string>();
      for (let i = 1; i <= total; i++) {
        await expect(page.locator('.present__counter')).toHaveText(`${i} / ${total}`);
        const kind = (await page.locator('.slide__inner').getAttribute('class')) ?? '';
        const slideKind = kind.replace('slide__inner', '').trim();
        await expectNothingCutOff(page, `${slideKind} (${i}) at 1920×1080`);
        if (!seen.has(slideKind)) {
          seen.add(slideKind);
          await screenshot(page, `present-handbook-${slideKind.replace('slide--', '')}-${locale}`, { fullPage: false });
        }
        if (i < total) await page.keyboard.press('PageDown');
      }
      for (const kind of ['title', 'roles', 'persona', 'traits', 'goals', 'team-model', 'raci', 'themes', 'month']) {
        expect(seen, `a ${kind} slide`).toContain(`slide--${kind}`);
      }
      // SMART badges on the goals, each with its verdict in words.
      await page.goto('./#/present/goals');
      await expect(page.locator('.slide-goal .smart-badge').first()).toBeVisible();
      await expect(page.locator('.slide-goal').first().locator('.smart-badge')).toHaveCount(5);
      await screenshot(page, `present-goals-${locale}`, { fullPage: false });

      // A small projector: the same slides, nothing cut off.
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto('./#/present/handbook');
      await expect(page.locator('.slide--title')).toBeVisible();
      for (let i = 1; i <= total; i++) {
        await expect(page.locator('.present__counter')).toHaveText(`${i} / ${total}`);
        await expectNothingCutOff(page, `slide ${i} at 1280×720`);
        if (i === 3) await screenshot(page, `present-1280-${locale}`, { fullPage: false });
        if (i < total) await page.keyboard.press('ArrowRight');
      }
    });

    test('a workshop table presents with the agenda timer in a corner', async ({ page }) => {
      await page.goto('./#/workshop');
      await expect(page.locator('.workshop-setup')).toBeVisible();
      await page.locator('input[name=session-name]').fill(en ? 'Spring training' : '春季培训');
      await page.locator('input[name=start][value=example-cafe]').check();
      const link = (await page.locator('.workshop-handout .join-link').textContent())!.trim();
      await page.goto(link);
      await page.locator('.join-table').first().click();
      await expect(page.locator('.session-bar')).toBeVisible();
      await page.locator('.step-heading__present').click();
      await expect(page.locator('.slide')).toBeVisible();
      await expect(page.locator('.present__timer')).toBeVisible();
      await expect(page.locator('.present__timer')).toHaveText(en ? /min|Time is up/ : /分钟|时间到/);
      await screenshot(page, `present-timer-${locale}`, { fullPage: false });
    });

    test('a step with nothing decided says what is missing', async ({ page }) => {
      await openApp(page, '#/strategy');
      await page.goto('./#/present/voice');
      await expect(page.locator('.slide--missing')).toBeVisible();
      expect(await counter(page)).toEqual([1, 1]);
      await expect(page.locator('.slide')).toContainText(en ? 'Not decided yet' : '还没有决定');
      await screenshot(page, `present-missing-${locale}`, { fullPage: false });
    });
  });

  test.describe(`worksheets (${locale})`, () => {
    test.use({ locale, viewport: { width: 1280, height: 900 } });

    test('print as clean A4 pages with the step prompts, and carry the join code of a session', async ({ page }) => {
      await openApp(page, '#/personas');
      await page.locator('.step-heading__worksheet').click();
      await expect(page).toHaveURL(/#\/worksheet\/personas$/);
      const sheet = page.locator('.worksheet');
      await expect(sheet).toBeVisible();
      await expect(sheet.locator('h1')).toContainText(en ? 'Worksheet · Step 2' : '练习单 · 第 2 步');
      // The step's own prompts and examples.
      await expect(sheet).toContainText(en ? 'Needs and pain points' : '需求与痛点');
      await expect(sheet).toContainText(en ? 'e.g. no time to queue at lunch' : '例如：午休时间短，没空排队');
      await expect(sheet.locator('.worksheet__line').first()).toBeVisible();
      await expect(page.locator('.app-header')).toBeHidden();
      await expect(sheet.locator('svg.qr-code')).toHaveCount(0);
      await expectNoAxeViolations(page, `worksheet (${locale})`);

      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.worksheet-bar')).toBeHidden();
      await screenshot(page, `worksheet-personas-print-${locale}`);
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, 'one step on one sheet').toBe(1);
      await page.emulateMedia({ media: 'screen' });

      // A session set up on this device: its join code goes in the corner.
      await page.goto('./#/workshop');
      await expect(page.locator('.workshop-setup')).toBeVisible();
      await page.locator('input[name=session-name]').fill(en ? 'Spring training' : '春季培训');
      const list = page.locator('.workshop-worksheets');
      await expect(list.locator('a')).toHaveCount(6);
      await list.locator('a').nth(3).click();
      await expect(page).toHaveURL(/#\/worksheet\/goals$/);
      await expect(page.locator('.worksheet svg.qr-code')).toBeVisible();
      await expect(page.locator('.worksheet__link')).toContainText('#join=');
      await expect(page.locator('.worksheet')).toContainText(en ? 'Goal title' : '目标标题');
      await page.emulateMedia({ media: 'print' });
      await screenshot(page, `worksheet-goals-print-${locale}`);
      const pdf2 = await page.pdf({ format: 'A4' });
      expect((pdf2.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
      await page.emulateMedia({ media: 'screen' });
      await page.getByRole('link', { name: en ? 'Back to the step' : '返回这一步' }).click();
      await expect(page.locator('#step-title')).toBeVisible();
    });
  });
}
