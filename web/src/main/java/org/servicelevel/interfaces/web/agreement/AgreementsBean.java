package org.servicelevel.interfaces.web.agreement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.ResourceBundle;
import org.servicelevel.application.agreement.AgreementService;
import org.servicelevel.domain.model.agreement.AgreementStatus;
import org.servicelevel.domain.model.agreement.AgreementType;

/**
 * The list of agreements, filtered by the {@code type} and {@code status} view parameters so that a
 * filtered list can be bookmarked. A customer user gets only their own organisation's SLAs (the
 * service decides).
 */
@Named
@RequestScoped
public class AgreementsBean {

    @Inject
    private AgreementService agreements;

    @Inject
    private FacesContext faces;

    private AgreementType type;
    private AgreementStatus status;
    private List<AgreementRows.AgreementLine> rows;

    public List<AgreementRows.AgreementLine> getRows() {
        if (rows == null) {
            ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
            rows = agreements.list(type, status, null, false).stream()
                    .map(d -> AgreementRows.line(d, texts)).toList();
        }
        return rows;
    }

    /** Shows the list with the chosen filter, as a bookmarkable address. */
    public String filter() {
        return "/app/agreements?faces-redirect=true&includeViewParams=true";
    }

    public AgreementType[] getTypes() {
        return AgreementType.values();
    }

    public AgreementStatus[] getStatuses() {
        return AgreementStatus.values();
    }

    public AgreementType getType() {
        return type;
    }

    public void setType(AgreementType type) {
        this.type = type;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public void setStatus(AgreementStatus status) {
        this.status = status;
    }
}
