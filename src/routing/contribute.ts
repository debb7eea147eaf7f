import { contentFolder, labelOf } from '../common/collections.ts';
import type { ContributeData, SpeechText } from '../common/draft/page-data.ts';
import { FORM_COLLECTIONS } from '../schemas/form.ts';
import { siteConfig } from '../site/config.ts';
import { urls } from '../site/urls.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { SpeechItem } from '../knowledge/items.ts';

/** The names the form offers as checkboxes, by collection (titles, as entries write them). */
export function formChoices(
  kb: KnowledgeBase,
): Record<'concepts' | 'sites' | 'glossary', string[]> {
  return {
    concepts: kb.concepts.map((item) => item.data.title),
    sites: kb.sites.map((item) => item.data.title),
    glossary: kb.glossary.map((item) => item.data.title),
  };
}

/** The 投稿 page's data, derived once from the knowledge base. */
export function contributeData(kb: KnowledgeBase): ContributeData {
  return {
    ...(siteConfig.repository && { repository: siteConfig.repository }),
    collections: FORM_COLLECTIONS.map((name) => ({
      name,
      label: labelOf(name),
      folder: contentFolder(name),
    })),
    speeches: kb.speeches.map((item) => ({
      id: item.id,
      title: item.data.title,
      text: urls.speechText(item.id),
    })),
    titles: Object.fromEntries(
      FORM_COLLECTIONS.map((name) => [
        name,
        (kb[name] as Array<{ data: { title: string } }>).map((item) => item.data.title),
      ]),
    ),
  };
}

/** The numbered text of one speech, as its page numbers it. */
export function speechText(speech: SpeechItem): SpeechText {
  return {
    id: speech.id,
    title: speech.data.title,
    paragraphs: [...speech.paragraphs.values()].map(({ id, text, locator, part, section }) => ({
      id,
      text,
      locator,
      ...(part ? { part } : {}),
      ...(section ? { section } : {}),
    })),
    headings: [...speech.headings],
  };
}
