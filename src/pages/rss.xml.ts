import type { APIRoute } from 'astro';
import { getKnowledgeBase } from '../knowledge/content.ts';
import { feedItems, feedXml } from '../routing/feed.ts';

export const GET: APIRoute = async ({ site }) => {
  const kb = await getKnowledgeBase();
  return new Response(feedXml(feedItems(kb), site!), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
