package org.labourtracker.dispute;

public enum ProtestKind {
    DEMONSTRATION, MARCH, OCCUPATION, SIT_IN, BLOCKADE, HUNGER_STRIKE, COMMEMORATION
}
