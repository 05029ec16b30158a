/**
 * The words of the frame every figure shares (charts and maps): the skip link, the source line, the
 * table toggle, the downloads and the embed control, in each language. Each chart keeps its own
 * words in src/charts/words/<id>.ts (one table per chart, beside the code that uses it); this table
 * holds only what every figure says.
 */
import type { Lang } from '../langs';
import { defineMessages, translator } from '../messages';

export const figureMessages = defineMessages({
  en: {
    skipFigure: 'Skip figure',
    source: 'Source',
    sources: 'Sources',
    showTable: 'Show the data as a table',
    getData: 'Get the data:',
    downloadFigure: 'Download the figure:',
    embed: 'Embed this figure',
    more: 'Sources, data and sharing',
    embedHelp: 'Paste this HTML into your page; the frame sizes itself to the figure.',
    copy: 'Copy the code',
    copied: 'Copied.',
    selected: 'Selected: press Ctrl+C or ⌘C to copy.',
    seeEmbed: 'See the figure as it embeds',
    unknown: 'unknown',
    listAnd: ' and ',
    listComma: ', ',
    'status.reported': 'reported',
    'status.derived': 'derived',
    'status.disputed': 'disputed',
    'status.unknown': 'unknown',
    'evidence.documented': 'documented',
    'evidence.inferred': 'inferred',
    'evidence.disputed': 'disputed',
    'confidence.high': 'high',
    'confidence.medium': 'medium',
    'confidence.low': 'low',
    extractsIntro: 'Each chart’s own data, as drawn: the rows behind its marks, taken from the files above.',
    extractsCaption: 'Chart extracts',
    'extracts.chart': 'Chart',
    'extracts.downloads': 'Downloads',
    'extracts.size': 'Size',
    bytes: '{n} bytes',
    kilobytes: '{n} KB',
    png: 'PNG, {width} px',
  },
  ko: {
    skipFigure: '그래픽 건너뛰기',
    source: '출처',
    sources: '출처',
    showTable: '데이터를 표로 보기',
    getData: '데이터 내려받기:',
    downloadFigure: '그래픽 내려받기:',
    embed: '이 그래픽 퍼가기',
    more: '출처·데이터·퍼가기',
    embedHelp: '아래 HTML을 붙여 넣으면 틀의 높이가 그래픽에 맞게 저절로 조정된다.',
    copy: '코드 복사',
    copied: '복사했다.',
    selected: '선택했다. Ctrl+C 또는 ⌘C를 눌러 복사하라.',
    seeEmbed: '퍼간 모습 미리 보기',
    unknown: '알 수 없음',
    listAnd: ', ',
    listComma: ', ',
    'status.reported': '보도됨',
    'status.derived': '계산값',
    'status.disputed': '이견 있음',
    'status.unknown': '알 수 없음',
    'evidence.documented': '기록으로 확인됨',
    'evidence.inferred': '추정',
    'evidence.disputed': '이견 있음',
    'confidence.high': '높음',
    'confidence.medium': '중간',
    'confidence.low': '낮음',
    extractsIntro: '차트마다 그린 그대로의 데이터다. 표시 하나하나의 근거가 된 행을 위의 파일에서 뽑았다.',
    extractsCaption: '차트별 데이터',
    'extracts.chart': '차트',
    'extracts.downloads': '내려받기',
    'extracts.size': '크기',
    bytes: '{n}바이트',
    kilobytes: '{n}KB',
    png: 'PNG, {width}픽셀',
  },
});

/** t(lang, key) for the figure frame. */
export const figureWords = translator(figureMessages);

/** A record's status, evidence or confidence value in words, in `lang` ("reported" → "보도됨"). */
export function statusWord(lang: Lang, kind: 'status' | 'evidence' | 'confidence', value: string): string {
  const key = `${kind}.${value}` as keyof (typeof figureMessages)['en'];
  if (!(key in figureMessages.en)) throw new Error(`No words for the ${kind} "${value}" in src/lib/i18n/ui/figures.ts.`);
  return figureWords(lang, key);
}
