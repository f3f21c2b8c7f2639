/**
 * Reference pictures (docs/pictures.md): a screenshot of one element compared with a committed
 * PNG in tests/e2e/pictures/, within a small tolerance, or written there when the run updates
 * them (`npm run pictures`, which sets UPDATE_PICTURES=1).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Locator } from 'playwright-core';
import { WAIT_MS } from './timeouts';

/** Set by `npm run pictures`: write the references instead of comparing with them. */
export const UPDATE_PICTURES = process.env.UPDATE_PICTURES === '1';

const ROOT = join(import.meta.dirname, '../../..');
export const PICTURES_DIR = join(ROOT, 'tests/e2e/pictures');

/**
 * How far apart two colours of one pixel may be (pixelmatch's YIQ distance, 0..1) and still
 * match. Pixelmatch's usual 0.1 let a real change through: the top score's yellow #fde725 made
 * #fdd025 passed every picture; at 0.05 it fails them. Edges that only anti-aliasing moved are
 * told apart by pixelmatch itself and never count.
 */
const THRESHOLD = 0.05;
/** The share of a picture's pixels that may differ beyond THRESHOLD: 0.2 %. */
export const MAX_DIFFERING = 0.002;

let failureDir: string | undefined;
/** Where a failed comparison leaves its pictures: one temporary folder per run, never the repository. */
function failures(): string {
  failureDir ??= mkdtempSync(join(tmpdir(), 'eblomladan-pictures-'));
  return failureDir;
}

/**
 * A screenshot of `target` once it has stopped changing: two shots in a row alike (a layout
 * that measures its width, a font that arrives, draws again before it settles).
 */
async function settledShot(target: Locator): Promise<Buffer> {
  await target.waitFor();
  await target.evaluate(() => document.fonts.ready);
  const deadline = Date.now() + WAIT_MS;
  let previous = await target.screenshot({ animations: 'disabled', caret: 'hide' });
  for (;;) {
    const shot = await target.screenshot({ animations: 'disabled', caret: 'hide' });
    if (shot.equals(previous)) return shot;
    if (Date.now() > deadline) throw new Error('The picture kept changing between screenshots');
    previous = shot;
  }
}

const samePixels = (a: PNG, b: PNG) => a.width === b.width && a.height === b.height && a.data.equals(b.data);

/**
 * Compares `target`'s screenshot with tests/e2e/pictures/`name`.png; with UPDATE_PICTURES,
 * writes it there instead (only if a pixel differs, so an unchanged picture stays out of review).
 */
export async function expectPicture(target: Locator, name: string): Promise<void> {
  const shot = await settledShot(target);
  const file = join(PICTURES_DIR, `${name}.png`);
  const shown = relative(ROOT, file);
  const actual = PNG.sync.read(shot);

  if (UPDATE_PICTURES) {
    if (existsSync(file) && samePixels(PNG.sync.read(readFileSync(file)), actual)) {
      console.info(`${shown}: unchanged`);
      return;
    }
    mkdirSync(PICTURES_DIR, { recursive: true });
    writeFileSync(file, shot);
    console.info(`${shown}: written (${actual.width}×${actual.height})`);
    return;
  }

  if (!existsSync(file)) {
    throw new Error(`No reference picture ${shown}: run \`npm run pictures\` to make it (docs/pictures.md).`);
  }
  const expected = PNG.sync.read(readFileSync(file));
  const keep = (diff?: PNG) => {
    const dir = failures();
    writeFileSync(join(dir, `${name}.actual.png`), shot);
    writeFileSync(join(dir, `${name}.expected.png`), readFileSync(file));
    if (diff) writeFileSync(join(dir, `${name}.diff.png`), PNG.sync.write(diff));
    return dir;
  };
  const update = 'If the change is meant, run `npm run pictures` and commit the changed PNG.';

  if (expected.width !== actual.width || expected.height !== actual.height) {
    const dir = keep();
    throw new Error(
      `${name}: the picture is ${actual.width}×${actual.height} px, its reference ${shown} ` +
        `${expected.width}×${expected.height} px. The picture as drawn now is in ${dir}. ${update}`,
    );
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const differing = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
    threshold: THRESHOLD,
  });
  const share = differing / (actual.width * actual.height);
  if (share > MAX_DIFFERING) {
    const dir = keep(diff);
    throw new Error(
      `${name}: ${differing} pixels (${(share * 100).toFixed(2)} %, at most ${MAX_DIFFERING * 100} % allowed) ` +
        `differ from ${shown}. The picture as drawn now, the reference and the difference (red) are in ${dir}. ${update}`,
    );
  }
}
