/**
 * The municipality register shipped with the app (src/data/kommuner.json: SCB codes, names and
 * counties, SKR groups, population). Loaded on demand as its own chunk.
 */
import { EXAMPLE_FLAG_KEY, EXAMPLE_MUNICIPALITIES } from '../domain/example/municipalities';
import type { Municipality } from '../domain/organisations';

export interface Register {
  source: string;
  retrieved: string;
  municipalities: Municipality[];
}

let loading: Promise<Register> | undefined;

/** Whether the example is shown (storage/db.ts decides the same way): it adds its invented municipalities. */
function exampleShown(): boolean {
  try {
    return globalThis.localStorage?.getItem(EXAMPLE_FLAG_KEY) === '1';
  } catch {
    return false;
  }
}

/** The register, loaded once per page; while the example is shown, with its invented municipalities. */
export function loadRegister(): Promise<Register> {
  loading ??= import('../data/kommuner.json').then((module) => {
    const data = module.default;
    return {
      source: data.source,
      retrieved: data.retrieved,
      municipalities: [
        ...data.municipalities.map(({ code, name, county, group, population }) => ({
          code,
          name,
          county,
          group,
          population,
        })),
        ...(exampleShown() ? EXAMPLE_MUNICIPALITIES : []),
      ],
    };
  });
  return loading;
}
