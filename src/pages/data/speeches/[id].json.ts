import type { APIRoute, GetStaticPaths } from 'astro';
import { getKnowledgeBase } from '../../../knowledge/content.ts';
import { speechText } from '../../../routing/contribute.ts';
import type { SpeechItem } from '../../../knowledge/items.ts';

export const getStaticPaths = (async () =>
  (await getKnowledgeBase()).speeches.map((speech) => ({
    params: { id: speech.id },
    props: { speech },
  }))) satisfies GetStaticPaths;

/** One speech's numbered paragraphs, for the 投稿 page: fetched only when a draft cites or quotes it. */
export const GET: APIRoute<{ speech: SpeechItem }> = ({ props }) =>
  new Response(JSON.stringify(speechText(props.speech)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
