import { describe, expect, it } from 'vitest';
import { getDataset } from '../data';
import { validRecords } from '../data/test-support/builders';
import { rejection } from '../data/test-support/reject';

const hangul = /[\uAC00-\uD7A3]/;

describe('Korean names of entities (ko.name)', () => {
  it('fails naming file, record and field when a country, place, make or facilitator has no Korean name', () => {
    const records = validRecords();
    delete records.countries[0].ko;
    delete (records.places[0].ko as Record<string, unknown>).name;
    delete records.vehicleMakes[0].ko;
    delete records.facilitators[0].ko;
    const message = rejection(records);
    expect(message).toContain('data/countries.json, record "north-korea", field "ko"');
    expect(message).toContain('data/places.json, record "rotterdam", field "ko.name"');
    expect(message).toContain('data/vehicle-makes.json, record "uaz", field "ko"');
    expect(message).toContain('data/facilitators.json, record "shipping-co", field "ko"');
  });

  it('fails when the Korean name is not in Hangul, quoting what was typed', () => {
    const records = validRecords();
    records.places[1].ko = { name: 'Dalian', original: '大连' };
    const message = rejection(records);
    expect(message).toContain(
      'data/places.json, record "dalian", field "ko.name": expected Korean text containing Hangul, received "Dalian"',
    );
  });

  it('fails when a nested reader-facing text (a country role) has no Korean', () => {
    const records = validRecords();
    const roles = records.countries[1].roles as Record<string, unknown>[];
    roles[0].ko = { detail: 'Largest supplier.' };
    expect(rejection(records)).toContain(
      'data/countries.json, record "china", field "roles[0].ko.detail": expected Korean text containing Hangul',
    );
  });

  it('fails when a role’s Korean dispute does not name the Korean about of its disputed entry', () => {
    const records = validRecords();
    const firm = records.facilitators[0];
    firm.roles = [{ role: 'Carrier', dispute: 'Its role', sources: ['report'], ko: { role: '운송사', dispute: '다른 것' } }];
    firm.disputed = [
      { about: 'Its role', detail: 'Accounts differ.', sources: ['report'], ko: { about: '역할', detail: '설명이 엇갈린다.' } },
    ];
    expect(rejection(records)).toContain(
      'record "shipping-co", field "roles[0].ko.dispute": expected "역할", the Korean about of the disputed entry "Its role", received "다른 것"',
    );
  });

  it('holds in data/: every entity has a Hangul name, and North Korean places use the South Korean form', () => {
    const data = getDataset();
    const all = [...data.countries, ...data.places, ...data.vehicleMakes, ...data.facilitators];
    expect(all).toHaveLength(50);
    for (const record of all) expect(record.ko.name, record.id).toMatch(hangul);
    expect(data.places.find((p) => p.id === 'pyongyang-airport')!.ko.name).toBe('평양 순안국제공항');
    expect(data.places.find((p) => p.id === 'dalian')!.ko).toEqual({ name: '다롄', original: '大连', originalLang: 'zh' });
    expect(data.countries.find((c) => c.id === 'north-korea')!.ko.name).toBe('북한');
  });

  it('holds in data/: an original in another script says its language, as its letters and its country say', () => {
    const data = getDataset();
    const all = [...data.countries, ...data.places, ...data.vehicleMakes, ...data.facilitators];
    const wrong: string[] = [];
    for (const record of all) {
      const { original, originalLang } = record.ko as { original?: string; originalLang?: string };
      if (!original) continue;
      const country = 'country' in record ? record.country : 'makerCountry' in record ? record.makerCountry : undefined;
      const expected = /[\u0400-\u04ff]/.test(original)
        ? 'ru'
        : /[\u3040-\u30ff]/.test(original)
          ? 'ja'
          : /[\u4e00-\u9fff]/.test(original)
            ? { china: 'zh', japan: 'ja' }[String(country)]
            : undefined;
      if (originalLang !== expected)
        wrong.push(`${record.id}: "${original}" is marked ${originalLang ?? 'with no language'}, not ${expected ?? 'none'}`);
    }
    expect(wrong).toEqual([]);
    expect(all.filter((r) => (r.ko as { originalLang?: string }).originalLang).length).toBe(15);
  });
});

describe('Korean texts of entities in data/', () => {
  it('gives every English note, method and nested text of an entity its Korean version', () => {
    const data = getDataset();
    const missing: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${path}[${i}]`));
      if (typeof value !== 'object' || value === null) return;
      const record = value as Record<string, unknown>;
      const ko = record.ko as Record<string, unknown> | undefined;
      for (const field of ['name', 'note', 'method', 'summary', 'detail', 'role', 'label', 'activity', 'by', 'about'])
        // A country's role is a code (the pages word it through the message table), not text.
        if (
          typeof record[field] === 'string' &&
          !(field === 'role' && path.startsWith('countries')) &&
          !(ko && typeof ko[field] === 'string')
        )
          missing.push(`${path}.${field}`);
      for (const [key, child] of Object.entries(record)) if (key !== 'ko') walk(child, `${path}.${key}`);
    };
    for (const key of ['countries', 'places', 'vehicleMakes', 'facilitators', 'sanctionsListings'] as const)
      data[key].forEach((r) => walk(r, `${key}/${r.id}`));
    expect(missing).toEqual([]);
  });
});
