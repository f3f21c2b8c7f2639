/**
 * The index of bundled questionnaires, `questionnaires/index.json`, as a zod schema: the
 * declarative statement of what catalog-check.ts checks by hand (the app uses that one, so the
 * start page needs no zod). A unit test gives both the same files and expects the same issues.
 */
import * as z from 'zod/mini';
import {
  CATALOG_FILE_PATTERN,
  CATALOG_FORMAT,
  CATALOG_MAX_ENTRIES,
  CATALOG_MAX_FILE_NAME,
} from './catalog-check';
import { ID_PATTERN } from './ids';

export { CATALOG_FORMAT, sortCatalog, type Catalog, type CatalogEntry } from './catalog-check';

export const CatalogSchema = z.strictObject({
  format: z.literal(CATALOG_FORMAT),
  questionnaires: z
    .array(
      z.strictObject({
        file: z.string().check(z.maxLength(CATALOG_MAX_FILE_NAME), z.regex(CATALOG_FILE_PATTERN)),
        id: z.string().check(z.regex(ID_PATTERN)),
        version: z.string().check(z.regex(ID_PATTERN)),
        published: z.iso.date(),
        title: z.strictObject({ sv: z.string(), en: z.string() }),
      }),
    )
    .check(z.maxLength(CATALOG_MAX_ENTRIES)),
});
