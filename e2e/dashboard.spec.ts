import { expect, test } from './fixtures';

test.describe('the dashboard on its default dataset', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      "North Korean troops, losses and arms in Russia's war on Ukraine, 2024-2025",
    );
    // Taken over: the baked marks answer a pointer once the app has the page.
    await expect(page.getByRole('button', { name: 'Datasets' })).toBeEnabled();
  });

  test('shows every view as a chart at once, without console errors', async ({
    page,
    consoleErrors,
  }) => {
    const figures = page.getByRole('figure');
    await expect(figures).toHaveCount(4);
    for (const name of [
      'Casualties (killed and wounded) by claimant',
      'Casualties (killed and wounded) over time, by claimant',
      'Forces deployed',
      'Equipment, counted in systems',
    ]) {
      await expect(page.getByRole('figure', { name })).toBeVisible();
    }
    expect(consoleErrors).toEqual([]);
  });

  test("shows the article's figures with their claimants", async ({ page }) => {
    const casualties = page.getByRole('figure', {
      name: 'Casualties (killed and wounded) by claimant',
    });
    // Latest figures per claimant: Zelensky's 4,000 and US intelligence's 1,200 are their latest.
    await expect(
      casualties.getByRole('button', { name: /^Zelensky, as of 9 Jan 2025: about 4,000/ }),
    ).toBeVisible();
    await expect(
      casualties.getByRole('button', { name: /^US intelligence, as of Jan 2025: about 1,200/ }),
    ).toBeVisible();

    // NIS's 300 killed and 2,700 wounded: a derived total of 3,000 on the line over time.
    const overTime = page.getByRole('figure', { name: /over time/ });
    await expect(
      overTime.getByRole('button', {
        name: /^South Korea NIS, as of 13 Jan 2025: about 3,000 .*derived from about 300 killed and about 2,700 wounded/,
      }),
    ).toBeVisible();
    await expect(overTime.locator('svg')).toShowText(
      'about 300 killed + about 2,700 wounded = about 3,000',
    );

    const forces = page.getByRole('figure', { name: 'Forces deployed' });
    await expect(
      forces.getByRole('button', {
        name: /^US, S\. Korean, Ukrainian intel, as of Oct 2024: about 10,000–12,000 troops sent/,
      }),
    ).toBeVisible();

    const equipment = page.getByRole('figure', { name: 'Equipment, counted in systems' });
    await expect(
      equipment.getByRole('button', {
        name: /^Ukraine HUR \(Budanov\), counting Oct 2024 – Jan 2025: about 120 M1989 Koksan/,
      }),
    ).toBeVisible();
    await expect(
      equipment.getByRole('button', {
        name: /^Ukraine HUR \(Budanov\), counting Oct 2024 – Jan 2025: about 120 M-1991 240 mm/,
      }),
    ).toBeVisible();
  });

  test("each chart's SVG carries its title, notes, every source and the dataset stamp", async ({
    page,
  }) => {
    const casualties = page
      .getByRole('figure', { name: 'Casualties (killed and wounded) by claimant' })
      .locator('svg')
      .first();
    await expect(casualties).toShowText('Casualties (killed and wounded) by claimant');
    await expect(casualties).toShowText('at least 5.0x apart');
    await expect(casualties).toShowText('Sources:');
    for (const source of [
      'UK Defence Intelligence → MENAFN, citing Bloomberg, 16 Jun 2025',
      'Zelensky → Ukrainska Pravda, citing Interfax-Ukraine, 9 Jan 2025; Newsweek, 24 Jan 2025',
      'US intelligence → Newsweek, 24 Jan 2025',
      'White House NSC (Kirby) → The Korea Herald, 18 Dec 2024; The Kyiv Independent, Dec 2024',
    ]) {
      await expect(casualties).toShowText(source);
    }
    for (const figure of await page.getByRole('figure').all()) {
      const svg = figure.locator('svg').first();
      await expect(svg).toShowText('Sources:');
      await expect(svg).toShowText('dataset updated 5 Dec 2026');
      await expect(svg).not.toShowText(/and \d+ others/);
    }
  });

  test('a mark opens the claim in full, with linked outlets, from the mouse and the keyboard', async ({
    page,
  }) => {
    const casualties = page.getByRole('figure', {
      name: 'Casualties (killed and wounded) by claimant',
    });
    const nis = casualties.getByRole('button', { name: /^South Korea NIS, as of 30 Apr 2025/ });
    await nis.hover();
    const card = page.getByRole('dialog', {
      name: 'Details: National Intelligence Service (South Korea)',
    });
    await expect(card).toBeVisible();
    await expect(card).toContainText('about 4,700 people');
    await expect(card).toContainText('about 600 killed + about 4,100 wounded = about 4,700');
    await expect(card.getByRole('link', { name: 'Upday, 30 Apr 2025' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );

    await page.mouse.move(0, 0);
    await expect(card).toBeHidden();

    const zelensky = casualties.getByRole('button', { name: /^Zelensky, as of 9 Jan 2025/ });
    await zelensky.focus();
    await page.keyboard.press('Enter');
    const zelenskyCard = page.getByRole('dialog', {
      name: 'Details: Volodymyr Zelensky, President of Ukraine',
    });
    await expect(zelenskyCard).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(zelenskyCard.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(zelenskyCard).toBeHidden();
    await expect(zelensky).toBeFocused();

    // Tabbing past the card's last link closes it and puts the reader back on the mark.
    await page.keyboard.press('Enter');
    await expect(zelenskyCard).toBeFocused();
    const links = await zelenskyCard.getByRole('link').count();
    for (let i = 0; i <= links; i++) await page.keyboard.press('Tab');
    await expect(zelenskyCard).toBeHidden();
    await expect(zelensky).toBeFocused();

    // One Tab stop per chart: arrow keys move between its marks, Home and End to its ends.
    const hur = casualties.getByRole('button', {
      name: /^Ukraine HUR \(Budanov\), as of Feb 2025/,
    });
    await page.keyboard.press('ArrowDown');
    await expect(hur).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(zelensky).toBeFocused();
    // A card pinned by a click gives way to the card of the mark the keys move to.
    await zelensky.click();
    await page.mouse.move(0, 0);
    await expect(zelenskyCard).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(hur).toBeFocused();
    await expect(
      page.getByRole('dialog', {
        name: 'Details: Defence Intelligence of Ukraine (HUR), led by Kyrylo Budanov',
      }),
    ).toBeVisible();
    await expect(zelenskyCard).toBeHidden();
    await page.keyboard.press('ArrowUp');
    await expect(zelensky).toBeFocused();
    await page.keyboard.press('Home');
    await expect(
      casualties.getByRole('button', { name: /^UK Defence Intelligence/ }),
    ).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(zelensky).toBeFocused();
    await expect(casualties.locator('.mark-hit-area[tabindex="0"]')).toHaveCount(1);
    // Tab leaves the chart, past the card focus opened (to the link under the chart that redraws
    // it as of one time), and Shift+Tab comes back to the same mark.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: /^Compare them as of the end of/ })).toBeFocused();
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.keyboard.press('Shift+Tab');
    await expect(zelensky).toBeFocused();
  });

  test("from one panel's Export button the next panel's is a few Tab presses away", async ({
    page,
  }) => {
    const exports = page.getByRole('button', { name: /^Export chart: / });
    await expect(exports).toHaveCount(4);
    await exports.first().focus();
    for (let panel = 1; panel < 4; panel++) {
      let presses = 0;
      const next = exports.nth(panel);
      while (presses < 5 && !(await next.evaluate((el) => el === document.activeElement))) {
        await page.keyboard.press('Tab');
        presses++;
      }
      await expect(next, `panel ${panel + 1}, after ${presses} presses`).toBeFocused();
    }
  });
});
