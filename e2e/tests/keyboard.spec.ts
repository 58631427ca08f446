// Keyboard only, from an empty profile to a stored plan: the welcome view's blank plan, then every
// one of the six steps reached with Tab / Shift+Tab and operated with Enter, Space, arrow keys and
// typing, moving between steps with the pager and the step rail. After each action, keyboard focus
// must still be on something (never dropped to <body>); at the end the stored plan holds what was
// typed and the handbook shows it. Both languages.
import { test, expect, screenshot, tabTo } from './fixtures';
import type { Page, Locator } from '@playwright/test';

const PLAN_KEY = 'social-playbook/v1/plan/';

const words = {
  'en-US': {
    planName: 'Name of the plan', organisation: 'Organisation (optional)', start: 'Start the plan',
    steps: ['Strategic role', 'Audience personas', 'Brand voice', 'SMART goals', 'Team and collaboration', 'Content plan', 'Handbook'],
    amplifier: 'Brand amplifier', why: 'Why this role, for us?', vision: 'Long-term vision',
    objectives: 'Short-term objectives', weibo: 'Weibo',
    addPersona: 'Add a persona', personaName: 'Name', pains: 'Needs and pain points',
    addTrait: 'Add a trait', weAre: 'We are…', butNot: '…but not', avoid: 'Words to avoid',
    template: 'Weibo followers +20% in six months', target: 'Target', deadline: 'Deadline',
    hybrid: 'Hybrid', modelWhy: 'Why this model, for us?', addPerson: 'Add a person', personName: 'Name',
    productValue: 'Product value', share: 'Target share of posts (%)',
    firstPost: 'Plan the first post', itemTitle: 'Title', theme: 'Theme', save: 'Save', newItem: 'New calendar item',
    typed: {
      plan: 'Harbour Books plan', organisation: 'Harbour Books',
      why: 'Readers find new books through friends online.',
      vision: 'The bookshop the whole harbour talks about.',
      objective: 'Fill the Thursday reading club',
      persona: 'Commuter reader Lea', pain: 'No time to browse on weekdays',
      weAre: 'well-read', weAreNot: 'snobbish', avoid: 'bestseller',
      modelWhy: 'One owner plans; the shop staff answer comments the same day.',
      person: 'Tomas Berg', item: 'Staff pick of the week',
    },
  },
  'zh-CN': {
    planName: '规划名称', organisation: '组织名称（可选）', start: '开始规划',
    steps: ['战略角色', '受众画像', '品牌声音', 'SMART 目标', '团队与协作', '内容规划', '运营手册'],
    amplifier: '品牌声量的放大器', why: '为什么我们需要这个角色？', vision: '长期愿景',
    objectives: '短期目标', weibo: '微博',
    addPersona: '添加画像', personaName: '名称', pains: '需求与痛点',
    addTrait: '添加特质', weAre: '我们是……', butNot: '……但不是', avoid: '避免用词',
    template: '六个月内微博粉丝增长20%', target: '目标值', deadline: '截止日期',
    hybrid: '混合式', modelWhy: '为什么选择这个模式？', addPerson: '添加人员', personName: '姓名',
    productValue: '产品价值', share: '目标占比（%）',
    firstPost: '安排第一条内容', itemTitle: '标题', theme: '主题', save: '保存', newItem: '新的日历内容',
    typed: {
      plan: '港湾书店运营规划', organisation: '港湾书店',
      why: '读者大多是在网上看到朋友推荐才发现新书的。',
      vision: '成为整条港湾街都在聊的那家书店。',
      objective: '周四读书会坐满',
      persona: '通勤读者小乐', pain: '工作日没时间逛书店',
      weAre: '博览', weAreNot: '清高', avoid: '爆款',
      modelWhy: '店主统一规划，店员当天回复评论。',
      person: '陈晓', item: '本周店员推荐',
    },
  },
} as const;

