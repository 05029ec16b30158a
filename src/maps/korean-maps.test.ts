// The story maps drawn in Korean, from a fixture whose records carry Korean names (test-support/korean):
// every word of the figure in Korean, no English left but proper names from the data and units;
// the same structure as the English; snapshots; and no language leaking between drawings.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderFigure } from '../figures';
import { MAP_MESSAGES } from '../lib/i18n/ui/maps';
import { FLOW_MESSAGES } from '../lib/i18n/ui/maps-flows';
import { type MessageTable, placeholderMismatches } from '../lib/i18n/messages';
import { compareSvgSnapshot } from '../lib/testing/svg-snapshot';
import type { Dataset } from '../lib/data';
import { journeySvgs, MAYBACH_JOURNEY } from './maybach-journey';
import { VEHICLE_FLOWS, vehicleFlowSvgs } from './vehicle-flows';
import { mapFixture } from './test-support/fixture';
import { inKorean, mapFixtureKo } from './test-support/korean';
import { locatorMap } from './entity-locator';
import { entityLocator } from '../figures/locator';
import { buildProfile } from '../lib/entity-pages/profile';
import { getDataset } from '../lib/data';

const ko = mapFixtureKo();
const en = mapFixture();
const HANGUL = /[\uAC00-\uD7A3]/;
const doc = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

/** Latin words a Korean map may print: proper names from the data set's name fields, units and key names. */
function allowedLatin(data: Dataset): Set<string> {
  const names = [
    ...data.sources.map((s) => s.publisher),
    ...data.facilitators.map((f) => f.name),
    ...data.vehicleMakes.map((m) => m.name),
    ...data.places.flatMap((p) => [p.name, p.coordinates.reference]),
    ...['SeaRoute', 'Home', 'End', 'Esc', 'Port-MIS', 'Natural Earth', 'Eurostat', 'CSV', 'JSON', 'SVG', 'PNG', 'HTML', 'km'],
  ];
  return new Set(names.flatMap((n) => n.match(/[A-Za-z][A-Za-z0-9-]*/g) ?? []));
}

/** Every text a reader (or a screen reader) meets in a figure: text nodes and the attributes that carry words. */
function readerTexts(root: Element): string[] {
  // The whole figure, credits, downloads and the embed block too; only the embed snippet is left out:
  // it is HTML to paste, not words to read (its title, the figure's, is checked on its own below).
  const clone = root.cloneNode(true) as Element;
  for (const el of clone.querySelectorAll('textarea')) el.remove();
  const attributes = ['aria-label', 'data-tip', 'data-tip-title', 'data-step-label', 'data-label'];
  const elements = [...clone.querySelectorAll('*')];
  const texts = elements.flatMap((el) => [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? ''));
  return [...texts, ...elements.flatMap((el) => attributes.map((a) => el.getAttribute(a) ?? ''))].filter((s) => s.trim());
}

function leftoverEnglish(root: Element, data: Dataset): string[] {
  const allowed = allowedLatin(data);
  return readerTexts(root).flatMap((text) =>
    (text.match(/[A-Za-z][A-Za-z0-9-]*/g) ?? []).filter((w) => !allowed.has(w)).map((w) => `${w} in "${text.slice(0, 80)}"`),
  );
}

describe.each([
  ['maps.ts', MAP_MESSAGES],
  ['maps-flows.ts', FLOW_MESSAGES],
] as [string, MessageTable<string>][])('the map messages (src/lib/i18n/ui/%s)', (_, MESSAGES) => {
  it('ask for the same placeholders in both languages', () => {
    expect(placeholderMismatches(MESSAGES)).toEqual([]);
  });

  it('are Korean in Korean: every message with words has Hangul, and none is the English copied', () => {
    const words = Object.entries(MESSAGES.ko).filter(([, text]) => /[A-Za-z]/.test(text.replace(/\{\w+\}/g, '')));
    for (const [key, text] of words) expect(text, key).toMatch(HANGUL);
    const copied = Object.entries(MESSAGES.ko).filter(
      ([key, text]) => /[A-Za-z]{3}/.test(text.replace(/\{\w+\}/g, '')) && text === MESSAGES.en[key],
    );
    expect(copied).toEqual([]);
  });
});

