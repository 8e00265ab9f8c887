import { splitAtUrl } from '@/lib/figures/format';

/**
 * A text naming a figure's source, with the source's web address, where it has one, as a link
 * to it; a source without an address is plain text.
 */
export function LinkedSource({ text, url }: { text: string; url: string }) {
  const parts = splitAtUrl(text, url);
  if (!parts) return text;
  const [before, address, after] = parts;
  return (
    <>
      {before}
      <a href={address} className="break-all text-park-700 underline">
        {address}
      </a>
      {after}
    </>
  );
}
