package org.servicelevel.interfaces.web.supportgroup;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.servicelevel.application.supportgroup.SupportGroupDetails;
import org.servicelevel.application.supportgroup.SupportGroupService;
import org.servicelevel.interfaces.web.Search;
import org.servicelevel.interfaces.web.Viewer;

/**
 * The support groups (lines first, by level), narrowed by the words of the {@code q} view parameter
 * (code, name, lead or member).
 */
@Named
@RequestScoped
public class SupportGroupsBean {

    @Inject
    private SupportGroupService groups;

    private String q;
    private List<SupportGroupDetails> rows;

    public List<SupportGroupDetails> getRows() {
        if (rows == null) {
            rows = groups.list().stream().filter(g -> Search.matches(q, g.code(), g.name(), g.lead(),
                    String.join(" ", g.members()))).toList();
        }
        return rows;
    }

    public String search() {
        return "/app/support-groups?faces-redirect=true&includeViewParams=true";
    }

    public boolean isManager() {
        return Viewer.isManager();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
