package org.labourtracker.api.map;

import java.net.URI;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Map tiles from a server the operator has chosen ({@code tracker.map.tile-url}, a Leaflet URL template
 * such as {@code https://tile.example.org/{z}/{x}/{y}.png}, with {@code tracker.map.tile-attribution}).
 * Without one the maps draw only the basemap the jar ships, and a page contacts no other site.
 */
@Component
public class TileServer {

    private final String url;
    private final String attribution;

    TileServer(@Value("${tracker.map.tile-url:}") String url,
               @Value("${tracker.map.tile-attribution:}") String attribution) {
        this.url = url.strip();
        this.attribution = attribution.strip();
        if (!this.url.isEmpty()) {
            origin();
        }
    }

    public String url() {
        return url;
    }

    public String attribution() {
        return attribution;
    }

    /**
     * Where the tiles come from, as the pages' Content-Security-Policy names a source: a placeholder in
     * the host, such as {@code {s}} for the server's subdomains, becomes a wildcard.
     */
    public Optional<String> origin() {
        if (url.isEmpty()) {
            return Optional.empty();
        }
        URI template = URI.create(url.replaceAll("\\{[a-z]+}", "x"));
        String host = url.substring(url.indexOf("://") + 3).split("[/:]", 2)[0].replaceAll("\\{[a-z]+}", "*");
        if (!"https".equals(template.getScheme()) && !"http".equals(template.getScheme())) {
            throw new IllegalStateException("tracker.map.tile-url must be an http or https address: " + url);
        }
        return Optional.of(template.getScheme() + "://" + host + (template.getPort() < 0 ? "" : ":" + template.getPort()));
    }
}
