/**
 * Loads the web fonts once the page has painted, and puts them to use only when they have all
 * arrived. Their @font-face rules wait in a <style media="print" data-webfonts> (src/cli/subset-fonts.mjs
 * and inline-css.mjs put them there), so no font request competes with the HTML or holds up the
 * first paint: the metric-matched fallback faces (src/styles/fonts.css) draw it. Applying the rules
 * themselves would have the browser lay the whole page out again in the fallback faces while the
 * files load (80 ms on the home page, unthrottled) and once more when they land; the same faces made
 * here, loaded first and then added to document.fonts together, cost one layout, in the web fonts.
 * Only the faces whose range holds a character of the page are loaded. Without JavaScript, a
 * <noscript> copy of the rules applies them at once; in print, the rules' own media applies them.
 */

/** Whether a CSS unicode-range value ("U+20-7E,U+A3"; empty: every character) holds one of `points`. */
export const rangeHolds = (range: string, points: number[]): boolean =>
  !range ||
  range.split(',').some((part) => {
    const [lo, hi = lo] = part
      .trim()
      .slice(2)
      .split('-')
      .map((hex) => parseInt(hex, 16));
    return points.some((p) => p >= lo && p <= hi);
  });

/** Loads the faces of the page's data-webfonts rules that its text needs; adds those that arrived to document.fonts, at once. */
export async function loadWebFonts(doc: Document = document): Promise<void> {
  const points = [...new Set(Array.from(doc.body?.textContent ?? '', (c) => c.codePointAt(0)!))];
  const faces: FontFace[] = [];
  for (const style of doc.querySelectorAll<HTMLStyleElement>('style[data-webfonts]')) {
    for (const rule of style.sheet?.cssRules ?? []) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const get = (name: string) => rule.style.getPropertyValue(name);
      const range = get('unicode-range');
      if (rangeHolds(range, points)) {
        faces.push(
          new FontFace(get('font-family').replace(/["']/g, ''), get('src'), {
            weight: get('font-weight'),
            unicodeRange: range || undefined,
          }),
        );
      }
    }
  }
  for (const result of await Promise.allSettled(faces.map((face) => face.load()))) {
    if (result.status === 'fulfilled') doc.fonts.add(result.value);
  }
}

// Once the page has painted its first text or figure (a timer set then runs after that frame).
// A page opened in a background tab paints nothing, and has no paint to wait for; a browser that
// does not report paints gets the fonts after its first animation frame.
if (typeof document !== 'undefined') {
  const start = () => setTimeout(() => void loadWebFonts(), 0);
  if (document.visibilityState === 'hidden') start();
  else if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      start();
    }).observe({ type: 'paint', buffered: true });
  } else requestAnimationFrame(start);
}
