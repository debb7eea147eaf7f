// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
import { correction, generate } from 'lean-qr';

/** Light margin around the code, in modules: the four the QR standard asks for. */
const QUIET_ZONE = 4;

/**
 * The dark and light modules of a QR code for `text` (error correction at least M,
 * the smallest version that fits), row by row. lean-qr is used for its speed:
 * every paragraph of every speech and case gets a code at build time.
 */
export function qrModules(text: string): boolean[][] {
  const code = generate(text, { minCorrectionLevel: correction.M });
  return Array.from({ length: code.size }, (_, row) =>
    Array.from({ length: code.size }, (_, col) => code.get(col, row)),
  );
}

/**
 * A QR code as inline SVG, made at build time so no page ever calls a QR
 * service. Each run of dark modules is one stroke along the middle of its row
 * (`M x y.5 h w`, later runs of the row moved relatively): about half the bytes of
 * filled rectangles, which matters with a code for every paragraph of every entry.
 * It prints and projects sharply at any size.
 * @param label what the code opens, for screen readers
 */
export function qrSvg(text: string, label: string): string {
  // Read straight from the generator: tens of thousands of codes are drawn per build at scale.
  const code = generate(text, { minCorrectionLevel: correction.M });
  const width = code.size;
  const size = width + QUIET_ZONE * 2;
  let path = '';
  for (let y = 0; y < width; y += 1) {
    let x = 0;
    let end = -1;
    while (x < width) {
      if (!code.get(x, y)) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < width && code.get(x, y)) x += 1;
      path +=
        end < 0
          ? `M${start + QUIET_ZONE} ${y + QUIET_ZONE}.5h${x - start}`
          : `m${start - end} 0h${x - start}`;
      end = x;
    }
  }
  const escaped = label.replace(
    /[&<>"]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escaped}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" stroke="#000"/></svg>`;
}
