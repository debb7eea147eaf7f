import type { OutlineHeading } from '../../common/speech-numbering.ts';

/** The ATX headings of a Markdown body (## 一、…), as the check's parser would see them. */
export function bodyHeadings(body: string): OutlineHeading[] {
  return body.split('\n').flatMap((line) => {
    const match = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    return match ? [{ depth: match[1]!.length, text: unescape(match[2]!) }] : [];
  });
}

/** A quotation the body makes with <SpeechQuote speech="…" at="…">…</SpeechQuote>. */
export interface BodyQuote {
  speech: string;
  at: string;
  text: string;
}

const QUOTE = /<SpeechQuote\s+speech="([^"]*)"\s+at="([^"]*)"\s*>([\s\S]*?)<\/SpeechQuote>/g;

/** Every <SpeechQuote> of the body, with its text as the page shows it. */
export function bodyQuotes(body: string): BodyQuote[] {
  return [...body.matchAll(QUOTE)].map((match) => ({
    speech: match[1]!,
    at: match[2]!,
    text: unescape(match[3]!.trim()),
  }));
}

/** Markdown's backslash escapes and bold marks removed: the text a reader sees. */
export const unescape = (text: string) =>
  text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1');
