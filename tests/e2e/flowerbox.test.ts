import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, expectNoAxeViolations, launchBrowserForFile, openApp } from './support/browser';
import { chooseMunicipality, indicator, openPart, startRound, storedAnswers } from './support/rounds';

const browser = launchBrowserForFile();

/** Ale, a 2026 round on the 2016 questionnaire, with four kinds of answer in the children's flower. */
async function filledRound(page: Page): Promise<string> {
  await chooseMunicipality(page, 'Ale');
  const roundId = await startRound(page, { year: 2026 });
  await openPart(page, roundId, 'barn-elever');
  const answers = [
    'Uppfyller helt',
    'Uppfyller delvis',
    'Uppfyller inte alls',
    'Ej aktuellt',
    'Uppfyller delvis',
  ];
  for (const [i, name] of answers.entries()) {
    await indicator(page, i + 1)
      .getByRole('radio', { name })
      .check();
    await expect
      .poll(() =>
        indicator(page, i + 1)
          .getByRole('radio', { name })
          .isChecked(),
      )
      .toBe(true);
  }
  await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Sparat/);
  // The box draws the agreed answers, which follow the answer page within moments.
  await expect
    .poll(async () => Object.keys(await storedAnswers(page, roundId, 'barn-elever')).length)
    .toBe(answers.length);
  return roundId;
}

/** How far each mark of a part reaches from the flower's centre, by state, read from the drawn SVG. */
function petalReach(page: Page, part: string) {
  return page.evaluate((part) => {
    const flower = document.querySelector(`.flowerbox__picture [data-part="${part}"]`)!;
    return [...flower.querySelectorAll<SVGGElement>('[data-indicator]')].map((g) => {
      const fill = g.querySelector<SVGPathElement>('path.flowerbox__mark');
      let reach = 0;
      if (fill) {
        const length = fill.getTotalLength();
        for (let at = 0; at <= length; at += length / 200) {
          const p = fill.getPointAtLength(at);
          reach = Math.max(reach, Math.hypot(p.x, p.y));
        }
      }
      return {
        state: g.dataset.state,
        score: g.dataset.score,
        reach,
        zeroMark: !!g.querySelector('[data-sign="zero"]'),
        dashed: !!g.querySelector('[data-sign="open"]'),
        dotted: !!g.querySelector('[data-sign="na"]'),
      };
    });
  }, part);
}

