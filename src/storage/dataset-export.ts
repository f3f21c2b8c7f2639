/**
 * "Exportera jämförelseunderlag" on "Jämför med andra": the municipality's own published rounds
 * and the reference rounds held, filtered, as one `eblomladan.dataset/1` file
 * (domain/exchange/dataset-export.ts). Read in one read transaction; values only, as sharing a
 * round writes them (no names, comments or links). Refused while the example is shown, like every
 * file out.
 */
import { exportDataset as buildExport } from '../domain/exchange/dataset-export';
import { questionnaireVersionOf, type DatasetFilter } from '../domain/exchange/dataset-build';
import type { DatasetFile } from '../domain/exchange/dataset';
import type { PeerRegisterEntry } from '../domain/peers/distribution';
import type { Questionnaire } from '../domain/questionnaire/schema';
import { db, EXAMPLE_MODE } from './db';
import { refuseInExample } from './errors';
import { useKeyedLiveQuery } from './live';

const published = async (organisationCode: string | null) =>
  organisationCode === null
    ? []
    : (await db.rounds.where({ organisationCode }).toArray()).filter(
        (round) => round.status === 'published' && round.publishedAt !== undefined,
      );

/** What the export's filter offers: only what this browser holds. */
export interface DatasetOptions {
  /** Years of own published rounds and reference rounds, newest first. */
  years: number[];
  /** Municipality codes of the rounds held, own included (their counties and groups are offered). */
  organisationCodes: string[];
  /** Questionnaire versions (`id@version`), each with one of its snapshots (for its title). */
  questionnaires: { version: string; questionnaire: Questionnaire }[];
  /** Own published rounds and reference rounds held. */
  rounds: number;
}

/**
 * The filter's options, read from the reference rounds' indexes (keys only, no rows) and the
 * municipality's own rounds; live.
 */
export function useDatasetOptions(organisationCode: string | null): DatasetOptions | undefined {
  return useKeyedLiveQuery(
    () =>
      db.transaction('r', [db.rounds, db.referenceRounds, db.questionnaires], async () => {
        const own = await published(organisationCode);
        const referenceYears = (await db.referenceRounds.orderBy('year').uniqueKeys()) as number[];
        const codes = (await db.referenceRounds.orderBy('organisationCode').uniqueKeys()) as string[];
        const keys = (await db.referenceRounds.orderBy('questionnaireKey').uniqueKeys()) as string[];
        const rounds = own.length + (await db.referenceRounds.count());
        // One snapshot per version is enough for its title.
        const byVersion = new Map<string, string>();
        for (const key of [...own.map((r) => r.questionnaireKey), ...keys]) {
          if (!byVersion.has(questionnaireVersionOf(key))) byVersion.set(questionnaireVersionOf(key), key);
        }
        const versions = [...byVersion.keys()].sort();
        const snapshots = await db.questionnaires.bulkGet(versions.map((v) => byVersion.get(v)!));
        return {
          years: [...new Set([...own.map((r) => r.year), ...referenceYears])].sort((a, b) => b - a),
          organisationCodes: [...new Set([...own.map((r) => r.organisationCode), ...codes])].sort(),
          questionnaires: versions.flatMap((version, i) => {
            const stored = snapshots[i];
            return stored ? [{ version, questionnaire: stored.questionnaire }] : [];
          }),
          rounds,
        };
      }),
    [organisationCode],
  );
}

/**
 * The dataset of the rounds `filter` selects: `organisationCode`'s published rounds (none when no
 * municipality is chosen) and the reference rounds held (only the years asked for are read),
 * with every snapshot they name, in one read transaction. County and SKR group come from
 * `register`.
 */
export async function exportDataset(
  organisationCode: string | null,
  filter: DatasetFilter,
  register: ReadonlyMap<string, PeerRegisterEntry>,
  version: string,
): Promise<DatasetFile> {
  refuseInExample(EXAMPLE_MODE, 'export');
  const now = new Date().toISOString();
  const sources = await db.transaction(
    'r',
    [db.rounds, db.responses, db.referenceRounds, db.questionnaires],
    async () => {
      const rounds = await published(organisationCode);
      const responses = await db.responses
        .where('roundId')
        .anyOf(rounds.map((r) => r.id))
        .toArray();
      const references = filter.years
        ? await db.referenceRounds.where('year').anyOf(filter.years).toArray()
        : await db.referenceRounds.toArray();
      const keys = [...new Set([...rounds, ...references].map((r) => r.questionnaireKey))];
      const snapshots = await db.questionnaires.bulkGet(keys);
      return {
        own: rounds.map((round) => ({
          round,
          responses: responses.filter((r) => r.roundId === round.id),
        })),
        references,
        questionnaires: new Map(snapshots.flatMap((s) => (s ? [[s.key, s.questionnaire] as const] : []))),
      };
    },
  );
  return buildExport(sources, filter, register, { now, version });
}
