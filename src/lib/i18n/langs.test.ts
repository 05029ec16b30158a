import { describe, expect, it } from 'vitest';
import { langFromParam, localePath, localeRoutes, pathLang, stripLang } from './langs';

describe('language paths', () => {
  it('puts Korean under /ko/ and leaves English at the root', () => {
    expect(localePath('ko', '/sources/')).toBe('/ko/sources/');
    expect(localePath('ko', '/')).toBe('/ko/');
    expect(localePath('en', '/sources/')).toBe('/sources/');
  });

  it('moves a path between languages without doubling the prefix', () => {
    expect(localePath('ko', '/ko/chapters/the-findings/')).toBe('/ko/chapters/the-findings/');
    expect(localePath('en', '/ko/chapters/the-findings/')).toBe('/chapters/the-findings/');
  });

  it('reads the language of a path, and strips it', () => {
    expect(pathLang('/ko/')).toBe('ko');
    expect(pathLang('/korea/')).toBe('en');
    expect(stripLang('/ko/')).toBe('/');
    expect(stripLang('/ko/data/')).toBe('/data/');
    expect(stripLang('/data/')).toBe('/data/');
  });

  it('maps route parameters to languages and refuses unknown ones', () => {
    expect(localeRoutes()).toEqual([
      { locale: undefined, lang: 'en' },
      { locale: 'ko', lang: 'ko' },
    ]);
    expect(langFromParam(undefined)).toBe('en');
    expect(langFromParam('ko')).toBe('ko');
    expect(() => langFromParam('fr')).toThrow(/Unknown language prefix "fr"/);
  });
});
