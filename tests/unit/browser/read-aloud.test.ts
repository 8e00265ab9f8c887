// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { blocksToRead, enhanceReadAloud, voiceFor } from '@/lib/browser/read-aloud';

// The controls as components/layout/ReadingAids.tsx renders them, and an article, by hand.
beforeEach(() => {
  document.documentElement.lang = 'zh-Hans';
  document.body.innerHTML = `
    <div>
      <button type="button" disabled data-read-aloud="play">朗读</button>
      <button type="button" disabled data-read-aloud="pause">暂停</button>
      <button type="button" disabled data-read-aloud="stop">停止</button>
      <p aria-live="polite" data-read-aloud-status data-unsupported="不支持" data-no-voice="没有中文语音"
        data-ready="可以朗读" data-playing="正在朗读" data-paused="已暂停" data-stopped="已停止"
        data-finished="已读完"></p>
    </div>
    <nav><p>菜单</p></nav>
    <main><article>
      <h1>黄金海拔</h1>
      <p>第一段。</p>
      <ul><li><p>列表里的段落。</p></li><li>列表项</li></ul>
      <p hidden>隐藏的段落</p>
      <p aria-hidden="true">装饰</p>
      <p>  </p>
      <table><caption class="sr-only">表格说明</caption><tr><th>海拔</th><td>2240米</td></tr></table>
      <div><button type="button"><p>按钮</p></button></div>
      <dl><dt>数据</dt><dd>71家</dd></dl>
    </article></main>`;
});

const voice = (lang: string, name = lang, isDefault = false) =>
  ({ lang, name, default: isDefault, localService: true, voiceURI: name }) as SpeechSynthesisVoice;

/** A stand-in for the browser's speech synthesis that records what it is asked to do. */
function fakeSynth(voices: SpeechSynthesisVoice[]) {
  const listeners: (() => void)[] = [];
  const synth = {
    voices,
    spoken: [] as SpeechSynthesisUtterance[],
    calls: [] as string[],
    speak(utterance: SpeechSynthesisUtterance) {
      synth.spoken.push(utterance);
      synth.calls.push('speak');
    },
    pause: () => void synth.calls.push('pause'),
    resume: () => void synth.calls.push('resume'),
    cancel: () => void synth.calls.push('cancel'),
    getVoices: () => synth.voices,
    addEventListener: (_: string, listener: () => void) => void listeners.push(listener),
    voicesChanged: () => listeners.forEach((listener) => listener()),
    /** The current utterance ends, as the browser would report it. */
    finish: () => {
      const last = synth.spoken.at(-1)!;
      last.onend?.call(last, {} as SpeechSynthesisEvent);
    },
  };
  return synth;
}
class FakeUtterance {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  onend: ((event: SpeechSynthesisEvent) => void) | null = null;
  constructor(public text: string) {}
}
const Utterance = FakeUtterance as unknown as new (text: string) => SpeechSynthesisUtterance;
/** The page's read-aloud controls made to work with a fake synthesis of these voices. */
function readingWith(voices: SpeechSynthesisVoice[]) {
  const synth = fakeSynth(voices);
  enhanceReadAloud(document, synth, Utterance, () => false);
  return synth;
}
const button = (name: string) =>
  document.querySelector<HTMLButtonElement>(`[data-read-aloud="${name}"]`)!;
const status = () => document.querySelector('[data-read-aloud-status]')!.textContent;
const enabled = () => ['play', 'pause', 'stop'].filter((name) => !button(name).disabled).join(' ');
const highlighted = () =>
  [...document.querySelectorAll('[data-reading-now]')].map((element) => element.textContent);

/** The article's blocks above that are read, in order. */
const blocksOfTheArticle = [
  '黄金海拔',
  '第一段。',
  '列表里的段落。',
  '列表项',
  '海拔',
  '2240米',
  '数据',
  '71家',
];

describe('the blocks read aloud', () => {
  it('are the innermost blocks with text, in order, leaving out hidden text and controls', () => {
    expect(blocksToRead(document.querySelector('article')!).map((b) => b.textContent)).toEqual(
      blocksOfTheArticle,
    );
  });
});

describe('the voice', () => {
  it('is one of the page language, the mainland or British one first', () => {
    const voices = [voice('en-US'), voice('zh-TW'), voice('zh_CN', 'mainland'), voice('en-GB')];
    expect(voiceFor(voices, 'zh-Hans')?.name).toBe('mainland');
    expect(voiceFor(voices, 'en')?.lang).toBe('en-GB');
  });

  it('else the default voice of the language, else the first', () => {
    expect(voiceFor([voice('en-US'), voice('en-AU', 'au', true)], 'en')?.name).toBe('au');
    expect(voiceFor([voice('zh-TW'), voice('zh-HK')], 'zh-Hans')?.lang).toBe('zh-TW');
  });

  it('is none when the browser has no voice of the language', () => {
    expect(voiceFor([voice('en-GB'), voice('fr-FR', 'zhFake')], 'zh-Hans')).toBeUndefined();
    expect(voiceFor([], 'en')).toBeUndefined();
  });
});

