package org.servicelevel.interfaces.rest.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new user. {@code organisation} (a customer organisation's code) is required for customer users and
 * refused for any other.
 */
public class UserRequest {

    @NotBlank(message = "Give a username")
    public String username;

    @NotBlank(message = "Give the name people see")
    @Size(max = 200, message = "A display name has at most 200 characters")
    public String displayName;

    @Email(message = "Give a valid e-mail address")
    public String email;

    @NotBlank(message = "Give an initial password")
    @Size(min = 8, max = 200, message = "A password has 8 to 200 characters")
    public String password;

    @NotEmpty(message = "Give at least one role: admin, manager, agent, customer or integration")
    public List<String> roles;

    @Schema(description = "The code of the customer organisation a customer user belongs to: required for the"
            + " customer role, refused (400 naming organisation) for every other role")
    public String organisation;
}
