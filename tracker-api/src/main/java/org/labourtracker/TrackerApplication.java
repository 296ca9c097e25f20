package org.labourtracker;

import org.labourtracker.api.transparency.KeyCommand;
import org.labourtracker.api.transparency.VerifyCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The labour tracker service: write side, read side and the outside world in one application. */
@SpringBootApplication
@EnableScheduling
public class TrackerApplication {

    public static void main(String[] args) {
        if (args.length > 0 && VerifyCommand.NAME.equals(args[0])) {
            // the offline verifier: no application, no database, no network
            System.exit(VerifyCommand.run(args, System.out));
        }
        if (args.length > 0 && KeyCommand.NAME.equals(args[0])) {
            System.exit(KeyCommand.run(args, System.out));
        }
        // Axon also looks for this switch outside Spring; the tracker must run offline.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(TrackerApplication.class, args);
    }
}
