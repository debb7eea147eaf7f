import type { APIRoute } from 'astro';
import { sitemapPages, sitemapXml } from '../routing/sitemap.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(sitemapXml(await sitemapPages(), site!), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
