/** Turns the slide (picture, legend, rule and date) into a standalone SVG or PNG file. */
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

export interface StandaloneSvg {
  text: string;
  width: number;
  height: number;
}

/**
 * Renders `slide` (an `<svg>` with width and height) off the page and serialises it as a
 * standalone SVG document. The page's own picture is never touched.
 */
export function renderSvg(slide: ReactElement): StandaloneSvg {
  const host = document.createElement('div');
  const root = createRoot(host);
  try {
    flushSync(() => root.render(slide));
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('svg');
    const xml = new XMLSerializer().serializeToString(svg);
    return {
      text: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`,
      width: Number(svg.getAttribute('width')),
      height: Number(svg.getAttribute('height')),
    };
  } finally {
    root.unmount();
  }
}

/** Rasterises a standalone SVG into `pixelWidth` × `pixelHeight` pixels (its proportions, rounded). */
export async function svgToPng(svg: StandaloneSvg, pixelWidth: number, pixelHeight: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('png'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
