package org.labourtracker.projections.alerts;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Alerts to be sent, one per record (adding the same record again changes nothing). Sending is a
 * side effect: what lands here must never be added again by a replay. The table is created by the
 * application's database migrations.
 */
@Component
public class AlertOutbox {

    private final JdbcTemplate jdbc;

    AlertOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(Alert alert) {
        Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM alert_outbox WHERE stream_id = ? AND record_id = ?",
                Integer.class, alert.streamId(), alert.recordId());
        if (present == null || present == 0) {
            jdbc.update("INSERT INTO alert_outbox (stream_id, record_id, dispute_id, text, recorded_at, added, attempts) "
                            + "VALUES (?, ?, ?, ?, ?, ?, 1)", alert.streamId(), alert.recordId(), alert.disputeId(),
                    alert.text(), alert.recordedAt().toString(), System.nanoTime());
        } else {
            jdbc.update("UPDATE alert_outbox SET attempts = attempts + 1 WHERE stream_id = ? AND record_id = ?",
                    alert.streamId(), alert.recordId());
        }
    }

    public List<Alert> alerts() {
        return jdbc.query("SELECT stream_id, record_id, dispute_id, text, recorded_at FROM alert_outbox ORDER BY added",
                (rs, i) -> new Alert(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Instant.parse(rs.getString(5))));
    }

    /** How many alerts there are. */
    public long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM alert_outbox", Long.class);
        return count == null ? 0 : count;
    }

    /**
     * How many times alerts were queued, repeats included: a handler that ran twice for one record (on
     * a replay, say) shows here even though the alert is queued only once.
     */
    public long attempts() {
        Long attempts = jdbc.queryForObject("SELECT COALESCE(SUM(attempts), 0) FROM alert_outbox", Long.class);
        return attempts == null ? 0 : attempts;
    }
}
