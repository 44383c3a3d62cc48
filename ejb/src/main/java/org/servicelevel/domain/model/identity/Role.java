package org.servicelevel.domain.model.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do. The names are the Jakarta Security group and role names.
 *
 * <ul>
 *   <li>{@link #ADMIN}: everything, including users, API tokens and configuration;</li>
 *   <li>{@link #MANAGER}: agreements, calendars and reports;</li>
 *   <li>{@link #AGENT}: tickets of every customer;</li>
 *   <li>{@link #CUSTOMER}: the tickets and reports of their own organisation only;</li>
 *   <li>{@link #INTEGRATION}: API clients (help desks, monitoring) registering and updating tickets.</li>
 * </ul>
 */
public enum Role {
    ADMIN, MANAGER, AGENT, CUSTOMER, INTEGRATION;

    /** Role names as constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String ADMIN = "admin";
        public static final String MANAGER = "manager";
        public static final String AGENT = "agent";
        public static final String CUSTOMER = "customer";
        public static final String INTEGRATION = "integration";
        /**
         * Not a role of users: the identity timers, batch jobs, the mail channel and start-up run as
         * ({@code @RunAs}), so they pass the same role checks as people do.
         */
        public static final String SYSTEM = "system";

        private Names() {
        }
    }

    /** The role's name as Jakarta Security sees it, e.g. {@code manager}. */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromRoleName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName().equalsIgnoreCase(name)).findFirst();
    }
}
