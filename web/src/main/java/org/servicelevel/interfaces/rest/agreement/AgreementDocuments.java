package org.servicelevel.interfaces.rest.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.servicelevel.application.agreement.AgreementChange;
import org.servicelevel.application.agreement.AgreementDetails;
import org.servicelevel.application.agreement.AgreementService;
import org.servicelevel.application.calendar.CalendarChange;
import org.servicelevel.application.calendar.CalendarService;
import org.servicelevel.application.customer.CustomerChange;
import org.servicelevel.application.customer.CustomerDetails;
import org.servicelevel.application.customer.CustomerService;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.model.agreement.AgreementStatus;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.interfaces.rest.agreement.AgreementViews.TermsView;
import org.servicelevel.interfaces.rest.calendar.CalendarRequest;
import org.servicelevel.interfaces.rest.calendar.CalendarRequestReader;
import org.servicelevel.interfaces.rest.calendar.CalendarViews.DocumentCalendarView;
import org.servicelevel.interfaces.rest.calendar.CalendarViews;
import org.servicelevel.interfaces.rest.customer.CustomerRequest;

/**
 * A whole agreement as one JSON document, so an integration can set up a customer in one request and
 * an agreement can move between installations: the agreement itself (the same fields as
 * {@link AgreementRequest}), the customer organisation ({@code customerDetails}) and the calendars its
 * services count time on, each created when no customer with that code or calendar with that name
 * exists yet, and whether to activate it at once.
 */
@ApplicationScoped
public class AgreementDocuments {

    static final String FORMAT = "servicelevel.agreement/1";

    @Inject
    private AgreementService agreements;

    @Inject
    private CustomerService customers;

    @Inject
    private CalendarService calendars;

    /** An agreement document as sent for import. */
    public static class DocumentRequest extends AgreementRequest {
        public String format;
        public CustomerRequest customerDetails;
        public List<CalendarRequest> calendars;
        public Boolean activate;
    }

    /** An agreement document as exported: the shape {@link DocumentRequest} reads. */
    public record DocumentView(String format, String number, String type, String title, String customer,
                               String providerGroup, String consumerGroup, String parent, String timeZone,
                               LocalDate validFrom, LocalDate validTo, LocalDate reviewDate, String owner,
                               TermsView terms, CustomerDocumentView customerDetails,
                               List<DocumentCalendarView> calendars, boolean activate) {
    }

    /** The customer in an agreement document, in the shape a customer is created with. */
    public record CustomerDocumentView(String code, String name, String coordinatorName, String coordinatorEmail,
                                       String coordinatorPhone) {
    }

    DocumentView export(AgreementDetails d) {
        CustomerDocumentView customer = null;
        if (d.customer() != null) {
            CustomerDetails c = customers.find(d.customer().id());
            customer = new CustomerDocumentView(c.code(), c.name(), c.coordinatorName(), c.coordinatorEmail(),
                    c.coordinatorPhone());
        }
        Set<Long> calendarIds = new LinkedHashSet<>();
        d.terms().services().stream().map(ServiceTerms::calendarId).forEach(calendarIds::add);
        List<DocumentCalendarView> used = calendarIds.stream().map(id -> CalendarViews.document(calendars.find(id)))
                .toList();
        return new DocumentView(FORMAT, d.number(), d.type().name(), d.title(),
                d.customer() == null ? null : d.customer().code(),
                d.providerGroup() == null ? null : d.providerGroup().code(),
                d.consumerGroup() == null ? null : d.consumerGroup().code(),
                d.parent() == null ? null : d.parent().code(), d.timeZone(), d.validFrom(), d.validTo(),
                d.reviewDate(), d.owner(), AgreementViews.terms(d.terms(), d.calendarNames()), customer, used,
                d.status() != AgreementStatus.DRAFT);
    }

    AgreementDetails importDocument(DocumentRequest document) {
        if (document == null) {
            throw new InvalidFieldException("body", "Send the agreement document as a JSON body");
        }
        if (document.format != null && !FORMAT.equals(document.format.strip())) {
            throw new InvalidFieldException("format", "This server reads agreement documents of format " + FORMAT
                    + ", not " + document.format);
        }
        AgreementChange agreement = AgreementRequestReader.read(document);
        CustomerChange customer = null;
        if (document.customerDetails != null) {
            CustomerRequest c = document.customerDetails;
            if (c.code == null || agreement.customer() == null || !c.code.strip().equalsIgnoreCase(agreement.customer().strip())) {
                throw new InvalidFieldException("customerDetails.code", "The customer described ("
                        + c.code + ") is not the agreement's customer (" + agreement.customer() + ")");
            }
            customer = new CustomerChange(c.code, c.name, c.coordinatorName, c.coordinatorEmail, c.coordinatorPhone);
        }
        List<CalendarChange> calendarChanges = new ArrayList<>();
        List<CalendarRequest> requested = document.calendars == null ? List.of() : document.calendars;
        for (int i = 0; i < requested.size(); i++) {
            CalendarRequest calendar = requested.get(i);
            if (calendar != null && (calendar.effectiveFrom == null || calendar.effectiveFrom.isBlank())
                    && agreement.validFrom() != null) {
                calendar.effectiveFrom = agreement.validFrom().toString();
            }
            try {
                calendarChanges.add(CalendarRequestReader.read(calendar));
            } catch (InvalidInputException e) {
                throw e.prefixed("calendars[" + i + "].");
            }
        }
        return agreements.importAgreement(customer, calendarChanges, agreement, Boolean.TRUE.equals(document.activate));
    }
}
