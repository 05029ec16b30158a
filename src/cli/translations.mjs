// `npm run translations`: which Korean chapters and pages follow their English file as it is now
// (fresh), follow an older revision (stale) or do not exist yet (missing). The build prints the
// same list as a warning.
// `npm run translations -- --accept content/ko/chapters/06-the-maybach-journey.md` records, after
// an editor has updated that Korean file, that it follows the English file as it is now.
// Runs under vite-node (package.json) so it shares src/site/translations.ts with the build.
import { acceptTranslation } from '../site/translation-accept.ts';
import { formatReport, translationReport, translationWarnings } from '../site/translations.ts';

const root = process.cwd();
const args = process.argv.slice(2).filter((a) => a !== '--');
const accept = args.indexOf('--accept');

if (accept !== -1) {
  const files = args.slice(accept + 1).filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('Name the Korean file: npm run translations -- --accept content/ko/chapters/06-the-maybach-journey.md');
    process.exit(1);
  }
  try {
    for (const file of files) {
      const done = acceptTranslation(root, file);
      console.log(`${done.korean} now follows ${done.english} of ${done.date} (revision ${done.revision}).`);
    }
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
} else {
  const report = translationReport(root);
  console.log(formatReport(report));
  // The table lists the missing files; a stale one also needs the steps to bring it up to date.
  const warnings = translationWarnings(report.filter((s) => s.state === 'stale'));
  if (warnings.length) console.log(`\n${warnings.join('\n')}`);
}
