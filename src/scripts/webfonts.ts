/**
 * Switches the web fonts on once the page has painted. Their @font-face rules wait in a
 * <style media="print" data-webfonts> (src/cli/subset-fonts.mjs and inline-css.mjs put them
 * there), so no font request competes with the HTML or holds up the first paint: the metric-matched
 * fallback faces (src/styles/fonts.css) draw it, and the web fonts swap in without moving a line.
 * Without JavaScript, a <noscript> copy of the rules applies them at once.
 */
export function enableWebFonts(doc: Document = document): void {
  for (const style of doc.querySelectorAll<HTMLStyleElement>('style[data-webfonts]')) style.media = 'all';
}

// After the frame that paints the page: a timer set inside an animation frame callback runs once
// that frame is drawn. A page opened in a background tab draws no frame, and has no paint to wait for.
if (document.visibilityState === 'hidden') enableWebFonts();
else requestAnimationFrame(() => setTimeout(enableWebFonts, 0));
