import type { APIRoute } from 'astro';
import { getKnowledgeBase } from '../knowledge/content.ts';
import { buildData } from '../postbuild/build-data.ts';

// Not part of the published site: written for the post-build steps, which remove it (see postbuild/build-data.ts).
export const GET: APIRoute = async ({ site }) =>
  Response.json(buildData(await getKnowledgeBase(), site!));