describe('reading aloud', () => {
  it('says so and stays off where the browser has no speech', () => {
    enhanceReadAloud(document, undefined, undefined, () => false);
    expect(status()).toBe('不支持');
    expect(enabled()).toBe('');
  });

  it('says so and stays off while there is no voice for the language', () => {
    const synth = fakeSynth([voice('en-GB')]);
    enhanceReadAloud(document, synth, Utterance, () => false);
    expect(status()).toBe('没有中文语音');
    expect(enabled()).toBe('');
    // The browser lists its voices late.
    synth.voices = [voice('en-GB'), voice('zh-CN')];
    synth.voicesChanged();
    expect(status()).toBe('可以朗读');
    expect(enabled()).toBe('play');
  });

  it('reads every block in order, in the voice and language of the page, highlighting each', () => {
    const synth = fakeSynth([voice('en-GB'), voice('zh-CN', 'Mandarin')]);
    enhanceReadAloud(document, synth, Utterance, () => false);
    button('play').click();
    expect(status()).toBe('正在朗读');
    expect(enabled()).toBe('pause stop');
    expect(highlighted()).toEqual(['黄金海拔']);
    for (let step = 0; step < 7; step++) synth.finish();
    expect(synth.spoken.map((utterance) => utterance.text)).toEqual(blocksOfTheArticle);
    expect(new Set(synth.spoken.map((utterance) => utterance.lang))).toEqual(new Set(['zh-CN']));
    expect(synth.spoken.every((utterance) => utterance.voice?.name === 'Mandarin')).toBe(true);
    expect(highlighted()).toEqual(['71家']);
    synth.finish();
    expect(highlighted()).toEqual([]);
    expect(status()).toBe('已读完');
    expect(enabled()).toBe('play');
  });

  it('pauses and resumes where it was', () => {
    const synth = readingWith([voice('zh-CN')]);
    button('play').click();
    synth.finish();
    button('pause').click();
    expect(status()).toBe('已暂停');
    expect(enabled()).toBe('play stop');
    button('play').click();
    expect(synth.calls).toEqual(['speak', 'speak', 'pause', 'resume']);
    expect(highlighted()).toEqual(['第一段。']);
    expect(status()).toBe('正在朗读');
  });

  it('stops: the highlight goes, a late end of the old reading is ignored, play starts afresh', () => {
    const synth = readingWith([voice('zh-CN')]);
    button('play').click();
    synth.finish();
    button('stop').click();
    expect(synth.calls.at(-1)).toBe('cancel');
    expect(highlighted()).toEqual([]);
    expect(status()).toBe('已停止');
    expect(enabled()).toBe('play');
    synth.finish();
    expect(synth.spoken).toHaveLength(2);
    button('play').click();
    expect(synth.spoken.at(-1)!.text).toBe('黄金海拔');
  });

  it('stopping while paused starts the next reading from the beginning', () => {
    const synth = readingWith([voice('zh-CN')]);
    button('play').click();
    button('pause').click();
    button('stop').click();
    button('play').click();
    expect(synth.calls.filter((call) => call === 'resume')).toEqual([]);
    expect(synth.spoken.map((utterance) => utterance.text)).toEqual(['黄金海拔', '黄金海拔']);
  });

  it('keeps the block in view, without motion when the reader asks for less', () => {
    const scrolls: ScrollIntoViewOptions[] = [];
    HTMLElement.prototype.scrollIntoView = function (options) {
      scrolls.push(options as ScrollIntoViewOptions);
    };
    let reduced = false;
    const synth = fakeSynth([voice('zh-CN')]);
    enhanceReadAloud(document, synth, Utterance, () => reduced);
    button('play').click();
    reduced = true;
    synth.finish();
    expect(scrolls).toEqual([
      { block: 'center', behavior: 'smooth' },
      { block: 'center', behavior: 'auto' },
    ]);
  });

  it('does nothing on a page without the controls', () => {
    document.querySelector('[data-read-aloud-status]')!.remove();
    const synth = readingWith([voice('zh-CN')]);
    button('play').disabled = false;
    button('play').click();
    expect(synth.spoken).toEqual([]);
  });
});
