package org.labourtracker.api.recording;

import java.util.Locale;

import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Drops Hibernate's report of a write conflict (a second writer refused by the event table's unique
 * stream position): an ERROR line quoting the refused statement, with the record's bytes in hex,
 * and the WARN line before it naming SQLState 23505 (a unique violation). {@link WriteConflicts}
 * logs the conflict in one WARN line of its own. Other SQL errors are logged as before; so is the
 * ERROR line of a unique violation elsewhere. Installed by {@code logback-spring.xml}.
 */
public class WriteConflictSqlLog extends TurboFilter {

    static final String SQL_LOGGER = "org.hibernate.engine.jdbc.spi.SqlExceptionHelper";
    private static final String STREAM_POSITION = "domain_event_entry_stream_position";
    private static final String UNIQUE_VIOLATION = "SQLState: 23505";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (format == null || !SQL_LOGGER.equals(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        boolean conflict = level == Level.WARN ? format.contains(UNIQUE_VIOLATION)
                : level == Level.ERROR && format.toLowerCase(Locale.ROOT).contains(STREAM_POSITION);
        return conflict ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
