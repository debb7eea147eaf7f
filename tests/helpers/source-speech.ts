import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

/** The source speech exactly as received (a copy of ../shared/seed, kept with the tests). */
export const SOURCE_SPEECH = readFileSync(
  join(ROOT, 'tests/fixtures/source/speech-2022-06-27.txt'),
  'utf8',
);

/** The speech body: from 同志们 to the closing paragraph, without the web page's title lines and 推荐访问. */
export function sourceBody(): string {
  const start = SOURCE_SPEECH.indexOf('同志们:');
  const end = SOURCE_SPEECH.indexOf('推荐访问');
  return SOURCE_SPEECH.slice(start, end);
}

/**
 * The body's sentences in order, split after 。？！； and at line ends. Terminal
 * punctuation is dropped, because a numbered lead sentence becomes a heading without its 。.
 */
export function sourceSentences(): string[] {
  return sourceBody()
    .split(/(?<=[。?？!！;；])|\n/)
    .map((sentence) => sentence.trim().replace(/[。?？!！;；]$/, ''))
    .filter(Boolean);
}
