package org.servicelevel.domain.model.escalation;

import java.time.Instant;

/** A step of a clock's escalation that has fired: planning does not plan it again. */
public record FiredStep(String metric, int stepIndex, String at, int occurrence, Instant dueAt) {
}
