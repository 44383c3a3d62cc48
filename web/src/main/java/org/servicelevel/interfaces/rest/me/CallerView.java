package org.servicelevel.interfaces.rest.me;

import java.util.List;

/** The signed-in caller: who they are, their roles and, for customer users, their organisation. */
public record CallerView(String username, String displayName, List<String> roles, String organisation) {
}
