/**
 * "Exportera jämförelseunderlag": the dataset a browser writes from what it holds
 * (`buildDataset`, dataset-build.ts), marked synthetic when it carries a round whose own file said
 * its figures are invented, so invented figures never leave a browser looking real.
 */
import type { PeerRegisterEntry } from '../peers/distribution';
import type { DatasetFile } from './dataset';
import { buildDataset, type DatasetFilter, type DatasetSources } from './dataset-build';

/**
 * The dataset of the rounds `filter` selects. It is `synthetic` when one of the rounds written is
 * a reference round marked synthetic. The municipality's own rounds are never synthetic, and of a
 * round held both as an own round and as a reference the own one is written, so the own rounds
 * written are found first (the same build without references: references never displace an own
 * round) and every other round written is the reference round of its id.
 */
export function exportDataset(
  sources: DatasetSources,
  filter: DatasetFilter,
  register: ReadonlyMap<string, PeerRegisterEntry>,
  writer: { now: string; version: string },
): DatasetFile {
  const file = buildDataset(sources, filter, register, { ...writer, synthetic: false });
  const own = new Set(
    buildDataset({ ...sources, references: [] }, filter, register, {
      ...writer,
      synthetic: false,
    }).rounds.map((round) => round.id),
  );
  const invented = new Set(sources.references.filter((r) => r.synthetic === true).map((r) => r.id));
  const synthetic = file.rounds.some((round) => !own.has(round.id) && invented.has(round.id));
  return synthetic ? { ...file, synthetic } : file;
}
