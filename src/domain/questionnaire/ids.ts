/** Stable, human-readable id: lower-case words joined by "." or "-", e.g. `skola.antagning-gymnasium`. */
export const ID_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
