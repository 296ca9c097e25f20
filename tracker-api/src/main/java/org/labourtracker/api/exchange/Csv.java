package org.labourtracker.api.exchange;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 rows. A cell that a spreadsheet would take for a formula (starting with = + - @ or a
 * tab) is prefixed with an apostrophe, since exported text comes from sources nobody controls.
 */
final class Csv {

    private final StringBuilder out = new StringBuilder();

    Csv(List<String> header) {
        row(header.toArray());
    }

    Csv row(Object... cells) {
        out.append(java.util.Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static boolean isNumber(String text) {
        return text.matches("-?\\d+(\\.\\d+)?");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
