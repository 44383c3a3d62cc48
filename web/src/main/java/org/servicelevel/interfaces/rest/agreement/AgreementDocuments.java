package org.servicelevel.interfaces.rest.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.servicelevel.application.agreement.AgreementChange;
import org.servicelevel.application.agreement.AgreementDetails;
import org.servicelevel.application.agreement.AgreementHistory;
import org.servicelevel.application.agreement.AgreementImport;
import org.servicelevel.application.agreement.AgreementService;
import org.servicelevel.application.calendar.CalendarChange;
import org.servicelevel.application.calendar.CalendarHistory;
import org.servicelevel.application.calendar.CalendarService;
import org.servicelevel.application.customer.CustomerChange;
import org.servicelevel.application.customer.CustomerDetails;
import org.servicelevel.application.customer.CustomerService;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.model.agreement.AgreementStatus;
import org.servicelevel.domain.model.agreement.AmendmentRecord;
import org.servicelevel.domain.model.agreement.AmendmentStatus;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.interfaces.rest.agreement.AgreementViews.TermsView;
import org.servicelevel.interfaces.rest.calendar.CalendarHistoryRequest;
import org.servicelevel.interfaces.rest.calendar.CalendarRequestReader;
import org.servicelevel.interfaces.rest.calendar.CalendarViews.DocumentCalendarView;
import org.servicelevel.interfaces.rest.calendar.CalendarViews;
import org.servicelevel.interfaces.rest.customer.CustomerRequest;
import org.servicelevel.interfaces.rest.json.MultiLine;

/**
 * A whole agreement as one JSON document, so an integration can set up a customer in one request and
 * an agreement can move between installations with its history. Format {@value #FORMAT}: the
 * header (the fields of {@link AgreementRequest} without terms), the lifecycle state, every version
 * with its number, day, own terms, note and provenance, the customer organisation
 * ({@code customerDetails}) and the calendars any version counts time on, each with every version.
 * Format {@value #FORMAT_1} (still read, and written for one version with {@code ?version=}) carries
 * one version's terms and calendars with the rules in force, and {@code activate}. Nothing in a
 * document depends on the installation: no ids, no record versions.
 */
@ApplicationScoped
public class AgreementDocuments {

    static final String FORMAT = "servicelevel.agreement/2";
    static final String FORMAT_1 = "servicelevel.agreement/1";

    @Inject
    private AgreementService agreements;

    @Inject
    private CustomerService customers;

    @Inject
    private CalendarService calendars;

    /** An agreement document as sent for import, in either format. */
    public static class DocumentRequest extends AgreementRequest {
        public String format;
        public String status;
        public String terminatedOn;
        @MultiLine
        public String terminationReason;
        public Integer lastVersionNumber;
        public List<DocumentVersionRequest> versions;
        public CustomerRequest customerDetails;
        public List<CalendarHistoryRequest> calendars;
        public Boolean activate;
    }

    /** One version of the agreement in a document of format 2. */
    public static class DocumentVersionRequest {
        public Integer number;
        public String effectiveFrom;
        public Instant createdAt;
        public String createdBy;
        @MultiLine
        public String changeNote;
        @Schema(description = "DRAFT (an amendment awaiting approval) or APPROVED (the default)")
        public String status;
        public String approvedBy;
        public Instant approvedAt;
        public String customerApprovedBy;
        public Instant customerApprovedAt;
        public TermsRequest terms;
    }

    /**
     * An agreement document as exported: the shape {@link DocumentRequest} reads. Format 2 fills
     * {@code status} to {@code versions}; format 1 fills {@code terms} and {@code activate} instead.
     */
    public record DocumentView(String format, String number, String type, String title, String customer,
                               String providerGroup, String consumerGroup, String parent, String timeZone,
                               LocalDate validFrom, LocalDate validTo, LocalDate reviewDate, String owner,
                               String amendmentApproval, String status, LocalDate terminatedOn, String terminationReason,
                               Integer lastVersionNumber, List<DocumentVersionView> versions, TermsView terms,
                               CustomerDocumentView customerDetails, List<DocumentCalendarView> calendars,
                               Boolean activate) {
    }

    /** One version of the agreement in a document: its own terms, without anything inherited. */
    public record DocumentVersionView(int number, LocalDate effectiveFrom, Instant createdAt, String createdBy,
                                      String changeNote, String status, String approvedBy, Instant approvedAt,
                                      String customerApprovedBy, Instant customerApprovedAt, TermsView terms) {
    }

