/**
 * Petal colours by score. Sampled from viridis: perceptually uniform and told apart with every
 * common colour-vision deficiency, because lightness rises steadily from 0 to 1. Colour only
 * repeats what length already shows; every mark also has a dark outline for contrast.
 */
const VIRIDIS = [
  '#440154',
  '#482878',
  '#3e4989',
  '#31688e',
  '#26828e',
  '#1f9e89',
  '#35b779',
  '#6ece58',
  '#b5de2b',
  '#fde725',
] as const;

/** The fill for a score in 0..1 (clamped). */
export function scoreColour(score: number): string {
  const t = Math.min(1, Math.max(0, score));
  return VIRIDIS[Math.round(t * (VIRIDIS.length - 1))]!;
}

/** Outline of every mark: at least 3:1 against the light background and every fill's edge. */
export const OUTLINE = '#1d2b24';
/** Outline of an unanswered mark (dashed) and of not-applicable marks (dotted). */
export const MUTED = '#5c6b63';

/** The planter's own colours: decoration that carries no score, kept quiet beside the marks. */
export const PLANTER = {
  ink: '#1d2b24',
  /** Score lines in tags: 8:1 on white. */
  quiet: '#3d4a43',
  stem: '#4f7f3f',
  grass: '#e6f1dd',
  box: '#efe0cc',
  rim: '#7b5a3c',
  tag: '#ffffff',
  tagEdge: '#b4bfb8',
  centre: '#fff7d6',
  ring: '#dfe6e1',
  /** The quiet sign that ratings differ: a small ring, in the rim's brown. */
  differs: '#7b5a3c',
} as const;
