import sharp from 'sharp';
import jsQR from 'jsqr';

/**
 * Reads a QR code from an image the way a phone camera would: from its pixels,
 * with jsQR. Takes a PNG (a browser screenshot) or an SVG (as the build wrote it).
 */
export async function readQr(image: Buffer | string, width = 400): Promise<string | undefined> {
  const input = typeof image === 'string' ? Buffer.from(image) : image;
  // A white background and a quiet zone, as on paper or a screen.
  const { data, info } = await sharp(input)
    .resize({ width })
    .extend({ top: 40, bottom: 40, left: 40, right: 40, background: '#ffffff' })
    .flatten({ background: '#ffffff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(
    new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength),
    info.width,
    info.height,
  )?.data;
}
