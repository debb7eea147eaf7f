import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TMP } from './paths.ts';

/** A PDF as poppler reads it: its pages' sizes in points, and each page's text. */
export interface PdfPages {
  file: string;
  /** Width and height of each page, in points (A4 portrait is 595 × 842). */
  sizes: Array<{ width: number; height: number }>;
  /** The text of page `n` (from 1), laid out as on the page (`pdftotext -layout`). */
  text(n: number): string;
  /** Each word of page `n` with its box, in points from the top left (`pdftotext -bbox`). */
  words(n: number): Array<{ text: string; xMin: number; yMin: number }>;
}

/** Writes `pdf` (what Chromium's page.pdf() made) to a scratch file and reads it with poppler-utils. */
export function readPdf(pdf: Buffer): PdfPages {
  const file = join(mkdtempSync(join(TMP, 'pdf-')), 'page.pdf');
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
  const range = (n: number) => ['-f', String(n), '-l', String(n)];
  return {
    file,
    sizes,
    text: (n) =>
      execFileSync('pdftotext', [...range(n), '-layout', file, '-'], { encoding: 'utf8' }),
    words: (n) =>
      [
        ...execFileSync('pdftotext', [...range(n), '-bbox', file, '-'], {
          encoding: 'utf8',
        }).matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g),
      ].map((m) => ({ text: m[3]!, xMin: Number(m[1]), yMin: Number(m[2]) })),
  };
}

/** Renders page `n` of the PDF at `dpi` to a PNG file (`pdftoppm`) and returns its path. */
export function renderPdfPage(pdf: PdfPages, n: number, dpi = 50): string {
  const prefix = join(pdf.file, '..', `page-${n}`);
  execFileSync('pdftoppm', [
    '-f',
    String(n),
    '-l',
    String(n),
    '-r',
    String(dpi),
    '-png',
    '-singlefile',
    pdf.file,
    prefix,
  ]);
  return `${prefix}.png`;
}
