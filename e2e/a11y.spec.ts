/**
 * The automated accessibility check: axe-core runs on every panel and state of the lab (the
 * default page; the editor with a gate selected and its inspector open; the timeline with a
 * parameter chosen and an occurrence focused; each Gradients tab; the hidden-register view;
 * the Training panel paused mid-run; the Share dialog; the Export menu; Saved experiments;
 * the Explain panel; the method comparison with a result; a lesson with a revealed answer;
 * the Lessons menu; an unknown lesson; the shortcut overlay) in the light and the dark theme,
 * and fails on any violation of impact "serious" or "critical", printing each one's id,
 * targets and help URL. No rule is disabled or scoped out. In each theme a keyboard walk
 * also tabs through the whole page, a lesson open, and checks every stop shows a focus ring.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openLab } from './fixtures';
import { presetJson, readableLink } from './shareFixtures';

/** Runs axe on the page as it is and asserts no serious or critical violation. */
async function audit(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.helpUrl})\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`).join('\n');
  expect(bad, `axe on ${state}:\n${report}`).toEqual([]);
}

/** The states to audit: how to reach each from the freshly opened lab. */
const STATES: Record<string, (page: Page) => Promise<void>> = {
  'the default page': async () => {},
  'the editor with a gate selected (inspector open)': async (page) => {
    await page.getByTestId('cell-diagram').getByRole('img', { name: 'CRY(c) from h0 to h1' }).click();
    await expect(page.getByRole('button', { name: /^Delete/ })).toBeVisible();
  },
  'the timeline with a parameter chosen and an occurrence focused': async (page) => {
    await page.getByRole('combobox', { name: 'Parameter' }).selectOption('c');
    await page.locator('.tl-occurrence[tabindex="0"]').focus();
    await expect(page.getByTestId('timeline-readout')).toHaveText(/step 0: contribution/);
  },
  'the Heat map tab': async (page) => {
    await page.getByRole('tab', { name: 'Heat map' }).click();
    await expect(page.getByTestId('heatmap')).toBeVisible();
  },
  'the Memory tab': async (page) => {
    await page.getByRole('tab', { name: 'Memory' }).click();
    await expect(page.getByRole('tab', { name: 'Memory' })).toHaveAttribute('aria-selected', 'true');
  },
  'the hidden-register view opened': async (page) => {
    await page.getByRole('button', { name: 'Show Bloch balls' }).click();
    await expect(page.getByRole('slider', { name: 'Step' })).toBeVisible({ timeout: 20_000 });
  },
  'the Training panel paused mid-run': async (page) => {
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page.getByTestId('training-epoch')).toHaveText('1', { timeout: 20_000 });
    await expect(page.getByTestId('training-status')).toHaveText('Paused');
  },
  'the Share dialog': async (page) => {
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('dialog', { name: /Share/ })).toBeVisible();
  },
  'the Export menu': async (page) => {
    await page.getByRole('button', { name: 'Export' }).click();
    await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible();
  },
  'the Saved experiments dialog': async (page) => {
    await page.getByRole('button', { name: 'Saved experiments' }).click();
    await expect(page.getByRole('dialog', { name: 'Saved experiments' })).toBeVisible();
  },
  'the Explain panel': async (page) => {
    await page.getByRole('button', { name: 'Explain this occurrence' }).first().click();
    await expect(page.getByTestId('explain-panel')).toBeVisible();
    await expect(page.getByTestId('explain-panel').getByText('Running the shifted executions in the worker…')).toHaveCount(0, { timeout: 20_000 });
  },
  'the method comparison with a result': async (page) => {
    await page.getByRole('button', { name: 'Compare methods' }).click();
    const panel = page.getByTestId('compare-panel');
    await panel.getByRole('textbox', { name: 'Shots per expectation' }).fill('1000');
    await panel.getByRole('spinbutton', { name: 'Repeats' }).fill('4');
    await panel.getByRole('button', { name: 'Run comparison' }).click();
    await expect(panel.getByTestId('compare-table')).toBeVisible({ timeout: 30_000 });
  },
  'a lesson with a revealed answer': async (page) => {
    await page.getByRole('button', { name: 'Lessons' }).click();
    await page.getByRole('menuitem', { name: /^The same gate at every step/ }).click();
    const panel = page.getByTestId('lesson-panel');
    await expect(panel.getByRole('heading', { name: 'One parameter, many gates' })).toBeFocused();
    await panel.getByRole('radio', { name: 'Four' }).check();
    await panel.getByRole('button', { name: 'Reveal' }).click();
    await expect(panel.getByTestId('lesson-answer')).toContainText('4 occurrences', { timeout: 20_000 });
  },
  'the Lessons menu': async (page) => {
    await page.getByRole('button', { name: 'Lessons' }).click();
    await expect(page.getByRole('menu', { name: 'Lessons' })).toBeVisible();
  },
  'the Studies view with a finished study': async (page) => {
    await page.getByRole('button', { name: 'Studies' }).click();
    const view = page.getByRole('dialog', { name: 'Studies' });
    await view.getByRole('button', { name: 'Start a study from this experiment' }).click();
    await view.getByRole('button', { name: 'Run study' }).click();
    await expect(view.getByTestId('study-status')).toHaveText(/^Done: 3 runs/, { timeout: 60_000 });
    await expect(view.getByTestId('study-table')).toBeVisible();
  },
  'the shortcut overlay': async (page) => {
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  },
};

/** The page's background in each theme (`--bg`), to be sure the theme under audit is the one applied. */
const BACKGROUND = { light: 'rgb(244, 245, 247)', dark: 'rgb(15, 18, 22)' } as const;

/** What a focused element shows: its outline, or for an SVG occurrence the stroke of its focus ring. */
async function focusRing(page: Page): Promise<{ name: string; ring: boolean; again: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | SVGElement | null;
    if (!el || el === document.body) return { name: 'body', ring: false, again: false };
    const again = el.dataset.tabVisited === 'yes';
    el.dataset.tabVisited = 'yes';
    const outline = getComputedStyle(el);
    const ringChild = el.querySelector('.tl-hit, .gate-focus');
    const stroke = ringChild ? getComputedStyle(ringChild).stroke : 'none';
    const outlined = outline.outlineStyle !== 'none' && parseFloat(outline.outlineWidth) >= 2;
    const label = el.getAttribute('aria-label') ?? (el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : el.textContent);
    const name = `${el.tagName.toLowerCase()} ${label?.trim().slice(0, 40) ?? ''}`;
    return { name, again, ring: outlined || (stroke !== 'none' && stroke !== 'rgba(0, 0, 0, 0)' && stroke !== 'transparent') };
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const [state, reach] of Object.entries(STATES)) {
      test(`${state}: no serious or critical violation`, async ({ page }) => {
        await openLab(page);
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(BACKGROUND[colorScheme]);
        await reach(page);
        await audit(page, `${state} (${colorScheme})`);
      });
    }

    test('every control is reached by Tab, in order, with a visible focus ring (a lesson open)', async ({ page }) => {
      await page.goto(readableLink(presetJson('shared-gate.json'), '&lesson=same-gate'));
      await expect(page.getByTestId('output-point').first()).toBeVisible({ timeout: 20_000 });
      await page.getByRole('combobox', { name: 'Parameter' }).selectOption('theta');
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const reached: string[] = [];
      for (let i = 0; i < 150; i++) {
        await page.keyboard.press('Tab');
        const { name, ring, again } = await focusRing(page);
        if (name === 'body') continue;
        if (again) break;
        reached.push(name);
        expect(ring, `focus ring on ${name}`).toBe(true);
      }
      expect(reached.length, reached.join('\n')).toBeGreaterThan(50);
      for (const name of ['button Lessons', 'button Keyboard shortcuts', 'div Cell editor', 'button Play', 'button Next', 'button Load shared-gate.json']) {
        expect(reached, name).toContain(name);
      }
      expect(reached.some((n) => /^g RY\(theta\) on h0, step 0: contribution/.test(n))).toBe(true);
    });

    test('an unknown lesson named by a link: no serious or critical violation', async ({ page }) => {
      await page.goto(readableLink(presetJson('sine.json'), '&lesson=no-such-lesson'));
      await expect(page.getByRole('heading', { name: 'No such lesson' })).toBeVisible({ timeout: 20_000 });
      await audit(page, `an unknown lesson (${colorScheme})`);
    });
  });
}
