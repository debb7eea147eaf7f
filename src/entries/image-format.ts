/** The formats an entry's image may have: every phone browser shows them, and none can carry script. */
export type ImageFormat = 'JPEG' | 'PNG' | 'WebP';

/** What a file's first bytes say it is: an accepted image format, or a named kind of file that is not one. */
export type SniffedFormat = ImageFormat | 'SVG' | 'AVIF' | 'GIF' | 'HTML' | 'gzip' | undefined;

/** How many bytes of a file `sniffFormat` wants: enough to find `<svg` after an XML prolog and comments. */
export const SNIFF_BYTES = 4096;

/** The format each accepted extension promises. */
export const FORMAT_OF_EXTENSION: Readonly<Record<string, ImageFormat>> = {
  '.jpg': 'JPEG',
  '.jpeg': 'JPEG',
  '.png': 'PNG',
  '.webp': 'WebP',
};

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * A file's type, decided by its bytes (magic numbers), never by its name: an SVG
 * saved as `.png` is still an SVG, and a browser opening it directly would run its script.
 * @param head the file's first bytes (up to SNIFF_BYTES)
 */
export function sniffFormat(head: Buffer): SniffedFormat {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'JPEG';
  if (head.subarray(0, 8).equals(PNG)) return 'PNG';
  const latin = head.toString('latin1');
  if (latin.startsWith('RIFF') && latin.slice(8, 12) === 'WEBP') return 'WebP';
  if (latin.startsWith('GIF8')) return 'GIF';
  if (latin.slice(4, 12) === 'ftypavif' || latin.slice(4, 12) === 'ftypavis') return 'AVIF';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  // Markup, after a byte-order mark or blank space: SVG when an <svg> element shows up, else HTML or XML.
  const text = latin.replace(/^(\xef\xbb\xbf|\xfe\xff|\xff\xfe)/, '').trimStart();
  if (text.startsWith('<')) return /<svg[\s>/]/i.test(latin) ? 'SVG' : 'HTML';
  return /<svg[\s>/]/i.test(latin) ? 'SVG' : undefined;
}
