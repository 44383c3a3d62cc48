package org.servicelevel.interfaces.web.survey;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.servicelevel.application.agreement.AgreementDetails;
import org.servicelevel.application.agreement.AgreementService;
import org.servicelevel.application.survey.SurveyService;
import org.servicelevel.application.survey.SurveyService.CampaignChange;
import org.servicelevel.application.survey.SurveyService.CampaignSummary;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.interfaces.web.Feedback;

/**
 * An agreement's survey campaigns ({@code ?agreement=N}), latest due date first, each linked to its
 * page; managers and administrators start a new one here: a title, the day its results are due and
 * its questions, each with its answer scale in order (best first, one answer a line) and the answers
 * that count as positive (one a line, as on the scale). Mistakes are said beside the field; the service checks the same rules.
 * An agreement the viewer may not see gives 404.
 */
@Named
@ViewScoped
public class SurveysBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SurveyService surveys;

    @Inject
    private AgreementService agreements;

    private String agreement;
    private long agreementId;
    private String agreementLabel;
    private transient List<CampaignSummary> campaigns;

    private String title;
    private LocalDate dueDate;
    private List<QuestionForm> questions = new ArrayList<>(List.of(new QuestionForm()));

    /** A question being written: its text, its answers one a line, and the positive ones among them one a line. */
    public static class QuestionForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String text;
        private String answers;
        private String positive;

        /** The answers written, one a line, without empty lines. */
        public List<String> getScale() {
            return NewCampaign.lines(answers);
        }

        /** The positive answers written, one a line, without empty lines. */
        public List<String> getPositiveAnswers() {
            return NewCampaign.lines(positive);
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getAnswers() {
            return answers;
        }

        public void setAnswers(String answers) {
            this.answers = answers;
        }

        public String getPositive() {
            return positive;
        }

        public void setPositive(String positive) {
            this.positive = positive;
        }
    }

    /** Loads the agreement named by the view parameter; a missing or hidden one gives 404. */
    public void load() throws IOException {
        try {
            agreementId = Long.parseLong(String.valueOf(agreement).strip());
            AgreementDetails details = agreements.find(agreementId);
            agreementLabel = details.number() + " · " + details.title();
        } catch (NotFoundException | NumberFormatException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "No such agreement");
            faces.responseComplete();
        }
    }

    /** Whether the viewer starts campaigns: managers and administrators. */
    public boolean isManager() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Role.Names.MANAGER) || external.isUserInRole(Role.Names.ADMIN);
    }

    public List<CampaignSummary> getCampaigns() {
        if (campaigns == null) {
            campaigns = surveys.list(agreementId);
        }
        return campaigns;
    }

    public void addQuestion() {
        questions.add(new QuestionForm());
    }

    public void removeQuestion(int index) {
        if (questions.size() > 1 && index >= 0 && index < questions.size()) {
            questions.remove(index);
        }
    }

    /**
     * Starts the campaign and shows it in the list; the mistakes of the form are said beside their
     * fields first, and what the service refuses beyond them above the form.
     */
    public String create() {
        if (!isManager()) {
            Feedback.error(Feedback.text("error.notAllowed"));
            return null;
        }
        List<NewCampaign.Mistake> mistakes = NewCampaign.mistakes(title, dueDate, questions);
        if (!mistakes.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (NewCampaign.Mistake m : mistakes) {
                String text = Feedback.text(m.key(), m.arguments());
                faces.addMessage(m.clientId(), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
            faces.validationFailed();
            return null;
        }
        CampaignChange change = NewCampaign.change(title, dueDate, questions);
        return Feedback.changeAndRedirect(() -> surveys.create(agreementId, change),
                created -> Feedback.text("surveys.created", created.title()), "survey.stale",
                created -> "/app/surveys?faces-redirect=true&agreement=" + agreementId);
    }

    public String getAgreement() {
        return agreement;
    }

    public void setAgreement(String agreement) {
        this.agreement = agreement;
    }

    public long getAgreementId() {
        return agreementId;
    }

    public String getAgreementLabel() {
        return agreementLabel;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public List<QuestionForm> getQuestions() {
        return questions;
    }
}
