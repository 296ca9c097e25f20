package org.labourtracker.projections.history;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The cursor of a list of disputes in the order of their ids: the last dispute given, opaque to readers. */
public final class DisputeCursor {

    private DisputeCursor() {
    }

    /** The cursor that continues the list after this dispute. */
    public static String after(String disputeId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(disputeId.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The dispute the cursor continues after, or null for none.
     *
     * @throws IllegalArgumentException if it is not a cursor {@link #after} gives
     */
    public static String disputeOf(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    }
}
