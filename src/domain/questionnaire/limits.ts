/** Limits that keep a hostile file from exhausting the browser; generous for real questionnaires. */
export const LIMITS = {
  fileBytes: 2_000_000,
  scaleLevelsMin: 2,
  scaleLevelsMax: 7,
  flowersMin: 1,
  flowersMax: 12,
  indicatorsPerSectionMax: 30,
  shortText: 200,
  text: 600,
  longText: 3000,
  tags: 12,
  suggestions: 10,
} as const;