describe.each([
  [MAYBACH_JOURNEY, 'journey'],
  [VEHICLE_FLOWS, 'flows'],
])('the %s map in Korean', (id) => {
  const figure = doc(renderFigure(id, ko)).querySelector(`#figure-${id}`)!;
  const english = doc(renderFigure(id, en)).querySelector(`#figure-${id}`)!;

  it('has no English words left but proper names from the data and units', () => {
    expect(leftoverEnglish(figure, ko)).toEqual([]);
  });

  it('links its credits to the Korean sources page and its downloads and embed in Korean words', () => {
    const credits = [...figure.querySelectorAll('.chart__source a')].map((a) => a.getAttribute('href'));
    expect(credits.length).toBeGreaterThan(0);
    for (const href of credits) expect(href).toMatch(/^\/ko\/sources\/#/);
    expect(figure.querySelector('.chart__get')!.textContent).toMatch(/^데이터 내려받기: CSV · JSON$/);
    expect(figure.querySelector('.figure-share__embed summary')!.textContent).toBe('이 그래픽 퍼가기');
    // linkedom leaves a textarea's text escaped; a browser reads it as this HTML.
    const code = figure.querySelector('textarea')!.textContent!;
    const snippet = doc(doc(`<p>${code}</p>`).querySelector('p')!.textContent!).querySelector('iframe')!;
    expect(snippet.getAttribute('src')).toContain(`/ko/embed/${id}/`);
    expect(snippet.getAttribute('title')).toMatch(HANGUL);
  });

  it('would catch English: the same check finds the English figure’s words', () => {
    expect(leftoverEnglish(english, en).length).toBeGreaterThan(50);
  });

  it('keeps the English structure: the same layouts, marks, places, table rows and legend entries', () => {
    const count = (root: Element, selector: string) => root.querySelectorAll(selector).length;
    for (const selector of [
      'svg.map-svg',
      'g.flow[data-flow]',
      'g.place[data-place]',
      'tr[data-flow]',
      '.legend__list li',
      '[data-step-card]',
    ])
      expect(count(figure, selector), selector).toBe(count(english, selector));
    expect(count(figure, 'g.flow[data-flow]')).toBeGreaterThan(0);
  });

  it('labels places and countries in Hangul, titles and describes the figure in Korean', () => {
    const labels = [...figure.querySelectorAll('.place__label, .country-label')].map((t) => t.textContent!).filter(Boolean);
    expect(labels.length).toBeGreaterThan(2);
    for (const label of labels) expect(label).toMatch(HANGUL);
    for (const selector of [
      '.chart__title',
      '.chart__dek',
      '.visually-hidden',
      'table.map__table caption',
      '.chart__notes li',
      '.chart__source',
    ])
      expect(figure.querySelector(selector)?.textContent, selector).toMatch(HANGUL);
    for (const mark of figure.querySelectorAll('[data-tip]')) expect(mark.getAttribute('data-tip-title')).toMatch(HANGUL);
  });
});

describe('the journey map in Korean', () => {
  const figure = doc(renderFigure(MAYBACH_JOURNEY, ko)).querySelector(`#figure-${MAYBACH_JOURNEY}`)!;
  const tip = (leg: string) => {
    const mark = figure.querySelector(`svg.map-svg--wide [data-flow="${leg}"]`)!;
    return `${mark.getAttribute('data-tip-title')}\n${mark.getAttribute('data-tip')}`;
  };

  it('dates legs in Korean style and names modes and evidence in Korean words', () => {
    expect(tip('leg-one')).toContain('1구간: 로테르담 → 다롄');
    expect(tip('leg-one')).toContain('2018년 6월 14일 출발 · 2018년 7월 31일 도착');
    expect(tip('leg-one')).toContain('해상 운송 · 해운회사');
    expect(tip('leg-two')).toContain('근거: 추정');
    expect(figure.querySelector('.chart__dek')!.textContent).toBe('로테르담에서 오사카까지 2개 구간, 2018년 6월 14일~8월 26일');
  });

  it('steps through the legs with Korean buttons and announcements, written into the markup for the script', () => {
    const buttons = [...figure.querySelectorAll('[data-steps-control] button')].map((b) => b.textContent);
    expect(buttons).toEqual(['← 이전 구간', '다음 구간 →']);
    const cards = [...figure.querySelectorAll('[data-step-card]')].map((c) => c.getAttribute('data-step-label'));
    expect(cards).toEqual(['전체 2개 구간', '2개 구간 중 1구간: 로테르담 → 다롄', '2개 구간 중 2구간: 다롄 → 오사카']);
    expect(figure.querySelector('[data-step-status]')!.textContent).toBe('전체 2개 구간');
    expect(figure.querySelector('.map-steps__how')!.textContent).toContain('Home·End 키');
  });

  it('puts the Korean legend, table headings and toggles around the map', () => {
    expect([...figure.querySelectorAll('.legend__title')].map((t) => t.textContent)).toEqual([
      '차량의 이동 수단',
      '출처가 보여 주는 것',
      '지도 표시',
    ]);
    expect([...figure.querySelectorAll('table.map__table th[scope="col"]')].map((t) => t.textContent)).toEqual([
      '구간',
      '시기',
      '수단',
      '근거',
      '출처',
    ]);
    expect(figure.querySelector('.map__route .chart__toggle')!.textContent!.trim()).toBe('경로 표 보기');
    expect(figure.querySelector('.panel__caption')!.textContent).toBe('동아시아 확대');
  });

  it('matches its stored Korean SVG snapshot', () => {
    const result = compareSvgSnapshot(import.meta.dirname, 'maybach-journey.ko', journeySvgs(ko).join(''));
    expect(result.pass, result.message).toBe(true);
  });
});

describe('the vehicle-flows map in Korean', () => {
  const figure = doc(renderFigure(VEHICLE_FLOWS, ko)).querySelector(`#figure-${VEHICLE_FLOWS}`)!;

  it('counts vehicles with their Korean counter in the co-signers box, the legend and the tooltips', () => {
    const box = figure.querySelector('svg.map-svg--wide .cosigners')!;
    expect(box.querySelector('.cosigners__title')!.textContent).toBe('러시아의 공동 서명 업체');
    expect(box.querySelector('.cosigner__label')!.textContent).toBe('해운회사: 5대');
    expect([...figure.querySelectorAll('.legend__list li')].map((li) => li.textContent)).toContain('500대');
    const uaz = figure.querySelector('svg.map-svg--wide .flows [data-flow="flow-china-north-korea-uaz"]')!;
    expect(uaz.getAttribute('data-tip-title')).toBe('러시아 제조사: 중국 → 북한');
    expect(uaz.getAttribute('data-tip')).toContain('5대 (보도된 대수)');
    expect(figure.querySelector('.make-label')!.textContent).toMatch(/^(UAZ 5대|렉서스 4대)$/);
  });

  it('matches its stored Korean SVG snapshot', () => {
    const result = compareSvgSnapshot(import.meta.dirname, 'vehicle-flows.ko', vehicleFlowSvgs(ko).join(''));
    expect(result.pass, result.message).toBe(true);
  });
});

describe('drawing in one language, then the other', () => {
  it('leaves no word of one in the other: nothing is cached across languages', () => {
    const first = [journeySvgs(en).join(''), vehicleFlowSvgs(en).join('')];
    const korean = [journeySvgs(ko).join(''), vehicleFlowSvgs(ko).join('')];
    expect([journeySvgs(en).join(''), vehicleFlowSvgs(en).join('')]).toEqual(first);
    for (const svg of first) expect(svg).not.toMatch(HANGUL);
    for (const svg of korean) expect(svg).toMatch(HANGUL);
  });
});

describe('the entity locator maps in Korean', () => {
  it.each(['dalian', 'rotterdam', 'china', 'shipping-co'])('name places, countries, legs and credits in Korean: %s', (id) => {
    const html = locatorMap(ko, buildProfile(ko, id));
    const root = doc(html).body;
    expect(root.querySelector('svg.locator__svg')).not.toBeNull();
    expect(leftoverEnglish(root, ko)).toEqual([]);
    expect(root.querySelector('svg')!.getAttribute('aria-label')).toMatch(HANGUL);
    expect(root.querySelector('figcaption')!.textContent).toContain('국경: ');
    for (const t of root.querySelectorAll('.locator__country')) expect(t.textContent).toMatch(HANGUL);
    const credits = [...root.querySelectorAll('figcaption a')].map((a) => a.getAttribute('href'));
    expect(credits.length).toBeGreaterThan(0);
    for (const href of credits) expect(href).toMatch(/^\/ko\/sources\/#/);
  });

  it.each(['dalian', 'china'])('give the figure contract a Korean text alternative, the same as the SVG’s label: %s', (id) => {
    const profile = buildProfile(ko, id);
    const alt = entityLocator.texts({ data: ko, profile }).alt;
    expect(alt).toMatch(HANGUL);
    expect(alt).toBe(doc(locatorMap(ko, profile)).querySelector('svg')!.getAttribute('aria-label'));
    expect(entityLocator.texts({ data: en, profile: buildProfile(en, id) }).alt).not.toMatch(HANGUL);
  });
});

describe('the maps drawn from the real data in Korean', () => {
  // Names come from K5's records at merge time; here the test gives them (test-support/korean).
  const data = inKorean(getDataset('ko'));
  const fragments = [...Object.values(MAP_MESSAGES.en), ...Object.values(FLOW_MESSAGES.en)]
    .flatMap((m) => m.split(/\{\w+\}/))
    .map((f) => f.trim())
    .filter((f) => f.split(' ').length >= 3);

  it.each([MAYBACH_JOURNEY, VEHICLE_FLOWS])('print none of the maps’ English words: %s', (id) => {
    const html = renderFigure(id, data).replace(/&#10;/g, '\n');
    expect(fragments.length).toBeGreaterThan(50);
    expect(fragments.filter((f) => html.includes(f))).toEqual([]);
  });

  it('print the legs’ and flows’ own notes in our Korean, from their ko objects in data/', () => {
    const table = doc(renderFigure(MAYBACH_JOURNEY, data)).querySelector('table.map__table')!;
    for (const leg of data.journeyLegs) expect(table.textContent).toContain(leg.evidenceNote);
    expect(data.journeyLegs.every((l) => HANGUL.test(l.evidenceNote))).toBe(true);
    expect(data.vehicleFlows.every((f) => HANGUL.test(f.note) && (!f.method || HANGUL.test(f.method)))).toBe(true);
  });
});
