package org.servicelevel.domain.model.agreement;

import java.time.Duration;
import java.util.Optional;

/**
 * A pair of targets, each of which may be missing: the working time until the first response and
 * until resolution, as a priority sets them for all services or a service sets its own.
 */
public interface ResponseAndResolution {

    Optional<Duration> response();

    Optional<Duration> resolution();

    /** The target of the given kind, if set. */
    default Optional<Duration> target(TargetKind kind) {
        return kind == TargetKind.RESPONSE ? response() : resolution();
    }
}
