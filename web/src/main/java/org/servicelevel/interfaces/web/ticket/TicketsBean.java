package org.servicelevel.interfaces.web.ticket;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.servicelevel.application.customer.CustomerService;
import org.servicelevel.application.ticket.TicketService;
import org.servicelevel.domain.clock.ClockState;

/**
 * The list of tickets, newest first or nearest due first, a page at a time. The filters (also those of
 * the work queue: customer, open, resolution clock state, due within, at risk, breached today), the
 * order and the page are view parameters, so a filtered list can be bookmarked and the home page links
 * to it. A customer user gets only their own organisation's tickets
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

    @Inject
    private CustomerService customers;

    private String customer;
    private Boolean open;
    private String resolution;
    private String due;
    private Boolean atRisk;
    private Boolean breachedToday;
    private String sort;
    private String status;
    private Integer priority;
    private String assignee;
    private Boolean breached;
    private Boolean withoutAgreement;
    private String text;
    private Integer page;
    private TicketService.Page result;
    private List<TicketRows.TicketLine> rows;

    /** The due-within choices: the list's {@code due} view parameter and the time it stands for. */
    static final Map<String, Duration> DUE_WITHIN = new LinkedHashMap<>();

    static {
        DUE_WITHIN.put("1h", Duration.ofHours(1));
        DUE_WITHIN.put("4h", Duration.ofHours(4));
        DUE_WITHIN.put("1d", Duration.ofDays(1));
        DUE_WITHIN.put("1w", Duration.ofDays(7));
    }

    /** The {@code sort} view parameter that lists the nearest due first. */
    static final String BY_DUE = "due";

    private TicketService.Page result() {
        if (result == null) {
            result = tickets.list(new TicketService.Query(customer, null, yes(withoutAgreement), status, priority,
                    assignee, yes(breached), null, text, (getPageNumber() - 1) * PAGE_SIZE, PAGE_SIZE, yes(open),
                    resolution, due == null ? null : DUE_WITHIN.get(due), yes(atRisk), yes(breachedToday), null,
                    BY_DUE.equals(sort)));
        }
        return result;
    }

    private static Boolean yes(Boolean box) {
        return Boolean.TRUE.equals(box) ? Boolean.TRUE : null;
    }

    public List<TicketRows.TicketLine> getRows() {
        if (rows == null) {
            ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
            rows = TicketRows.lines(result().items(), texts, tickets.atRiskShare());
        }
        return rows;
    }

    /** The customers to filter by: every customer for staff, their own organisation for a customer's user. */
    public List<TicketRows.Option> getCustomers() {
        return customers.list().stream()
                .map(c -> new TicketRows.Option(c.code(), TicketRows.customerLabel(c.code(), c.name()))).toList();
    }

    /** The due-within choices with their labels. */
    public List<TicketRows.Option> getDueChoices() {
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        return DUE_WITHIN.keySet().stream().map(k -> new TicketRows.Option(k, texts.getString("tickets.due." + k)))
                .toList();
    }

    /** The orders the list can be in: newest first (no parameter) or nearest due first. */
    public List<TicketRows.Option> getSorts() {
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        return List.of(new TicketRows.Option(BY_DUE, texts.getString("tickets.sort.due")));
    }

    /** Shows the first page of the list with the chosen filter, as a bookmarkable address. */
    public String filter() {
        page = null;
        return "/app/tickets?faces-redirect=true&includeViewParams=true";
    }

    public List<TicketRows.Option> getStatuses() {
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        return tickets.statuses().stream()
                .map(s -> new TicketRows.Option(s.code(), StatusTexts.status(s.code(), s.name(), texts))).toList();
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

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public Boolean getOpen() {
        return open;
    }

    public void setOpen(Boolean open) {
        this.open = open;
    }

    public String getResolution() {
        return resolution;
    }

    /** The state of the resolution clock to list; one the clocks do not have is left out. */
    public void setResolution(String resolution) {
        this.resolution = java.util.Arrays.stream(ClockState.values()).map(Enum::name)
                .anyMatch(s -> s.equals(resolution)) ? resolution : null;
    }

    public String getDue() {
        return due;
    }

    public void setDue(String due) {
        this.due = due;
    }

    public Boolean getAtRisk() {
        return atRisk;
    }

    public void setAtRisk(Boolean atRisk) {
        this.atRisk = atRisk;
    }

    public Boolean getBreachedToday() {
        return breachedToday;
    }

    public void setBreachedToday(Boolean breachedToday) {
        this.breachedToday = breachedToday;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

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
