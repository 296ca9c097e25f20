package org.labourtracker.database;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Marks tests whose outcome cannot depend on the database the suite runs on: pages in a browser,
 * the API's description, rules kept in memory, and tests that choose PostgreSQL themselves. The
 * Maven profile {@code postgres} leaves them out, as the default run has already run them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(SameOnEveryDatabase.TAG)
public @interface SameOnEveryDatabase {

    String TAG = "same-on-every-database";
}
