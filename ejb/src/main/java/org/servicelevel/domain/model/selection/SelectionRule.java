package org.servicelevel.domain.model.selection;

import static org.servicelevel.domain.Texts.strippedOrNull;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.Texts;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementType;

/**
 * A rule that says which agreement (and possibly which priority) applies to a new ticket. Rules are
 * tried in the order of their {@code position}; the first whose conditions all hold wins. A condition
 * left empty holds for every ticket, so a rule without conditions is the default: it is always tried
 * last, and there is at most one.
 *
 * <p>Conditions: the customer's code, the service code, the request type, tags (all of the rule's
 * tags must be on the ticket), the channel and the region. Without a {@code priority}, the priority
 * follows from the request type under the chosen agreement's terms.
 */
@Entity
@Table(name = "selection_rule")
@NamedQuery(name = "SelectionRule.findAll", query = "SELECT r FROM SelectionRule r ORDER BY r.position, r.id")
@NamedQuery(name = "SelectionRule.findByAgreement", query = "SELECT r FROM SelectionRule r WHERE r.agreement = :agreement")
public class SelectionRule {

    @Id
    @SequenceGenerator(name = "selection_rule_seq", sequenceName = "selection_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "selection_rule_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "customer_code", length = 40)
    private String customerCode;

    @Column(name = "service_code", length = 40)
    private String serviceCode;

    @Column(name = "request_type", length = 100)
    private String requestType;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Channel channel;

    @Column(length = 100)
    private String region;

    @ElementCollection
    @CollectionTable(name = "selection_rule_tag", joinColumns = @JoinColumn(name = "rule_id"))
    @Column(name = "tag", nullable = false, length = 100)
    private Set<String> tags = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private Agreement agreement;

    @Column(name = "priority_number")
    private Integer priority;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SelectionRule() {
    }

    public SelectionRule(Definition definition, Instant createdAt) {
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        change(definition);
    }

    /** Everything a rule consists of, as a manager edits it. */
    public record Definition(int position, String name, boolean enabled, String customerCode, String serviceCode,
                             String requestType, Channel channel, String region, Set<String> tags,
                             Agreement agreement, Integer priority) {
    }

    /** Replaces what the rule says. */
    public final void change(Definition d) {
        List<InvalidFieldException> errors = new ArrayList<>();
        if (d.name() == null || d.name().isBlank() || d.name().strip().length() > 200) {
            errors.add(new InvalidFieldException("name", "A rule needs a name of at most 200 characters"));
        }
        if (d.position() < 0) {
            errors.add(new InvalidFieldException("position", "The position is 0 or more; lower positions are tried first"));
        }
        if (d.agreement() == null) {
            errors.add(new InvalidFieldException("agreement", "Name the agreement the rule selects"));
        } else {
            if (d.agreement().type() != AgreementType.SLA) {
                errors.add(new InvalidFieldException("agreement", d.agreement().number() + " is an "
                        + d.agreement().type() + "; tickets are governed by SLAs"));
            }
            if (d.priority() != null && d.agreement().effectiveTermsOn(d.agreement().latestVersion().effectiveFrom())
                    .flatMap(t -> t.priority(d.priority())).isEmpty()) {
                errors.add(new InvalidFieldException("priority", d.agreement().number() + " has no priority "
                        + d.priority()));
            }
        }
        InvalidInputException.throwIfAny(errors);
        this.position = d.position();
        this.name = d.name().strip();
        this.enabled = d.enabled();
        this.customerCode = upper(d.customerCode());
        this.serviceCode = upper(d.serviceCode());
        this.requestType = strippedOrNull(d.requestType());
        this.channel = d.channel();
        this.region = strippedOrNull(d.region());
        this.tags = new LinkedHashSet<>();
        if (d.tags() != null) {
            d.tags().stream().map(Texts::strippedOrNull).filter(Objects::nonNull)
                    .map(t -> t.toLowerCase(Locale.ROOT)).forEach(tags::add);
        }
        this.agreement = d.agreement();
        this.priority = d.priority();
    }

    /** Whether the rule has no conditions, which makes it the default. */
    public boolean isDefault() {
        return customerCode == null && serviceCode == null && requestType == null && channel == null && region == null
                && tags.isEmpty();
    }

    /** Why the rule does not apply to the ticket, or empty if all its conditions hold. */
    public Optional<String> mismatch(TicketFacts ticket) {
        if (!enabled) {
            return Optional.of("the rule is disabled");
        }
        if (customerCode != null && !customerCode.equalsIgnoreCase(String.valueOf(ticket.customerCode()))) {
            return Optional.of(ticket.customerCode() == null ? "the ticket has no customer (the rule asks for "
                    + customerCode + ")" : "customer " + ticket.customerCode() + " is not " + customerCode);
        }
        if (serviceCode != null && !serviceCode.equalsIgnoreCase(String.valueOf(ticket.serviceCode()))) {
            return Optional.of(ticket.serviceCode() == null ? "the ticket has no service (the rule asks for "
                    + serviceCode + ")" : "service " + ticket.serviceCode() + " is not " + serviceCode);
        }
        if (requestType != null && !requestType.equalsIgnoreCase(String.valueOf(ticket.requestType()))) {
            return Optional.of(ticket.requestType() == null ? "the ticket has no request type (the rule asks for "
                    + requestType + ")" : "request type " + ticket.requestType() + " is not " + requestType);
        }
        if (channel != null && channel != ticket.channel()) {
            return Optional.of(ticket.channel() == null ? "the ticket has no channel (the rule asks for " + channel
                    + ")" : "channel " + ticket.channel() + " is not " + channel);
        }
        if (region != null && !region.equalsIgnoreCase(String.valueOf(ticket.region()))) {
            return Optional.of(ticket.region() == null ? "the ticket has no region (the rule asks for " + region
                    + ")" : "region " + ticket.region() + " is not " + region);
        }
        for (String tag : tags) {
            if (!ticket.tags().contains(tag)) {
                return Optional.of("the ticket has no tag " + tag);
            }
        }
        return Optional.empty();
    }

    private static String upper(String text) {
        String t = strippedOrNull(text);
        return t == null ? null : t.toUpperCase(Locale.ROOT);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public boolean enabled() {
        return enabled;
    }

    public String customerCode() {
        return customerCode;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public String requestType() {
        return requestType;
    }

    public Channel channel() {
        return channel;
    }

    public String region() {
        return region;
    }

    public Set<String> tags() {
        return Set.copyOf(tags);
    }

    public Agreement agreement() {
        return agreement;
    }

    public Integer priority() {
        return priority;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SelectionRule other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
