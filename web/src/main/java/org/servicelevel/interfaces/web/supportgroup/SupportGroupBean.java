package org.servicelevel.interfaces.web.supportgroup;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.servicelevel.application.identity.Caller;
import org.servicelevel.application.supportgroup.SupportGroupChange;
import org.servicelevel.application.supportgroup.SupportGroupDetails;
import org.servicelevel.application.supportgroup.SupportGroupService;
import org.servicelevel.domain.model.supportgroup.SupportGroupKind;
import org.servicelevel.interfaces.web.Codes;
import org.servicelevel.interfaces.web.Feedback;
import org.servicelevel.interfaces.web.FieldFeedback;
import org.servicelevel.interfaces.web.FieldPlaces;
import org.servicelevel.interfaces.web.Viewer;
import org.servicelevel.interfaces.web.ticket.TicketRows;

/**
 * One support group: a new one (no {@code id} parameter; managers and administrators only) or an
 * existing one, which managers and administrators change and other staff read. Lead and members are
 * chosen from the provider's enabled staff; a disabled account already in the group stays offered,
 * so that saving the group does not drop it unasked. Stale edits are handled as on the customer page.
 */
@Named
@ViewScoped
public class SupportGroupBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "groupForm";

    @Inject
    private SupportGroupService groups;

    private String id;
    private long groupId = -1;
    private long loadedVersion;
    private String code;
    private String name;
    private SupportGroupKind kind = SupportGroupKind.SUPPORT_LINE;
    private Integer lineLevel;
    private String description;
    private String lead;
    private List<String> members = new ArrayList<>();
    private List<String> loadedPeople = List.of();
    private transient SupportGroupDetails theirs;
    private transient List<TicketRows.Option> people;

    /** Reads the group of the {@code id} parameter (404 if none), or opens an empty form for a new one (403 unless a manager). */
    public void load() throws IOException {
        groupId = Viewer.open(id, groups::find, this::show);
    }

    private void show(SupportGroupDetails g) {
        loadedVersion = g.version();
        code = g.code();
        name = g.name();
        kind = SupportGroupKind.valueOf(g.kind());
        lineLevel = g.lineLevel();
        description = g.description();
        lead = g.lead();
        members = new ArrayList<>(g.members());
        List<String> named = new ArrayList<>(g.members());
        if (g.lead() != null) {
            named.add(g.lead());
        }
        loadedPeople = List.copyOf(named);
    }

    public String save() {
        if (!Viewer.isManager()) {
            Feedback.error(Feedback.text("group.notAllowed"));
            return null;
        }
        List<String> sent = List.copyOf(members);
        SupportGroupChange change = new SupportGroupChange(isCreating() ? code : null, name, kind == null ? null : kind.name(),
                isLine() ? lineLevel : null, description, lead, sent);
        theirs = null;
        return FieldFeedback.changeAndRedirect(
                () -> isCreating() ? groups.create(change) : groups.update(groupId, loadedVersion, change),
                saved -> Feedback.text(isCreating() ? "group.created" : "group.saved", saved.code()),
                "group.stale", places(sent), this::conflict,
                saved -> "/app/support-group?faces-redirect=true&id=" + saved.id());
    }

    public String overwrite() {
        if (theirs != null) {
            loadedVersion = theirs.version();
        }
        return save();
    }

    private void conflict() {
        theirs = groups.find(groupId);
    }

    FieldPlaces places(List<String> sent) {
        return new FieldPlaces(FORM)
                .field("code", "code", () -> Feedback.text(Codes.wellFormed(code) ? "group.code.taken"
                        : "group.code.invalid"))
                .field("name", "name", () -> Feedback.text("group.name.required"))
                .field("kind", "kind", () -> Feedback.text("group.kind.required"))
                .field("lineLevel", "lineLevel", () -> Feedback.text("group.lineLevel.invalid"))
                .field("description", "description", () -> Feedback.text("group.description.invalid"))
                .field("lead", "lead", () -> Feedback.text("group.person.refused", lead))
                .list("members", "members", index -> index >= 0 && index < sent.size()
                        ? Feedback.text("group.person.refused", sent.get(index)) : Feedback.text("group.members.tooMany"));
    }

    /** The people offered as lead and members: enabled staff, and whoever the group names already. */
    public List<TicketRows.Option> getPeople() {
        if (people == null) {
            Map<String, TicketRows.Option> offered = new LinkedHashMap<>();
            if (Viewer.isManager()) {
                for (Caller c : groups.candidates()) {
                    offered.put(c.username(), new TicketRows.Option(c.username(), label(c)));
                }
            }
            loadedPeople.forEach(u -> offered.putIfAbsent(u, new TicketRows.Option(u, u)));
            people = List.copyOf(offered.values());
        }
        return people;
    }

    static String label(Caller c) {
        return c.displayName() == null || c.displayName().isBlank() || c.displayName().equals(c.username())
                ? c.username() : c.displayName() + " (" + c.username() + ")";
    }

    /** Only support lines have a level; the form asks for it only then. */
    public boolean isLine() {
        return kind == SupportGroupKind.SUPPORT_LINE;
    }

    public SupportGroupKind[] getKinds() {
        return SupportGroupKind.values();
    }

    public boolean isCreating() {
        return groupId < 0;
    }

    public boolean isEditable() {
        return Viewer.isManager();
    }

    public String getCodePattern() {
        return Codes.PATTERN;
    }

    public SupportGroupDetails getTheirs() {
        return theirs;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = Codes.stripped(code);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public SupportGroupKind getKind() {
        return kind;
    }

    public void setKind(SupportGroupKind kind) {
        this.kind = kind;
    }

    public Integer getLineLevel() {
        return lineLevel;
    }

    public void setLineLevel(Integer lineLevel) {
        this.lineLevel = lineLevel;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public List<String> getMembers() {
        return members;
    }

    public void setMembers(List<String> members) {
        this.members = members == null ? new ArrayList<>() : new ArrayList<>(members);
    }
}
