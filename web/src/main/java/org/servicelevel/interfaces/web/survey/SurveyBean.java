package org.servicelevel.interfaces.web.survey;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.servicelevel.application.survey.SurveyService;
import org.servicelevel.application.survey.SurveyService.CampaignDetails;
import org.servicelevel.application.survey.SurveyService.CampaignReport;
import org.servicelevel.application.survey.SurveyService.NewAnswer;
import org.servicelevel.application.survey.SurveyService.NewResponse;
import org.servicelevel.application.survey.SurveyService.QuestionDetails;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.interfaces.web.Feedback;

/**
 * One survey campaign: its questions, a form the provider's staff enter one respondent's answers with
 * while it is open, and its report (each answer's count and share per question, in total and by role).
 * Customer users read their own organisation's campaigns; another one answers 404.
 */
@Named
@ViewScoped
public class SurveyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SurveyService surveys;

    private String id;
    private long campaignId;
    private transient CampaignDetails details;
    private transient CampaignReport report;
    private String respondent;
    private String role;
    private List<String> answers = new ArrayList<>();

    /** Loads the campaign named by the {@code id} view parameter; a missing or hidden one gives 404. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            campaignId = Long.parseLong(id == null ? "" : id.strip());
            details = surveys.find(campaignId);
            report = surveys.report(campaignId);
        } catch (NotFoundException | NumberFormatException e) {
            details = null;
        }
        if (details == null) {
            faces.getExternalContext().responseSendError(404, "No such survey campaign");
            faces.responseComplete();
        } else if (answers.size() != details.questions().size()) {
            answers = new ArrayList<>();
            details.questions().forEach(q -> answers.add(null));
        }
    }

    /** Records the respondent's answers (the questions left unanswered are left out) and shows the page again. */
    public String record() {
        List<NewAnswer> given = new ArrayList<>();
        List<QuestionDetails> questions = details().questions();
        for (int i = 0; i < questions.size() && i < answers.size(); i++) {
            if (answers.get(i) != null && !answers.get(i).isBlank()) {
                given.add(new NewAnswer(questions.get(i).number(), answers.get(i)));
            }
        }
        return Feedback.changeAndRedirect(() -> surveys.respond(campaignId, new NewResponse(respondent, role, given)),
                recorded -> Feedback.text("survey.recorded", recorded.respondent()), "survey.stale",
                recorded -> "/app/survey?faces-redirect=true&id=" + campaignId);
    }

    /** Whether the caller may enter answers now: the provider's staff, while the campaign is open. */
    public boolean isAnswering() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        boolean staff = !external.isUserInRole(Role.Names.CUSTOMER) && (external.isUserInRole(Role.Names.ADMIN)
                || external.isUserInRole(Role.Names.MANAGER) || external.isUserInRole(Role.Names.AGENT)
                || external.isUserInRole(Role.Names.INTEGRATION));
        return staff && "OPEN".equals(details().status());
    }

    /** The Chart.js configuration of a question's answer shares. */
    public String chart(SurveyService.QuestionShares question) {
        return SurveyCharts.shares(question.total(), Feedback.texts());
    }

    public CampaignDetails getCampaign() {
        return details();
    }

    public CampaignReport getReport() {
        if (report == null) {
            report = surveys.report(campaignId);
        }
        return report;
    }

    private CampaignDetails details() {
        if (details == null) {
            details = surveys.find(campaignId);
        }
        return details;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRespondent() {
        return respondent;
    }

    public void setRespondent(String respondent) {
        this.respondent = respondent;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    /** The chosen answer per question, by the question's place. */
    public List<String> getAnswers() {
        return answers;
    }
}
