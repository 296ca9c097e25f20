package org.labourtracker.projections.admin;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tracker.cluster.*}: how the nodes of one installation share the read models' processors.
 *
 * @param nodeId            this node's name in the token store's claims and among the nodes; by
 *                          default Java's process name (process id and host name), which differs
 *                          between machines and between containers
 * @param heartbeatInterval how often the node notes that it is alive and counts the others
 */
@ConfigurationProperties("tracker.cluster")
record ClusterSettings(String nodeId, @DefaultValue("2s") Duration heartbeatInterval) {

    String node() {
        return nodeId == null || nodeId.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : nodeId;
    }
}
