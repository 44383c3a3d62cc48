package org.servicelevel.domain.model.agreement;

import java.util.List;

/**
 * One thing an escalation step does. Which fields count depends on the type: {@code recipients} for
 * {@link EscalationActionType#NOTIFY} (recipients by role, such as {@code ASSIGNEE}, or e-mail
 * addresses), {@code group} for {@link EscalationActionType#MOVE_TO_GROUP}, {@code text} for
 * {@link EscalationActionType#COMMENT} and {@code tag} for {@link EscalationActionType#TAG}.
 */
public record EscalationAction(EscalationActionType type, List<String> recipients, String group, String text,
                               String tag) {

    public EscalationAction {
        recipients = recipients == null ? List.of() : recipients.stream().map(r -> r == null ? null : r.strip())
                .toList();
        group = AgreementTerms.code(group);
        text = text == null || text.isBlank() ? null : text.strip();
        tag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public static EscalationAction notify(String... recipients) {
        return new EscalationAction(EscalationActionType.NOTIFY, List.of(recipients), null, null, null);
    }

    public static EscalationAction of(EscalationActionType type) {
        return new EscalationAction(type, null, null, null, null);
    }

    /** What the action does, in a few words: {@code NOTIFY ASSIGNEE, GROUP}, {@code MOVE_TO_GROUP L2}. */
    public String describe() {
        return switch (type == null ? EscalationActionType.NOTIFY : type) {
            case NOTIFY -> "NOTIFY " + String.join(", ", recipients);
            case MOVE_TO_GROUP -> "MOVE_TO_GROUP " + group;
            case COMMENT -> "COMMENT";
            case TAG -> "TAG " + tag;
            default -> type.name();
        };
    }
}
