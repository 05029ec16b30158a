/** Site-relative URLs that respect the base path, so the site can live under a sub-path. */

/** Prefixes a site path ("/sources/") with the configured base ("/lux/" → "/lux/sources/"). */
export function sitePath(path: string): string {
  const base = (import.meta.env.BASE_URL ?? '/').replace(/\/$/, '');
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `${base}${clean}`;
}