/** What has keyboard focus, as a short description for failure messages ("body" when lost). */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const label = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${label.trim().slice(0, 40)}”`;
  });
}

/** Fails when keyboard focus has been dropped to <body> after `action` (once the page settles). */
async function expectFocusKept(page: Page, action: string): Promise<void> {
  await expect.poll(() => focused(page), { message: `focus was lost to <body> after: ${action}` }).not.toBe('body');
}

/** Tabs to `target` and types `text` into it. */
async function typeInto(page: Page, target: Locator, text: string, limit = 40): Promise<void> {
  await tabTo(page, target, limit);
  await page.keyboard.type(text);
}

/** Types an ISO date into the focused `<input type="date">`. Chromium lays its fields out in its
 * own interface language (month / day / year here, whatever the page's language); the value is
 * checked afterwards, so another layout fails loudly instead of storing a wrong date. */
async function typeDate(page: Page, input: Locator, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  await page.keyboard.type(`${month}${day}${year}`);
  await expect(input).toHaveValue(iso);
}

/** Goes to the next step with the pager's Next link (Tab, then Enter) and checks where focus lands. */
async function nextStep(page: Page, heading: string, hash: string): Promise<void> {
  await tabTo(page, page.locator('.step-pager__next'), 80);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${hash}$`));
  await expect(page.locator('#step-title')).toHaveText(heading);
  await expect(page.locator('#step-title')).toBeFocused();
}

/** The stored plan (the only one in this profile). */
async function storedPlan(page: Page): Promise<Record<string, any>> {
  return page.evaluate((prefix) => {
    const keys = Object.keys(localStorage).filter((k) => k.startsWith(prefix));
    if (keys.length !== 1) throw new Error(`expected one stored plan, found ${keys.length}`);
    return JSON.parse(localStorage.getItem(keys[0])!).plan;
  }, PLAN_KEY);
}

