import type { Passage } from './queue.ts';

/** What the reader can do with a reading under way. */
export interface Reading {
  pause(): void;
  resume(): void;
  stop(): void;
}

/** What a reading tells its page as it goes. */
export interface ReadingEvents {
  /** A piece of a passage is about to be spoken (piece 0 starts the passage). */
  piece(passage: Passage, piece: number): void;
  /** The reading is over: read to the end, or stopped by the engine with `error`. */
  done(error?: string): void;
}

// One reading at a time: a new one or a stop makes the events of the one before it count for nothing.
let generation = 0;

/**
 * Speaks the passages in order, one utterance per piece (Chrome cuts an utterance off after
 * about 15 seconds), in `voice` with the language zh-CN, through the browser's own speech
 * synthesis: nothing is sent anywhere.
 */
export function speakPassages(
  passages: Passage[],
  voice: SpeechSynthesisVoice,
  events: ReadingEvents,
): Reading {
  const synth = window.speechSynthesis;
  const mine = ++generation;
  let passage = 0;
  let piece = 0;
  // Held here because Chrome may never fire the events of an utterance nothing refers to any more.
  let utterance: SpeechSynthesisUtterance | undefined;
  const next = () => {
    if (mine !== generation) return;
    const current = passages[passage];
    const text = current?.pieces[piece];
    if (!current || text === undefined) {
      generation++;
      events.done();
      return;
    }
    events.piece(current, piece);
    utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'zh-CN';
    utterance.voice = voice;
    utterance.addEventListener('end', () => {
      piece++;
      if (piece >= current.pieces.length) [passage, piece] = [passage + 1, 0];
      next();
    });
    utterance.addEventListener('error', (event) => {
      // Our own cancel() ends the utterance with an error too; only the engine's own failures are reported.
      if (mine !== generation || event.error === 'interrupted' || event.error === 'canceled')
        return;
      generation++;
      events.done(event.error);
    });
    synth.speak(utterance);
  };
  // Whatever this page was reading before stops first; a pause left over would hold the new reading too.
  synth.cancel();
  if (synth.paused) synth.resume();
  next();
  return {
    pause: () => synth.pause(),
    resume: () => synth.resume(),
    stop: () => {
      generation++;
      utterance = undefined;
      synth.cancel();
    },
  };
}
