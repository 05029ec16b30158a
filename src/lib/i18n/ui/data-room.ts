/**
 * The data room's labels in each language (src/pages/[...locale]/data/index.astro): the files'
 * facts, the download and dictionary tables, and the section headings. Kept apart from the site
 * chrome (ui/site.ts) so each table stays small.
 */
import { defineMessages, translator } from '../messages';

export const dataRoomMessages = defineMessages({
  en: {
    files: 'The files',
    rows: '{rows} rows',
    csvLayout: 'How the CSV files are laid out',
    references: 'Reference datasets we used',
    referencesIntro:
      'Raw files from other publishers, used unchanged to place ports and airports, check sanctions listings, read trade codes and draw boundaries. They are not republished here; each is credited with its origin and licence.',
    extracts: 'Chart extracts',
    extractsIntro:
      'The data behind each chart is in the files above. Charts that have their own extract link to it from their “Get the data” line.',
    rowsLabel: 'Rows',
    asOf: 'As of',
    licence: 'Licence',
    sourceFile: 'Source file',
    downloadsOf: 'Downloads of {title}',
    download: 'Download',
    size: 'Size',
    dictionary: 'Data dictionary: {count} fields',
    ofTitle: ' of {title}',
    fieldsOf: 'Fields of {title}',
    field: 'Field',
    type: 'Type',
    presence: 'Presence',
    inCsv: 'In the CSV',
    meaning: 'Meaning',
  },
  ko: {
    files: '파일',
    rows: '{rows}행',
    csvLayout: 'CSV 파일의 구성',
    references: '참고한 외부 데이터',
    referencesIntro:
      '항구와 공항의 위치, 제재 대상 명단, 무역 품목 코드, 국경선을 확인하려고 다른 기관이 낸 원자료를 고치지 않고 썼다. 여기서 다시 배포하지 않으며, 각각 출처와 이용 조건을 밝힌다.',
    extracts: '차트별 데이터',
    extractsIntro: '각 차트의 바탕 데이터는 위 파일에 있다. 따로 추출 파일이 있는 차트는 “데이터 받기” 줄에서 그 파일로 연결된다.',
    rowsLabel: '행 수',
    asOf: '기준일',
    licence: '이용 조건',
    sourceFile: '원본 파일',
    downloadsOf: '{title} 내려받기',
    download: '내려받기',
    size: '크기',
    dictionary: '데이터 사전: 필드 {count}개',
    ofTitle: ' ({title})',
    fieldsOf: '{title}의 필드',
    field: '필드',
    type: '형식',
    presence: '값의 유무',
    inCsv: 'CSV에서',
    meaning: '뜻',
  },
});

/** t(lang, key, vars): the data room's words in one language. */
export const t = translator(dataRoomMessages);
