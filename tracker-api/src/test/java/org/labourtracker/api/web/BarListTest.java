package org.labourtracker.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BarListTest {

    @Test
    void aChartOfRegionsIsNamedWithEveryRegionsCountAndItsActiveShare() {
        BarList regions = BarList.of(List.of(new BarList.Count("KZ / Mangystau Region", 2, 1),
                new BarList.Count("KZ / Almaty", 1, 0)));

        assertThat(regions.describe("Disputes by region", "disputes", "active"))
                .isEqualTo("Disputes by region: KZ / Mangystau Region, 2 disputes (1 active); KZ / Almaty, 1 disputes (0 active)");
    }

    @Test
    void aChartWithoutAShareNamesTheCountsAlone() {
        BarList months = BarList.of(List.of(new BarList.Count("Dec 2011", 12, 0)));

        assertThat(months.describe("Records per month", "records", null)).isEqualTo("Records per month: Dec 2011, 12 records");
    }
}
