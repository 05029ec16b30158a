import { describe, expect, it } from 'vitest';
import { validRecords } from './test-support/builders';
import { rejection } from './test-support/reject';

const problems = rejection;

describe('crossCheck(data)', () => {
  it('names an unknown source id and the nearest valid one', () => {
    const records = validRecords();
    records.places[0].sources = ['reprot'];
    const message = problems(records);
    expect(message).toContain('data/places.json, record "rotterdam", field "sources[0]": unknown id "reprot". Did you mean "report"?');
    expect(message).toContain('Use an id that exists in data/sources.json');
  });

  it('finds unknown source ids nested deep inside a record', () => {
    const records = validRecords();
    (records.facilitators[0].roles as { sources: string[] }[])[0].sources = ['papper'];
    expect(problems(records)).toContain('record "shipping-co", field "roles[0].sources[0]": unknown id "papper". Did you mean "paper"?');
  });

  it('names an unknown place on a journey leg with the nearest valid place', () => {
    const records = validRecords();
    records.journeyLegs[1].to = 'osaca';
    const message = problems(records);
    expect(message).toContain('data/journey-legs.json, record "leg-two", field "to": unknown id "osaca". Did you mean "osaka"?');
    expect(message).toContain('data/places.json');
  });

  it('names an unknown country, carrier and figure', () => {
    const records = validRecords();
    records.places[0].country = 'netherland';
    records.journeyLegs[0].carrier = 'shiping-co';
    records.countries[1].shareFigure = 'china-shares';
    const message = problems(records);
    expect(message).toContain('field "country": unknown id "netherland". Did you mean "netherlands"?');
    expect(message).toContain('field "carrier": unknown id "shiping-co". Did you mean "shipping-co"?');
    expect(message).toContain('field "shareFigure": unknown id "china-shares". Did you mean "china-share"?');
  });

  it('rejects an id used twice across files', () => {
    const records = validRecords();
    records.figures.push({ ...records.figures[2], id: 'dalian' });
    expect(problems(records)).toContain(
      'data/places.json, record "dalian", field "id": the id "dalian" is already used in data/figures.json.',
    );
  });

  it('checks that the makes add up to the declared vehicle total', () => {
    const records = validRecords();
    records.vehicleMakes[0].vehicles = 6;
    expect(problems(records)).toContain(
      'data/vehicle-makes.json, field "vehicles": the makes add up to 11 (uaz 6 + lexus 4 + unattributed-vehicles 1), but "vehicles-total" in data/figures.json is 10.',
    );
  });

  it('checks the Japanese subtotal', () => {
    const records = validRecords();
    records.figures[1].value = 5;
    expect(problems(records)).toContain('the Japanese makes add up to 4, but "vehicles-japanese-makes" in data/figures.json is 5.');
  });

  it('rejects a part larger than its whole', () => {
    const records = validRecords();
    (records.facilitators[0].counts as { value: number }[])[0].value = 12;
    expect(problems(records)).toContain(
      'record "shipping-co", field "counts[0].value": 12 is larger than the whole it is part of ("vehicles-total" is 10).',
    );
  });

  it('rejects journey dates out of order', () => {
    const records = validRecords();
    (records.journeyLegs[1].depart as { date: string }).date = '2018-07-01';
    expect(problems(records)).toContain(
      'data/journey-legs.json, record "leg-two", field "depart.date": 2018-07-01 is before 2018-07-31, the end of the leg before it ("leg-one").',
    );
  });

  it('rejects an arrival before the departure', () => {
    const records = validRecords();
    (records.journeyLegs[0].arrive as { date: string }).date = '2018-06-01';
    expect(problems(records)).toContain('record "leg-one", field "arrive.date": 2018-06-01 is before the departure 2018-06-14.');
  });

  it('rejects a broken chain of legs and a gap in their numbering', () => {
    const records = validRecords();
    records.journeyLegs[1].from = 'osaka';
    records.journeyLegs[1].order = 3;
    const message = problems(records);
    expect(message).toContain('record "leg-two", field "from": starts at "osaka" but the leg before it ends at "dalian".');
    expect(message).toContain('record "leg-two", field "order": expected 2, received 3.');
  });

  it('requires a method for derived values and alternatives for disputed ones', () => {
    const records = validRecords();
    delete records.vehicleMakes[3].method;
    records.figures[2].status = 'disputed';
    const message = problems(records);
    expect(message).toContain('data/vehicle-makes.json, record "unattributed-vehicles", field "method": a derived count needs "method".');
    expect(message).toContain(
      'data/figures.json, record "china-share", field "alternatives": a disputed figure needs at least one "conflicting" or "different-reading" alternative.',
    );
  });

  it('keeps status and value in step', () => {
    const records = validRecords();
    records.vehicleMakes[2].vehicles = 3;
    records.figures[2].value = null;
    const message = problems(records);
    expect(message).toContain('record "mercedes-benz", field "status": must be "unknown" exactly when "vehicles" is null.');
    expect(message).toContain('record "china-share", field "status": is "reported" but the value is null.');
  });

  it('requires coordinates to come from a reference dataset', () => {
    const records = validRecords();
    (records.places[0].coordinates as { source: string }).source = 'paper';
    expect(problems(records)).toContain('field "coordinates.source": "paper" is a news, not a reference dataset.');
  });
});
