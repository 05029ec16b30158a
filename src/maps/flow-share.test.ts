// The share a source gives beside a count ("84% of the 82 shipments") is worded in the page's
// language: Korean maps say "선적 82건의 84%", with no English article or noun left.
import { describe, expect, it } from 'vitest';
import { getDataset } from '../lib/data';
import { flowView } from './flow-model';

const FLOW = 'flow-russia-north-korea-tk-vostok-a';

describe('a flow’s share, from the real data', () => {
  const view = (lang: 'en' | 'ko') => {
    const data = getDataset(lang);
    return flowView(
      data,
      data.vehicleFlows.find((f) => f.id === FLOW)!,
    );
  };

  it('is English on English maps: "the 82 shipments"', () => {
    const { share, lines } = view('en');
    expect(share).toEqual({ value: '84%', of: 'the 82 shipments', noun: 'shipments' });
    expect(lines).toContain('Also given as a share: 84% of the 82 shipments');
  });

  it('is Korean on Korean maps: "선적 82건의 84%", no English word in it', () => {
    const { share, lines } = view('ko');
    expect(share).toEqual({ value: '84%', of: '선적 82건', noun: '선적' });
    expect(lines).toContain('비율로도 제시: 선적 82건의 84%');
    expect(`${share!.of} ${share!.noun}`).not.toMatch(/[A-Za-z]/);
  });
});
