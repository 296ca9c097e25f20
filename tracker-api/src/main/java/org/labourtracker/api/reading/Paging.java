package org.labourtracker.api.reading;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.labourtracker.api.problem.InvalidRequest;
import org.labourtracker.projections.figures.DisputeFigures;
import org.labourtracker.projections.figures.FigureGroup;
import org.labourtracker.projections.history.DisputeCursor;
import org.labourtracker.projections.history.TimelinePosition;

/**
 * The paging parameters of the lists that can grow: how many items a page holds and where it starts.
 * Bad values are refused with a problem naming the parameter.
 */
public final class Paging {

    /** The most items a page may hold. */
    public static final int MAX_PAGE = 1000;

    private Paging() {
    }

    /** The page size asked for; refused outside 1 to {@link #MAX_PAGE}. */
    public static int limit(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidRequest("limit", "must be between 1 and " + MAX_PAGE);
        }
        return limit;
    }

    /** The dispute a cursor of a list of disputes ({@link DisputeCursor}) continues after; refused naming {@code after}. */
    public static String afterDispute(String cursor) {
        try {
            return DisputeCursor.disputeOf(cursor);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("after", "is not a cursor given by this list");
        }
    }

    /** How many claims of each group of figures an answer gives; refused outside 0 to {@link #MAX_PAGE}. */
    public static int claimsPerGroup(int most) {
        if (most < 0 || most > MAX_PAGE) {
            throw new InvalidRequest("claimsPerGroup", "must be between 0 and " + MAX_PAGE);
        }
        return most;
    }

    /**
     * A page of a dispute's figures: {@code limit} groups after the one the cursor {@code after} names, each
     * with its first {@code claimsPerGroup} claims (and its counts), and the cursor of the next page. A wrong
     * cursor is refused naming {@code cursorName}, the parameter that gave it.
     */
    public static DisputeFigures figures(DisputeFigures all, String cursorName, String after, int limit,
                                         int claimsPerGroup) {
        int most = claimsPerGroup(claimsPerGroup);
        Page<FigureGroup> page = page(all.groups(), all.groups().stream().map(FigureGroup::key).toList(), cursorName,
                after, limit(limit));
        return new DisputeFigures(all.disputeId(), page.items(), page.next()).firstClaims(most);
    }

    /** The place in a timeline a cursor names, null for none; refused if it is no timeline's cursor. */
    public static TimelinePosition afterInTimeline(String after) {
        try {
            return after == null || after.isBlank() ? null : TimelinePosition.ofCursor(after);
        } catch (IllegalArgumentException notACursor) {
            throw new InvalidRequest("after", "is not a cursor given by this timeline");
        }
    }

    /**
     * The page of a list, computed whole, that follows the item the cursor {@code after} names (from the
     * first when it is null), with the cursor of the page after it. {@code keys} name the items, one each
     * and each once; a cursor names an item by its key, so a page starts after it wherever it has moved.
     */
    public static <T> Page<T> page(List<T> items, List<String> keys, String after, int limit) {
        return page(items, keys, "after", after, limit);
    }

    private static <T> Page<T> page(List<T> items, List<String> keys, String cursorName, String after, int limit) {
        int start = 0;
        if (after != null && !after.isBlank()) {
            int at;
            try {
                at = keys.indexOf(new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException unreadable) {
                at = -1;
            }
            if (at < 0) {
                throw new InvalidRequest(cursorName, "is not a cursor given by this list");
            }
            start = at + 1;
        }
        int end = Math.min(items.size(), start + limit);
        String next = end < items.size() ? Base64.getUrlEncoder().withoutPadding()
                .encodeToString(keys.get(end - 1).getBytes(StandardCharsets.UTF_8)) : null;
        return new Page<>(items.subList(start, end), next);
    }

    /** The items of one page, and the cursor of the next page, null on the last. */
    public record Page<T>(List<T> items, String next) {
    }
}
