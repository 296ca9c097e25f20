// Draws each map from the list of places beside it (fragments/map.html): the list is the map's text
// alternative and its data, so that both always say the same. The basemap is Natural Earth's country
// outlines shipped with the application; tiles come only from a tile server the operator configured.
(function () {
    'use strict';

    const SOLID = {className: 'marker', iconSize: [16, 16]};
    const HOLLOW = {className: 'marker approximate', iconSize: [16, 16]};

    // TopoJSON to GeoJSON, for the one file drawn here: arcs are quantized and delta-encoded, and a
    // ring lists its arcs by index (~index for an arc run backwards).
    function countries(topology) {
        const [sx, sy] = topology.transform.scale;
        const [tx, ty] = topology.transform.translate;
        const arcs = topology.arcs.map(arc => {
            let x = 0, y = 0;
            return arc.map(([dx, dy]) => [(x += dx) * sx + tx, (y += dy) * sy + ty]);
        });
        const ring = indexes => indexes.flatMap((index, i) => {
            const points = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
            return i === 0 ? points : points.slice(1);
        });
        const polygon = rings => rings.map(ring);
        return {
            type: 'FeatureCollection',
            features: topology.objects.countries.geometries.map(geometry => ({
                type: 'Feature',
                properties: geometry.properties,
                geometry: geometry.type === 'Polygon'
                    ? {type: 'Polygon', coordinates: polygon(geometry.arcs)}
                    : {type: 'MultiPolygon', coordinates: geometry.arcs.map(polygon)}
            }))
        };
    }

    async function draw(container) {
        const items = Array.from(container.parentElement.querySelectorAll('li.place'));
        const map = L.map(container, {scrollWheelZoom: false, worldCopyJump: true, maxZoom: 12});
        map.attributionControl.setPrefix(false);
        const tiles = container.dataset.tileUrl;
        if (tiles) {
            L.tileLayer(tiles, {attribution: container.dataset.tileAttribution}).addTo(map);
        }
        map.attributionControl.addAttribution('Country outlines: Natural Earth');

        // Places at one point (two disputes in one town) share a marker, whose popup lists them all.
        const points = new Map();
        items.forEach(item => {
            const key = item.dataset.latitude + ',' + item.dataset.longitude;
            if (!points.has(key)) {
                points.set(key, []);
            }
            points.get(key).push(item);
        });
        // The view first: Leaflet adds a layer's elements only once the map has one.
        const groups = Array.from(points.values());
        const at = item => [Number(item.dataset.latitude), Number(item.dataset.longitude)];
        if (groups.length > 0) {
            map.fitBounds(L.latLngBounds(groups.map(group => at(group[0]))), {padding: [30, 30], maxZoom: 7});
        } else {
            map.setView([20, 0], 1);
        }
        groups.forEach(group => {
            const approximate = group.every(item => item.dataset.approximate === 'true');
            const label = group.map(item => item.textContent.replace(/\s+/g, ' ').trim()).join('; ');
            const popup = document.createElement('ul');
            popup.className = 'map-popup';
            group.forEach(item => {
                const entry = document.createElement('li');
                Array.from(item.childNodes).forEach(node => entry.appendChild(node.cloneNode(true)));
                popup.appendChild(entry);
            });
            const marker = L.marker(at(group[0]),
                {icon: L.divIcon(approximate ? HOLLOW : SOLID), title: label, keyboard: true})
                .bindPopup(popup)
                .addTo(map);
            marker.getElement().setAttribute('aria-label', label);
        });

        if (!tiles) {
            const response = await fetch(container.dataset.basemap, {credentials: 'same-origin'});
            L.geoJSON(countries(await response.json()),
                {interactive: false, style: {color: '#8a96a3', weight: 0.8, fillColor: '#eef0ea', fillOpacity: 1}})
                .addTo(map)
                .bringToBack();
        }
        container.dataset.drawn = 'true';
    }

    document.querySelectorAll('.map').forEach(container => {
        draw(container).catch(failure => {
            container.dataset.drawn = 'failed';
            console.error('The map could not be drawn', failure);
        });
    });
})();