/** The 15th of the month `months` from now, as YYYY-MM-DD. */
function monthsAhead(months: number): string {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() + months, 15);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-15`;
}

for (const locale of ['en-US', 'zh-CN'] as const) {
  test.describe(`keyboard only (${locale})`, () => {
    test.use({ locale });
    const w = words[locale];
    const typed = w.typed;

    test('a blank plan is written through all six steps without the mouse', async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 1280, height: 900 });

      // Welcome: an empty profile; name the blank plan and start it.
      await page.goto('./');
      await expect(page).toHaveURL(/#\/welcome$/);
      await expect(page.locator('.welcome-way')).toHaveCount(3);
      await typeInto(page, page.getByLabel(w.planName), typed.plan, 20);
      await page.keyboard.press('Tab');
      await expect(page.getByLabel(w.organisation)).toBeFocused();
      await page.keyboard.type(typed.organisation);
      await tabTo(page, page.getByRole('button', { name: w.start }), 5);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#\/strategy$/);
      await expect(page.locator('#step-title')).toHaveText(w.steps[0]);
      await expect(page.locator('#step-title')).toBeFocused();

      // Step 1 · strategy: a role (Space), why, vision, an objective (Enter adds the chip), a platform.
      const amplifier = page.getByRole('checkbox', { name: w.amplifier });
      await tabTo(page, amplifier, 30);
      await page.keyboard.press('Space');
      await expect(amplifier).toBeChecked();
      await expect(page.locator('.role-card')).toHaveCount(1);
      await expectFocusKept(page, 'choosing a strategic role');
      await typeInto(page, page.locator('.role-card').getByLabel(w.why), typed.why);
      await typeInto(page, page.getByLabel(w.vision), typed.vision);
      await typeInto(page, page.getByLabel(w.objectives, { exact: true }), typed.objective);
      await page.keyboard.press('Enter');
      await expect(page.locator('.strategy-step .chip__text')).toHaveText([typed.objective]);
      await expectFocusKept(page, 'adding an objective');
      const weibo = page.getByRole('checkbox', { name: w.weibo, exact: true });
      await tabTo(page, weibo, 20);
      await page.keyboard.press('Space');
      await expect(weibo).toBeChecked();
      await expect(page.locator('.platform-row')).toHaveCount(1);
      await expectFocusKept(page, 'adding a platform');
      await screenshot(page, `keyboard-strategy-${locale}`, { fullPage: false });
      await nextStep(page, w.steps[1], '#/personas');

      // Step 2 · personas: add one (focus lands in its name), name it, add a pain point chip.
      await tabTo(page, page.getByRole('button', { name: w.addPersona }), 20);
      await page.keyboard.press('Enter');
      const persona = page.locator('.persona-card');
      await expect(persona).toHaveCount(1);
      await expect(persona.getByLabel(w.personaName, { exact: true })).toBeFocused();
      await page.keyboard.type(typed.persona);
      await expect(persona.locator('.persona-card__name')).toHaveText(typed.persona);
      await typeInto(page, persona.getByLabel(w.pains, { exact: true }), typed.pain);
      await page.keyboard.press('Enter');
      await expect(persona.locator('.chip__text')).toHaveText([typed.pain]);
      await expectFocusKept(page, 'adding a pain point');
      await nextStep(page, w.steps[2], '#/voice');

      // Step 3 · voice: a trait ("we are" / "but not") and a word to avoid.
      await tabTo(page, page.getByRole('button', { name: w.addTrait, exact: true }), 30);
      await page.keyboard.press('Enter');
      const trait = page.locator('.voice-trait-card');
      await expect(trait).toHaveCount(1);
      await expect(trait.getByLabel(w.weAre)).toBeFocused();
      await page.keyboard.type(typed.weAre);
      await page.keyboard.press('Tab');
      await expect(trait.getByLabel(w.butNot)).toBeFocused();
      await page.keyboard.type(typed.weAreNot);
      await typeInto(page, page.getByLabel(w.avoid, { exact: true }), typed.avoid);
      await page.keyboard.press('Enter');
      await expect(page.locator('.chips--avoid .chip__text', { hasText: typed.avoid })).toHaveCount(1);
      await expectFocusKept(page, 'adding a word to avoid');

      // To step 4 through the step rail, which comes before the step: back up to it with Shift+Tab.
      const goalsLink = page.locator('.step-rail a[href="#/goals"]');
      await tabTo(page, goalsLink, 60, 'Shift+Tab');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#\/goals$/);
      await expect(page.locator('#step-title')).toHaveText(w.steps[3]);
      await expect(page.locator('#step-title')).toBeFocused();

      // Step 4 · goals: from the handbook's template, then a target and a deadline of our own.
      await tabTo(page, page.getByRole('button', { name: w.template }), 20);
      await page.keyboard.press('Enter');
      const goal = page.locator('.goal-card');
      await expect(goal).toHaveCount(1);
      // A new record is focused through its summary (the card folds on a phone).
      await expect(goal.locator('summary')).toBeFocused();
      const target = goal.getByLabel(w.target, { exact: true });
      await tabTo(page, target, 30);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('25');
      await expect(target).toHaveValue('25');
      const deadline = goal.getByLabel(w.deadline, { exact: true });
      const deadlineIso = monthsAhead(7);
      await tabTo(page, deadline, 20);
      await typeDate(page, deadline, deadlineIso);
      await expectFocusKept(page, 'setting the deadline');
      await nextStep(page, w.steps[4], '#/team');

      // Step 5 · team: the model by arrow keys in its radio group, why, and a person.
      const firstModel = page.locator('input[name="team-model"]').first();
      await tabTo(page, firstModel, 20);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      const hybrid = page.getByRole('radio', { name: new RegExp(`^${w.hybrid}`) });
      await expect(hybrid).toBeChecked();
      await expect(hybrid).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.getByLabel(w.modelWhy, { exact: true })).toBeFocused();
      await page.keyboard.type(typed.modelWhy);
      await tabTo(page, page.getByRole('button', { name: w.addPerson, exact: true }), 20);
      await page.keyboard.press('Enter');
      const person = page.locator('.team-person-card');
      await expect(person).toHaveCount(1);
      await expect(person.locator('summary')).toBeFocused();
      await expectFocusKept(page, 'adding a person');
      await typeInto(page, person.getByLabel(w.personName, { exact: true }), typed.person, 10);
      await expect(person.getByLabel(w.personName, { exact: true })).toHaveValue(typed.person);
      await nextStep(page, w.steps[5], '#/content');

      // Step 6 · content: a theme with its share, then the first calendar item in the editor dialog.
      await tabTo(page, page.getByRole('button', { name: `+ ${w.productValue}` }), 20);
      await page.keyboard.press('Enter');
      const theme = page.locator('.content-theme');
      await expect(theme).toHaveCount(1);
      await expect(theme.locator('summary')).toBeFocused();
      await typeInto(page, theme.getByLabel(w.share, { exact: true }), '100', 10);
      await expect(page.locator('.content-shares')).toHaveAttribute('data-total', '100');
      await expectFocusKept(page, 'setting a theme share');

      await tabTo(page, page.getByRole('button', { name: w.firstPost }), 60);
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: w.newItem });
      await expect(dialog).toBeVisible();
      const title = dialog.getByLabel(w.itemTitle, { exact: true });
      await tabTo(page, title, 5);
      await page.keyboard.type(typed.item);
      const themeSelect = dialog.getByLabel(w.theme, { exact: true });
      await tabTo(page, themeSelect, 20);
      await page.keyboard.press('ArrowDown');
      await expect(themeSelect.locator('option:checked')).toHaveText(w.productValue);
      await screenshot(page, `keyboard-calendar-editor-${locale}`, { fullPage: false });
      await tabTo(page, dialog.getByRole('button', { name: w.save }), 40);
      await page.keyboard.press('Enter');
      await expect(dialog).toBeHidden();
      await expect(page.locator('#calendar .calendar-chip', { hasText: typed.item })).toHaveCount(1);
      await expectFocusKept(page, 'saving the first calendar item');
      await screenshot(page, `keyboard-calendar-saved-${locale}`, { fullPage: false });

      // The handbook, by the pager as well: what was typed is in the document.
      await nextStep(page, w.steps[6], '#/handbook');
      const handbook = page.locator('.step-main');
      for (const text of [typed.why, typed.vision, typed.objective, typed.persona, typed.pain, typed.weAre, typed.person, typed.item]) {
        await expect(handbook, `the handbook shows “${text}”`).toContainText(text);
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `keyboard-handbook-${locale}`);

      // The stored plan holds every value typed above.
      await expect(page.locator('.save-status')).toHaveText(locale === 'en-US' ? 'Saved in this browser' : '已保存在本浏览器');
      await expect.poll(async () => (await storedPlan(page)).content?.calendar?.length ?? 0).toBe(1);
      const plan = await storedPlan(page);
      expect(plan.name).toBe(typed.plan);
      expect(plan.organisation).toBe(typed.organisation);
      expect(plan.strategy.roles).toEqual([expect.objectContaining({ kind: 'brand_amplifier', why: typed.why })]);
      expect(plan.strategy.vision).toBe(typed.vision);
      expect(plan.strategy.objectives).toEqual([typed.objective]);
      expect(plan.strategy.platforms).toEqual([expect.objectContaining({ kind: 'weibo' })]);
      expect(plan.personas).toEqual([expect.objectContaining({ name: typed.persona, pains: [typed.pain] })]);
      expect(plan.voice.traits).toEqual([expect.objectContaining({ we_are: typed.weAre, we_are_not: typed.weAreNot })]);
      expect(plan.voice.words_to_avoid).toContain(typed.avoid);
      expect(plan.goals).toEqual([expect.objectContaining({ target: 25, deadline: deadlineIso })]);
      expect(plan.team.model).toBe('hybrid');
      expect(plan.team.model_why).toBe(typed.modelWhy);
      expect(plan.team.people).toEqual([expect.objectContaining({ name: typed.person })]);
      expect(plan.content.themes).toEqual([expect.objectContaining({ kind: 'product_value', share: 100 })]);
      expect(plan.content.calendar).toEqual([
        expect.objectContaining({ title: typed.item, theme: plan.content.themes[0].id }),
      ]);
    });
  });
}

test.describe('keyboard focus after list-changing actions in step 6', () => {
  test.use({ locale: 'en-US' });

  test('the handbook’s five themes and a deleted calendar item leave focus on something', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('./#/content');
    await expect(page.locator('#step-title')).toBeVisible();

    // The themes' empty state: its example button goes away with the list it starts. On the way:
    // the heading's Present and Worksheet links, the coach, its check links and the guide.
    await tabTo(page, page.locator('.content-themes .empty-state').getByRole('button', { name: 'Start from an example' }), 30);
    await page.keyboard.press('Enter');
    const themes = page.locator('.content-theme');
    await expect(themes).toHaveCount(5);
    await expect(themes.first().locator('summary')).toBeFocused();

    // An item saved from the toolbar, opened again from its chip and deleted in the editor.
    await tabTo(page, page.getByRole('button', { name: '+ Add an item' }), 80);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Title', { exact: true })).toBeFocused();
    await page.keyboard.type('Item to delete');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    const chip = page.locator('#calendar .calendar-chip', { hasText: 'Item to delete' });
    await expect(chip).toHaveCount(1);
    // The toolbar button that opened the editor is still there: focus goes back to it.
    await expect(page.getByRole('button', { name: '+ Add an item' })).toBeFocused();
    await tabTo(page, chip, 40);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await tabTo(page, dialog.getByRole('button', { name: /^Delete/ }), 60);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(chip).toHaveCount(0);
    // The chip that opened the editor is gone: focus goes to the toolbar's add button.
    await expect(page.getByRole('button', { name: '+ Add an item' })).toBeFocused();
    await expectFocusKept(page, 'deleting a calendar item in its editor');
  });
});
