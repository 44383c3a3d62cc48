package org.servicelevel.interfaces.rest.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A customer organisation as sent by a client; {@code code} is fixed once the customer exists. */
public class CustomerRequest {

    @Size(max = 40, message = "A customer code has at most 40 characters")
    public String code;

    @NotBlank(message = "Give the customer's name")
    @Size(max = 200, message = "A customer name has at most 200 characters")
    public String name;

    @Size(max = 200, message = "The coordinator's name has at most 200 characters")
    public String coordinatorName;

    @Email(message = "Give the coordinator's e-mail as name@example.com")
    @Size(max = 320, message = "An e-mail address has at most 320 characters")
    public String coordinatorEmail;

    @Size(max = 50, message = "A phone number has at most 50 characters")
    public String coordinatorPhone;
}
