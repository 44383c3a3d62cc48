package org.servicelevel.domain.model.webhook;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.Texts;
import org.servicelevel.domain.model.customer.Organisation;

/**
 * An integration's callback: the URL that receives the events of the subscribed types, signed with
 * the subscription's secret. With a customer, only events about that customer's tickets reach it. An
 * inactive subscription keeps its deliveries but gets no new events. The secret is written, never
 * read back: it is needed in clear to sign, so it is kept as given and shown to nobody.
 */
@Entity
@Table(name = "webhook_subscription")
@NamedQuery(name = "WebhookSubscription.findAll", query = "SELECT s FROM WebhookSubscription s ORDER BY s.id")
@NamedQuery(name = "WebhookSubscription.findActiveForAnyCustomer", query = "SELECT DISTINCT s FROM WebhookSubscription s"
        + " JOIN s.eventTypes t WHERE s.active = TRUE AND t = :type AND s.customer IS NULL ORDER BY s.id")
@NamedQuery(name = "WebhookSubscription.findActiveForCustomer", query = "SELECT DISTINCT s FROM WebhookSubscription s"
        + " JOIN s.eventTypes t LEFT JOIN s.customer c WHERE s.active = TRUE AND t = :type"
        + " AND (c IS NULL OR c.code = :customer) ORDER BY s.id")
public class WebhookSubscription {

    public static final int MAX_URL = 2000;
    public static final int MIN_SECRET = 16;
    public static final int MAX_SECRET = 200;

    @Id
    @SequenceGenerator(name = "webhook_subscription_seq", sequenceName = "webhook_subscription_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_subscription_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = MAX_URL)
    private String url;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "webhook_event_type", joinColumns = @JoinColumn(name = "subscription_id"))
    @Column(name = "event_type", nullable = false, length = 60)
    private Set<String> eventTypes = new TreeSet<>();

    @Column(nullable = false, length = MAX_SECRET)
    private String secret;

    @Column(nullable = false)
    private boolean active;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Organisation customer;

    @Column(length = 1000)
    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WebhookSubscription() {
    }

    /** What a subscription says; {@code secret} {@code null} on a change keeps the current one. */
    public record Definition(String url, Collection<String> eventTypes, String secret, boolean active,
                             Organisation customer, String description) {
    }

    public WebhookSubscription(Definition definition, Instant createdAt) {
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        if (definition.secret() == null) {
            throw new InvalidFieldException("secret", "Give a secret of at least " + MIN_SECRET
                    + " characters; deliveries are signed with it");
        }
        change(definition);
    }

    /** Replaces what the subscription says; every wrong field is named at once. */
    public final void change(Definition d) {
        List<InvalidFieldException> errors = new ArrayList<>();
        String checkedUrl = null;
        try {
            checkedUrl = url(d.url());
        } catch (InvalidFieldException e) {
            errors.add(e);
        }
        Set<String> types = new TreeSet<>();
        if (d.eventTypes() == null || d.eventTypes().isEmpty()) {
            errors.add(new InvalidFieldException("eventTypes", "Subscribe to at least one event type of "
                    + WebhookEventType.ALL));
        } else {
            int i = 0;
            for (String type : d.eventTypes()) {
                String t = type == null ? null : type.strip().toLowerCase(Locale.ROOT);
                if (!WebhookEventType.isKnown(t)) {
                    errors.add(new InvalidFieldException("eventTypes[" + i + "]", type == null
                            ? "Give an event type of " + WebhookEventType.ALL
                            : "'" + type + "' is not an event type; use " + WebhookEventType.ALL));
                } else {
                    types.add(t);
                }
                i++;
            }
        }
        if (d.secret() != null && (d.secret().length() < MIN_SECRET || d.secret().length() > MAX_SECRET)) {
            errors.add(new InvalidFieldException("secret", "A secret has " + MIN_SECRET + " to " + MAX_SECRET
                    + " characters, e.g. 32 random ones"));
        } else if (d.secret() != null && Texts.problem(d.secret(), false) != null) {
            errors.add(new InvalidFieldException("secret", Texts.problem(d.secret(), false)));
        }
        String checkedDescription = null;
        try {
            checkedDescription = Texts.multiLine("description", d.description());
        } catch (InvalidFieldException e) {
            errors.add(e);
        }
        InvalidInputException.throwIfAny(errors);
        this.url = checkedUrl;
        this.eventTypes.clear();
        this.eventTypes.addAll(types);
        if (d.secret() != null) {
            this.secret = d.secret();
        }
        this.active = d.active();
        this.customer = d.customer();
        this.description = checkedDescription;
    }

    /** {@code value} if it is an absolute http or https URL with a host, of at most {@link #MAX_URL} characters. */
    static String url(String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidFieldException("url", "Give the URL that receives the events, e.g. https://example.com/hooks");
        }
        if (text.length() > MAX_URL) {
            throw new InvalidFieldException("url", "A URL has at most " + MAX_URL + " characters");
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
                throw new InvalidFieldException("url", "The URL must be absolute and start with https:// or http://");
            }
            if (uri.getHost() == null || uri.getHost().isBlank() || uri.getRawUserInfo() != null) {
                throw new InvalidFieldException("url", "The URL must name a host, without user name or password");
            }
            if (uri.getPort() == 0 || uri.getPort() > 65535) {
                throw new InvalidFieldException("url", "A port is a number from 1 to 65535");
            }
            if (uri.getRawFragment() != null) {
                throw new InvalidFieldException("url", "The URL must not have a fragment (#...)");
            }
            return text;
        } catch (URISyntaxException e) {
            throw new InvalidFieldException("url", "This is not a URL: " + e.getReason());
        }
    }

    /**
     * Refuses a URL whose host is written as an address in one of the {@code blocked} networks; a host
     * name is checked when a delivery is sent, against the addresses it then resolves to. A URL that is
     * not one is left to {@link #url(String)} to name.
     */
    public static void refuseBlocked(String value, List<NetworkRange> blocked) {
        URI uri;
        try {
            uri = new URI(value == null ? "" : value.strip());
        } catch (URISyntaxException e) {
            return;
        }
        NetworkRange.literal(uri.getHost()).flatMap(address -> NetworkRange.holding(blocked, address))
                .ifPresent(range -> {
                    throw new InvalidFieldException("url", "The URL's host " + uri.getHost() + " lies in " + range
                            + ", a network webhooks are not sent to"
                            + " (the setting servicelevel.webhooks.blocked-networks)");
                });
    }

    /**
     * Where a URL sends to, for the server log: scheme, host and port only, since receivers often take
     * their access token in the path or the query.
     */
    public static String receiverOf(String value) {
        try {
            URI uri = new URI(value);
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (URISyntaxException | RuntimeException e) {
            return "(a URL that cannot be read)";
        }
    }

    /** Whether an event of {@code type} about a ticket of {@code customerCode} (or of none) reaches this subscription. */
    public boolean wants(String type, String customerCode) {
        return active && eventTypes.contains(type)
                && (customer == null || customer.code().equals(customerCode));
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String url() {
        return url;
    }

    public Set<String> eventTypes() {
        return Set.copyOf(eventTypes);
    }

    /** For signing deliveries only; never shown. */
    public String secret() {
        return secret;
    }

    public boolean active() {
        return active;
    }

    public Optional<Organisation> customer() {
        return Optional.ofNullable(customer);
    }

    public String description() {
        return description;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WebhookSubscription other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
