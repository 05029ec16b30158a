/**
 * Korean data sets for the map tests. K5 writes the Korean names into data/ (places, countries,
 * facilitators, makes); until those are there, and so that a test never depends on them, these
 * give the records the maps print the Korean names Korean outlets use, in `ko` objects as the
 * records will carry them (a record's own `ko` wins), and localize the copy as a Korean page does.
 */
import type { Dataset } from '../../lib/data';
import { localizeDataset } from '../../lib/i18n/localize';
import { mapFixture } from './fixture';

type Table = Record<string, Record<string, unknown>>;

export const KOREAN_PLACES: Table = {
  rotterdam: { name: '로테르담' },
  dalian: { name: '다롄' },
  osaka: { name: '오사카' },
  busan: { name: '부산' },
  nakhodka: { name: '나홋카' },
  vladivostok: { name: '블라디보스토크' },
  'vladivostok-airport': { name: '블라디보스토크 국제공항' },
  'pyongyang-airport': { name: '평양 순안국제공항' },
  pohang: { name: '포항' },
  hamburg: { name: '함부르크' },
};

const COUNTRY_NAMES: Record<string, string> = {
  'north-korea': '북한',
  china: '중국',
  russia: '러시아',
  japan: '일본',
  'south-korea': '한국',
  germany: '독일',
  netherlands: '네덜란드',
  thailand: '태국',
  india: '인도',
  ukraine: '우크라이나',
  italy: '이탈리아',
  togo: '토고',
  'marshall-islands': '마셜제도',
  singapore: '싱가포르',
  belarus: '벨라루스',
  bulgaria: '불가리아',
  chile: '칠레',
  'united-kingdom': '영국',
  'united-states': '미국',
};

export const KOREAN_FACILITATORS: Table = {
  'jsc-rzd-logistics': { name: 'JSC RZD 로지스틱스' },
  'tk-vostok-a': { name: 'TK 보스토크-A' },
  'china-cosco-shipping': { name: '중국원양해운(COSCO)' },
  'slavenburg-huyser': { name: '슬라벤뷔르흐 & 하위서르' },
  zuisyo: { name: '즈이쇼' },
  'mino-logistics-japan': { name: '미노 로지스틱스 재팬' },
  'mino-logistics-busan': { name: '미노 로지스틱스(부산)' },
  'han-trade': { name: '한트레이드' },
  'do-young-shipping': { name: '도영해운' },
  dn5505: { name: 'DN5505호' },
  'air-koryo': { name: '고려항공' },
  'shipping-co': { name: '해운회사' },
};

export const KOREAN_MAKES: Table = {
  uaz: { name: 'UAZ' },
  lexus: { name: '렉서스' },
  toyota: { name: '도요타' },
  nissan: { name: '닛산' },
  mitsubishi: { name: '미쓰비시' },
  'mercedes-benz': { name: '메르세데스-벤츠' },
  'unattributed-vehicles': { name: '제조사 미분류' },
};

/** The fixture's own English words (notes, events, publishers), in Korean. */
const FIXTURE_WORDS: Record<string, Table> = {
  sources: { paper: { publisher: '한 신문' }, treasury: { publisher: '한 재무부' } },
  figures: { 'vehicles-total': { label: '추적한 차량' }, 'vehicles-japanese-makes': { label: '일본 제조사' } },
  journeyEvents: { 'ais-off': { title: '선박자동식별장치 꺼짐', description: '배가 신호를 끊었다.' } },
};

/**
 * A record's own Korean: real names from data/ win over the test's, but the placeholder names the
 * shared fixture builders give ("시험 China", src/lib/data/test-support/builders.ts) do not.
 */
function ownKo(record: object): object | undefined {
  const ko = (record as { ko?: { name?: unknown } }).ko;
  return typeof ko?.name === 'string' && ko.name.startsWith('시험 ') ? undefined : ko;
}

function withKo<R extends { id: string }>(records: R[], table: Table): R[] {
  return records.map((r) => (table[r.id] ? { ...r, ko: { ...(r as { ko?: object }).ko, ...table[r.id], ...ownKo(r) } } : r));
}

/** A data set with the Korean names above in `ko` objects and its own notes in Korean, localized to Korean. */
export function inKorean(data: Dataset, words: Record<string, Table> = {}): Dataset {
  const countries = data.countries.map((c) => ({
    ...c,
    ko: { ...(c as { ko?: object }).ko, name: COUNTRY_NAMES[c.id] ?? c.name, ...ownKo(c) },
    roles: c.roles.map((r) => ({ ...r, ko: { detail: '시험용 역할 설명', ...(r as { ko?: object }).ko } })),
  }));
  const koLeg = (l: Dataset['journeyLegs'][number]) =>
    (l as { ko?: object }).ko ? l : { ...l, ko: { evidenceNote: '선적 기록이 있다.', ...(l.note ? { note: '시험용 주석.' } : {}) } };
  const koFlow = (f: Dataset['vehicleFlows'][number]) => ((f as { ko?: object }).ko ? f : { ...f, ko: { note: '시험용 경로 설명.' } });
  const table = (key: string) => ({ ...(FIXTURE_WORDS[key] ?? {}), ...(words[key] ?? {}) });
  const copy = {
    ...data,
    places: withKo(data.places, KOREAN_PLACES),
    countries,
    facilitators: withKo(data.facilitators, KOREAN_FACILITATORS),
    vehicleMakes: withKo(data.vehicleMakes, KOREAN_MAKES),
    sources: withKo(data.sources, table('sources')),
    figures: withKo(data.figures, table('figures')),
    journeyEvents: withKo(data.journeyEvents, table('journeyEvents')),
    journeyLegs: data.journeyLegs.map(koLeg),
    vehicleFlows: data.vehicleFlows.map(koFlow),
  } as Dataset;
  return localizeDataset(copy, 'ko');
}

let fixture: Dataset | undefined;

/** The map fixture (mapFixture) in Korean. */
export function mapFixtureKo(): Dataset {
  fixture ??= inKorean(mapFixture());
  return fixture;
}
