import { correction, generate } from 'lean-qr';
import { gbt7714Reference, paragraphCitation } from '../../lib/citation.ts';
import { paragraphNumberOf } from '../../lib/anchors.ts';
import { today } from '../clipboard.ts';
import { itemText, page } from './excerpts.ts';
import type { Pack, PackItem } from './state.ts';

/** One material of a handout, everything a printed or Word copy shows of it. */
export interface HandoutMaterial {
  /** 1. 《title》's heading line, with the paragraph's place for a paragraph. */
  heading: string;
  /** The paragraph, or a whole entry's summary. */
  text: string;
  /** A case's 学习要点, brought along when it was added. */
  points: string[];
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
  const url = `${location.origin}${item.url}${item.anchor ? `#${item.anchor}` : ''}`;
  const [doc, text] = await Promise.all([page(item.url), itemText(item)]);
  return {
    heading: `${index + 1}. ${item.title}${item.locator ? ` ${item.locator}` : ''}`,
    text: text ?? '（原文暂时无法载入，请扫码或打开下面的地址查看。）',
    points: item.points ?? [],
    citation: citation(item, url, doc),
    url,
    qr: generate(url, { minCorrectionLevel: correction.M }).toDataURL({
      type: 'image/png',
      scale: 8,
    }),
  };
}

/** The same text the page's 复制引用 (paragraph tools, or 引用本页) would copy. */
function citation(item: PackItem, url: string, doc: Document | undefined): string {
  const article = doc?.querySelector<HTMLElement>('article[data-cite-title]');
  const title = article?.dataset.citeTitle ?? item.title;
  if (item.anchor) {
    const paragraph = doc?.getElementById(item.anchor);
    const locator =
      paragraph?.dataset.cite ?? item.locator ?? `第${paragraphNumberOf(item.anchor)}段`;
    return paragraphCitation({ title, date: article?.dataset.citeDate ?? '', url }, locator);
  }
  const reference = doc?.querySelector<HTMLElement>('[data-reference]');
  return gbt7714Reference({
    author: reference?.dataset.referenceAuthor || undefined,
    title,
    date: reference?.dataset.referenceDate ?? '',
    url,
    accessed: today(),
  });
}
