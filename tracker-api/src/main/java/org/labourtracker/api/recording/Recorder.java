package org.labourtracker.api.recording;

/** Who is recording right now: the authenticated caller, or the configured default without one. */
@FunctionalInterface
public interface Recorder {

    String current();
}
