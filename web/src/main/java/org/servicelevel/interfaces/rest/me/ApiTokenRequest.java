package org.servicelevel.interfaces.rest.me;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A request for a new API token; {@code validDays} absent means the configured default
 * ({@code servicelevel.api-token.default-days}, 90), and no token lives longer than
 * {@code servicelevel.api-token.max-days} (365).
 */
public class ApiTokenRequest {

    @NotBlank(message = "Give the token a name that says which client uses it")
    @Size(max = 100, message = "A token name has at most 100 characters")
    public String name;

    @Positive(message = "validDays must be a positive number of days")
    public Integer validDays;
}
