// Step 2 · audience personas: a new user fills a persona from empty to complete by keyboard
// alone, in both languages; it survives reload. Then the worked example, duplicate, reorder,
// delete with undo, and the compare view, with an axe scan and screenshots at 360 and 1280 px.
import { test, expect, openApp, expectNoAxeViolations, screenshot, tabTo } from './fixtures';
import type { Page, Locator } from '@playwright/test';

const words = {
  'en-US': {
    add: 'Add a persona', example: 'Start from an example', addExample: 'Add an example persona',
    name: 'Name', from: 'From', to: 'To', gender: 'Gender', location: 'Location',
    occupation: 'Occupation', income: 'Income level', interests: 'Interests',
    info: 'How and when they get information', social: 'Do they post, comment, share or just read? When?',
    pains: 'Needs and pain points', communities: 'Communities and places', topics: 'Topics',
    motivators: 'What moves them', quote: 'A line they might say', sources: 'Sources',
    complete: '9 of 9 · complete', compare: 'Compare personas', undo: 'Undo', deleted: 'Persona deleted: ',
    noPlatforms: 'Choose platforms in step 1', secondary: 'Secondary', primary: 'Primary',
    showFields: 'Show fields', duplicate: 'Duplicate persona: ', moveUp: 'Move up: ', del: 'Delete persona: ',
    first: 'Mia Chen', second: 'Sam Okafor', copy: 'Mia Chen (copy)', whyStart: 'Every post is written for someone',
    persona: {
      name: 'Weekend hiker Jo', from: '30', to: '45', gender: 'Mixed', location: 'Peak District towns',
      occupation: 'Teachers and nurses', income: '£35k–£50k a year', interests: 'Hill walking',
      info: 'Reads route blogs on Sunday evening', social: 'Posts summit photos but rarely comments',
      pains: 'Cafés near trailheads close early', communities: 'Local walking club', topics: 'Route tips',
      motivators: 'A warm welcome for muddy boots', quote: 'Somewhere to dry off and refuel is all I ask.',
      sources: '12 interviews at trailhead car parks',
    },
  },
  'zh-CN': {
    add: '添加画像', example: '从示例开始', addExample: '添加示例画像',
    name: '名称', from: '最小', to: '最大', gender: '性别', location: '地域',
    occupation: '职业', income: '收入水平', interests: '兴趣',
    info: '通过什么渠道、在什么时间获取信息', social: '发帖、评论、转发还是只看不说？什么时间？',
    pains: '需求与痛点', communities: '社群与场所', topics: '话题',
    motivators: '打动他们的因素', quote: '一句他们会说的话', sources: '来源',
    complete: '已填 9/9 项 · 已全部填写', compare: '对比画像', undo: '撤销', deleted: '已删除画像：',
    noPlatforms: '去第 1 步选择平台', secondary: '次要受众', primary: '主要受众',
    showFields: '展开填写', duplicate: '复制画像：', moveUp: '上移：', del: '删除画像：',
    first: '林小雨', second: '王一鸣', copy: '林小雨（副本）', whyStart: '每条内容都有它的读者',
    persona: {
      name: '周末徒步的陈老师', from: '30', to: '45', gender: '男女各半', location: '杭州及周边',
      occupation: '中小学教师', income: '月收入 8000 至 1.5 万元', interests: '城郊徒步',
      info: '周日晚上看公众号路线攻略', social: '爱发登顶照但很少评论',
      pains: '山脚下的咖啡馆关门太早', communities: '单位的徒步群', topics: '路线推荐',
      motivators: '欢迎满身泥的登山客', quote: '下山后有个地方歇脚、喝杯热的就够了。',
      sources: '在登山口停车场访谈了 12 位徒步者',
    },
  },
} as const;

async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

async function addChip(page: Page, target: Locator, text: string) {
  await typeInto(page, target, text);
  await page.keyboard.press('Enter');
}

async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
}

