import { getTranslations } from 'next-intl/server';
import { currentLocale } from '@/lib/i18n/current';
import { datasetCitation } from '@/lib/figures/citation';
import { formatNumber } from '@/lib/figures/format';
import { columnDescription, dataColumns, dataDownloads } from '@/lib/figures/open-data';
import type { Locale } from '@/lib/i18n/routing';
import { accessDateSlot, Citation } from './Citation';

/** "22.1 KB": a file size as a download link names it. */
function formatSize(bytes: number, locale: Locale): string {
  return `${formatNumber(Math.round(bytes / 100) / 10, locale)} KB`;
}

/**
 * The open-data files with their format and size, the citation of the whole dataset, and what
 * each CSV column holds. Sizes are measured on the very text the build writes.
 */
export async function Downloads() {
  const locale = await currentLocale();
  const t = await getTranslations({ locale, namespace: 'Downloads' });
  const tCitation = await getTranslations({ locale, namespace: 'Citation' });
  return (
    <div className="not-prose my-6 space-y-4">
      {/* Named by the heading the page puts above it; a hidden name on a plain list is not announced
          by every screen reader, so an aria-label here only duplicated that heading. */}
      <ul className="flex flex-wrap gap-3">
        {dataDownloads.map((file) => (
          <li key={file.path}>
            <a
              href={file.path}
              download
              type={file.mediaType}
              className="inline-flex min-h-11 flex-col justify-center rounded-md bg-action px-4 py-1 text-white hover:bg-band"
            >
              <span className="font-semibold">{file.path.split('/').pop()}</span>
              <span className="text-xs text-white">
                {t('size', {
                  format: file.format,
                  size: formatSize(Buffer.byteLength(file.build()), locale),
                })}
              </span>
            </a>
          </li>
        ))}
      </ul>
      <Citation
        id="cite-dataset"
        locale={locale}
        summary={tCitation('citeDataset')}
        text={datasetCitation(locale, accessDateSlot)}
      />
      <details className="rounded-md bg-stone-50 text-sm">
        <summary className="cursor-pointer px-3 py-2 font-medium text-park-700">
          {t('columnsCaption')}
        </summary>
        <div className="overflow-x-auto px-3 pb-3">
          <table className="w-full text-left">
            <caption className="sr-only">{t('columnsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-3">
                  {t('column')}
                </th>
                <th scope="col" className="py-1">
                  {t('meaning')}
                </th>
              </tr>
            </thead>
            <tbody>
              {dataColumns.map((column) => (
                <tr key={column.name} className="border-t border-stone-200">
                  <td className="py-1 pr-3 font-mono text-xs">{column.name}</td>
                  <td className="py-1">{columnDescription(column.name, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
