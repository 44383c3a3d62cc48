package org.servicelevel.application.survey.internal;

import jakarta.ejb.EJBContext;
import jakarta.ejb.SessionContext;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicelevel.Fields;
import org.servicelevel.application.identity.Caller;
import org.servicelevel.application.report.internal.MonthCloseServiceBean;
import org.servicelevel.application.security.CallerContext;
import org.servicelevel.application.survey.SurveyService;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementRepository;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.QualityMetric;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.agreement.ThresholdComparison;
import org.servicelevel.domain.model.audit.AuditTrail;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.report.SurveyResult;
import org.servicelevel.domain.model.survey.Campaign;
import org.servicelevel.domain.model.survey.CampaignRepository;
import org.servicelevel.domain.model.survey.CampaignStatus;
import org.servicelevel.infrastructure.csv.CommonsCsvSheets;

/**
 * The real {@link SurveyServiceBean} with the real CSV reader ({@link CommonsCsvSheets}), an agreement
 * in a given time zone, and an in-memory campaign repository that keeps the repository's contract
 * (ids, a new version on every store, and "the campaign completed last on or before a day; of two
 * completed on the same day, the one completed later", which the JPQL of {@code
 * Campaign.findCompletedOnOrBefore} implements and {@code SurveyQueryContractTest} checks). The month
 * close's survey input is read by the real {@code MonthCloseServiceBean}.
 */
final class SurveyHarness {

    static final String SPEED = "How fast was your request resolved?";
    static final String INFORMED = "Were you kept informed about progress?";

    private static final Logger LOG = Logger.getLogger("survey-harness");