    /** The customer in an agreement document, in the shape a customer is created with. */
    public record CustomerDocumentView(String code, String name, String coordinatorName, String coordinatorEmail,
                                       String coordinatorPhone) {
    }

    /** The agreement with every version and the calendars with theirs (format 2). */
    DocumentView export(AgreementHistory history) {
        AgreementDetails d = history.agreement();
        Set<Long> calendarIds = new LinkedHashSet<>();
        history.versions().forEach(v -> v.terms().services().stream().map(ServiceTerms::calendarId)
                .forEach(calendarIds::add));
        List<DocumentCalendarView> used = calendarIds.stream()
                .map(id -> CalendarViews.documentHistory(calendars.find(id))).toList();
        List<DocumentVersionView> versions = history.versions().stream()
                .map(v -> new DocumentVersionView(v.summary().number(), v.summary().effectiveFrom(),
                        v.summary().createdAt(), v.summary().createdBy(), v.summary().note(), v.summary().status().name(),
                        v.summary().approvedBy(), v.summary().approvedAt(), v.summary().customerApprovedBy(),
                        v.summary().customerApprovedAt(), AgreementViews.documentTerms(v.terms(), history.calendarNames())))
                .toList();
        return new DocumentView(FORMAT, d.number(), d.type().name(), d.title(), code(d.customer()),
                code(d.providerGroup()), code(d.consumerGroup()), code(d.parent()), d.timeZone(), d.validFrom(),
                d.validTo(), d.reviewDate(), d.owner(), d.amendmentApproval().name(), d.status().name(), d.terminatedOn(),
                d.terminationReason(),
                history.lastVersionNumber(), versions, null, customer(d), used, null);
    }

    /** One version of the agreement, with the calendars' rules in force (format 1). */
    DocumentView exportVersion(AgreementDetails d) {
        Set<Long> calendarIds = new LinkedHashSet<>();
        d.terms().services().stream().map(ServiceTerms::calendarId).forEach(calendarIds::add);
        List<DocumentCalendarView> used = calendarIds.stream().map(id -> CalendarViews.document(calendars.find(id)))
                .toList();
        return new DocumentView(FORMAT_1, d.number(), d.type().name(), d.title(), code(d.customer()),
                code(d.providerGroup()), code(d.consumerGroup()), code(d.parent()), d.timeZone(), d.validFrom(),
                d.validTo(), d.reviewDate(), d.owner(), null, null, null, null, null, null,
                AgreementViews.terms(d.terms(), d.calendarNames()), customer(d), used,
                d.status() != AgreementStatus.DRAFT);
    }

    private CustomerDocumentView customer(AgreementDetails d) {
        if (d.customer() == null) {
            return null;
        }
        CustomerDetails c = customers.find(d.customer().id());
        return new CustomerDocumentView(c.code(), c.name(), c.coordinatorName(), c.coordinatorEmail(),
                c.coordinatorPhone());
    }

    private static String code(AgreementDetails.PartyRef party) {
        return party == null ? null : party.code();
    }

    AgreementDetails importDocument(DocumentRequest document) {
        if (document == null) {
            throw new InvalidFieldException("body", "Send the agreement document as a JSON body");
        }
        String format = document.format == null ? (document.versions != null ? FORMAT : FORMAT_1)
                : document.format.strip();
        if (FORMAT.equals(format)) {
            return importHistory(document);
        }
        if (FORMAT_1.equals(format)) {
            return importVersion(document);
        }
        throw new InvalidFieldException("format", "This server reads agreement documents of format " + FORMAT
                + " (and " + FORMAT_1 + "), not " + document.format);
    }

