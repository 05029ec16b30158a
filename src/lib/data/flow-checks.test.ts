import { describe, expect, it } from 'vitest';
import { getDataset } from '.';
import { buildDataset, type Records, validRecords } from './test-support/builders';
import { rejection } from './test-support/reject';

type Flow = Record<string, unknown>;

function problems(mutate: (flows: Flow[], records: Records) => void): string {
  const records = validRecords();
  mutate(records.vehicleFlows, records);
  return rejection(records);
}

const FILE = 'data/vehicle-flows.json';

describe('checkVehicleFlows(data)', () => {
  it('accepts the fixture’s flows', () => {
    expect(buildDataset().vehicleFlows.map((f) => f.id)).toHaveLength(4);
  });

  it('names an unknown country, make and facilitator with the nearest valid id', () => {
    const message = problems((flows) => {
      flows[0].from = 'netherland';
      flows[1].makes = ['uzz'];
      flows[3].facilitators = ['shiping-co'];
    });
    expect(message).toContain(
      `${FILE}, record "flow-netherlands-china", field "from": unknown id "netherland". Did you mean "netherlands"?`,
    );
    expect(message).toContain('record "flow-china-north-korea-uaz", field "makes[0]": unknown id "uzz". Did you mean "uaz"?');
    expect(message).toContain('field "facilitators[0]": unknown id "shiping-co". Did you mean "shipping-co"?');
  });

  it('names an unknown figure, whole and transit country', () => {
    const message = problems((flows) => {
      flows[1].figure = 'uaz-count';
      flows[1].of = 'vehicle-total';
      flows[0].via = ['chna'];
    });
    expect(message).toContain('field "figure": unknown id "uaz-count". Did you mean "uaz"?');
    expect(message).toContain('field "of": unknown id "vehicle-total". Did you mean "vehicles-total"?');
    expect(message).toContain('field "via[0]": unknown id "chna". Did you mean "china"?');
  });

  it('rejects a flow larger than the total it is part of', () => {
    const message = problems((flows) => {
      flows[1].vehicles = 12;
      delete flows[1].figure;
    });
    expect(message).toContain(
      `${FILE}, record "flow-china-north-korea-uaz", field "vehicles": 12 is larger than the whole it is part of ("vehicles-total" is 10).`,
    );
  });

  it('rejects make flows that together exceed their total', () => {
    const message = problems((flows) => {
      flows[2].vehicles = 6;
      delete flows[2].figure;
    });
    expect(message).toContain(
      'the make flows add up to 11 (flow-china-north-korea-uaz 5 + flow-china-north-korea-lexus 6), more than "vehicles-total" (10).',
    );
  });

  it('keeps a repeated count equal to the record it repeats', () => {
    const message = problems((flows) => {
      flows[3].vehicles = 4;
    });
    expect(message).toContain('record "flow-china-north-korea-shipping-co", field "vehicles": is 4 but "shipping-co-vehicles" is 5.');
  });

  it('keeps the precision in step with the count', () => {
    const message = problems((flows) => {
      flows[0].vehicles = 3;
      flows[0].status = 'reported';
      flows[1].vehicles = null;
      flows[1].status = 'unknown';
      delete flows[1].figure;
    });
    expect(message).toContain('record "flow-netherlands-china", field "precision": is "named" but a count of 3 is given.');
    expect(message).toContain('record "flow-china-north-korea-uaz", field "vehicles": precision is "count" but "vehicles" is null.');
  });

  it('requires a share for precision "share" and a percentage as that share', () => {
    const shareless = problems((flows) => {
      flows[0].precision = 'share';
    });
    expect(shareless).toContain('record "flow-netherlands-china", field "share": precision is "share" but no share is given.');
    const notPercent = problems((flows) => {
      flows[0].precision = 'share';
      flows[0].share = 'vehicles-total';
    });
    expect(notPercent).toContain('field "share": "vehicles-total" is in count, not a percentage.');
  });

  it('keeps status, method and make group consistent', () => {
    const message = problems((flows) => {
      flows[0].status = 'reported';
      flows[1].status = 'derived';
      flows[2].group = 'russian';
    });
    expect(message).toContain('record "flow-netherlands-china", field "status": must be "unknown" exactly when "vehicles" is null.');
    expect(message).toContain('record "flow-china-north-korea-uaz", field "method": a derived count needs "method".');
    expect(message).toContain(
      'record "flow-china-north-korea-lexus", field "group": is "russian" but the make "lexus" is in the group "japanese".',
    );
  });

  it('rejects a flow without sources or a note, naming the field', () => {
    const message = problems((flows) => {
      flows[0].sources = [];
      delete flows[1].note;
    });
    expect(message).toContain(`${FILE}, record "flow-netherlands-china", field "sources"`);
    expect(message).toContain('record "flow-china-north-korea-uaz", field "note"');
  });
});

describe('data/vehicle-flows.json', () => {
  const data = getDataset();
  const flows = data.vehicleFlows;

  it('gives no count for any route from a country of origin: the sources give none', () => {
    const origins = flows.filter((f) => f.layer === 'origin');
    expect(origins.length).toBeGreaterThan(0);
    for (const f of origins) expect([f.id, f.vehicles, f.precision]).toEqual([f.id, null, 'named']);
  });

  it('splits the vehicles entering North Korea by make group without exceeding the 803', () => {
    const makes = flows.filter((f) => f.layer === 'make');
    expect(new Set(makes.map((f) => f.to))).toEqual(new Set(['north-korea']));
    const sum = makes.reduce((s, f) => s + (f.vehicles ?? 0), 0);
    expect(sum).toBe(803);
    expect(makes.find((f) => f.group === 'german')?.vehicles).toBeNull();
  });

  it('keeps the co-signers’ counts as CIPS gives them, marked low confidence', () => {
    const cosigners = flows.filter((f) => f.layer === 'co-signer');
    expect(Object.fromEntries(cosigners.map((f) => [f.facilitators[0], f.vehicles]))).toEqual({
      'jsc-rzd-logistics': 537,
      'tk-vostok-a': 233,
    });
    for (const f of cosigners) expect(f.confidence).toBe('low');
  });
});
