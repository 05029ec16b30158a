import { describe, expect, it } from 'vitest';
import { getDataset } from '../data';
import { buildDataset } from '../data/test-support/builders';
import { localizeDataset } from '../i18n/localize';
import { entityKindTitle, entityUrl } from '../entities';
import { legDate } from './dated';
import { indexGroups } from './index-groups';
import { buildProfile, COUNTRY_ROLES, coordinates } from './profile';

const ko = getDataset('ko');
const en = getDataset();

describe('buildProfile(getDataset("ko"), id): the profile in Korean', () => {
  it('words a vessel in Korean: kind, flag, summary, identifiers and its counts', () => {
    const p = buildProfile(ko, 'dn5505');
    expect(p.entity.name).toBe('DN5505호');
    expect(p.kindLabel).toBe('선박');
    expect(p.country).toMatchObject({ relation: '선적국', entity: { id: 'togo', name: '토고' } });
    expect(p.summary).toMatch(/^부산에서 마이바흐를 싣고/);
    expect(p.facts[0]).toMatchObject({ label: '선적', value: '토고' });
    expect(p.facts.find((f) => f.value.includes('84'))).toMatchObject({ label: '길이와 폭', value: '84m × 13m' });
    expect(p.roles.map((r) => r.role)[1]).toBe('2018년 10월 1일부터 19일까지 자동식별장치(AIS)를 끔');
  });

  it('keeps the English profile English', () => {
    const p = buildProfile(en, 'dn5505');
    expect([p.entity.name, p.kindLabel, p.country!.relation, p.facts[0].label]).toEqual(['DN5505', 'Vessel', 'Flag', 'Flag']);
  });

  it('gives a North Korean place its South Korean name and Korean coordinates', () => {
    const p = buildProfile(ko, 'pyongyang-airport');
    expect(p.entity.name).toBe('평양 순안국제공항');
    expect(p.kindLabel).toBe('공항');
    expect(p.country).toMatchObject({ relation: '소재국', entity: { name: '북한' } });
    expect(p.facts[0].label).toBe('좌표');
    expect(p.facts[0].value).toMatch(/^북위 [\d.]+°, 동경 [\d.]+°$/);
  });

  it('names a country’s roles and their details in Korean, and its related groups', () => {
    const p = buildProfile(ko, 'china');
    expect(p.roles.map((r) => r.role)).toEqual(['사치품 공급국', '경유국', '관련 업체 소재국']);
    expect(p.roles[1].detail).toContain('2018년 7월 31일부터 8월 26일까지 다롄에 머물렀다');
    expect(p.related.map((g) => g.heading)).toEqual(['장소', '기업·선박·항공사']);
    expect(p.related[1].entities.map((e) => e.name)).toContain('차이나코스코쉬핑');
  });

  it('prints a make’s count the Korean way, with the whole it is part of', () => {
    const p = buildProfile(ko, 'uaz');
    expect(p.kindLabel).toBe('차량 브랜드');
    expect([p.figures[0].text, p.figures[0].of]).toEqual(['537대', '803대']);
    expect(buildProfile(en, 'uaz').figures[0].text).toBe('537 vehicles');
  });

  it('works on any localized data set, not only data/', () => {
    const p = buildProfile(localizeDataset(buildDataset(), 'ko'), 'shipping-co');
    expect([p.entity.name, p.kindLabel, p.summary, p.country!.relation]).toEqual(['시험 해운', '기업', '차량을 운송했다.', '소재국']);
    expect(p.figures.map((f) => [f.text, f.of])).toEqual([['5대', '10대']]);
  });
});

describe('indexGroups(getDataset("ko"), kind)', () => {
  it('heads the groups in Korean, sorts by Korean name and words a vessel’s flag', () => {
    const groups = indexGroups(ko, 'facilitator');
    expect(groups.map((g) => g.heading)).toEqual(['기업', '선박', '항공사']);
    const names = groups[0].entries.map((e) => e.entity.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'ko-KR')));
    expect(groups[1].entries[0]).toMatchObject({ where: '토고 선적' });
  });

  it('joins a country’s roles in Korean, and says when no source gives a make’s count', () => {
    const china = indexGroups(ko, 'country')[0].entries.find((e) => e.entity.id === 'china')!;
    expect(china.line).toBe('사치품 공급국, 경유국, 관련 업체 소재국');
    const mercedes = indexGroups(ko, 'vehicle-make')[0].entries.find((e) => e.entity.id === 'mercedes-benz')!;
    expect(mercedes.line).toBe('대수를 밝힌 출처 없음');
    expect(indexGroups(en, 'country')[0].entries.find((e) => e.entity.id === 'china')!.line).toBe(
      'Source of luxury goods; transit; base of firms in the story',
    );
  });
});

describe('the other entity words in Korean', () => {
  it('dates a leg in Korean, keeping what the date rests on', () => {
    expect(legDate('depart', { date: '2018-09-30', basis: 'reported', sources: ['s'] }, 'ko')).toBe('출발: 2018년 9월 30일');
    expect(legDate('arrive', { date: '2018-10-05', basis: 'scheduled', sources: ['s'] }, 'ko')).toBe(
      '도착 예정: 2018년 10월 5일(예정일이며 도착 기록은 없다)',
    );
    expect(legDate('arrive', { date: '2018-10-05', basis: 'estimated', sources: ['s'] }, 'ko')).toBe('도착: 2018년 10월 5일쯤(추정)');
    expect(legDate('arrive', null, 'ko')).toBe('도착: 출처에 날짜 없음');
  });

  it('carries the original script of a Korean name, and none in English', () => {
    expect(buildProfile(ko, 'dalian').entity).toMatchObject({ name: '다롄', original: '大连' });
    expect(buildProfile(ko, 'busan').entity.original).toBeUndefined();
    expect(buildProfile(en, 'dalian').entity).toEqual({ id: 'dalian', kind: 'place', name: 'Dalian', file: 'data/places.json' });
  });

  it('titles the indexes, links entity pages under /ko/ and prints coordinates with Korean hemispheres', () => {
    expect(entityKindTitle('place', 'ko')).toBe('항구·공항·도시');
    expect(entityKindTitle('place')).toBe('Ports, airports and cities');
    expect(entityUrl({ id: 'china', kind: 'country' }, 'ko')).toMatch(/\/ko\/countries\/china\/$/);
    expect(coordinates(-33.5, -70.6, 'ko')).toBe('남위 33.5°, 서경 70.6°');
    expect(coordinates(51.9, 4.4833)).toBe('51.9° N, 4.4833° E');
    expect(COUNTRY_ROLES.transit).toBe('Transit');
  });
});
