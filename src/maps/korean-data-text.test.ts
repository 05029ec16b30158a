// The words the maps take from the records themselves, in Korean: the journey events named in the
// place tooltips and the countries' role details on the flow map come from the `ko` objects of
// data/journey-events.json and data/countries.json (swapped in by getDataset('ko')), never the English.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderFigure } from '../figures';
import { getDataset } from '../lib/data';
import { MAYBACH_JOURNEY } from './maybach-journey';
import { VEHICLE_FLOWS } from './vehicle-flows';

interface Raw {
  id: string;
  place?: string | null;
  title?: string;
  roles?: { role: string; detail: string; ko?: { detail: string } }[];
  ko?: { title?: string };
}
const raw = (file: string): Raw[] => JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));
const tips = (id: string, lang: 'en' | 'ko') =>
  [...parseHTML(`<body>${renderFigure(id, getDataset(lang))}</body>`).document.querySelectorAll('[data-tip]')]
    .map((el) => el.getAttribute('data-tip')!)
    .join('\n');

describe('the journey map’s place tooltips', () => {
  const placed = raw('journey-events.json').filter((e) => e.place);
  const korean = tips(MAYBACH_JOURNEY, 'ko');
  const english = tips(MAYBACH_JOURNEY, 'en');

  it('name each event at a drawn place by its Korean title on Korean maps, not its English one', () => {
    // The events at places the map draws (Pohang, say, is not on it): those the English map names.
    const drawn = placed.filter((e) => english.includes(`: ${e.title}`));
    expect(drawn.length).toBeGreaterThan(5);
    for (const event of drawn) {
      expect(event.ko?.title, event.id).toMatch(/[\uAC00-\uD7A3]/);
      expect(korean, event.id).toContain(`: ${event.ko!.title}`);
      expect(korean, event.id).not.toContain(`: ${event.title}`);
    }
  });
});

describe('the flow map’s country tooltips', () => {
  const korean = tips(VEHICLE_FLOWS, 'ko');
  const english = tips(VEHICLE_FLOWS, 'en');
  const shown = ['vehicle-origin', 'transit', 'destination'];
  const roles = raw('countries.json').flatMap((c) => (c.roles ?? []).filter((r) => shown.includes(r.role)));

  it('give each drawn country’s role in Korean on Korean maps, from its role’s ko.detail', () => {
    const drawn = roles.filter((r) => english.includes(r.detail));
    expect(drawn.length).toBeGreaterThan(3);
    for (const role of drawn) {
      expect(role.ko?.detail, role.detail).toMatch(/[\uAC00-\uD7A3]/);
      expect(korean).toContain(role.ko!.detail);
      expect(korean).not.toContain(role.detail);
    }
  });
});
