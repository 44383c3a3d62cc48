package org.servicelevel.application.survey.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.servicelevel.application.AuditRecord;
import org.servicelevel.application.security.CallerContext;
import org.servicelevel.application.survey.CsvSheets;
import org.servicelevel.application.survey.SurveyService;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.StaleVersionException;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementRepository;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.QualityMetric;
import org.servicelevel.domain.model.audit.AuditEntry;
import org.servicelevel.domain.model.audit.AuditTrail;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.survey.AnswerOption;
import org.servicelevel.domain.model.survey.AnswerSheet;
import org.servicelevel.domain.model.survey.Campaign;
import org.servicelevel.domain.model.survey.CampaignRepository;
import org.servicelevel.domain.model.survey.CampaignStatus;
import org.servicelevel.domain.model.survey.Respondent;
import org.servicelevel.domain.model.survey.Shares;
import org.servicelevel.domain.model.survey.SurveyQuestion;
import org.servicelevel.domain.model.survey.SurveyReport;

@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION})
@DeclareRoles({Role.Names.CUSTOMER, Role.Names.SYSTEM})
public class SurveyServiceBean implements SurveyService {

    static final String AUDIT_SUBJECT = "survey";

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private AgreementRepository agreements;

    @Inject
    private CsvSheets sheets;

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
    public List<CampaignSummary> list(long agreementId) {
        Agreement agreement = agreement(agreementId);
        return campaigns.findByAgreement(agreement.id()).stream()
                .map(c -> new CampaignSummary(c.id(), c.version(), c.title(), c.dueDate(), c.status().name(),
                        c.completedOn().orElse(null), c.questions().size(), c.respondents().size(), c.answerCount()))
                .toList();
    }