for (const locale of ['en-US', 'zh-CN'] as const) {
  test.describe(`personas in ${locale}`, () => {
    test.use({ locale });
    const w = words[locale];
    const p = w.persona;

    test('a new user fills a persona by keyboard alone and it survives reload', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openApp(page, '#/personas');
      await expect(page.locator('.personas-step .empty-state')).toContainText(w.whyStart);
      await expectNoAxeViolations(page, `personas empty (${locale})`);
      await shot(page, `personas-empty-desktop-${locale}`);

      await tabTo(page, page.getByRole('button', { name: w.add }));
      await page.keyboard.press('Enter');
      const card = page.locator('.persona-card');
      await expect(card).toHaveCount(1);
      // The new persona's name field has focus: start typing.
      await expect(card.getByLabel(w.name, { exact: true })).toBeFocused();
      await page.keyboard.type(p.name);
      await expect(card.locator('.persona-card__name')).toHaveText(p.name);

      // Priority by keyboard: Secondary, then back to Primary.
      await tabTo(page, card.getByRole('button', { name: w.secondary, exact: true }));
      await page.keyboard.press('Space');
      await expect(card.getByRole('button', { name: w.secondary, exact: true })).toHaveAttribute('aria-pressed', 'true');
      await tabTo(page, card.getByRole('button', { name: w.primary, exact: true }));
      await page.keyboard.press('Enter');
      await expect(card.getByRole('button', { name: w.primary, exact: true })).toHaveAttribute('aria-pressed', 'true');

      await typeInto(page, card.getByLabel(w.from, { exact: true }), p.from);
      await typeInto(page, card.getByLabel(w.to, { exact: true }), p.to);
      await typeInto(page, card.getByLabel(w.gender, { exact: true }), p.gender);
      await typeInto(page, card.getByLabel(w.location, { exact: true }), p.location);
      await typeInto(page, card.getByLabel(w.occupation, { exact: true }), p.occupation);
      await typeInto(page, card.getByLabel(w.income, { exact: true }), p.income);
      await addChip(page, card.getByLabel(w.interests, { exact: true }), p.interests);
      await addChip(page, card.getByLabel(w.info, { exact: true }), p.info);
      await addChip(page, card.getByLabel(w.social, { exact: true }), p.social);
      await addChip(page, card.getByLabel(w.pains, { exact: true }), p.pains);
      // The plan has no platforms yet: the card says so and links to step 1.
      await expect(card.getByRole('link', { name: w.noPlatforms })).toHaveAttribute('href', '#/strategy');
      await addChip(page, card.getByLabel(w.communities, { exact: true }), p.communities);
      await addChip(page, card.getByLabel(w.topics, { exact: true }), p.topics);
      await expect(card.locator('.persona-meter__text')).not.toHaveText(w.complete);
      await addChip(page, card.getByLabel(w.motivators, { exact: true }), p.motivators);
      await typeInto(page, card.getByLabel(w.quote, { exact: true }), p.quote);
      await typeInto(page, card.getByLabel(w.sources, { exact: true }), p.sources);

      await expect(card.locator('.chip')).toHaveCount(7);
      await expect(card.locator('.persona-meter__text')).toHaveText(w.complete);
      await expect(card.locator('meter')).toHaveJSProperty('value', 9);
      await expect(page.locator('.save-status')).toHaveText(locale === 'en-US' ? 'Saved in this browser' : '已保存在本浏览器');
      await expectNoAxeViolations(page, `personas filled (${locale})`);
      await shot(page, `personas-filled-desktop-${locale}`);
      await page.setViewportSize({ width: 360, height: 800 });
      await expectNoSidewaysScroll(page);
      await shot(page, `personas-filled-phone-${locale}`);

      await page.reload();
      await expect(page.locator('#step-title')).toBeVisible();
      const again = page.locator('.persona-card');
      await expect(again).toHaveCount(1);
      await expect(again.locator('.persona-card__name')).toHaveText(p.name);
      await expect(again.locator('.persona-meter__text')).toHaveText(w.complete);
      // A complete persona opens folded; its fields come back with the keyboard.
      await expect(again.getByRole('button', { name: `${w.showFields}${locale === 'en-US' ? ': ' : '：'}${p.name}` }))
        .toHaveAttribute('aria-expanded', 'false');
      const toggle = again.locator('.persona-card__toggle');
      await tabTo(page, toggle);
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(again.getByLabel(w.from, { exact: true })).toHaveValue(p.from);
      await expect(again.getByLabel(w.income, { exact: true })).toHaveValue(p.income);
      await expect(again.locator('.chip__text')).toHaveText([
        p.interests, p.info, p.social, p.pains, p.communities, p.topics, p.motivators,
      ]);
      await expect(again.getByLabel(w.quote, { exact: true })).toHaveValue(p.quote);
    });

    test('example, duplicate, reorder, delete with undo, and compare', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openApp(page, '#/personas');
      await tabTo(page, page.getByRole('button', { name: w.example }));
      await page.keyboard.press('Enter');
      const names = page.locator('.persona-card__name');
      await expect(names).toHaveText([w.first]);
      await expect(page.locator('.persona-meter__text')).toHaveText(w.complete);
      // Focus is now in the new card; the toolbar is reached again with focus().
      await page.getByRole('button', { name: w.addExample }).focus();
      await page.keyboard.press('Enter');
      await expect(names).toHaveText([w.first, w.second]);

      await page.getByRole('button', { name: `${w.duplicate}${w.first}` }).focus();
      await page.keyboard.press('Enter');
      await expect(names).toHaveText([w.first, w.copy, w.second]);

      // Move the second example to the top: focus stays on the button, so Enter twice.
      const up = page.getByRole('button', { name: `${w.moveUp}${w.second}` });
      await up.focus();
      await page.keyboard.press('Enter');
      await expect(names).toHaveText([w.first, w.second, w.copy]);
      await expect(up).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(names).toHaveText([w.second, w.first, w.copy]);
      await expect(up).toHaveAttribute('aria-disabled', 'true');

      // Delete the copy, then undo: it comes back in its place.
      await page.getByRole('button', { name: `${w.del}${w.copy}` }).focus();
      await page.keyboard.press('Enter');
      await expect(names).toHaveText([w.second, w.first]);
      await expect(page.locator('.toast__text')).toHaveText(`${w.deleted}${w.copy}`);
      // The deleted card was the last: focus moved to the one before it.
      await expect(page.locator('.persona-card').nth(1)).toBeFocused();
      await page.getByRole('button', { name: w.undo, exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect(names).toHaveText([w.second, w.first, w.copy]);

      // Compare: a column per persona; unticking one leaves two.
      await page.getByRole('button', { name: w.compare }).focus();
      await page.keyboard.press('Enter');
      const table = page.locator('.persona-compare__table');
      await expect(table.locator('thead th')).toHaveCount(4);
      await expect(table.locator('tbody th[scope=row]')).toHaveCount(16);
      await page.locator('.persona-compare__choices').getByRole('checkbox', { name: w.copy }).focus();
      await page.keyboard.press('Space');
      await expect(table.locator('thead th')).toHaveCount(3);
      await expectNoAxeViolations(page, `personas compare (${locale})`);
      await shot(page, `personas-compare-desktop-${locale}`);

      await page.setViewportSize({ width: 360, height: 800 });
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page, `personas compare at 360 px (${locale})`);
      await shot(page, `personas-compare-phone-${locale}`);
      // The table scrolls inside its own box, not the page.
      const box = page.locator('.persona-compare__scroll');
      expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);

      await page.getByRole('button', { name: w.compare }).click();
      await expectNoSidewaysScroll(page);
      await shot(page, `personas-cards-phone-${locale}`);

      await page.reload();
      await expect(page.locator('.persona-card__name')).toHaveText([w.second, w.first, w.copy]);
    });
  });
}
