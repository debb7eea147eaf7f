import { chineseVoice } from './voice.ts';
import { readingQueue } from './queue.ts';
import { speakPassages, type Reading } from './speech.ts';
import { showReadingBar } from './bar.ts';
import { markPassage, unmark } from './mark.ts';

/** What a reader is told where the device cannot read Chinese aloud. */
export const NO_CHINESE_VOICE =
  '这台设备没有中文语音，无法朗读。可在系统设置中添加中文（普通话）语音。';

let reading: Reading | undefined;
// Counts the readings asked for: one asked for while the voices were still being looked up replaces it.
let asked = 0;
// Some browsers go on speaking after the page is left.
addEventListener('pagehide', () => reading?.stop());

/**
 * Reads the entry body that holds `trigger` (or `from`) aloud: the whole body, or from the
 * block `from` on, or only that block when `only` is set, with the bar of controls at the foot
 * of the screen. Where the device has no Chinese voice, says so in the bar instead.
 */
export async function readAloud(
  trigger: HTMLElement,
  from?: HTMLElement,
  only = false,
): Promise<void> {
  const body = (from ?? trigger).closest('article')?.querySelector<HTMLElement>('.prose');
  if (!body) return;
  reading?.stop();
  const mine = ++asked;
  const end = () => {
    asked++;
    reading?.stop();
    reading = undefined;
    unmark();
    const hadFocus = bar.hasFocus();
    bar.remove();
    if (hadFocus) trigger.focus();
  };
  const bar = showReadingBar({
    pause: () => reading?.pause(),
    resume: () => reading?.resume(),
    stop: end,
  });
  bar.say('正在准备朗读……');
  const voice = await chineseVoice();
  if (mine !== asked) return;
  if (!voice) {
    bar.message(NO_CHINESE_VOICE);
    focusBar();
    return;
  }
  const passages = readingQueue(body, from, only);
  reading = speakPassages(passages, voice, {
    piece: (passage, piece) => {
      if (piece === 0) bar.say(`正在朗读${passage.label}`);
      markPassage(passage, piece, bar.height());
    },
    done: (error) => {
      if (error) {
        unmark();
        reading = undefined;
        bar.message('朗读中断了：这台设备的语音没能读出这段文字。');
      } else end();
    },
  });
  focusBar();
}

/** Puts the keyboard on the bar's first button, so the controls are one key away. */
const focusBar = () => document.querySelector<HTMLElement>('.read-aloud-bar button')?.focus();
