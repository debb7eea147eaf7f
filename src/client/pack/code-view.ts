import { element } from '../dom.ts';
import { encodeShareLink } from './share-link.ts';
import { thisSite, type Pack } from './state.ts';

/** A pack's share links, absolute: the whole pack, and the pack without its questions. */
export interface ShareLinks {
  full: string;
  withoutQuestions: string;
}

/** The links to this pack, as another phone opens them: origin, base path, /pack/ and the compact payload. */
export async function shareLinks(pack: Pack): Promise<ShareLinks> {
  const site = thisSite();
  // The pack page under the base path, whatever spelling of it this tab was opened at.
  const page = `${site.origin}${site.base}pack/#`;
  const [full, lean] = await Promise.all([
    encodeShareLink(pack, site),
    encodeShareLink({ ...pack, questions: [] }, site),
  ]);
  return { full: page + full, withoutQuestions: page + lean };
}

/**
 * Fills `box` with the QR code that opens this pack on a student's phone, on screen (to
 * project) and printed at the head of the handout, with what it holds said in words. A pack
 * too big for a code a phone reads from paper drops its questions (they are on the paper),
 * and when even that is too big no code is printed, and the paper says so. The QR writer
 * loads only here, after the pack is on screen.
 */
export function fillCode(box: HTMLElement, pack: Pack, links: Promise<ShareLinks>): void {
  void Promise.all([links, import('./pack-qr.ts')]).then(([{ full, withoutQuestions }, qr]) => {
    const code = qr.packCode(full, withoutQuestions);
    const note = element('div', 'pack-code-note flex-1');
    const say = (screen: string, paper = screen) =>
      screen === paper
        ? note.append(element('p', '', screen))
        : note.append(element('p', 'no-print', screen), element('p', 'print-only', paper));
    if (code) {
      const image = element('div', 'pack-code-image');
      image.innerHTML = code.svg;
      image.dataset.version = String(code.version);
      box.append(image);
      const items = `${pack.items.length} 项学习材料`;
      if (!code.withoutQuestions)
        say(
          `用手机扫码，打开这份学习单（${items}${pack.questions.length ? `、${pack.questions.length} 道研讨题` : ''}），可以点开每项的原文。`,
        );
      else
        say(
          `研讨题较多，一个二维码装不下整份学习单：扫码打开的只有这 ${items}，研讨题只印在纸上。想让扫码也带上研讨题，请删减研讨题，或用“复制分享链接”把完整链接发给学员。`,
          `用手机扫码，打开这份学习单的 ${items}，可以点开每项的原文。研讨题较多，二维码装不下，请看本页。`,
        );
    } else {
      say(
        `这份学习单太大，一个能从纸上扫出的二维码装不下（不带研讨题的分享链接也有 ${withoutQuestions.length} 个字符，最多约 ${qr.PACK_QR_CAPACITY} 个），讲义上不印二维码，只注明向培训老师索取链接。想印二维码，请减少材料，或拆成几份学习单。`,
        '这份学习单内容较多，一个二维码装不下，没有印二维码。请向培训老师索取分享链接。',
      );
    }
    box.append(note);
  });
}
