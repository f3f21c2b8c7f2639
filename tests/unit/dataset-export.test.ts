/**
 * "Exportera jämförelseunderlag" (domain/exchange/dataset-export.ts): buildDataset's file, marked
 * synthetic exactly when a round it carries came from a dataset that said its figures are made up.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset, type DatasetSources } from '../../src/domain/exchange/dataset-build';
import { exportDataset } from '../../src/domain/exchange/dataset-export';
import { questionnaireKey } from '../../src/domain/questionnaire/fingerprint';
import type { PartResponse, ReferenceRound, Round } from '../../src/domain/round/model';
import { bundled, REGISTER, syntheticReferences } from './dataset-helpers';

const Q2016 = bundled('eblomladan-2016.json');
const KEY = questionnaireKey(Q2016);
const WRITER = { now: '2026-02-01T10:00:00.000Z', version: '0.1.0' };

/** Ale's published 2024 round, one indicator answered. */
function ale(id = '0f3e6a52-2b1c-4d8e-9f0a-1b2c3d4e5f60'): { round: Round; responses: PartResponse[] } {
  const at = '2024-11-20T09:00:00.000Z';
  const section = Q2016.sections[0]!;
  return {
    round: {
      id,
      organisationCode: '1440',
      year: 2024,
      label: '',
      questionnaireKey: KEY,
      status: 'published',
      createdAt: at,
      updatedAt: at,
      publishedAt: at,
      history: [{ type: 'published', at }],
    },
    responses: [
      {
        roundId: id,
        sectionId: section.id,
        answers: { [section.indicators[0]!.id]: { value: 'helt', updatedAt: at } },
        updatedAt: at,
      },
    ],
  };
}

const sources = (references: ReferenceRound[], own = [ale()]): DatasetSources => ({
  own,
  references,
  questionnaires: new Map([[KEY, Q2016]]),
});

describe('the dataset a browser exports', () => {
  // Five municipalities of Stockholm's county (01), 2024.
  const real = syntheticReferences(Q2016, 5, [2024]);
  const invented = { ...real[4]!, synthetic: true as const };
  const held = [...real.slice(0, 4), invented];

  it('is buildDataset’s file, not synthetic when no synthetic round is written', () => {
    const file = exportDataset(sources(real), {}, REGISTER, WRITER);
    expect(file).toEqual(buildDataset(sources(real), {}, REGISTER, { ...WRITER, synthetic: false }));
    expect(file.synthetic).toBe(false);
    expect(file.rounds).toHaveLength(6);
  });

  it('is synthetic when a synthetic reference round is written, and not when the filter leaves it out', () => {
    expect(exportDataset(sources(held), {}, REGISTER, WRITER).synthetic).toBe(true);
    // Ale is in Västra Götaland (14): only the own round is written.
    const ownCounty = exportDataset(sources(held), { counties: ['14'] }, REGISTER, WRITER);
    expect(ownCounty.rounds.map((r) => r.organisationCode)).toEqual(['1440']);
    expect(ownCounty.synthetic).toBe(false);
    expect(exportDataset(sources(held), { years: [2025] }, REGISTER, WRITER).rounds).toEqual([]);
  });

  it('is not synthetic when the synthetic copy of a round is left out for the municipality’s own', () => {
    // The same round held as Ale's own and as a synthetic reference (same id): the own one is written.
    const copy: ReferenceRound = {
      id: ale().round.id,
      organisationCode: '1440',
      year: 2024,
      label: '',
      publishedAt: '2024-11-20T09:00:00.000Z',
      questionnaireKey: KEY,
      answers: {},
      importedAt: '2026-01-10T08:00:00.000Z',
      fileName: 'underlag.json',
      synthetic: true,
    };
    const file = exportDataset(sources([...real, copy]), {}, REGISTER, WRITER);
    expect(file.rounds.find((r) => r.id === copy.id)!.answers).not.toEqual({});
    expect(file.synthetic).toBe(false);
    // Without the own round, the synthetic copy is what is written, and the file says so.
    expect(exportDataset(sources([...real, copy], []), {}, REGISTER, WRITER).synthetic).toBe(true);
  });
});