describe('the flower box in Chromium', () => {
  it('draws one petal per indicator, longer for a higher score, and the four states apart', async () => {
    const app = await openApp(browser(), '/');
    const { page } = app;
    const roundId = await filledRound(page);
    await page.goto(`${baseURL()}#/blomlada/${roundId}`);
    await page.getByRole('img', { name: 'Blomlåda för Ale 2026' }).waitFor();

    const marks = await petalReach(page, 'barn-elever');
    expect(marks).toHaveLength(8);
    const [full, partly, none, na, partly2, ...unanswered] = marks;
    expect(full!.reach).toBeGreaterThan(partly!.reach);
    expect(partly!.reach).toBeCloseTo(partly2!.reach, 1);
    expect(full!.reach).toBeCloseTo(90, 0);
    expect(none).toMatchObject({ state: 'scored', score: '0', reach: 0, zeroMark: true, dashed: false });
    expect(na).toMatchObject({
      state: 'not-applicable',
      reach: 0,
      dotted: true,
      dashed: false,
      zeroMark: false,
    });
    expect(unanswered).toHaveLength(3);
    for (const mark of unanswered)
      expect(mark).toMatchObject({ state: 'unanswered', reach: 0, dashed: true });
    // Area, not radius, is proportional to score: (r² − 18²) halves from "helt" to "delvis".
    expect((partly!.reach ** 2 - 18 ** 2) / (full!.reach ** 2 - 18 ** 2)).toBeCloseTo(0.5, 1);

    expect(await page.locator('.flowerbox__picture [data-part] [data-indicator]').count()).toBe(65);
    await expectNoAxeViolations(page);
    app.expectNoProblems();
    await app.context.close();
  });

  it('opens a part from its petal with the keyboard alone, and shows the answer on focus', async () => {
    const app = await openApp(browser(), '/');
    const { page } = app;
    const roundId = await filledRound(page);
    await page.goto(`${baseURL()}#/blomlada/${roundId}`);
    const petal = page.getByRole('link', { name: /^Barn och elever, indikator 2 av 8:/ });
    await page.getByRole('link', { name: /^Barn och elever: poäng 0,5 av 1\./ }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await petal.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('.flowerbox__info').textContent()).toMatch(
      /^Indikator 2 i Barn och elever: .* Svar: Uppfyller delvis \(nivå 2 av 3, poäng 0,5\)$/,
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`#/omgangar/${roundId}/barn-elever$`));
    await page.getByRole('heading', { level: 1, name: 'Barn och elever' }).waitFor();
    app.expectNoProblems();
    await app.context.close();
  });

  it('exports a slide as PNG 16:9, PNG A4 and SVG, with heading, legend, rule and date', async () => {
    const app = await openApp(browser(), '/');
    const { page } = app;
    const roundId = await filledRound(page);
    await page.goto(`${baseURL()}#/blomlada/${roundId}`);

    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Bild att redigera (SVG)' }).click(),
    ]);
    expect(svgDownload.suggestedFilename()).toBe('eblomladan-ale-2026-eblomladan-2016-utkast.svg');
    const svg = await readFile((await svgDownload.path())!, 'utf8');
    expect(svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    expect(svg).toContain('<title>Ale · 2026 · eBlomlådan 2016 · Utkast</title>');
    expect(svg).toContain('viewBox="0 0 1920 1080"');
    expect(svg.match(/data-indicator=/g)).toHaveLength(65);
    expect(svg).not.toContain('<a ');
    // What the slide says without the app: who, what, the legend, the rule and when.
    for (const text of [
      'Ale · Blomlådan 2026',
      'Formulär eBlomlådan 2016 (version 2016) · Utkast',
      'Så läser du bilden',
      'Uppfyller helt (1)',
      'Inte besvarad:',
      'Poängregel:',
      `Exporterad ${await page.evaluate(() =>
        new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long' }).format(new Date()),
      )} från eBlomlådan`,
    ])
      expect(svg).toContain(text);
    await page.getByText('Filen eblomladan-ale-2026-eblomladan-2016-utkast.svg är skapad.').waitFor();

    const pngSize = async (button: string, file: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(file);
      const png = await readFile((await download.path())!);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    expect(
      await pngSize(
        'Bild för presentation (PNG, 1920 × 1080)',
        'eblomladan-ale-2026-eblomladan-2016-utkast-16x9.png',
      ),
    ).toEqual([1920, 1080]);
    expect(
      await pngSize(
        'Bild för utskrift (PNG, A4 liggande)',
        'eblomladan-ale-2026-eblomladan-2016-utkast-a4.png',
      ),
    ).toEqual([3508, 2480]);

    // The exported picture renders in the browser as an image, and nothing on it leaves the slide.
    const rendered = await page.evaluate(async (text) => {
      const image = new Image();
      image.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
      await image.decode();
      const host = document.createElement('div');
      host.style.cssText = 'position:absolute;left:0;top:0;width:1920px;height:1080px';
      host.innerHTML = text.replace(/^<\?xml[^>]*>/, '');
      document.body.append(host);
      const slide = host.querySelector('svg')!.getBoundingClientRect();
      const outside = [...host.querySelectorAll('text')]
        .filter((t) => {
          const r = t.getBoundingClientRect();
          return r.left < slide.left - 0.5 || r.right > slide.right + 0.5 || r.bottom > slide.bottom + 0.5;
        })
        .map((t) => t.textContent);
      host.remove();
      return { width: image.naturalWidth, outside };
    }, svg);
    expect(rendered).toEqual({ width: 1920, outside: [] });

    // In English, the slide is in English.
    await page.getByRole('button', { name: 'In English' }).click();
    await page.getByRole('button', { name: 'Picture to edit (SVG)' }).waitFor();
    const [english] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Picture to edit (SVG)' }).click(),
    ]);
    const text = await readFile((await english.path())!, 'utf8');
    expect(text).toContain('How to read the picture');
    expect(text).toContain('Scoring rule:');
    app.expectNoProblems();
    await app.context.close();
  });

  it('shows progress on the picture in the round overview and fits a 320 px phone', async () => {
    const app = await openApp(browser(), '/', { viewport: { width: 320, height: 800 } });
    const { page } = app;
    const roundId = await filledRound(page);
    await page.goto(`${baseURL()}#/omgangar/${roundId}`);
    await page.getByRole('img', { name: 'Blomlåda för Ale 2026' }).waitFor();
    // The picture draws the agreed answers, which follow the answer page within moments.
    await expect
      .poll(() => page.locator('.flowerbox__picture [data-state="unanswered"]').count())
      .toBe(65 - 5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // Every label in the picture stays inside it and readable on a phone.
    const labels = await page.evaluate(() => {
      const svg = document.querySelector('.flowerbox__picture')!;
      const box = svg.getBoundingClientRect();
      const scale = box.width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')].map((t) => {
        const r = t.getBoundingClientRect();
        return {
          text: t.textContent,
          inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5,
          px: Number(t.getAttribute('font-size')) * scale,
        };
      });
    });
    expect(labels.length).toBeGreaterThan(12);
    for (const label of labels)
      expect(label).toMatchObject({ inside: true, px: expect.toSatisfy((px: number) => px >= 11.9) });
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Visa blomlådan, tabellen och export' }).click();
    await page.getByRole('table', { name: 'Poäng och underlag per del' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
    app.expectNoProblems();
    await app.context.close();
  });
});
