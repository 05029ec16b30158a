import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../lib/data/test-support/dataset';
import { MarkdownError } from './errors';
import { renderMarkdown } from './render';

const data = fixtureDataset();
const file = 'content/chapters/01-test.md';

function errorOf(markdown: string): string {
  try {
    renderMarkdown(markdown, file, data);
  } catch (error) {
    expect(error).toBeInstanceOf(MarkdownError);
    return (error as Error).message;
  }
  throw new Error('expected the Markdown to be rejected');
}

describe('renderMarkdown(source, file, data)', () => {
  it('renders a chart directive into a full figure with its SVG', () => {
    const { html } = renderMarkdown('Intro.\n\n::chart{id="vehicles-by-make"}\n', file, data);
    expect(html).toContain('<figure class="chart" id="figure-vehicles-by-make"');
    expect(html).toMatch(/<svg[^>]+class="chart-svg/);
  });

  it('renders a map directive into a figure with its map drawn as SVG', () => {
    const { html } = renderMarkdown('::map{id="maybach-journey"}', file, data);
    expect(html).toContain('<svg class="map-svg');
  });

  it('names the file, line and nearest id for an unknown chart', () => {
    expect(errorOf('Text.\n\n::chart{id="vehicles-by-maker"}')).toBe(
      'content/chapters/01-test.md:3:1: unknown chart id "vehicles-by-maker". Did you mean "vehicles-by-make"? Known charts: vehicles-by-make.',
    );
  });

  it('rejects a chart without an id', () => {
    expect(errorOf('::chart')).toContain('content/chapters/01-test.md:1:1: ::chart needs an id');
  });

  it('rejects an unknown directive loudly instead of dropping it', () => {
    expect(errorOf('::chrat{id="vehicles-by-make"}')).toContain('unknown directive "::chrat". Did you mean "chart"?');
  });
});

describe('renderMarkdown with a line offset', () => {
  it('reports the line in the file, counting the frontmatter above the body', () => {
    try {
      renderMarkdown('\n::chart{id="nope"}', file, data, { lineOffset: 9 });
    } catch (error) {
      expect((error as Error).message).toMatch(/^content\/chapters\/01-test\.md:11:1: unknown chart id "nope"/);
      return;
    }
    throw new Error('expected an error');
  });
});