    static {
        LOG.setLevel(Level.OFF);
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock;
    final Map<Long, Agreement> agreements = new LinkedHashMap<>();
    final Map<Long, Campaign> campaigns = new LinkedHashMap<>();
    /** The days the month close and others asked the repository for. */
    final List<LocalDate> askedForLastCompletedOn = new ArrayList<>();
    final SurveyServiceBean service = new SurveyServiceBean();
    final MonthCloseServiceBean monthClose = new MonthCloseServiceBean();
    private long nextCampaignId = 1;

    SurveyHarness(Instant now) {
        clock = new MovableClock(now);
        Fields.set(SurveyServiceBean.class, service, "campaigns", proxy(CampaignRepository.class,
                (p, m, a) -> switch (m.getName()) {
                    case "findById", "lockById" -> Optional.ofNullable(campaigns.get((long) a[0]));
                    case "findByAgreement" -> campaigns.values().stream().filter(c -> c.agreementId() == (long) a[0])
                            .sorted(Comparator.comparing(Campaign::dueDate).thenComparing(Campaign::id).reversed())
                            .toList();
                    case "lastCompletedOnOrBefore" -> {
                        askedForLastCompletedOn.add((LocalDate) a[1]);
                        yield campaigns.values().stream().filter(c -> c.agreementId() == (long) a[0])
                                .filter(c -> c.status() == CampaignStatus.COMPLETED)
                                .filter(c -> !c.completedOn().orElseThrow().isAfter((LocalDate) a[1]))
                                .max(Comparator.comparing((Campaign c) -> c.completedOn().orElseThrow())
                                        .thenComparing(c -> c.completedAt().orElseThrow())
                                        .thenComparing(Campaign::id));
                    }
                    case "store" -> {
                        Campaign c = (Campaign) a[0];
                        if (c.id() == null) {
                            Fields.set(Campaign.class, c, "id", nextCampaignId++);
                        } else {
                            Fields.set(Campaign.class, c, "version", c.version() + 1);
                        }
                        campaigns.put(c.id(), c);
                        yield c;
                    }
                    default -> throw new UnsupportedOperationException(m.getName());
                }));
        Fields.set(SurveyServiceBean.class, service, "agreements", proxy(AgreementRepository.class,
                (p, m, a) -> switch (m.getName()) {
                    case "findById" -> Optional.ofNullable(agreements.get((Long) a[0]));
                    default -> throw new UnsupportedOperationException(m.getName());
                }));
        Fields.set(SurveyServiceBean.class, service, "sheets", new CommonsCsvSheets());
        Fields.set(SurveyServiceBean.class, service, "audit", proxy(AuditTrail.class, (p, m, a) ->
                m.getName().equals("of") ? List.of() : null));
        Fields.set(SurveyServiceBean.class, service, "callers", new CallerContext() {
            @Override
            public Caller of(EJBContext session) {
                return new Caller("max", "Max Manager", Set.of("MANAGER"), null, null);
            }

            @Override
            public String actor(EJBContext session) {
                return "max";
            }
        });
        Fields.set(SurveyServiceBean.class, service, "clock", clock);
        Fields.set(SurveyServiceBean.class, service, "log", LOG);
        Principal max = () -> "max";
        Fields.set(SurveyServiceBean.class, service, "session", proxy(SessionContext.class, (p, m, a) ->
                switch (m.getName()) {
                    case "isCallerInRole" -> false;
                    case "getCallerPrincipal" -> max;
                    default -> null;
                }));
        Fields.set(MonthCloseServiceBean.class, monthClose, "surveys", service);
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(SurveyHarness.class.getClassLoader(), new Class<?>[] {type},
                (p, m, a) -> switch (m.getName()) {
                    case "toString" -> type.getSimpleName() + " fake";
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == a[0];
                    default -> handler.invoke(p, m, a);
                });
    }

    /** Agreement {@code id} of ACME in {@code zone}, whose quality table has the sample contract's survey metric. */
    Agreement agreement(long id, String zone) {
        Organisation acme = new Organisation("ACME", "ACME Ltd", Instant.parse("2026-01-01T00:00:00Z"));
        Fields.set(Organisation.class, acme, "id", 1L);
        AgreementTerms terms = new AgreementTerms("EUR", null, null,
                List.of(new ServiceTerms("WS", "Workplace", null, 1L, null, null, null, List.of())),
                List.of(new PriorityTerms(1, "P1", Duration.ofMinutes(15), Duration.ofHours(2), BigDecimal.TEN, false,
                        List.of())), 1, null, null, null,
                List.of(QualityMetric.survey(INFORMED, ThresholdComparison.GREATER_THAN, new BigDecimal("70"),
                        new BigDecimal("1"))), null, null, 0, null, null, null);
        Agreement a = new Agreement("SLA-ACME-" + id, AgreementType.SLA, new Agreement.Header("Workplace support", acme,
                null, null, null, zone, LocalDate.of(2026, 1, 1), null, null, "max"), terms,
                Instant.parse("2026-01-01T00:00:00Z"), "max");
        Fields.set(Agreement.class, a, "id", id);
        agreements.put(id, a);
        return a;
    }

    /** The campaign of docs/surveys.md (its two questions and scales) for agreement {@code agreementId}. */
    SurveyService.CampaignDetails docsCampaign(long agreementId, String title) {
        return service.create(agreementId, new SurveyService.CampaignChange(title, LocalDate.of(2026, 6, 20), List.of(
                new SurveyService.QuestionChange(SPEED, List.of("faster than I expected", "as I expected",
                        "slower than I expected"), List.of("faster than I expected", "as I expected")),
                new SurveyService.QuestionChange(INFORMED, List.of("yes", "mostly yes", "mostly no", "no"),
                        List.of("yes", "mostly yes")))));
    }

    /** One respondent's answers over the service: question number, answer, question number, answer ... */
    SurveyService.ResponseRecorded respond(long campaign, String respondent, String role, Object... answers) {
        List<SurveyService.NewAnswer> given = new ArrayList<>();
        for (int i = 0; i < answers.length; i += 2) {
            given.add(new SurveyService.NewAnswer((Integer) answers[i], (String) answers[i + 1]));
        }
        return service.respond(campaign, new SurveyService.NewResponse(respondent, role, given));
    }

    /** Completes the campaign on {@code on} at the harness clock. */
    SurveyService.CampaignDetails complete(long campaign, LocalDate on) {
        return service.complete(campaign, campaigns.get(campaign).version(), on);
    }

    /** What the month's close reads for {@code month}: the real MonthCloseServiceBean's survey input. */
    SurveyResult closeInput(long agreementId, YearMonth month) {
        try {
            Method survey = MonthCloseServiceBean.class.getDeclaredMethod("survey", Agreement.class, YearMonth.class);
            survey.setAccessible(true);
            return (SurveyResult) survey.invoke(monthClose, agreements.get(agreementId), month);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
