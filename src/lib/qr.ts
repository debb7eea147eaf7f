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
  return Array.from({ length: code.size }, (_, row) => Array.from({ length: code.size }, (_, col) => code.get(col, row)));
}

/**
 * A QR code as inline SVG, made at build time so no page ever calls a QR
 * service: one path of dark runs on a white square, which prints and projects
 * sharply at any size.
 * @param label what the code opens, for screen readers
 */
export function qrSvg(text: string, label: string): string {
  const modules = qrModules(text);
  const size = modules.length + QUIET_ZONE * 2;
  let path = '';
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      path += `M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h-${x - start}z`;
    }
  });
  const escaped = label.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escaped}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}
