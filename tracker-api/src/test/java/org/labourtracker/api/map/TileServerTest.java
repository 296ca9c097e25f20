package org.labourtracker.api.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The pages' Content-Security-Policy allows images from the configured tile server only, and from none without one. */
class TileServerTest {

    @Test
    void withoutATileServerThePagesAllowNoOtherSite() {
        assertThat(new TileServer("", "").origin()).isEmpty();
    }

    @Test
    void aTileServersSubdomainPlaceholderBecomesAWildcardAndItsPortIsKept() {
        assertThat(new TileServer("https://{s}.tile.example.org/{z}/{x}/{y}.png", "© example").origin())
                .contains("https://*.tile.example.org");
        assertThat(new TileServer("http://tiles.internal:8081/{z}/{x}/{y}.png", "").origin())
                .contains("http://tiles.internal:8081");
    }

    @Test
    void aTileServerThatIsNotAWebAddressStopsTheStart() {
        assertThatThrownBy(() -> new TileServer("file:///srv/tiles/{z}/{x}/{y}.png", ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("tracker.map.tile-url");
    }
}
