import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getKnowledgeBase, renderItem } from '../../../lib/content.ts';
import { readOutline } from '../../../lib/outline.ts';
import { qrSvg } from '../../../lib/qr.ts';
import { urls } from '../../../lib/urls.ts';

/**
 * The QR code of every numbered paragraph of a speech or case, made at build time
 * and fetched only when a reader asks to show one (for projection in class).
 */
export const getStaticPaths = (async () => {
  const kb = await getKnowledgeBase();
  return [...kb.speeches, ...kb.cases].map((item) => ({ params: { collection: item.collection, id: item.id }, props: { item } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { item } = props;
  const { remarkPluginFrontmatter } = await renderItem(item);
  const codes: Record<string, string> = {};
  for (const entry of readOutline(remarkPluginFrontmatter)) {
    if (entry.kind !== 'paragraph') continue;
    const url = new URL(urls.anchor(item.collection, item.id, entry.id), site).href;
    codes[entry.id] = qrSvg(url, `第 ${entry.n} 段的二维码：${url}`);
  }
  return new Response(JSON.stringify(codes), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
