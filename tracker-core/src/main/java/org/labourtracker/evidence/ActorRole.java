package org.labourtracker.evidence;

/** The part an actor plays in a record: HURIDOCS' perpetrator, victim (target) and intervening party. */
public enum ActorRole {
    PERPETRATOR, TARGET, PARTICIPANT, INTERVENER
}
