package org.servicelevel.interfaces.rest.me;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A request for a new API token; {@code validDays} absent means the token does not expire.
 * (A class rather than a record: Payara's OpenAPI scanner fails on constraints on record components.)
 */
public class ApiTokenRequest {

    @NotBlank(message = "Give the token a name that says which client uses it")
    @Size(max = 100, message = "A token name has at most 100 characters")
    public String name;

    @Positive(message = "validDays must be a positive number of days")
    @Max(value = 3650, message = "validDays may be at most 3650 (ten years)")
    public Integer validDays;
}
