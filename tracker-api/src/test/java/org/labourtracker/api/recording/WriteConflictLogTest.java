package org.labourtracker.api.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.labourtracker.TrackerApplication;
import org.labourtracker.ZhanaozenCase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes on one database: node A still holds the dispute as it was before node B recorded in it,
 * so A's next record loses the race for the stream position and is sent again. The log says so in
 * one WARN line, without Hibernate's ERROR lines that carry the refused row's bytes.
 */
@ExtendWith(OutputCaptureExtension.class)
class WriteConflictLogTest {

    private static final String DATABASE = "--spring.datasource.url=jdbc:h2:mem:write-conflict-log;DB_CLOSE_DELAY=-1";

    @Test
    void aWriteConflictBetweenNodesIsOneWarnLine(CapturedOutput output) {
        List<Object> commands = ZhanaozenCase.commands();
        try (ConfigurableApplicationContext nodeA = node("node-a"); ConfigurableApplicationContext nodeB = node("node-b")) {
            CommandGateway a = nodeA.getBean(CommandGateway.class);
            CommandGateway b = nodeB.getBean(CommandGateway.class);
            a.sendAndWait(commands.get(0));
            b.sendAndWait(commands.get(1));
            int before = output.length();

            a.sendAndWait(commands.get(2));

            List<String> lines = output.toString().substring(before).lines().toList();
            assertThat(lines).filteredOn(line -> line.contains(" WARN ") || line.contains(" ERROR "))
                    .singleElement().asString()
                    .contains(" WARN ", WriteConflicts.class.getSimpleName(), "Write conflict", ZhanaozenCase.DISPUTE);
            assertThat(lines).noneMatch(line -> line.contains("X'"));
        }
    }

    private static ConfigurableApplicationContext node(String name) {
        return new SpringApplicationBuilder(TrackerApplication.class).run(DATABASE, "--server.port=0",
                "--tracker.cluster.node-id=" + name);
    }
}
