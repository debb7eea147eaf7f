import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.ts';
import { sourceBody } from './source-speech.ts';

/** Today's speech entry, relative to the project root. */
export const SPEECH_FILE = 'content/speeches/shequ-zhili-dangjian-tuijinhui-2022.mdx';

/** Half-width marks and the full-width ones they stand for, written out here so a bug in the site's code cannot hide. */
const WIDTHS: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/**
 * The speech file an editor makes by pasting the raw source text (a web page's
 * copy, half-width punctuation and all) into today's entry. What only a person
 * decides comes from today's entry: the frontmatter, which lines are headings
 * (a numbered lead sentence becomes a heading without its 。), the two lines the
 * source breaks after a semicolon joined into their paragraph, and the closing
 * `***`. Every character of every heading and paragraph comes from the source:
 * each block of today's entry is found in the source, read with only the width
 * of punctuation ignored, and the source's own characters are put in its place.
 */
export function rawSpeechFile(): string {
  const today = readFileSync(join(ROOT, SPEECH_FILE), 'utf8');
  const end = today.indexOf('\n---\n', 4) + 5;
  const frontmatter = today.slice(0, end);
  // The source body without its line ends, each character's width folded, with an index back.
  const raw = [...sourceBody()].filter((character) => character !== '\n');
  const folded = raw.map((character) => WIDTHS[character] ?? character).join('');
  let from = 0;
  const fromSource = (text: string) => {
    const at = folded.indexOf(text, from);
    if (at < 0) throw new Error(`not in the source, in order: ${text.slice(0, 30)}`);
    from = at + text.length;
    return raw.slice(at, at + text.length).join('');
  };
  const body = today
    .slice(end)
    .split('\n')
    .map((line) => {
      if (line === '' || line === '***') return line;
      const heading = /^(#{1,6} )(.*)$/.exec(line);
      return heading ? heading[1]! + fromSource(heading[2]!) : fromSource(line);
    });
  return frontmatter + body.join('\n');
}
