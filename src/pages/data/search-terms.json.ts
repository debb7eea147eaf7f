import type { APIRoute } from 'astro';
import { getKnowledgeBase } from '../../knowledge/content.ts';
import { searchDictionary } from '../../search/options.ts';

/** Domain terms for the search page, in a file of their own so the page does not grow with every tag. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(searchDictionary(await getKnowledgeBase())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
