import type { APIRoute } from 'astro';
import { getKnowledgeBase } from '../knowledge/content.ts';
import { feedXml } from '../routing/feed.ts';

export const GET: APIRoute = async ({ site }) => {
  const kb = await getKnowledgeBase();
  return new Response(feedXml([...kb.speeches, ...kb.cases], site!), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
