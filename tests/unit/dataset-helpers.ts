/** Builders for dataset tests: bundled snapshots, the register, and seeded synthetic reference rounds. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import register from '../../src/data/kommuner.json';
import { EXCHANGE_FORMATS, type SharedRoundFile } from '../../src/domain/exchange/schema';
import type { PeerRegisterEntry } from '../../src/domain/peers/distribution';
import { questionnaireKey } from '../../src/domain/questionnaire/fingerprint';
import { loadQuestionnaire } from '../../src/domain/questionnaire/load';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import type { ReferenceRound } from '../../src/domain/round/model';

const ROOT = join(import.meta.dirname, '../..');

/** A bundled questionnaire as the app loads it. */
export function bundled(name: 'eblomladan-2014.json' | 'eblomladan-2016.json'): Questionnaire {
  const result = loadQuestionnaire(readFileSync(join(ROOT, 'questionnaires', name), 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

export const MUNICIPALITIES = register.municipalities;

/** The register as "Jämför med andra" and the dataset filter read it: code → county and SKR group. */
export const REGISTER: ReadonlyMap<string, PeerRegisterEntry> = new Map(
  register.municipalities.map((m) => [m.code, { county: m.county.code, group: m.group.code }]),
);

/** mulberry32: a small seeded generator. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function uuid(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(next() * 4)]!;
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/**
 * One published round per municipality and year (the first `municipalities` of the register),
 * on `questionnaire`, with made-up answers: most indicators answered, some "ej aktuellt", some
 * left out. Deterministic for a seed.
 */
export function syntheticReferences(
  questionnaire: Questionnaire,
  municipalities: number,
  years: readonly number[],
  seed = 17,
): ReferenceRound[] {
  const next = random(seed);
  const key = questionnaireKey(questionnaire);
  const options = questionnaire.scale.options.map((o) => o.value);
  const notApplicable = questionnaire.scale.notApplicable?.value;
  const rounds: ReferenceRound[] = [];
  for (const municipality of MUNICIPALITIES.slice(0, municipalities))
    for (const year of years) {
      const answers: ReferenceRound['answers'] = {};
      for (const section of questionnaire.sections) {
        const values: Record<string, string> = {};
        for (const indicator of section.indicators) {
          const roll = next();
          if (roll < 0.04) continue;
          values[indicator.id] =
            roll < 0.08 && notApplicable ? notApplicable : options[Math.floor(next() * options.length)]!;
        }
        if (Object.keys(values).length > 0) answers[section.id] = values;
      }
      const day = 1 + Math.floor(next() * 28);
      rounds.push({
        id: uuid(next),
        organisationCode: municipality.code,
        year,
        label: 'Syntetiska data – inte kommunens svar',
        publishedAt: new Date(Date.UTC(year, 10, day, 12)).toISOString(),
        questionnaireKey: key,
        answers,
        importedAt: '2026-01-10T08:00:00.000Z',
        fileName: `syntetisk-${municipality.code}-${year}.json`,
      });
    }
  return rounds;
}

/** The `eblomladan.round/1` file a reference round was read from. */
export function singleRoundFile(round: ReferenceRound, questionnaire: Questionnaire): SharedRoundFile {
  return {
    format: EXCHANGE_FORMATS.round,
    writtenBy: { app: 'eBlomlådan', version: '0.1.0' },
    createdAt: round.publishedAt,
    round: {
      id: round.id,
      organisationCode: round.organisationCode,
      year: round.year,
      label: round.label,
      publishedAt: round.publishedAt,
    },
    questionnaire,
    answers: round.answers,
  };
}
