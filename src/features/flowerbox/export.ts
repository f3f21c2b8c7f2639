/** Turns the drawn flower box into a standalone SVG or PNG file with a heading. */

const SVG_NS = 'http://www.w3.org/2000/svg';
const HEADING_HEIGHT = 44;

/**
 * A standalone SVG document of the picture with `heading` (municipality, year, version, status)
 * above it. Works on a clone: the page's own picture is never changed.
 */
export function standaloneSvg(
  picture: SVGSVGElement,
  heading: string,
): { text: string; width: number; height: number } {
  const [, , width = 0, height = 0] = (picture.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  const total = height + HEADING_HEIGHT;
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  root.setAttribute('viewBox', `0 0 ${width} ${total}`);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(total));
  root.setAttribute('font-family', picture.getAttribute('font-family') ?? 'sans-serif');
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = heading;
  const desc = doc.createElementNS(SVG_NS, 'desc');
  desc.textContent = picture.querySelector('desc')?.textContent ?? '';
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(total));
  background.setAttribute('fill', '#ffffff');
  const text = doc.createElementNS(SVG_NS, 'text');
  text.setAttribute('x', '14');
  text.setAttribute('y', '28');
  text.setAttribute('font-size', '18');
  text.setAttribute('font-weight', '700');
  text.setAttribute('fill', '#1d2b24');
  text.textContent = heading;
  const body = doc.createElementNS(SVG_NS, 'g');
  body.setAttribute('transform', `translate(0,${HEADING_HEIGHT})`);
  for (const child of Array.from(picture.childNodes)) {
    if (child instanceof Element && (child.tagName === 'title' || child.tagName === 'desc')) continue;
    body.append(doc.importNode(child, true));
  }
  root.append(title, desc, background, text, body);
  const xml = new XMLSerializer().serializeToString(doc);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`, width, height: total };
}

/** Rasterises a standalone SVG at `scale` times its size (2 keeps text sharp on a projector). */
export async function svgToPng(
  svg: { text: string; width: number; height: number },
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
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
