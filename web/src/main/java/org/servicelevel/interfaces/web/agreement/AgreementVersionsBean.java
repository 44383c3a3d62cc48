package org.servicelevel.interfaces.web.agreement;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.servicelevel.application.agreement.AgreementDetails;
import org.servicelevel.application.agreement.AgreementService;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.interfaces.web.Feedback;

/**
 * Two versions of an agreement side by side ({@code left} and {@code right} view parameters, by
 * default the two newest): every line of their terms with changed values marked, and lines only one
 * of them has marked as added or removed.
 */
@Named
@ViewScoped
public class AgreementVersionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AgreementService agreements;

    private String id;
    private Integer left;
    private Integer right;
    private boolean onlyChanges;
    private long agreementId;
    private String number;
    private String title;
    private transient List<AgreementDetails.VersionSummary> versions;
    private transient List<VersionComparison.Line> lines;

    /** Loads the agreement and both versions; 404 if any is missing or hidden. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            agreementId = Long.parseLong(id == null ? "" : id.strip());
            AgreementDetails details = agreements.find(agreementId);
            number = details.number();
            title = details.title();
            versions = details.versions();
            List<Integer> numbers = versions.stream().map(AgreementDetails.VersionSummary::number).sorted().toList();
            if (right == null) {
                right = numbers.get(numbers.size() - 1);
            }
            if (left == null) {
                left = numbers.size() > 1 ? numbers.get(numbers.size() - 2) : right;
            }
            compare();
        } catch (NumberFormatException | NotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such agreement or version");
            faces.responseComplete();
        }
    }

    private void compare() {
        AgreementDetails before = agreements.findVersion(agreementId, left);
        AgreementDetails after = agreements.findVersion(agreementId, right);
        Map<Long, String> calendarNames = new HashMap<>(before.calendarNames());
        calendarNames.putAll(after.calendarNames());
        lines = VersionComparison.between(before.terms(), after.terms(), calendarNames, Feedback.texts());
    }

    /** Shows the chosen pair at its own address, so it can be bookmarked. */
    public String show() {
        return "/app/agreement-versions?faces-redirect=true&includeViewParams=true";
    }

    public List<VersionComparison.Line> getLines() {
        if (lines == null) {
            compare();
        }
        return onlyChanges ? VersionComparison.changes(lines) : lines;
    }

    public int getChangeCount() {
        return VersionComparison.changes(getLines()).size();
    }

    public List<AgreementDetails.VersionSummary> getVersions() {
        if (versions == null) {
            versions = agreements.find(agreementId).versions();
        }
        return versions;
    }

    /** A version as the menus name it: "2 (from 2027-01-01)". */
    public String versionLabel(AgreementDetails.VersionSummary v) {
        return Feedback.text("versions.option", Integer.toString(v.number()), v.effectiveFrom().toString());
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public long getAgreementId() {
        return agreementId;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Integer getLeft() {
        return left;
    }

    public void setLeft(Integer left) {
        this.left = left;
    }

    public Integer getRight() {
        return right;
    }

    public void setRight(Integer right) {
        this.right = right;
    }

    public boolean isOnlyChanges() {
        return onlyChanges;
    }

    public void setOnlyChanges(boolean onlyChanges) {
        this.onlyChanges = onlyChanges;
    }
}
