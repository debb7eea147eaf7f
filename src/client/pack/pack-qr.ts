import { correction, generate } from 'lean-qr';
import { qrSvg } from '../../common/qr.ts';

/**
 * The largest QR code printed for a pack: version 25, 117 modules a side. Printed 50 mm
 * wide with its quiet zone, a module is 0.4 mm, which a phone camera reads from paper at
 * arm's length; larger versions pack the modules too tight for A4.
 */
export const PACK_QR_MAX_VERSION = 25;
/**
 * What that code holds: bytes of a link at correction level M in version 25 (lean-qr, measured).
 * A share link is plain ASCII, so this is also its length in characters.
 */
export const PACK_QR_CAPACITY = 997;
/** The printed side of the pack's QR code, quiet zone included (print CSS of pages/pack.astro). */
export const PACK_QR_MM = 50;

/** The pack's printed code: what it opens, and how large it is. */
export interface PackCode {
  svg: string;
  /** The QR version (1–40) and its modules a side. */
  version: number;
  modules: number;
  /** True when the questions were left out of the link to make it fit. */
  withoutQuestions: boolean;
}

/** The QR version `text` needs at correction level M, if it fits within the largest printed. */
function versionOf(text: string): number | undefined {
  try {
    const { size } = generate(text, {
      minCorrectionLevel: correction.M,
      maxVersion: PACK_QR_MAX_VERSION,
    });
    return (size - 17) / 4;
  } catch {
    return undefined;
  }
}

/**
 * The code for the pack's link, or when that is too long, for its link without the
 * questions (printed on the same paper); undefined when even that does not fit.
 */
export function packCode(link: string, withoutQuestions: string): PackCode | undefined {
  for (const [text, lean] of [
    [link, false],
    [withoutQuestions, true],
  ] as const) {
    const version = versionOf(text);
    if (version !== undefined)
      return {
        svg: qrSvg(text, '扫码打开这份学习单'),
        version,
        modules: version * 4 + 17,
        withoutQuestions: lean,
      };
  }
  return undefined;
}