    @Override
    public CampaignDetails find(long id) {
        Campaign campaign = campaigns.findById(id).orElseThrow(() -> notFound(id));
        return details(campaign, agreementOf(campaign));
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    public CampaignDetails create(long agreementId, CampaignChange change) {
        Agreement agreement = agreement(agreementId);
        Instant now = clock.instant();
        Campaign stored = campaigns.store(new Campaign(agreement.id(), definition(change), now, actor()));
        record(stored, "created", describe(stored));
        log.info(() -> "Survey campaign " + stored.id() + " '" + stored.title() + "' of agreement " + agreement.number()
                + " created, due " + stored.dueDate());
        return details(stored, agreement);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    public CampaignDetails revise(long id, long expectedVersion, CampaignChange change) {
        Campaign campaign = lock(id, expectedVersion);
        Agreement agreement = agreementOf(campaign);
        campaign.revise(definition(change), clock.instant());
        Campaign stored = campaigns.store(campaign);
        record(stored, "revised", describe(stored));
        log.info(() -> "Survey campaign " + id + " '" + stored.title() + "' revised");
        return details(stored, agreement);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION})
    public ResponseRecorded respond(long id, NewResponse response) {
        if (response == null) {
            throw new InvalidFieldException("body", "Send the respondent's answers as a JSON body");
        }
        Campaign campaign = lock(id, null);
        campaign.requireOpen();
        List<Campaign.GivenAnswer> answers = response.answers() == null ? List.of() : response.answers().stream()
                .map(a -> a == null ? null : new Campaign.GivenAnswer(a.question(), a.answer())).toList();
        Campaign.Recorded recorded = campaign.record(new Campaign.Entry(response.respondent(), response.role(), answers),
                Campaign.EntryFields.JSON, clock.instant(), actor());
        Campaign stored = campaigns.store(campaign);
        record(stored, "answers recorded", describe(recorded));
        log.info(() -> "Survey campaign " + id + ": " + describe(recorded));
        return new ResponseRecorded(stored.id(), stored.version(), recorded.respondent(), recorded.role(),
                recorded.newRespondent(), recorded.roleChanged(), recorded.answered(), recorded.replaced());
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION})
    public ImportOutcome importAnswers(long id, String csv) {
        Campaign campaign = lock(id, null);
        campaign.requireOpen();
        List<AnswerSheet.Line> lines = AnswerSheet.read(campaign, sheets.read(csv));
        Instant now = clock.instant();
        String actor = actor();
        int created = 0;
        int answered = 0;
        int replaced = 0;
        for (AnswerSheet.Line line : lines) {
            Campaign.Recorded recorded = campaign.record(line.entry(), line.fields(), now, actor);
            created += recorded.newRespondent() ? 1 : 0;
            answered += recorded.answered();
            replaced += recorded.replaced();
        }
        Campaign stored = campaigns.store(campaign);
        String what = lines.size() + " respondents' lines: " + created + " new respondents, " + answered + " answers"
                + (replaced == 0 ? "" : " (" + replaced + " of them replacing earlier ones)");
        record(stored, "answers imported", what);
        log.info(() -> "Survey campaign " + id + ": CSV imported, " + what);
        return new ImportOutcome(stored.id(), stored.version(), lines.size(), created, answered, replaced);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    public CampaignDetails complete(long id, long expectedVersion, LocalDate on) {
        Campaign campaign = lock(id, expectedVersion);
        Agreement agreement = agreementOf(campaign);
        Instant now = clock.instant();
        if (on != null && on.isBefore(agreement.validFrom()) && campaign.completedOn().isEmpty()) {
            // a day before the agreement would make the campaign the last completed one of months it never saw
            throw new InvalidFieldException("on", "Agreement " + agreement.number() + " starts on "
                    + agreement.validFrom() + "; its campaigns are completed on that day or later, not on " + on);
        }
        campaign.complete(on, agreement.today(now), now, actor());
        Campaign stored = campaigns.store(campaign);
        CampaignDetails details = details(stored, agreement);
        record(stored, "completed", "on " + on + " with " + stored.respondents().size() + " respondents and "
                + stored.answerCount() + " answers" + (details.warnings().isEmpty() ? ""
                : "; " + String.join("; ", details.warnings())));
        log.info(() -> "Survey campaign " + id + " '" + stored.title() + "' of agreement " + agreement.number()
                + " completed on " + on + (details.warnings().isEmpty() ? "" : ", " + details.warnings().size()
                + " survey metrics without a question"));
        return details;
    }

    @Override
    public CampaignReport report(long id) {
        Campaign campaign = campaigns.findById(id).orElseThrow(() -> notFound(id));
        Agreement agreement = agreementOf(campaign);
        SurveyReport report = campaign.report();
        return new CampaignReport(campaign.id(), agreement.id(), agreement.number(), campaign.title(),
                campaign.status().name(), campaign.completedOn().orElse(null), report.respondents(),
                report.roles().stream().map(r -> new RoleCount(r.role(), r.respondents())).toList(),
                report.questions().stream().map(q -> new QuestionShares(q.number(), q.question(), shares(q.total()),
                        q.byRole().stream().map(r -> new RoleShares(r.role(), shares(r.answers()))).toList())).toList());
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION,
            Role.Names.SYSTEM})
    public Optional<CompletedSurvey> lastCompleted(long agreementId, LocalDate date) {
        if (date == null) {
            throw new InvalidFieldException("on", "Give the day, as YYYY-MM-DD (e.g. the month's last day)");
        }
        Agreement agreement = agreement(agreementId);
        return campaigns.lastCompletedOnOrBefore(agreement.id(), date)
                .map(c -> new CompletedSurvey(c.id(), agreement.id(), c.title(), c.completedOn().orElseThrow(),
                        c.tallies()));
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    public List<AuditRecord> audit(long id) {
        Campaign campaign = campaigns.findById(id).orElseThrow(() -> notFound(id));
        agreementOf(campaign);
        return audit.of(AUDIT_SUBJECT, id).stream()
                .map(a -> new AuditRecord(a.occurredAt(), a.actor(), a.action(), a.details())).toList();
    }

    // ---- internals ----------------------------------------------------------------------------------

    /** The campaign locked for a change, at {@code expectedVersion} if one is given. */
    private Campaign lock(long id, Long expectedVersion) {
        Campaign campaign = campaigns.lockById(id).orElseThrow(() -> notFound(id));
        agreementOf(campaign);
        if (expectedVersion != null && campaign.version() != expectedVersion) {
            throw new StaleVersionException("Survey campaign " + id, expectedVersion, campaign.version());
        }
        return campaign;
    }

    private Agreement agreement(long id) {
        return agreements.findById(id).filter(this::visible)
                .orElseThrow(() -> new NotFoundException("There is no agreement " + id));
    }

    /** The campaign's agreement; a campaign of an agreement the caller may not see does not exist for them. */
    private Agreement agreementOf(Campaign campaign) {
        return agreements.findById(campaign.agreementId()).filter(this::visible)
                .orElseThrow(() -> notFound(campaign.id()));
    }

    private boolean visible(Agreement agreement) {
        return agreement.visibleTo(callers.customerOrganisation(session).orElse(null));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("There is no survey campaign " + id);
    }

    private String actor() {
        return callers.actor(session);
    }

    private void record(Campaign campaign, String action, String details) {
        audit.record(new AuditEntry(clock.instant(), actor(), AUDIT_SUBJECT, campaign.id(), action, details));
    }

    private static Campaign.Definition definition(CampaignChange change) {
        if (change == null) {
            throw new InvalidFieldException("body", "Send the campaign as a JSON body");
        }
        List<Campaign.QuestionDefinition> questions = change.questions() == null ? null : change.questions().stream()
                .map(q -> q == null ? null : new Campaign.QuestionDefinition(q.text(), q.answers(), q.positive()))
                .toList();
        return new Campaign.Definition(change.title(), change.dueDate(), questions);
    }

    private static String describe(Campaign c) {
        StringBuilder text = new StringBuilder("'" + c.title() + "', due " + c.dueDate() + "; questions:");
        for (SurveyQuestion q : c.questions()) {
            text.append(' ').append(q.number()).append(". ").append(q.text()).append(' ')
                    .append(q.options().stream().map(o -> o.positive() ? o.label() + " (+)" : o.label()).toList());
        }
        return text.toString();
    }

    private static String describe(Campaign.Recorded r) {
        return (r.newRespondent() ? "new respondent " : "respondent ") + r.respondent() + " (" + r.role() + ")"
                + (r.roleChanged() ? ", role changed" : "") + ": " + r.answered() + " answers"
                + (r.replaced() == 0 ? "" : ", " + r.replaced() + " of them replacing earlier ones");
    }

    private CampaignDetails details(Campaign c, Agreement agreement) {
        List<QuestionDetails> questions = c.questions().stream().map(q -> new QuestionDetails(q.number(), q.text(),
                q.options().stream().map(o -> new OptionDetails(o.label(), o.positive())).toList())).toList();
        List<RespondentDetails> respondents = new ArrayList<>();
        for (Respondent r : c.respondents()) {
            respondents.add(new RespondentDetails(r.name(), r.role(), r.answers().stream()
                    .map(a -> new AnswerDetails(a.questionNumber(), c.question(a.questionNumber())
                            .map(q -> q.option(a.optionIndex())).map(AnswerOption::label).orElse(null),
                            a.enteredBy(), a.enteredAt())).toList()));
        }
        return new CampaignDetails(c.id(), c.version(), agreement.id(), agreement.number(), c.title(), c.dueDate(),
                c.status().name(), c.completedOn().orElse(null), c.completedBy().orElse(null),
                c.completedAt().orElse(null), c.createdBy(), c.createdAt(), c.changedAt(), c.answerCount(), questions,
                respondents, warnings(c, agreement));
    }

    /** The survey metrics of the terms on the completion day (while open: the due day) without a question here. */
    private static List<String> warnings(Campaign c, Agreement agreement) {
        LocalDate day = c.status() == CampaignStatus.COMPLETED ? c.completedOn().orElseThrow() : c.dueDate();
        AgreementTerms terms = agreement.effectiveTermsOn(day).orElseGet(() -> agreement.latestVersion().terms());
        return c.metricsWithoutQuestion(terms.metrics()).stream().map(SurveyServiceBean::warning).toList();
    }

    private static String warning(QualityMetric m) {
        return "The survey metric of question '" + m.question() + "' (threshold " + (m.thresholdPercent() == null
                ? "none" : m.thresholdPercent().stripTrailingZeros().toPlainString() + " %") + ", weight " + m.weight().stripTrailingZeros().toPlainString()
                + ") matches no question of this campaign; the month's quality score cannot read it from here";
    }

    private static AnswerShares shares(SurveyReport.Breakdown b) {
        return new AnswerShares(b.answers(), b.positive(), Shares.percent(
                b.positive(), b.answers()), b.options().stream().map(o -> new OptionShare(o.answer(), o.positive(),
                o.count(), Shares.percent(o.count(), b.answers()))).toList());
    }
}
