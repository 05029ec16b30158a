import { describe, expect, it } from 'vitest';
import journeyLegs from '../../../data/journey-legs.json' with { type: 'json' };
import vehicleFlows from '../../../data/vehicle-flows.json' with { type: 'json' };
import { JourneyLegSchema } from './journey';
import { VehicleFlowSchema } from './vehicle-flow';

const messages = (result: { success: boolean; error?: { issues: { path: (string | number)[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('the Korean of journey legs and vehicle flows', () => {
  const [leg] = journeyLegs;
  const [flow] = vehicleFlows;

  it('is there, in Hangul, for every reader-facing field of every record in data/', () => {
    for (const record of journeyLegs) expect(messages(JourneyLegSchema.safeParse(record)), record.id).toEqual([]);
    for (const record of vehicleFlows) expect(messages(VehicleFlowSchema.safeParse(record)), record.id).toEqual([]);
    expect(journeyLegs.every((l) => l.ko && l.alternatives.every((a) => !a.note || (a as { ko?: object }).ko))).toBe(true);
    expect(vehicleFlows.every((f) => f.ko)).toBe(true);
  });

  it('fails a record whose ko object leaves out a field it has, naming the field and the fix', () => {
    const { note: _note, ...ko } = leg.ko;
    expect(messages(JourneyLegSchema.safeParse({ ...leg, ko }))).toEqual([
      'ko.note: "note" has no Korean version: add "note" to this record\'s "ko" object, in Korean.',
    ]);
    const alternatives = [{ ...leg.alternatives[0], ko: undefined }, ...leg.alternatives.slice(1)];
    expect(messages(JourneyLegSchema.safeParse({ ...leg, alternatives }))).toEqual([
      'alternatives.0.ko.note: "note" has no Korean version: add "note" to this record\'s "ko" object, in Korean.',
    ]);
  });

  it('fails Korean for a field the record does not have, and English pasted where Korean belongs', () => {
    expect(messages(VehicleFlowSchema.safeParse({ ...flow, ko: { ...flow.ko, method: '계산 방법' } }))).toEqual([
      'ko.method: "ko.method" has no English "method" beside it: add the English field or remove the Korean one.',
    ]);
    expect(messages(VehicleFlowSchema.safeParse({ ...flow, ko: { note: flow.note } }))[0]).toMatch(/^ko\.note: .*Hangul/);
    expect(messages(JourneyLegSchema.safeParse({ ...leg, ko: { ...leg.ko, evidence: '기록' } }))[0]).toMatch(/^ko: Unrecognized key/);
  });
});
