/**
 * The municipality register shipped with the app (src/data/kommuner.json: SCB codes, names and
 * counties, SKR groups, population). Loaded on demand as its own chunk.
 */
import type { Municipality } from '../domain/organisations';

export interface Register {
  source: string;
  retrieved: string;
  municipalities: Municipality[];
}

let loading: Promise<Register> | undefined;

/** The register, loaded once per page. */
export function loadRegister(): Promise<Register> {
  loading ??= import('../data/kommuner.json').then((module) => {
    const data = module.default;
    return {
      source: data.source,
      retrieved: data.retrieved,
      municipalities: data.municipalities.map(({ code, name, county, group, population }) => ({
        code,
        name,
        county,
        group,
        population,
      })),
    };
  });
  return loading;
}
