import type { APIRoute } from 'astro';
import { getKnowledgeBase } from '../../knowledge/content.ts';
import { entryRecords } from '../../routing/entries-data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(
    JSON.stringify({ entries: entryRecords(await getKnowledgeBase(), site!) }, null, 1),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
