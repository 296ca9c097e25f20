package org.labourtracker.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application as a new user starts it, with the demo data, on a random port over its own
 * in-memory database: one application for every page test (the same configuration shares the context).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:web-demo;DB_CLOSE_DELAY=-1",
        "tracker.demo=true"})
@interface DemoApplication {
}
