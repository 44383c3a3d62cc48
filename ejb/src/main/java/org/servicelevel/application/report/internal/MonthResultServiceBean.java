package org.servicelevel.application.report.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.servicelevel.application.AuditRecord;
import org.servicelevel.application.report.ExportFormat;
import org.servicelevel.application.report.MonthResultService;
import org.servicelevel.application.report.ResultDocumentCodec;
import org.servicelevel.application.report.ResultRenderer;
import org.servicelevel.application.security.CallerContext;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.StaleVersionException;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementRepository;
import org.servicelevel.domain.model.agreement.AgreementStatus;
import org.servicelevel.domain.model.audit.AuditEntry;
import org.servicelevel.domain.model.audit.AuditTrail;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.report.MonthClose;
import org.servicelevel.domain.model.report.MonthDifference;
import org.servicelevel.domain.model.report.MonthResult;
import org.servicelevel.domain.model.report.MonthResultRepository;
import org.servicelevel.domain.model.report.Provenance;
import org.servicelevel.domain.model.report.ResultDocument;
import org.servicelevel.domain.model.report.ResultHeader;
import org.servicelevel.domain.model.report.ResultState;

@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION, Role.Names.CUSTOMER,
        Role.Names.SYSTEM})
@DeclareRoles({Role.Names.CUSTOMER, Role.Names.SYSTEM})
public class MonthResultServiceBean implements MonthResultService {

    static final String AUDIT_SUBJECT = "month-result";

    /** The provider's name printed in the signature block of the act; read at every export. */
    static final String PROVIDER_NAME = "servicelevel.reports.provider-name";

    @Inject
    private MonthResultRepository results;

    @Inject
    private AgreementRepository agreements;

    @Inject
    private ResultDocumentCodec codec;

    @Inject
    private ResultRenderer renderer;

    @Inject
    private AuditTrail audit;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    @Resource
    private SessionContext session;

