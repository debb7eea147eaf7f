import { correction, generate } from 'lean-qr';
import { today } from '../clipboard.ts';
import { chosenSections, type CaseSection } from './case-sections.ts';
import { fullAddress, itemCitation } from './citation.ts';
import { itemHeading, itemLocator, itemText } from './excerpts.ts';
import type { Pack, PackItem } from './state.ts';

/** One material of a handout, everything a printed or Word copy shows of it. */
export interface HandoutMaterial {
  /** 1. 《title》's heading line, with the paragraph's place for a paragraph. */
  heading: string;
  /** The paragraph, or a whole entry's summary. */
  text: string;
  /** A case's 学习要点, brought along when it was added. */
  points: string[];
  /** A case's sections the trainer chose (背景、做法、…), read from its page. */
  sections: CaseSection[];
  /** What 复制引用 gives for it on its page: a paragraph citation, or a GB/T 7714 reference. */
  citation: string;
  /** Its full address, as the reader's browser reaches it. */
  url: string;
  /** A PNG of its QR code, as a data: URL. */
  qr: string;
}

/** A course pack made ready to write out: its materials' text read from their pages. */
export interface Handout {
  title: string;
  materials: HandoutMaterial[];
  questions: string[];
  /** The site's name, for the line under the title. */
  site: string;
  /** The day it was made, YYYY-MM-DD. */
  made: string;
}

/** Read from the pages themselves (same site), so it works on an intranet and matches what a reader sees. */
export async function handoutOf(pack: Pack): Promise<Handout> {
  return {
    title: pack.title,
    materials: await Promise.all(pack.items.map(material)),
    questions: pack.questions,
    site: document.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '',
    made: today(),
  };
}

async function material(item: PackItem, index: number): Promise<HandoutMaterial> {
  const url = fullAddress(item);
  const [text, sections, citation, locator] = await Promise.all([
    itemText(item),
    chosenSections(item.url, item.sections),
    itemCitation(item),
    itemLocator(item),
  ]);
  return {
    heading: itemHeading(item, index, locator),
    text: text ?? '（原文暂时无法载入，请扫码或打开下面的地址查看。）',
    points: item.points ?? [],
    sections,
    // The same text 复制引用 (or 复制参考文献) gives on the page itself, as on screen and in print.
    citation,
    url,
    qr: generate(url, { minCorrectionLevel: correction.M }).toDataURL({
      type: 'image/png',
      scale: 8,
    }),
  };
}
