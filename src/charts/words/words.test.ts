// Every message table of the figures asks each language for the same {placeholders}, and every
// Korean message is Korean (Hangul), never an English string left in place.
import { describe, expect, it } from 'vitest';
import { placeholderMismatches, type MessageTable } from '../../lib/i18n/messages';
import { figureMessages } from '../../lib/i18n/ui/figures';
import { messages as estimate } from './estimate-vs-reported';
import { messages as facilitators } from './facilitator-counts';
import { messages as imports } from './imports-by-country';
import { messages as china } from './luxury-imports-from-china';
import { messages as handlers } from './maybach-handlers';
import { messages as timeline } from './maybach-timeline';
import { messages as ninety } from './ninety-countries';
import { messages as unBan } from './un-ban-timeline';
import { messages as makes } from './vehicles-by-make';

const tables: Record<string, MessageTable<string>> = {
  'ui/figures': figureMessages,
  'estimate-vs-reported': estimate,
  'facilitator-counts': facilitators,
  'imports-by-country': imports,
  'luxury-imports-from-china': china,
  'maybach-handlers': handlers,
  'maybach-timeline': timeline,
  'ninety-countries': ninety,
  'un-ban-timeline': unBan,
  'vehicles-by-make': makes,
};

// Messages that are only punctuation around placeholders ("{label}: {count}"), in English too.
const NO_WORDS = /^[\s\d:;,.()·–~\-—→]*$/;
// Keys whose Korean needs no word by design: a list joins with a comma (no particle to agree with),
// word order or an arrow says what English says with "in" and "from … to", and KB is KB.
const PUNCTUATION_IN_KOREAN = new Set(['listAnd', 'partValue', 'route', 'when', 'kilobytes']);

describe.each(Object.entries(tables))('messages %s', (_name, table) => {
  it('asks every language for the same placeholders', () => {
    expect(placeholderMismatches(table)).toEqual([]);
  });

  it('has Korean for every key whose English has words', () => {
    const untranslated = Object.entries(table.ko).filter(
      ([key, ko]) =>
        !PUNCTUATION_IN_KOREAN.has(key) && !/[\uAC00-\uD7A3]/.test(ko) && !NO_WORDS.test(table.en[key].replace(/\{\w+\}/g, '')),
    );
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});
