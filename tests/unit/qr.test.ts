import { describe, expect, test } from 'vitest';
import jsQR from 'jsqr';
import { qrModules, qrSvg } from '../../src/lib/qr.ts';

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
  for (const [, x, y, width] of svg.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let dx = 0; dx < Number(width); dx += 1) grid[Number(y)]![Number(x) + dx] = true;
  }
  return grid;
}

describe('qrModules', () => {
  test.each(['http://localhost:4321/speeches/shequ-zhili-dangjian-tuijinhui-2022/#p-14', 'https://example.org/cases/wanggehua-fuwu-zhongxin-dangjian-xinxihua/'])(
    'encodes %s so that a reader decodes it back',
    (url) => {
      expect(decode(qrModules(url))).toBe(url);
    },
  );
});

describe('qrSvg', () => {
  test('draws exactly the modules of the code, readable by a scanner', () => {
    const url = 'http://localhost:4321/cases/jiedao-guanli-tizhi-gaige/';
    const svg = qrSvg(url, '本页二维码');
    expect(decode(modulesOfSvg(svg), 4, 0)).toBe(url);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="本页二维码"/);
  });

  test('escapes the label', () => {
    expect(qrSvg('x', '“A&B”<')).toContain('aria-label="“A&amp;B”&lt;"');
  });
});
