package org.servicelevel.interfaces.web.customer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.servicelevel.application.customer.CustomerDetails;
import org.servicelevel.application.customer.CustomerService;
import org.servicelevel.interfaces.web.Search;
import org.servicelevel.interfaces.web.Viewer;

/**
 * The list of customers, narrowed by the words of the {@code q} view parameter (code, name or
 * coordinator), so that a search can be bookmarked. A customer's user finds only their own
 * organisation (the service decides).
 */
@Named
@RequestScoped
public class CustomersBean {

    @Inject
    private CustomerService customers;

    private String q;
    private List<CustomerDetails> rows;

    public List<CustomerDetails> getRows() {
        if (rows == null) {
            rows = customers.list().stream().filter(c -> Search.matches(q, c.code(), c.name(), c.coordinatorName(),
                    c.coordinatorEmail())).toList();
        }
        return rows;
    }

    /** Shows the list found by the search box, as a bookmarkable address. */
    public String search() {
        return "/app/customers?faces-redirect=true&includeViewParams=true";
    }

    public boolean isManager() {
        return Viewer.isManager();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
