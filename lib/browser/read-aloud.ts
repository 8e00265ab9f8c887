import { readAloudButton, readAloudStatus, readingNow, selector } from './hooks';

/** The blocks of an article that are read aloud, one utterance each, in document order. */
const blockSelector = 'h1, h2, h3, h4, p, li, dt, dd, th, td, caption, figcaption, blockquote';
/** What is never read: hidden text, controls, and text drawn for the eye or for print only. */
const skipped = '[hidden], [aria-hidden="true"], button, nav, template, .sr-only';

/**
 * The article's blocks to read: the innermost ones (a list item's paragraphs, not the item and
 * then its paragraphs again) that hold text and are not hidden or controls.
 */
export function blocksToRead(article: Element): Element[] {
  return [...article.querySelectorAll(blockSelector)].filter(
    (block) =>
      !block.querySelector(blockSelector) &&
      !block.closest(skipped) &&
      (block.textContent ?? '').trim() !== '',
  );
}

/**
 * The browser's voice for a page language (`zh-Hans`, `en`): one of the same language, the
 * mainland or British one first where there are several, then the system's default among them.
 */
export function voiceFor(
  voices: readonly SpeechSynthesisVoice[],
  pageLang: string,
): SpeechSynthesisVoice | undefined {
  const language = pageLang.split('-')[0]!.toLowerCase();
  const preferred = language === 'zh' ? 'zh-cn' : 'en-gb';
  const candidates = voices.filter(
    (voice) => voice.lang.replace('_', '-').toLowerCase().split('-')[0] === language,
  );
  return (
    candidates.find((voice) => voice.lang.replace('_', '-').toLowerCase() === preferred) ??
    candidates.find((voice) => voice.default) ??
    candidates[0]
  );
}

/** What of the browser's `speechSynthesis` is used. */
type Synth = Pick<SpeechSynthesis, 'speak' | 'pause' | 'resume' | 'cancel' | 'getVoices'> & {
  addEventListener(type: 'voiceschanged', listener: () => void): void;
};
type UtteranceClass = new (text: string) => SpeechSynthesisUtterance;

/**
 * Reads the page's article aloud with the browser's own speech synthesis (no audio service, no
 * request): play, pause and stop, the block being read highlighted and kept in view. Where the
 * browser has no speech or no voice for the page's language, the status line says so and the
 * buttons stay off.
 */
export function enhanceReadAloud(
  document: Document,
  synth: Synth | undefined,
  Utterance: UtteranceClass | undefined,
  reducedMotion: () => boolean,
) {
  const status = document.querySelector<HTMLElement>(selector(readAloudStatus));
  const article = document.querySelector('main article') ?? document.querySelector('main');
  if (!status || !article) return;
  const buttons = new Map(
    [...document.querySelectorAll<HTMLButtonElement>(selector(readAloudButton))].map((button) => [
      button.getAttribute(readAloudButton),
      button,
    ]),
  );
  const say = (state: string) => (status.textContent = status.getAttribute(`data-${state}`));
  const enable = (...names: string[]) => {
    for (const [name, button] of buttons) button.disabled = !names.includes(name ?? '');
  };

  let voice: SpeechSynthesisVoice | undefined;
  // Each reading has its number: an utterance ending after a stop belongs to an old reading.
  let reading = 0;
  let paused = false;
  let current: Element | undefined;
  const highlight = (block: Element | undefined) => {
    current?.removeAttribute(readingNow);
    current = block;
    block?.setAttribute(readingNow, '');
    block?.scrollIntoView?.({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
  };

  const readFrom = (blocks: Element[], index: number, number: number) => {
    const block = blocks[index];
    if (number !== reading) return;
    if (!block) {
      highlight(undefined);
      enable('play');
      say('finished');
      return;
    }
    highlight(block);
    const utterance = new Utterance!((block.textContent ?? '').trim());
    utterance.voice = voice!;
    utterance.lang = voice!.lang;
    utterance.onend = () => readFrom(blocks, index + 1, number);
    synth!.speak(utterance);
  };

  const actions: Record<string, () => void> = {
    play: () => {
      if (paused) synth!.resume();
      else readFrom(blocksToRead(article), 0, ++reading);
      paused = false;
      enable('pause', 'stop');
      say('playing');
    },
    pause: () => {
      synth!.pause();
      paused = true;
      enable('play', 'stop');
      say('paused');
    },
    stop: () => {
      reading++;
      paused = false;
      synth!.cancel();
      highlight(undefined);
      enable('play');
      say('stopped');
    },
  };
  for (const [name, button] of buttons) {
    button.addEventListener('click', () => actions[name ?? '']?.());
  }

  enable();
  if (!synth || !Utterance) {
    say('unsupported');
    return;
  }
  // Browsers list their voices late: the list may be empty until `voiceschanged`.
  const findVoice = () => {
    if (voice) return;
    voice = voiceFor(synth.getVoices(), document.documentElement.lang);
    say(voice ? 'ready' : 'no-voice');
    if (voice) enable('play');
  };
  synth.addEventListener('voiceschanged', findVoice);
  findVoice();
}
