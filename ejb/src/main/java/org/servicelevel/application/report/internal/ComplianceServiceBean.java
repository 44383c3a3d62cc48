package org.servicelevel.application.report.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.servicelevel.application.report.ComplianceService;
import org.servicelevel.application.security.CallerContext;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementRepository;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.report.Compliance;
import org.servicelevel.domain.model.report.Compliance.Count;
import org.servicelevel.domain.model.report.Compliance.Dimension;
import org.servicelevel.domain.model.report.Compliance.ResolvedTicket;
import org.servicelevel.domain.model.report.ComplianceRepository;
import org.servicelevel.domain.model.report.ComplianceRepository.Scope;

@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION, Role.Names.CUSTOMER})
@DeclareRoles(Role.Names.CUSTOMER)
public class ComplianceServiceBean implements ComplianceService {

    @Inject
    private ComplianceRepository compliance;

    @Inject
    private AgreementRepository agreements;

    @Inject
    private CallerContext callers;

    @Resource
    private SessionContext session;

    @Override
    public Figures figures(LocalDate from, LocalDate to, Long agreementId) {
        List<Count> counts = new ArrayList<>();
        scopes(from, to, agreementId).forEach(scope -> counts.addAll(compliance.counts(scope)));
        return new Figures(from, to, agreementId, Compliance.total(counts), Compliance.bars(counts));
    }

    @Override
    public List<ResolvedTicket> tickets(LocalDate from, LocalDate to, Long agreementId, Dimension dimension, String key,
                                        Boolean breached) {
        if (dimension == null) {
            throw new InvalidFieldException("dimension", "Say what the tickets are broken down by: priority, assignee,"
                    + " service or request type");
        }
        if (dimension == Dimension.PRIORITY && key != null && !key.strip().matches("\\d{1,9}")) {
            throw new InvalidFieldException("key", "A priority is a number, not '" + key + "'");
        }
        List<ResolvedTicket> found = new ArrayList<>();
        for (Scope scope : scopes(from, to, agreementId)) {
            found.addAll(compliance.tickets(scope, dimension, key == null ? null : key.strip(), breached, MAX_TICKETS));
        }
        return found.stream().sorted(java.util.Comparator.comparing(ResolvedTicket::resolvedAt)
                .thenComparing(ResolvedTicket::id)).limit(MAX_TICKETS).toList();
    }

    /**
     * The scopes to read: the agreements asked for, grouped by time zone, each with the period's
     * instants in that zone; with the caller's organisation for a customer's user.
     */
    private List<Scope> scopes(LocalDate from, LocalDate to, Long agreementId) {
        check(from, to);
        Optional<Long> customer = callers.customerOrganisation(session);
        List<Agreement> chosen;
        if (agreementId != null) {
            chosen = List.of(agreements.findById(agreementId).filter(a -> a.visibleTo(customer.orElse(null)))
                    .orElseThrow(() -> new NotFoundException("There is no agreement " + agreementId)));
        } else {
            chosen = (customer.isPresent() ? agreements.findByCustomer(customer.get()) : agreements.findAll()).stream()
                    .filter(a -> a.visibleTo(customer.orElse(null))).toList();
        }
        Map<ZoneId, List<Long>> byZone = chosen.stream().collect(Collectors.groupingBy(Agreement::zone,
                Collectors.mapping(Agreement::id, Collectors.toList())));
        return byZone.entrySet().stream().map(e -> new Scope(e.getValue(), from.atStartOfDay(e.getKey()).toInstant(),
                to.plusDays(1).atStartOfDay(e.getKey()).toInstant(), customer.orElse(null))).toList();
    }

    /** The period's days: both given, in order, at most {@link #MAX_DAYS} of them. */
    static void check(LocalDate from, LocalDate to) {
        List<InvalidFieldException> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new InvalidFieldException("from", "Give the first day of the period, e.g. 2026-11-01"));
        }
        if (to == null) {
            errors.add(new InvalidFieldException("to", "Give the last day of the period, e.g. 2026-11-30"));
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.add(new InvalidFieldException("to", "The period ends on " + to + ", before it starts on " + from));
            } else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
                errors.add(new InvalidFieldException("to", "A period is at most " + MAX_DAYS + " days; " + from + " to "
                        + to + " is longer"));
            }
        }
        InvalidInputException.throwIfAny(errors);
    }
}
