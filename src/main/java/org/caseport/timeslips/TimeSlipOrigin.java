package org.caseport.timeslips;

/** Whether a person wrote the note or Caseport recorded an event. */
public enum TimeSlipOrigin {
    STAFF, SYSTEM
}