    /** Format 2: the agreement with its whole history and state, calendars with all their versions. */
    private AgreementDetails importHistory(DocumentRequest document) {
        List<InvalidFieldException> errors = new ArrayList<>();
        if (document.terms != null || document.effectiveFrom != null || document.changeNote != null) {
            errors.add(new InvalidFieldException(document.terms != null ? "terms" : document.effectiveFrom != null
                    ? "effectiveFrom" : "changeNote", "A document of format " + FORMAT + " gives the terms, the"
                    + " day they take effect and the note per version, in versions"));
        }
        AgreementChange header = collect(errors, "", () -> AgreementRequestReader.read(document));
        AgreementStatus status = collect(errors, "", () -> AgreementRequestReader.readEnum("status", document.status,
                AgreementStatus.class));
        if (document.activate != null) {
            AgreementStatus implied = document.activate ? AgreementStatus.ACTIVE : AgreementStatus.DRAFT;
            if (status == null) {
                status = implied;
            } else if (document.activate != (status != AgreementStatus.DRAFT)) {
                errors.add(new InvalidFieldException("activate", "The document's status is " + status + "; leave"
                        + " activate out, or make it agree"));
            }
        }
        LocalDate terminatedOn = collect(errors, "", () -> AgreementRequestReader.readDate("terminatedOn",
                document.terminatedOn));
        List<AgreementImport.Version> versions = new ArrayList<>();
        boolean child = document.parent != null && !document.parent.isBlank();
        List<DocumentVersionRequest> requested = document.versions == null ? List.of() : document.versions;
        for (int i = 0; i < requested.size(); i++) {
            DocumentVersionRequest v = requested.get(i);
            String path = "versions[" + i + "]";
            if (v == null) {
                versions.add(null);
                continue;
            }
            LocalDate from = collect(errors, "", () -> AgreementRequestReader.readDate(path + ".effectiveFrom",
                    v.effectiveFrom));
            AgreementRequestReader.Terms terms = v.terms == null ? null : collect(errors, "",
                    () -> AgreementRequestReader.readTerms(v.terms, path + ".terms.", child));
            AmendmentStatus amendment = collect(errors, "", () -> AgreementRequestReader.readEnum(path + ".status",
                    v.status, AmendmentStatus.class));
            versions.add(new AgreementImport.Version(v.number, from, terms == null ? null : terms.terms(),
                    terms == null ? List.of() : terms.serviceCalendars(), v.changeNote, v.createdAt, v.createdBy,
                    new AmendmentRecord(amendment, v.approvedBy, v.approvedAt, v.customerApprovedBy,
                            v.customerApprovedAt)));
        }
        List<CalendarHistory> calendarHistories = new ArrayList<>();
        List<CalendarHistoryRequest> requestedCalendars = document.calendars == null ? List.of() : document.calendars;
        for (int i = 0; i < requestedCalendars.size(); i++) {
            CalendarHistoryRequest calendar = requestedCalendars.get(i);
            calendarHistories.add(collect(errors, "calendars[" + i + "].",
                    () -> CalendarRequestReader.readHistory(calendar)));
        }
        CustomerChange customer = collect(errors, "", () -> customerOf(document, header));
        InvalidInputException.throwIfAny(errors);
        return agreements.importWithHistory(customer, calendarHistories, new AgreementImport(header, versions,
                document.lastVersionNumber, status, terminatedOn, document.terminationReason));
    }

    /** Format 1: one version's terms, calendars with the rules of one version, activated if asked. */
    private AgreementDetails importVersion(DocumentRequest document) {
        if (document.versions != null || document.status != null || document.lastVersionNumber != null
                || document.terminatedOn != null || document.terminationReason != null) {
            throw new InvalidFieldException(document.versions != null ? "versions" : "status", "Only documents of"
                    + " format " + FORMAT + " carry versions and a lifecycle state; this one says " + FORMAT_1);
        }
        AgreementChange agreement = AgreementRequestReader.read(document);
        CustomerChange customer = customerOf(document, agreement);
        List<CalendarChange> calendarChanges = new ArrayList<>();
        List<CalendarHistoryRequest> requested = document.calendars == null ? List.of() : document.calendars;
        for (int i = 0; i < requested.size(); i++) {
            CalendarHistoryRequest calendar = requested.get(i);
            if (calendar != null && calendar.versions != null) {
                throw new InvalidFieldException("calendars[" + i + "].versions", "Only documents of format " + FORMAT
                        + " carry calendar versions; this one says " + FORMAT_1);
            }
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

    private static CustomerChange customerOf(DocumentRequest document, AgreementChange agreement) {
        if (document.customerDetails == null) {
            return null;
        }
        CustomerRequest c = document.customerDetails;
        String wanted = agreement == null ? document.customer : agreement.customer();
        if (c.code == null || wanted == null || !c.code.strip().equalsIgnoreCase(wanted.strip())) {
            throw new InvalidFieldException("customerDetails.code", "The customer described (" + c.code
                    + ") is not the agreement's customer (" + wanted + ")");
        }
        return new CustomerChange(c.code, c.name, c.coordinatorName, c.coordinatorEmail, c.coordinatorPhone);
    }

    /** What {@code read} reads, or {@code null} with its errors (under {@code prefix}) added to {@code errors}. */
    private static <T> T collect(List<InvalidFieldException> errors, String prefix, Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidInputException e) {
            errors.addAll(prefix.isEmpty() ? e.errors() : e.prefixed(prefix).errors());
            return null;
        }
    }
}
