import { describe, expect, it } from 'vitest';
import { alternatesOf, withoutBase } from './alternates';

describe('alternatesOf', () => {
  it('pairs an English page with its Korean counterpart at the same slug', () => {
    expect(alternatesOf('/sources/', '/')).toEqual({
      lang: 'en',
      alternates: [
        { lang: 'en', href: '/sources/' },
        { lang: 'ko', href: '/ko/sources/' },
      ],
    });
  });

  it('pairs a Korean page back, keeping the base path', () => {
    expect(alternatesOf('/lux/ko/countries/china/', '/lux/')).toEqual({
      lang: 'ko',
      alternates: [
        { lang: 'en', href: '/lux/countries/china/' },
        { lang: 'ko', href: '/lux/ko/countries/china/' },
      ],
    });
  });

  it('pairs the two home pages', () => {
    expect(alternatesOf('/ko/', '/').alternates.map((a) => a.href)).toEqual(['/', '/ko/']);
  });

  it('strips only a base that is a whole path segment', () => {
    expect(withoutBase('/luxury/', '/lux/')).toBe('/luxury/');
    expect(withoutBase('/lux/data/', '/lux')).toBe('/data/');
  });
});
