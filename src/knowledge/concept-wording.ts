import type { KnowledgeBase } from './knowledge-base.ts';
import type { ConceptItem, SpeechItem } from './items.ts';
import { paragraphCitation } from '../common/reference-text.ts';
import { entryDate } from './entry-dates.ts';
import { urls } from '../site/urls.ts';

/** A piece of a paragraph: the concept's name is marked. */
export interface WordingSegment {
  text: string;
  marked: boolean;
}

/** One speech's paragraphs that name a concept, as its concept page lists them. */
export interface SpeechWording {
  title: string;
  href: string;
  /** When it was given, as shown (约2019年); none when unknown. */
  date?: string;
  paragraphs: Array<{
    /** The heading over the paragraph that names the concept, when it is the heading that does. */
    heading?: { href: string; segments: WordingSegment[] };
    href: string;
    locator: string;
    /** As 复制引用 gives it: 《…》（约2019年）第三部分（二）第1段 https://…#p-14. */
    citation: string;
    segments: WordingSegment[];
  }>;
}

/**
 * Every paragraph of every speech that names `concept`, in its own words or in the
 * heading it stands under (a speech often sets out a concept as a section: （三）树立
 * “大服务共享”的理念……), by speech, the speeches in the order they were given
 * (undated last), so that a trainer sees how the wording of a concept changed from
 * speech to speech. Plain data, so the page's cache key covers it.
 * @param site the address the site is published at, for the citations
 */
export function conceptWording(
  kb: Pick<KnowledgeBase, 'speeches'>,
  concept: ConceptItem,
  site: string,
): SpeechWording[] {
  const name = concept.data.title;
  return [...kb.speeches]
    .sort(byDelivery)
    .map((speech): SpeechWording => {
      const date = entryDate(speech)?.text;
      const paragraphs = [...speech.paragraphs.values()]
        .map((paragraph) => ({
          paragraph,
          heading: [paragraph.section, paragraph.part].find((over) => over?.text.includes(name)),
        }))
        .filter(({ paragraph, heading }) => heading || paragraph.text.includes(name))
        .map(({ paragraph, heading }) => {
          const href = urls.anchor('speeches', speech.id, paragraph.id);
          return {
            ...(heading && {
              heading: {
                href: urls.anchor('speeches', speech.id, heading.id),
                segments: marked(heading.text, name),
              },
            }),
            href,
            locator: paragraph.locator,
            citation: paragraphCitation(
              { title: speech.data.title, date, url: new URL(href, site).href },
              paragraph.locator,
            ),
            segments: marked(paragraph.text, name),
          };
        });
      return { title: speech.data.title, href: speech.url, date, paragraphs };
    })
    .filter((wording) => wording.paragraphs.length > 0);
}

/** Oldest first; a speech whose date is unknown goes last. */
function byDelivery(a: SpeechItem, b: SpeechItem): number {
  const [x, y] = [a.data.date?.value, b.data.date?.value];
  if (x === y) return a.data.title.localeCompare(b.data.title, 'zh-CN');
  if (x === undefined) return 1;
  if (y === undefined) return -1;
  return x < y ? -1 : 1;
}

/** `text` cut into pieces with every occurrence of `name` marked. */
function marked(text: string, name: string): WordingSegment[] {
  return text
    .split(name)
    .flatMap((piece, index) => [
      ...(index > 0 ? [{ text: name, marked: true }] : []),
      ...(piece ? [{ text: piece, marked: false }] : []),
    ]);
}
