package org.servicelevel.domain.model.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A person named in an agreement, such as the customer's coordinator. */
@Embeddable
public class Contact {

    @Column(name = "coordinator_name", length = 200)
    private String name;

    @Column(name = "coordinator_email", length = 320)
    private String email;

    @Column(name = "coordinator_phone", length = 50)
    private String phone;

    protected Contact() {
    }

    public Contact(String name, String email, String phone) {
        this.name = name;
        this.email = email;
        this.phone = phone;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public boolean isEmpty() {
        return name == null && email == null && phone == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Contact other && Objects.equals(name, other.name) && Objects.equals(email, other.email)
                && Objects.equals(phone, other.phone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, email, phone);
    }
}
