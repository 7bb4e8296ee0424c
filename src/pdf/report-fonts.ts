// The report fonts as files of this app: the committed subsets of DejaVu Sans (decision 0008), which Vite serves
// and fingerprints like any asset. Never fetched elsewhere.
import boldUrl from '../../templates/pdf/font-files/DejaVuSans-Bold-subset.ttf?url';
import regularUrl from '../../templates/pdf/font-files/DejaVuSans-subset.ttf?url';
import type { FontSources } from '../../templates/pdf/fonts.ts';

export function browserFontSources(origin: string): FontSources {
  return { regular: new URL(regularUrl, origin).href, bold: new URL(boldUrl, origin).href };
}

async function fetchAsDataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return `data:font/ttf;base64,${btoa(binary)}`;
}

/**
 * Fetches both fonts at once, to hand them to react-pdf as data URLs: the PDF worker starts this while its render
 * code is still loading, instead of fetching the fonts after it. If a fetch fails, react-pdf gets the URLs and
 * fetches (and reports a failure) itself.
 */
export async function prefetchFontSources(origin: string): Promise<FontSources> {
  const sources = browserFontSources(origin);
  try {
    const [regular, bold] = await Promise.all([
      fetchAsDataUrl(sources.regular),
      fetchAsDataUrl(sources.bold),
    ]);
    return { regular, bold };
  } catch {
    return sources;
  }
}
