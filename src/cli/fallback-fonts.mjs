// Writes the fallback faces (the block between the BEGIN and END comments) of src/styles/fonts.css,
// the Latin families, which every page carries, and of src/styles/fonts-ko.css, the Korean
// families, which only Korean pages carry (src/cli/subset-fonts.mjs puts them with the Korean web
// fonts), from the font measurements in src/cli/fonts/fallback-metrics.json. With --measure it
// first measures again, over the text of the built site in dist/ (run `npm run build` first): the
// web fonts from node_modules and the system fonts of this machine, found by fontconfig (Debian's
// fonts-liberation, fonts-dejavu-core, fonts-noto-cjk and fonts-nanum), and rewrites the JSON.
// `npx vitest run src/cli/fonts` checks that the blocks are current.
//   node src/cli/fallback-fonts.mjs [--measure]
import { execFileSync } from 'node:child_process';
import * as prettier from 'prettier';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from './fonts/glyphs.mjs';
import { isKoreanPage } from './fonts/korean.mjs';
import {
  FALLBACKS,
  KOREAN_CHARACTERS,
  LATIN_CHARACTERS,
  SHEETS,
  characterCounts,
  fallbackCss,
  measureSystemFont,
  measureWebFonts,
  siteText,
  withGenerated,
} from './fonts/fallbacks.mjs';

const root = process.cwd();
const metricsFile = join(root, 'src/cli/fonts/fallback-metrics.json');

if (process.argv.includes('--measure')) {
  const pages = filesUnder(join(root, 'dist'), ['.html']).map((file) => {
    const html = readFileSync(file, 'utf8');
    return { html, ko: isKoreanPage(html) };
  });
  const text = siteText(pages);
  console.log(`site text: ${text.latin.length} English blocks, ${text.korean.length} Korean blocks from ${pages.length} pages`);
  const fonts = {};
  for (const fallback of FALLBACKS.filter((f) => f.measured)) {
    const korean = fallback.web.endsWith('-kr');
    for (const style of ['Regular', 'Bold']) {
      const pattern = `${fallback.measured}:style=${style === 'Regular' ? 'Regular,Book' : 'Bold'}`;
      const [file, index, family] = execFileSync('fc-match', ['-f', '%{file}|%{index}|%{family[0]}', pattern], { encoding: 'utf8' }).split(
        '|',
      );
      if (family !== fallback.measured) {
        console.error(
          `fallback-fonts: ${fallback.measured} ${style} is not installed (fontconfig offers ${family}); install it to measure.`,
        );
        process.exit(1);
      }
      const key = `${fallback.measured}${style === 'Bold' ? ' Bold' : ''}`;
      fonts[key] = { file, index: Number(index), ...measureSystemFont(file, Number(index), korean, korean ? text.korean : text.latin) };
      console.log(`measured ${key}: ${file}#${index}`);
    }
  }
  const web = await measureWebFonts(text);
  const frequency = { latin: characterCounts(text.latin, LATIN_CHARACTERS), korean: characterCounts(text.korean, KOREAN_CHARACTERS) };
  const json = JSON.stringify({ frequency, web, fonts });
  writeFileSync(metricsFile, await prettier.format(json, { ...(await prettier.resolveConfig(metricsFile)), filepath: metricsFile }));
}

const metrics = JSON.parse(readFileSync(metricsFile, 'utf8'));
for (const { file, korean } of SHEETS) {
  const sheetFile = join(root, file);
  const css = fallbackCss(metrics, { korean });
  // Written as Prettier writes it, so `npm run check` passes and the unit test can compare.
  const sheet = withGenerated(readFileSync(sheetFile, 'utf8'), css, file);
  writeFileSync(sheetFile, await prettier.format(sheet, { ...(await prettier.resolveConfig(sheetFile)), filepath: sheetFile }));
  console.log(`fallback-fonts: ${(css.match(/@font-face/g) ?? []).length} fallback faces written to ${file}`);
}
