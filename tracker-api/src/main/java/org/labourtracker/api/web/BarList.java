package org.labourtracker.api.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Counts drawn as horizontal bars on one scale, laid out for the template. {@code part} is a share
 * of the count drawn over it (the active disputes of a region), 0 where there is none.
 */
record BarList(List<Item> items, int width, int height) {

    private static final int LABEL_WIDTH = 180;
    private static final int BAR_WIDTH = 250;
    private static final int ROW = 24;

    record Item(String label, long value, long part, int y, int barX, double width, double partWidth, double valueX) {
    }

    record Count(String label, long value, long part) {
    }

    static BarList of(List<Count> counts) {
        long max = Math.max(1, counts.stream().mapToLong(Count::value).max().orElse(1));
        List<Item> items = new ArrayList<>();
        int y = 0;
        for (Count count : counts) {
            double width = Math.max(2, (double) BAR_WIDTH * count.value() / max);
            items.add(new Item(count.label(), count.value(), count.part(), y, LABEL_WIDTH, width,
                    (double) BAR_WIDTH * count.part() / max, LABEL_WIDTH + width + 6));
            y += ROW;
        }
        return new BarList(items, LABEL_WIDTH + BAR_WIDTH + 90, Math.max(ROW, y));
    }

    /** The chart in words, as its accessible name: a screen reader is read the counts the bars draw. Public for the template. */
    public String describe(String title, String unit, String partUnit) {
        return title + ": " + items.stream().map(item -> item.label() + ", " + item.value() + " " + unit
                + (partUnit == null ? "" : " (" + item.part() + " " + partUnit + ")"))
                .collect(Collectors.joining("; "));
    }
}
