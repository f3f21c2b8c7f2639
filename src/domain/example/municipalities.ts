/**
 * The example's invented municipalities ("Visa exempel"). Their codes start with 99, which no
 * Swedish county has, so they can never be mistaken for a real municipality's data; the register
 * lists them only while the example is shown.
 */
import type { Municipality } from '../organisations';

export { EXAMPLE_FLAG_KEY } from './flag';

const county = { code: '99', name: 'Exempellän' };

/** The example's own municipality. */
export const EXAMPLE_MUNICIPALITY: Municipality = {
  code: '9901',
  name: 'Exempelkommun',
  county,
  group: { code: 'B3', name: 'Större stad' },
  population: 48_000,
};

/** The municipalities whose published rounds the example brings as reference data. */
export const EXAMPLE_PEERS: readonly Municipality[] = [
  {
    code: '9902',
    name: 'Exempelby',
    county,
    group: { code: 'C8', name: 'Landsbygdskommun' },
    population: 9_000,
  },
  {
    code: '9903',
    name: 'Exempelstad',
    county,
    group: { code: 'B3', name: 'Större stad' },
    population: 62_000,
  },
  {
    code: '9904',
    name: 'Exempelås',
    county,
    group: { code: 'C6', name: 'Mindre stad/tätort' },
    population: 21_000,
  },
  {
    code: '9905',
    name: 'Exempelvik',
    county,
    group: { code: 'A2', name: 'Pendlingskommun nära storstad' },
    population: 34_000,
  },
];

export const EXAMPLE_MUNICIPALITIES: readonly Municipality[] = [EXAMPLE_MUNICIPALITY, ...EXAMPLE_PEERS];
