/**
 * The index of bundled questionnaires, `questionnaires/index.json`: which files exist, with
 * enough to list them (id, version, title) before any of them is loaded and validated.
 */
import * as z from 'zod/mini';
import { ID_PATTERN } from './schema';

export const CATALOG_FORMAT = 'eblomladan.questionnaire-index/1';

const FILE_PATTERN = /^[a-z0-9][a-z0-9.-]*\.json$/;

export const CatalogSchema = z.strictObject({
  format: z.literal(CATALOG_FORMAT),
  questionnaires: z
    .array(
      z.strictObject({
        file: z.string().check(z.maxLength(100), z.regex(FILE_PATTERN)),
        id: z.string().check(z.regex(ID_PATTERN)),
        version: z.string().check(z.regex(ID_PATTERN)),
        published: z.iso.date(),
        title: z.strictObject({ sv: z.string(), en: z.string() }),
      }),
    )
    .check(z.maxLength(100)),
});

export type Catalog = z.infer<typeof CatalogSchema>;
export type CatalogEntry = Catalog['questionnaires'][number];

/** Catalog entries, newest version first within each questionnaire id. */
export function sortCatalog(entries: readonly CatalogEntry[]): CatalogEntry[] {
  return [...entries].sort((a, b) => a.id.localeCompare(b.id) || b.published.localeCompare(a.published));
}
