/**
 * The coordinate systems a maintainer copies positions from, and their conversion to WGS84
 * with gcoord. GCJ-02 (Amap, Tencent) and BD-09 (Baidu) are offset from WGS84 by several
 * hundred metres to over a kilometre in Hohhot; CGCS2000 (Tianditu) agrees with WGS84 at map
 * scale and is taken as it is.
 */
import gcoord from 'gcoord';

export const DATUMS = ['WGS84', 'CGCS2000', 'GCJ02', 'BD09'] as const;
export type Datum = (typeof DATUMS)[number];

export type LonLat = readonly [number, number];

/** Every spelling a sheet may use, compared after NFKC, upper case, no spaces, `-` or `_`. */
const NAMES: Record<Datum, readonly string[]> = {
  WGS84: ['WGS84', 'WGS1984', 'EPSG4326', 'GPS'],
  CGCS2000: ['CGCS2000', 'CGCS', '天地图', '国家2000', '2000国家大地坐标系'],
  GCJ02: ['GCJ02', '高德', '高德地图', '腾讯', '腾讯地图', '火星坐标', '火星坐标系', '国测局坐标'],
  BD09: ['BD09', 'BD09LL', '百度', '百度地图', '百度坐标'],
};

const datumKey = (text: string) =>
  text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_]+/g, '');

const DATUM_BY_NAME = new Map<string, Datum>(
  DATUMS.flatMap((datum) => NAMES[datum].map((name) => [datumKey(name), datum] as const)),
);

/** `WGS-84`, `gcj02`, `高德`, `BD-09`, `天地图`… as a datum; undefined when unknown. */
export function parseDatum(text: string): Datum | undefined {
  return DATUM_BY_NAME.get(datumKey(text));
}

const GCOORD = {
  WGS84: gcoord.WGS84,
  CGCS2000: gcoord.WGS84,
  GCJ02: gcoord.GCJ02,
  BD09: gcoord.BD09,
} as const;

/** A [lon, lat] position from one datum to another, unrounded. */
export function convert(point: LonLat, from: Datum, to: Datum): [number, number] {
  if (GCOORD[from] === GCOORD[to]) return [point[0], point[1]];
  const [lon, lat] = gcoord.transform([point[0], point[1]], GCOORD[from], GCOORD[to]);
  return [lon, lat];
}

/** A [lon, lat] position in `datum` as WGS84, unrounded. */
export function toWgs84(point: LonLat, datum: Datum): [number, number] {
  return convert(point, datum, 'WGS84');
}

/** A WGS84 [lon, lat] position in `datum`, unrounded (for tests and the README's example). */
export function fromWgs84(point: LonLat, datum: Datum): [number, number] {
  return convert(point, 'WGS84', datum);
}

/** Six decimals (about 0.1 m), as the data keeps positions. */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

export function roundPoint([lon, lat]: LonLat): [number, number] {
  return [round6(lon), round6(lat)];
}

/** Distance in metres between two nearby points (equirectangular; fine below a few km). */
export function metresBetween(a: LonLat, b: LonLat): number {
  const R = 6_371_008.8;
  const rad = Math.PI / 180;
  const x = (b[0] - a[0]) * rad * Math.cos(((a[1] + b[1]) / 2) * rad);
  const y = (b[1] - a[1]) * rad;
  return Math.hypot(x, y) * R;
}
