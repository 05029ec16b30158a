/**
 * A map as panels: the whole region, an enlarged East Asian inset where the short legs would
 * otherwise overlap, and the world locator. Each layout is one SVG; a map ships a wide and a narrow
 * layout and CSS shows the one that fits, so labels keep their size on a 320 px phone.
 */
import { geoPath, type GeoProjection } from 'd3';
import { hatchPattern, type LandRole, renderCountries } from './basemap';
import type { Resolution } from './geography';
import { renderLocator } from './locator';
import { inRegion, type Rect, type Region, regionOutline, regionProjection } from './projection';

export interface PanelSpec {
  name: 'overview' | 'detail';
  rect: Rect;
  region: Region;
  resolution: Resolution;
  /** Share of boundary points kept. */
  keep: number;
  /** Caption drawn in the panel's corner, e.g. "East Asia, enlarged". */
  caption?: string;
}

export interface LayoutSpec {
  variant: 'wide' | 'narrow';
  width: number;
  height: number;
  overview: PanelSpec;
  detail: PanelSpec;
  locator: { cx: number; cy: number; r: number };
}

export interface Panel extends PanelSpec {
  projection: GeoProjection;
  /** Projects [lon, lat] to SVG coordinates, rounded to a tenth of a unit. */
  xy: (lonLat: [number, number]) => [number, number];
}

/** A panel with its fitted projection. */
export function makePanel(spec: PanelSpec): Panel {
  const projection = regionProjection(spec.rect, spec.region);
  const xy = (lonLat: [number, number]): [number, number] => {
    const p = projection(lonLat);
    if (!p) throw new Error(`The point ${lonLat.join(', ')} cannot be projected in the ${spec.name} panel.`);
    return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
  };
  return { ...spec, projection, xy };
}

/** The panel a mark belongs in: the inset when every point lies inside it, else the overview. */
export function panelFor(points: [number, number][], overview: Panel, detail: Panel): Panel {
  return points.every((p) => inRegion(p, detail.region)) ? detail : overview;
}

export interface SvgOptions {
  layout: LayoutSpec;
  /** Prefix for ids inside the SVG, unique on the page. */
  idPrefix: string;
  roles: Map<string, LandRole>;
  /** Id of the element that titles the figure, and of its text alternative. */
  labelledBy: string;
  describedBy: string;
  /** The marks and labels of one panel, drawn over its countries. */
  drawPanel: (panel: Panel, others: { overview: Panel; detail: Panel }) => string;
}

function panelBody(panel: Panel, options: SvgOptions, hatchId: string, extra: string): string {
  const [x, y, w, h] = panel.rect;
  const countries = renderCountries({
    projection: panel.projection,
    resolution: panel.resolution,
    keep: panel.keep,
    roles: options.roles,
    hatchId,
    region: panel.region,
  });
  const frame = panel.name === 'detail' ? `<rect class="panel__frame" x="${x}" y="${y}" width="${w}" height="${h}"/>` : '';
  const caption = panel.caption ? `<text class="panel__caption" x="${x + 8}" y="${y + h - 8}">${panel.caption}</text>` : '';
  // The panel's rectangle and region let a test rebuild its projection and invert what it drew.
  const geo = `data-rect="${panel.rect.join(',')}" data-region="${panel.region.join(',')}"`;
  return `<g class="panel panel--${panel.name}" ${geo}>${frame}${countries}${extra}${caption}</g>`;
}

/** One layout of a map as an SVG element. */
export function renderMapSvg(options: SvgOptions): string {
  const { layout, idPrefix } = options;
  const hatchId = `${idPrefix}-${layout.variant}-hatch`;
  const overview = makePanel(layout.overview);
  const detail = makePanel(layout.detail);
  const outline = geoPath(overview.projection).digits(1)(regionOutline(detail.region));
  const inset = `<path class="panel__inset-outline" aria-hidden="true" d="${outline}"/>`;
  const { cx, cy, r } = layout.locator;
  const panels = { overview, detail };
  return `<svg class="map-svg map-svg--${layout.variant}" viewBox="0 0 ${layout.width} ${layout.height}" role="group" aria-labelledby="${options.labelledBy}" aria-describedby="${options.describedBy}"><defs>${hatchPattern(hatchId)}</defs>${panelBody(overview, options, hatchId, inset + options.drawPanel(overview, panels))}${renderLocator(cx, cy, r, layout.overview.region)}${panelBody(detail, options, hatchId, options.drawPanel(detail, panels))}</svg>`;
}

export interface LayoutPair {
  /** The enlarged region and the caption in its corner. */
  detail: { region: Region; caption: string };
  /** 960 units wide: the overview fills the SVG, the inset sits at `detailRect` over it. */
  wide: { height: number; region: Region; detailRect: Rect };
  /** 320 units wide: the inset on top, `detailHeight` tall, the overview below it. */
  narrow: { height: number; region: Region; detailHeight: number };
}

/** The wide and the narrow layout of a story map, which share their panels' resolutions and globe. */
export function mapLayouts({ detail, wide, narrow }: LayoutPair): LayoutSpec[] {
  const inset = { name: 'detail' as const, region: detail.region, resolution: '50m' as const, keep: 0.5, caption: detail.caption };
  const gap = 8;
  return [
    {
      variant: 'wide',
      width: 960,
      height: wide.height,
      overview: { name: 'overview', rect: [0, 0, 960, wide.height], region: wide.region, resolution: '110m', keep: 0.4 },
      detail: { ...inset, rect: wide.detailRect },
      locator: { cx: 58, cy: 58, r: 48 },
    },
    {
      variant: 'narrow',
      width: 320,
      height: narrow.height,
      detail: { ...inset, rect: [0, 0, 320, narrow.detailHeight] },
      overview: {
        name: 'overview',
        rect: [0, narrow.detailHeight + gap, 320, narrow.height - narrow.detailHeight - gap],
        region: narrow.region,
        resolution: '110m',
        keep: 0.25,
      },
      locator: { cx: 290, cy: narrow.height - 32, r: 25 },
    },
  ];
}
