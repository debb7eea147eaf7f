import { describe, expect, test } from 'vitest';
import jsQR from 'jsqr';
import { qrModules, qrSvg } from '../../src/common/qr.ts';
import { readQr } from '../helpers/read-qr.ts';

/** Reads a QR code the way a phone camera would: from pixels, with jsQR. */
function decode(modules: boolean[][], scale = 4, margin = 4): string | undefined {
  const size = (modules.length + margin * 2) * scale;
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy += 1) {
        for (let dx = 0; dx < scale; dx += 1) {
          const offset = (((y + margin) * scale + dy) * size + (x + margin) * scale + dx) * 4;
          pixels.fill(0, offset, offset + 3);
        }
      }
    }),
  );
  return jsQR(pixels, size, size)?.data;
}

/** The modules an SVG from qrSvg draws, read back from its path. */
function modulesOfSvg(svg: string): boolean[][] {
  const size = Number(/viewBox="0 0 (\d+) /.exec(svg)![1]);
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  // Strokes along row middles: `M x y.5` starts a row, `m dx 0` skips a gap, `h w` draws w modules.
  let x = 0;
  let y = 0;
  for (const [, command, first, second] of svg.matchAll(
    /([Mmh])(-?\d+(?:\.\d+)?)(?: (-?\d+(?:\.\d+)?))?/g,
  )) {
    if (command === 'M') [x, y] = [Number(first), Math.floor(Number(second))];
    else if (command === 'm') x += Number(first);
    else {
      for (let dx = 0; dx < Number(first); dx += 1) grid[y]![x + dx] = true;
      x += Number(first);
    }
  }
  return grid;
}

describe('qrModules', () => {
  test.each([
    'http://localhost:4321/speeches/shequ-zhili-dangjian-tuijinhui-2022/#p-14',
    'https://example.org/cases/wanggehua-fuwu-zhongxin-dangjian-xinxihua/',
  ])('encodes %s so that a reader decodes it back', (url) => {
    expect(decode(qrModules(url))).toBe(url);
  });
});

describe('qrSvg', () => {
  test('draws exactly the modules of the code, readable by a scanner', () => {
    const url = 'http://localhost:4321/cases/jiedao-guanli-tizhi-gaige/';
    const svg = qrSvg(url, '本页二维码');
    const modules = qrModules(url);
    const drawn = modulesOfSvg(svg);
    expect(
      drawn.slice(4, 4 + modules.length).map((row) => row.slice(4, 4 + modules.length)),
    ).toEqual(modules);
    expect(drawn.flat().filter(Boolean).length).toBe(modules.flat().filter(Boolean).length);
    expect(decode(drawn, 4, 0)).toBe(url);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="本页二维码"/);
  });

  test('renders, as a browser or printer would draw it, to an image a scanner reads', async () => {
    const url = 'http://localhost:4321/speeches/shequ-zhili-dangjian-tuijinhui-2022/#p-21';
    expect(await readQr(qrSvg(url, '第 21 段'))).toBe(url);
  });

  test('escapes the label', () => {
    expect(qrSvg('x', '“A&B”<')).toContain('aria-label="“A&amp;B”&lt;"');
  });
});
