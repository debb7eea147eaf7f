// How long to wait for the voice list: Chrome fills it in asynchronously, announcing it with voiceschanged.
const VOICE_WAIT_MS = 2000;

const isChinese = (voice: SpeechSynthesisVoice) => /^(zh|cmn)\b/i.test(voice.lang);
const isMainland = (voice: SpeechSynthesisVoice) =>
  /^(zh|cmn)[-_](hans[-_])?cn\b/i.test(voice.lang);

async function voices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return now;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, VOICE_WAIT_MS);
    synth.addEventListener(
      'voiceschanged',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
  return synth.getVoices();
}

/**
 * The device's Chinese voice, a 普通话 (zh-CN) one when it has one, else any zh voice;
 * undefined when it has none or no speech synthesis at all, rather than a voice that
 * would read Chinese text as English.
 */
export async function chineseVoice(): Promise<SpeechSynthesisVoice | undefined> {
  if (!('speechSynthesis' in window)) return undefined;
  const chinese = (await voices(speechSynthesis)).filter(isChinese);
  return chinese.find(isMainland) ?? chinese[0];
}
