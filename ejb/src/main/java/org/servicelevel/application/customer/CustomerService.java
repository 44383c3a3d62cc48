package org.servicelevel.application.customer;

import java.util.List;
import org.servicelevel.application.identity.Caller;

/**
 * Customer organisations. A caller with the customer role sees only their own organisation: any
 * other is reported as not existing ({@link org.servicelevel.domain.NotFoundException}).
 */
public interface CustomerService {

    List<CustomerDetails> list();

    CustomerDetails find(long id);

    CustomerDetails create(CustomerChange change);

    CustomerDetails update(long id, long expectedVersion, CustomerChange change);

    /** The users who belong to the customer organisation, by username. */
    List<Caller> users(long id);
}