    @Override
    @RolesAllowed({Role.Names.SYSTEM, Role.Names.ADMIN, Role.Names.MANAGER})
    public ResultSummary store(long agreementId, YearMonth month, MonthClose close, Provenance provenance) {
        Agreement agreement = agreements.findById(agreementId)
                .orElseThrow(() -> new NotFoundException("There is no agreement " + agreementId));
        if (month == null) {
            throw new InvalidFieldException("month", "Give the month the result is of, e.g. 2026-11");
        }
        if (close == null) {
            throw new InvalidFieldException("close", "Give the month's close to store");
        }
        if (!close.report().month().month().equals(month)) {
            throw new InvalidFieldException("month", "The close is of " + close.report().month().month()
                    + ", not of " + month);
        }
        if (agreement.status() == AgreementStatus.DRAFT) {
            throw new ConflictException("Agreement " + agreement.number() + " is a draft: it has no months to close");
        }
        Instant now = clock.instant();
        String actor = callers.actor(session);
        MonthResult latest = results.lockLatest(agreement.id(), month).orElse(null);
        MonthResult.Slot slot = MonthResult.slotAfter(latest, month, agreement.number());
        MonthResult corrected = slot.corrects();
        ResultHeader header = new ResultHeader(slot.number(), slot.sequence(),
                corrected == null ? null : corrected.number(), agreement.number(), agreement.title(),
                agreement.customer().map(Organisation::code).orElse(null),
                agreement.customer().map(Organisation::name).orElse(null), month, now, provenance);
        MonthDifference difference = corrected == null ? null
                : MonthDifference.between(corrected.number(), codec.read(corrected.document()).close(), close);
        ResultDocument document = new ResultDocument(header, close, difference);
        String json = codec.write(document);
        MonthResult stored;
        if (slot.draft() != null) {
            MonthResult draft = slot.draft();
            String before = figures(draft);
            int replaced = draft.revision();
            draft.replace(document, json, now, actor);
            stored = results.store(draft);
            record(stored, "recomputed", "revision " + stored.revision() + " replaces revision " + replaced + ": "
                    + before + " → " + figures(stored) + provenance(stored));
        } else if (corrected != null) {
            stored = results.store(corrected.correctedBy(document, json, now, actor));
            String change = "corrects " + corrected.number() + ": " + figures(corrected) + " → " + figures(stored)
                    + "; " + billOrCredit(stored);
            record(stored, "computed", "correction, " + change + provenance(stored));
            record(corrected, "corrected", "by " + stored.number() + ", which " + billOrCredit(stored));
        } else {
            stored = results.store(MonthResult.first(agreement.id(),
                    agreement.customer().map(Organisation::id).orElse(null), document, json, now, actor));
            record(stored, "computed", "draft: " + figures(stored) + provenance(stored));
        }
        log.info(() -> "Result " + stored.number() + " of " + month + " stored (" + stored.state() + ", revision "
                + stored.revision() + ")");
        return summary(stored);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    public ResultSummary approve(long id, long expectedVersion) {
        MonthResult result = load(id);
        if (result.version() != expectedVersion) {
            throw new StaleVersionException("Result " + result.number(), expectedVersion, result.version());
        }
        result.approve(clock.instant(), callers.actor(session));
        MonthResult stored = results.store(result);
        record(stored, "approved", "revision " + stored.revision() + ": " + figures(stored)
                + stored.totalDifference().map(d -> "; " + billOrCredit(stored)).orElse(""));
        log.info(() -> "Result " + stored.number() + " approved");
        return summary(stored);
    }

    @Override
    public List<ResultSummary> list(Long agreementId, YearMonth month) {
        return visible(agreementId, month).stream().map(MonthResultServiceBean::summary).toList();
    }

    @Override
    public ResultDetails find(long id) {
        MonthResult result = load(id);
        return new ResultDetails(summary(result), codec.read(result.document()));
    }

    @Override
    public ResultDetails ofMonth(long agreementId, YearMonth month) {
        if (month == null) {
            throw new InvalidFieldException("month", "Give the month, e.g. 2026-11");
        }
        MonthResult result = visible(agreementId, month).stream().reduce((a, b) -> b)
                .orElseThrow(() -> new NotFoundException("Agreement " + agreementId + " has no result of " + month));
        return new ResultDetails(summary(result), codec.read(result.document()));
    }

    @Override
    public ResultRenderer.Export export(long id, ExportFormat format, Locale locale) {
        if (format == null) {
            throw new InvalidFieldException("format", "Give the format: JSON, CSV, XLSX or PDF");
        }
        MonthResult result = load(id);
        String provider = ConfigProvider.getConfig().getOptionalValue(PROVIDER_NAME, String.class)
                .map(String::strip).filter(name -> !name.isEmpty()).orElse(null);
        ResultRenderer.Rendered rendered = new ResultRenderer.Rendered(codec.read(result.document()), result.document(),
                result.state(), result.revision(), result.approvedAt().orElse(null), result.approvedBy().orElse(null),
                provider);
        return renderer.render(rendered, format, ExportFormat.language(locale));
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    public List<AuditRecord> audit(long id) {
        load(id);
        return audit.of(AUDIT_SUBJECT, id).stream()
                .map(a -> new AuditRecord(a.occurredAt(), a.actor(), a.action(), a.details())).toList();
    }

    /** The results of the agreement's month the caller may read, by sequence: a customer's user sees the approved ones of their organisation. */
    private List<MonthResult> visible(Long agreementId, YearMonth month) {
        Optional<Long> customer = callers.customerOrganisation(session);
        return results.find(new MonthResultRepository.Filter(agreementId, month,
                customer.isPresent() ? ResultState.APPROVED : null, customer.orElse(null)));
    }

    /** The result, if the caller may read it: staff any, a customer's user only their organisation's approved ones. */
    private MonthResult load(long id) {
        Optional<Long> customer = callers.customerOrganisation(session);
        return results.findById(id)
                .filter(r -> customer.isEmpty() || r.approved() && r.organisationId().equals(customer))
                .orElseThrow(() -> new NotFoundException("There is no result " + id));
    }

    private void record(MonthResult result, String action, String details) {
        audit.record(new AuditEntry(clock.instant(), callers.actor(session), AUDIT_SUBJECT, result.id(), action,
                details));
    }

    /** E.g. "QoS 0.6 in [0.6, 0.85), penalty -9259.26, total 132797.52 RUB". */
    private static String figures(MonthResult r) {
        return "QoS " + r.score().map(BigDecimal::toPlainString).orElse("—") + r.band().map(b -> " in " + b).orElse("")
                + ", penalty " + r.penalty().toPlainString() + ", total " + r.total().toPlainString() + " "
                + r.currency();
    }

    private static String billOrCredit(MonthResult correction) {
        BigDecimal difference = correction.totalDifference().orElse(BigDecimal.ZERO);
        return difference.signum() > 0 ? "bills " + difference.toPlainString() + " " + correction.currency() + " more"
                : difference.signum() < 0 ? "credits " + difference.negate().toPlainString() + " " + correction.currency()
                : "changes no amount";
    }

    private static String provenance(MonthResult r) {
        return (r.agreementVersions().isEmpty() ? "" : "; agreement versions " + r.agreementVersions())
                + (r.calendarVersions().isEmpty() ? "" : "; calendars " + r.calendarVersions());
    }

    static ResultSummary summary(MonthResult r) {
        return new ResultSummary(r.id(), r.version(), r.number(), r.agreementId(), r.agreementNumber(),
                r.month().toString(), r.sequence(), r.corrects().map(MonthResult::number).orElse(null),
                r.state().name(), r.revision(), r.computedAt(), r.computedBy(), r.approvedAt().orElse(null),
                r.approvedBy().orElse(null), r.agreementVersions(), r.calendarVersions(), r.currency(),
                r.score().orElse(null), r.band().orElse(null), r.bandPenaltyPercent().orElse(null), r.penalty(),
                r.total(), r.totalDifference().orElse(null));
    }
}
