package org.servicelevel.application.identity;

import java.time.Instant;

/** An account or client address refused at sign-in until {@code until}, after {@code failures} failures. */
public record SignInBlock(String kind, String subject, int failures, boolean lockedOut, Instant lastFailureAt,
                          Instant until) {
}
