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
  return `<g class="panel panel--${panel.name}">${frame}${countries}${extra}${caption}</g>`;
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
