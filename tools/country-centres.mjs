// Derives tracker-api/src/main/resources/map/country-centres.csv from the basemap the pages draw
// (world-atlas 2.0.2's countries-50m.json, Natural Earth 1:50m, committed under static/map/) and
// Debian's iso-codes (numeric to alpha-2 codes). Run by hand from the repository's root:
//   node tools/country-centres.mjs tracker-api/src/main/resources/static/map/countries-50m.json > tracker-api/src/main/resources/map/country-centres.csv
// A country's centre is the centroid of its largest polygon, so that overseas territories and
// islands do not pull it out to sea (France's is in France, not between it and French Guiana).
import {readFileSync} from 'node:fs';

const topology = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const iso = JSON.parse(readFileSync('/usr/share/iso-codes/json/iso_3166-1.json', 'utf8'))['3166-1'];
const alpha2 = new Map(iso.map(country => [country.numeric, country.alpha_2]));

const [sx, sy] = topology.transform.scale;
const [tx, ty] = topology.transform.translate;
// Arcs are quantized and delta-encoded: each position is the sum of those before it.
const arcs = topology.arcs.map(arc => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => [(x += dx) * sx + tx, (y += dy) * sy + ty]);
});
// A ring that crosses the antimeridian (Russia's, Fiji's) is unwrapped into one continuous run of
// longitudes, so that its area and centroid are not taken around the other side of the globe.
const ring = indexes => {
    const points = indexes.flatMap((index, i) => {
        const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
        return i === 0 ? arc : arc.slice(1);
    });
    let shift = 0;
    return points.map(([x, y], i) => {
        if (i > 0) {
            const step = x - points[i - 1][0];
            shift += step > 180 ? -360 : step < -180 ? 360 : 0;
        }
        return [x + shift, y];
    });
};
const longitude = x => ((x + 540) % 360) - 180;
// The shoelace formula on longitude and latitude: areas and centroids in degrees, close enough to
// rank a country's polygons and to place an approximate marker.
const areaAndCentroid = points => {
    let area = 0, cx = 0, cy = 0;
    for (let i = 0; i < points.length - 1; i++) {
        const [x0, y0] = points[i], [x1, y1] = points[i + 1];
        const cross = x0 * y1 - x1 * y0;
        area += cross;
        cx += (x0 + x1) * cross;
        cy += (y0 + y1) * cross;
    }
    return {area: Math.abs(area / 2), x: cx / (3 * area), y: cy / (3 * area)};
};

// Some codes name several outlines (Australia's 036 also Ashmore and Cartier Islands): the largest
// polygon of them all is the country's.
const largest = new Map();
for (const geometry of topology.objects.countries.geometries) {
    const code = alpha2.get(geometry.id);
    if (!code) {
        continue;
    }
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
    for (const polygon of polygons) {
        const measured = {...areaAndCentroid(ring(polygon[0])), name: geometry.properties.name};
        if (!largest.has(code) || measured.area > largest.get(code).area) {
            largest.set(code, measured);
        }
    }
}
console.log('country,latitude,longitude,name');
[...largest.entries()].sort(([a], [b]) => a.localeCompare(b)).forEach(([code, polygon]) =>
    console.log(`${code},${polygon.y.toFixed(2)},${longitude(polygon.x).toFixed(2)},${polygon.name}`));
