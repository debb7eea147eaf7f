import type { APIRoute } from 'astro';
import { getKnowledgeBase } from '../../knowledge/content.ts';
import { searchSites } from '../../search/options.ts';

/** The search page's model-site choices, in a file of their own so the page does not grow with every site. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(searchSites(await getKnowledgeBase())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
