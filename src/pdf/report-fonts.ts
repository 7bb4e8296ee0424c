// The report fonts as files of this app (Vite copies them from the dejavu-fonts-ttf package): never fetched elsewhere.
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import type { FontSources } from '../../templates/pdf/fonts.ts';

export function browserFontSources(origin: string): FontSources {
  return { regular: new URL(regularUrl, origin).href, bold: new URL(boldUrl, origin).href };
}
