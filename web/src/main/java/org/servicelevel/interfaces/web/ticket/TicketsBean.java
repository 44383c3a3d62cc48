package org.servicelevel.interfaces.web.ticket;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.ResourceBundle;
import org.servicelevel.application.ticket.TicketService;
import org.servicelevel.interfaces.web.Feedback;

/**
 * The list of tickets, newest first, a page at a time. The filters and the page are view parameters,
 * so a filtered list can be bookmarked. A customer user gets only their own organisation's tickets
 * (the service decides).
 */
@Named
@RequestScoped
public class TicketsBean {

    static final int PAGE_SIZE = 25;

    @Inject
    private TicketService tickets;

    @Inject
    private FacesContext faces;

    private String status;
    private Integer priority;
    private String assignee;
    private Boolean breached;
    private Boolean withoutAgreement;
    private String text;
    private Integer page;
    private TicketService.Page result;
    private List<TicketRows.TicketLine> rows;

    private TicketService.Page result() {
        if (result == null) {
            result = tickets.list(new TicketService.Query(null, null,
                    Boolean.TRUE.equals(withoutAgreement) ? Boolean.TRUE : null, status, priority, assignee,
                    Boolean.TRUE.equals(breached) ? Boolean.TRUE : null, null, text, (getPageNumber() - 1) * PAGE_SIZE,
                    PAGE_SIZE));
        }
        return result;
    }

    public List<TicketRows.TicketLine> getRows() {
        if (rows == null) {
            ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
            rows = result().items().stream().map(t -> TicketRows.line(t, texts)).toList();
        }
        return rows;
    }

    /** Shows the first page of the list with the chosen filter, as a bookmarkable address. */
    public String filter() {
        page = null;
        return "/app/tickets?faces-redirect=true&includeViewParams=true";
    }

    public List<TicketRows.Option> getStatuses() {
        ResourceBundle texts = Feedback.texts();
        return tickets.statuses().stream()
                .map(s -> new TicketRows.Option(s.code(), TicketRows.statusName(texts, s.code(), s.name()))).toList();
    }

    // ---- paging ------------------------------------------------------------------------------------

    public long getTotal() {
        return result().total();
    }

    /** The number of the first ticket on this page, counted from 1 (0 when there is none). */
    public long getFirst() {
        return getRows().isEmpty() ? 0 : result().offset() + 1L;
    }

    public long getLast() {
        return result().offset() + (long) getRows().size();
    }

    /** The page shown, counted from 1. */
    public int getPageNumber() {
        return page == null || page < 1 ? 1 : page;
    }

    public boolean isPrevious() {
        return getPageNumber() > 1;
    }

    public boolean isNext() {
        return getLast() < getTotal();
    }

    public int getPreviousPage() {
        return getPageNumber() - 1;
    }

    public int getNextPage() {
        return getPageNumber() + 1;
    }

    // ---- view parameters ---------------------------------------------------------------------------

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public Boolean getBreached() {
        return breached;
    }

    public void setBreached(Boolean breached) {
        this.breached = breached;
    }

    public Boolean getWithoutAgreement() {
        return withoutAgreement;
    }

    public void setWithoutAgreement(Boolean withoutAgreement) {
        this.withoutAgreement = withoutAgreement;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
