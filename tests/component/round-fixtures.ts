import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadQuestionnaire } from '../../src/domain/questionnaire/load';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { saveOrganisation } from '../../src/storage/settings';
import { startRound } from '../../src/storage/rounds';

/** A bundled questionnaire read from questionnaires/, as the app would load it. */
export function bundled(version: '2014' | '2016'): Questionnaire {
  const result = loadQuestionnaire(
    readFileSync(join(import.meta.dirname, `../../questionnaires/eblomladan-${version}.json`), 'utf8'),
  );
  if (!result.ok) throw new Error(`eblomladan-${version}.json is invalid`);
  return result.value;
}

/** Ale (1440) as the chosen municipality with one draft round on eBlomlådan 2016. */
export async function aleWithRound(year = 2026) {
  await saveOrganisation('1440');
  return startRound({
    organisationCode: '1440',
    year,
    label: '',
    questionnaire: bundled('2016'),
    source: 'bundled',
  });
}
