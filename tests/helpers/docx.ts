import { unzipSync } from 'fflate';

/** One paragraph of a Word document: its style, if any, and its text. */
export interface DocxParagraph {
  style?: string;
  text: string;
}

/** What a test reads back from a .docx: its parts, paragraphs in order and images in order. */
export interface DocxContents {
  /** Every part of the package, by its path in the zip. */
  parts: Record<string, Uint8Array>;
  /** The body's paragraphs, in order. */
  paragraphs: DocxParagraph[];
  /** The images the body shows, in the order they appear (resolved through its relationships). */
  images: Uint8Array[];
  /** A part as text. */
  text(path: string): string;
}

const decode = (xml: string) =>
  xml.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => {
    const entities: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    return entities[name]!;
  });

/**
 * Unpacks a .docx the way a reader of the format would, independently of the
 * library that wrote it: paragraphs are `w:p`, their text the `w:t` runs, images
 * the `r:embed` of each drawing, looked up in the document's relationships.
 */
export function readDocx(file: Uint8Array): DocxContents {
  const parts = unzipSync(file);
  const text = (path: string) => {
    const part = parts[path];
    if (!part) throw new Error(`The package has no ${path}`);
    return new TextDecoder().decode(part);
  };
  const body = text('word/document.xml');
  const paragraphs = [...body.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map(
    ([, inner = '']) => {
      const style = /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1];
      const runs = [...inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map(([, t]) => t);
      return { ...(style && { style }), text: decode(runs.join('')) };
    },
  );
  const targets = new Map(
    [...text('word/_rels/document.xml.rels').matchAll(/<Relationship\b[^>]*>/g)].map(([tag]) => [
      / Id="([^"]+)"/.exec(tag)?.[1],
      / Target="([^"]+)"/.exec(tag)?.[1],
    ]),
  );
  const images = [...body.matchAll(/r:embed="([^"]+)"/g)].map(([, id]) => {
    const target = targets.get(id!);
    const part = target && parts[`word/${target.replace(/^\/?word\//, '')}`];
    if (!part) throw new Error(`Image ${id} points at ${target}, which is not in the package`);
    return part;
  });
  return { parts, paragraphs, images, text };
}
