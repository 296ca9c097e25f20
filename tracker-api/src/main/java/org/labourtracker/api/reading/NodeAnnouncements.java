package org.labourtracker.api.reading;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.labourtracker.projections.history.Announcements;
import org.labourtracker.projections.history.LiveView;
import org.labourtracker.projections.history.ViewChange;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Live updates on every node. A change is announced to this node's readers at once; on PostgreSQL it
 * is also sent with {@code pg_notify} in the transaction that makes it, so PostgreSQL delivers it to
 * the other nodes only once that commits (and never if it rolls back). Each node listens on one
 * connection of its pool and announces what other nodes changed to its own readers, from the shared
 * read model. On the embedded database there is one node and nothing to send.
 */
@Component
class NodeAnnouncements implements Announcements, SmartLifecycle {

    static final String CHANNEL = "tracker_view_changes";
    private static final Logger log = LoggerFactory.getLogger(NodeAnnouncements.class);
    private static final int WAIT_MILLIS = 500;
    /** A change's three ids take at most 100 characters each, so 16 changes stay under PostgreSQL's 8,000 bytes. */
    private static final int CHANGES_PER_NOTIFICATION = 16;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final ObjectProvider<LiveView> views;
    private final ObjectMapper json;
    private final boolean shared;
    /** Tells this process's notifications from the others', whatever the nodes are named. */
    private final String sender = UUID.randomUUID().toString();
    private volatile boolean running;
    private Thread listener;

    NodeAnnouncements(JdbcTemplate jdbc, DataSource dataSource, ObjectProvider<LiveView> views, ObjectMapper json)
            throws SQLException {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.views = views;
        this.json = json;
        try (Connection connection = dataSource.getConnection()) {
            this.shared = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    /**
     * Sends this node's readers the changes once they are committed (computing the views does not hold
     * the store's transaction open), and the other nodes a notice that PostgreSQL delivers on commit.
     */
    @Override
    public void changed(List<ViewChange> changes) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    announce(changes);
                }
            });
        } else {
            announce(changes);
        }
        if (shared) {
            for (List<ViewChange> part : parts(changes)) {
                String payload;
                try {
                    payload = json.writeValueAsString(Map.of("sender", sender, "changes", part));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("cannot write a view change", e);
                }
                jdbc.query("SELECT pg_notify(?, ?)", row -> {
                }, CHANNEL, payload);
            }
        }
    }

    /** The changes in parts that each fit in a notification (PostgreSQL takes under 8,000 bytes). */
    private static List<List<ViewChange>> parts(List<ViewChange> changes) {
        List<List<ViewChange>> parts = new ArrayList<>();
        for (int from = 0; from < changes.size(); from += CHANGES_PER_NOTIFICATION) {
            parts.add(changes.subList(from, Math.min(changes.size(), from + CHANGES_PER_NOTIFICATION)));
        }
        return parts;
    }

    private void announce(List<ViewChange> changes) {
        views.orderedStream().forEach(view -> view.announce(changes));
    }

    @Override
    public synchronized void start() {
        running = true;
        if (shared) {
            listener = new Thread(this::listen, "view-changes-from-other-nodes");
            listener.setDaemon(true);
            listener.start();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(2 * WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            listener = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Listens while the node runs, again after a lost connection. */
    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                PGConnection postgres = connection.unwrap(PGConnection.class);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            received(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException failure) {
                if (running) {
                    log.warn("Not hearing of other nodes' read model changes ({}); listening again in 1 s",
                            failure.toString());
                    pause();
                }
            }
        }
    }

    private void received(String payload) {
        try {
            JsonNode notice = json.readTree(payload);
            if (sender.equals(notice.path("sender").asText())) {
                return;
            }
            announce(List.of(json.treeToValue(notice.path("changes"), ViewChange[].class)));
        } catch (JsonProcessingException | RuntimeException unreadable) {
            log.warn("A read model change from another node could not be announced: {}", unreadable.toString());
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
