import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import {
  aidButton,
  aidsEnhanced,
  aidsFallback,
  readAloudButton,
  readAloudStatus,
  readingAids,
} from '@/lib/browser/hooks';
import { textSizeSteps } from '@/lib/browser/reading-aids-state';
import type { Locale } from '@/lib/i18n/routing';

/** The read-aloud status line's sentences: the attribute read-aloud.ts reads, and the message. */
const statuses = {
  unsupported: 'unsupported',
  'no-voice': 'noVoice',
  ready: 'ready',
  playing: 'playing',
  paused: 'paused',
  stopped: 'stopped',
  finished: 'finished',
} as const;
/** The text-size buttons' words, one per step of `textSizeSteps`. */
const sizeLabels = ['size0', 'size1', 'size2', 'size3'] as const;

/** A labelled row of the panel's buttons. */
function AidGroup({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div role="group" aria-labelledby={id} className="aid-group">
      <p id={id} className="aid-label">
        {label}
      </p>
      {children}
    </div>
  );
}

/**
 * The header's reading aids (无障碍): larger text, high contrast, wider spacing, a large cursor,
 * a simplified view and reading aloud, made to work by lib/browser/reading-aids.ts and
 * read-aloud.ts. A `<details>`, so it opens by keyboard and without JavaScript, when it explains
 * what the browser and the system offer instead; its buttons are shown by the script.
 */
export async function ReadingAids({ locale, href }: { locale: Locale; href?: string }) {
  const t = await getTranslations({ locale, namespace: 'ReadingAids' });
  return (
    <details {...{ [readingAids]: '' }} className="group shrink-0 print:hidden">
      <summary className="aid-summary">{t('label')}</summary>
      <div className="aid-panel">
        {/* The script changes the attributes below (hidden, aria-pressed, disabled, the status),
            in `npm run dev` possibly before React hydrates the page. */}
        <p {...{ [aidsFallback]: '' }} suppressHydrationWarning className="text-sm">
          {t('withoutScript')}
        </p>
        <div {...{ [aidsEnhanced]: '' }} hidden suppressHydrationWarning className="space-y-4">
          <AidGroup id="aids-text-size" label={t('textSize')}>
            {textSizeSteps.map((percent, step) => (
              <button
                key={percent}
                type="button"
                value={step}
                {...{ [aidButton]: 'text-size' }}
                suppressHydrationWarning
                className="aid-button"
              >
                {t(sizeLabels[step]!)}
              </button>
            ))}
          </AidGroup>
          <AidGroup id="aids-display" label={t('display')}>
            {(['contrast', 'spacing', 'cursor', 'simple'] as const).map((aid) => (
              <button
                key={aid}
                type="button"
                {...{ [aidButton]: aid }}
                suppressHydrationWarning
                // A large cursor is for a mouse: not offered on a touch screen.
                className={aid === 'cursor' ? 'aid-button not-pointer-fine:hidden' : 'aid-button'}
              >
                {t(aid)}
              </button>
            ))}
          </AidGroup>
          <AidGroup id="aids-read-aloud" label={t('readAloud')}>
            {(['play', 'pause', 'stop'] as const).map((action) => (
              <button
                key={action}
                type="button"
                disabled
                {...{ [readAloudButton]: action }}
                suppressHydrationWarning
                className="aid-button"
              >
                {t(action)}
              </button>
            ))}
            <p
              aria-live="polite"
              {...{ [readAloudStatus]: '' }}
              suppressHydrationWarning
              {...Object.fromEntries(
                Object.entries(statuses).map(([status, key]) => [
                  `data-${status}`,
                  t(`status.${key}`),
                ]),
              )}
              className="w-full text-sm"
            >
              {/* Until the script has looked for a voice (React needs a text here to hydrate). */}
              {t('status.unsupported')}
            </p>
          </AidGroup>
          <button type="button" {...{ [aidButton]: 'reset' }} className="aid-button">
            {t('reset')}
          </button>
        </div>
        {href && (
          <p className="text-sm">
            <a href={href} className="inline-flex min-h-11 items-center underline">
              {t('about')}
            </a>
          </p>
        )}
      </div>
    </details>
  );
}
