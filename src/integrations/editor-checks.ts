/**
 * An Astro integration that checks what editors write before anything is built: every data file
 * (schemas and cross-references) and the frontmatter of every chapter, page and correction, in
 * English and in Korean (whose translationOf must name an existing English file). A
 * mistake stops the build at once with a message naming the file, the record or field, and the
 * fix. In the dev server the message is printed and the server keeps running; it reloads when a
 * data file changes. Korean files behind their English counterpart, or missing, are a warning.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { chapterSlugsIn, checkChapters } from '../site/check-chapters';
import { checkCorrections, checkPages } from '../site/check-pages';
import { checkTranslations } from '../site/check-translations';
import { translationReport, translationWarnings } from '../site/translations';
import { ChapterError, ContentError, EditorError } from '../lib/data/issues';
import { loadDataset } from '../lib/data/load';

const KOREAN_HELP =
  'The Korean fields are the English ones plus translationOf (src/lib/schemas/translation.ts); EDITING.md, "The Korean edition", explains each error and the fix.';

export function editorChecks(): AstroIntegration {
  return {
    name: 'editor-checks',
    hooks: {
      'astro:config:setup': ({ config, addWatchFile, logger, command }) => {
        const root = fileURLToPath(config.root);
        const dataDir = join(root, 'data');
        for (const name of readdirSync(dataDir).filter((n) => n.endsWith('.json'))) addWatchFile(pathToFileURL(join(dataDir, name)));
        const failures: EditorError[] = [];
        try {
          const data = loadDataset(dataDir);
          const count = Object.values(data).reduce((n, records) => n + records.length, 0);
          logger.info(`data/ is valid: ${count} records in ${Object.keys(data).length} files.`);
        } catch (error) {
          if (!(error instanceof EditorError)) throw error;
          failures.push(error);
        }
        const chapterDir = join(root, 'content/chapters');
        const chapterIssues = checkChapters(chapterDir);
        if (chapterIssues.length) failures.push(new ChapterError(chapterIssues));
        const pageIssues = checkPages(join(root, 'content/pages'));
        if (pageIssues.length) failures.push(new ContentError(pageIssues, 'content/pages'));
        const correctionIssues = checkCorrections(join(root, 'content/corrections'), chapterSlugsIn(chapterDir));
        if (correctionIssues.length) failures.push(new ContentError(correctionIssues, 'content/corrections'));
        const koreanIssues = checkTranslations(root);
        if (koreanIssues.length) failures.push(new EditorError(koreanIssues, 'content/ko/', KOREAN_HELP));
        // A Korean file behind its English one, or not written yet, is news for editors, not a failure.
        const behind = translationWarnings(translationReport(root));
        if (behind.length)
          logger.warn(
            `WARNING: ${behind.length} Korean ${behind.length === 1 ? 'file is' : 'files are'} not up to date with the English (npm run translations lists them):\n${behind.map((w) => `- ${w}`).join('\n')}`,
          );
        if (failures.length === 0) return;
        for (const failure of failures) logger.error(failure.message);
        if (command === 'dev') return;
        const named = failures.flatMap((f) =>
          f.issues.map((i) => `${i.file}${i.record ? ` ${i.record}` : ''}${i.field ? ` "${i.field}"` : ''}`),
        );
        throw new Error(
          `Fix the ${named.length === 1 ? 'problem' : `${named.length} problems`} listed above, then build again: ${named.join('; ')}.`,
        );
      },
    },
  };
}
