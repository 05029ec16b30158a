/**
 * Keyboard focus in a figure, decided at build time: each drawing (a top-level <svg>) keeps one Tab
 * stop, its first focusable mark, and every other mark gets tabindex="-1". Tab then enters a chart
 * or a map once; <lux-tooltips> moves between the marks with the arrow keys. Without JavaScript the
 * marks keep their labels for screen readers, and the figure's table carries what each one says.
 */

const TOKEN = /<svg\b|<\/svg>|tabindex="0"/g;

/** The figure's markup with one tabindex="0" per drawing. */
export function oneTabStopPerDrawing(markup: string): string {
  let depth = 0;
  let stopTaken = false;
  return markup.replace(TOKEN, (token) => {
    if (token === '</svg>') depth = Math.max(depth - 1, 0);
    else if (token !== 'tabindex="0"') {
      if (depth === 0) stopTaken = false;
      depth += 1;
    } else if (depth > 0) {
      if (stopTaken) return 'tabindex="-1"';
      stopTaken = true;
    }
    return token;
  });
}
