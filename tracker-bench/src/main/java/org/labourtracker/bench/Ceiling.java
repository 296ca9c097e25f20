package org.labourtracker.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The raw ceiling, on the same database: what plain JDBC does with rows shaped like the event store's,
 * with none of the application in the way. Inserts go to a scratch copy of {@code domain_event_entry}
 * (same column types, primary key and unique constraints), one row per transaction as each recorded
 * event is, and the table is dropped after; the scan reads the event store itself in order, in
 * batches of {@value #SCAN_BATCH} by global index, and deserializes each payload and metadata with
 * Jackson.
 */
final class Ceiling {

    static final int SCAN_BATCH = 1000;
    private static final String SCRATCH = "bench_ceiling_event";

    private record Row(byte[] metaData, byte[] payload, String payloadRevision, String payloadType, String type) {
    }

    private final DataSource dataSource;
    private final ObjectMapper json;

    Ceiling(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Rows inserted per second, each in its own transaction, from {@code threads} threads. */
    double inserts(int threads, int rows) throws Exception {
        List<Row> templates = templates();
        execute("CREATE TABLE " + SCRATCH + " AS SELECT * FROM domain_event_entry WHERE 1 = 0");
        try {
            for (String column : notNullColumns()) {
                execute("ALTER TABLE " + SCRATCH + " ALTER COLUMN " + column + " SET NOT NULL");
            }
            execute("ALTER TABLE " + SCRATCH + " ADD PRIMARY KEY (global_index)");
            execute("ALTER TABLE " + SCRATCH + " ADD CONSTRAINT " + SCRATCH + "_position UNIQUE (aggregate_identifier, sequence_number)");
            execute("ALTER TABLE " + SCRATCH + " ADD CONSTRAINT " + SCRATCH + "_identifier UNIQUE (event_identifier)");
            AtomicLong ids = new AtomicLong();
            int perThread = rows / threads;
            double seconds = Recordings.onThreads(threads, thread -> insert(thread, perThread, templates, ids));
            return perThread * threads / seconds;
        } finally {
            execute("DROP TABLE " + SCRATCH);
        }
    }

    private void insert(int thread, int rows, List<Row> templates, AtomicLong ids) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + SCRATCH
                    + " (global_index, event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp,"
                    + " aggregate_identifier, sequence_number, type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    Row row = templates.get(i % templates.size());
                    insert.setLong(1, ids.incrementAndGet());
                    insert.setString(2, UUID.randomUUID().toString());
                    insert.setBytes(3, row.metaData());
                    insert.setBytes(4, row.payload());
                    insert.setString(5, row.payloadRevision());
                    insert.setString(6, row.payloadType());
                    insert.setString(7, Instant.now().toString());
                    insert.setString(8, "ceiling-" + thread + "-" + i / 100);
                    insert.setLong(9, i % 100);
                    insert.setString(10, row.type());
                    insert.executeUpdate();
                    connection.commit();
                }
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** The event table's columns that refuse nulls, which a copy made with CREATE TABLE ... AS does not keep. */
    private List<String> notNullColumns() throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement select = connection.createStatement();
             ResultSet result = select.executeQuery("SELECT * FROM domain_event_entry WHERE 1 = 0")) {
            ResultSetMetaData columnsOf = result.getMetaData();
            for (int i = 1; i <= columnsOf.getColumnCount(); i++) {
                if (columnsOf.isNullable(i) == ResultSetMetaData.columnNoNulls) {
                    columns.add(columnsOf.getColumnName(i));
                }
            }
        }
        return columns;
    }

    /** The stored events' own rows: the payloads and metadata the service really writes. */
    private List<Row> templates() throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement select = connection.createStatement();
             ResultSet result = select.executeQuery("SELECT meta_data, payload, payload_revision, payload_type, type "
                     + "FROM domain_event_entry ORDER BY global_index")) {
            while (result.next()) {
                rows.add(new Row(result.getBytes(1), result.getBytes(2), result.getString(3), result.getString(4),
                        result.getString(5)));
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("the event store is empty: nothing to shape the ceiling's rows after");
        }
        return rows;
    }

    /** Events read per second: every event of the store in global order, payload and metadata deserialized. */
    double scan() throws Exception {
        Map<String, Class<?>> types = new HashMap<>();
        long read = 0;
        long last = -1;
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT global_index, event_identifier, meta_data, "
                     + "payload, payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type "
                     + "FROM domain_event_entry WHERE global_index > ? ORDER BY global_index LIMIT " + SCAN_BATCH)) {
            while (true) {
                select.setLong(1, last);
                int inBatch = 0;
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        last = result.getLong(1);
                        Class<?> type = types.get(result.getString(6));
                        if (type == null) {
                            type = Class.forName(result.getString(6));
                            types.put(result.getString(6), type);
                        }
                        json.readValue(result.getBytes(4), type);
                        json.readValue(result.getBytes(3), Map.class);
                        result.getString(2);
                        result.getString(5);
                        result.getString(7);
                        result.getString(8);
                        result.getLong(9);
                        result.getString(10);
                        inBatch++;
                    }
                }
                read += inBatch;
                if (inBatch < SCAN_BATCH) {
                    break;
                }
            }
        }
        return read / ((System.nanoTime() - start) / 1e9);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
