package org.servicelevel.domain.model.ticket;

import static org.servicelevel.domain.Texts.strippedOrNull;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.customer.Organisation;

/**
 * A period in which a service was down: from {@code start} until {@code end} (open while it lasts),
 * for one customer or for every customer of the service, optionally with the ticket that reported it.
 * Outages feed the availability targets of agreements (minutes down within service hours, longest
 * single outage).
 */
@Entity
@Table(name = "outage")
public class Outage {

    @Id
    @SequenceGenerator(name = "outage_seq", sequenceName = "outage_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outage_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "service_code", nullable = false, length = 40)
    private String serviceCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Organisation customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Column(name = "started_at", nullable = false)
    private Instant start;

    @Column(name = "ended_at")
    private Instant end;

    @Column(length = 2000)
    private String description;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Outage() {
    }

    public Outage(String serviceCode, Organisation customer, Ticket ticket, Instant start, Instant end,
                  String description, String createdBy, Instant createdAt) {
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        change(serviceCode, customer, ticket, start, end, description, createdAt);
    }

    /** Replaces what the record says; an outage cannot start or end in the future. */
    public final void change(String newServiceCode, Organisation newCustomer, Ticket newTicket, Instant newStart,
                             Instant newEnd, String newDescription, Instant now) {
        if (newServiceCode == null || newServiceCode.isBlank() || newServiceCode.strip().length() > 40) {
            throw new InvalidFieldException("service", "Name the service that was down by its code");
        }
        if (newDescription != null && newDescription.strip().length() > 2000) {
            throw new InvalidFieldException("description", "A description has at most 2000 characters");
        }
        if (newStart == null) {
            throw new InvalidFieldException("start", "Give the instant the outage began");
        }
        if (newStart.isAfter(now)) {
            throw new InvalidFieldException("start", "An outage cannot begin in the future");
        }
        if (newEnd != null && newEnd.isBefore(newStart)) {
            throw new InvalidFieldException("end", "The outage ends (" + newEnd + ") before it begins (" + newStart + ")");
        }
        if (newEnd != null && newEnd.isAfter(now)) {
            throw new InvalidFieldException("end", "An outage cannot end in the future; leave the end out while it lasts");
        }
        if (newTicket != null && newCustomer != null && !newTicket.customer().equals(newCustomer)) {
            throw new InvalidFieldException("ticket", "Ticket " + newTicket.number() + " belongs to another customer");
        }
        this.serviceCode = newServiceCode.strip().toUpperCase(java.util.Locale.ROOT);
        this.customer = newCustomer != null ? newCustomer : newTicket == null ? null : newTicket.customer();
        this.ticket = newTicket;
        this.start = newStart;
        this.end = newEnd;
        this.description = strippedOrNull(newDescription);
    }

    /** How long the outage lasted, or has lasted until {@code now} while it goes on. */
    public Duration duration(Instant now) {
        return Duration.between(start, end == null ? now : end);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public Optional<Organisation> customer() {
        return Optional.ofNullable(customer);
    }

    public Optional<Ticket> ticket() {
        return Optional.ofNullable(ticket);
    }

    public Instant start() {
        return start;
    }

    public Optional<Instant> end() {
        return Optional.ofNullable(end);
    }

    public String description() {
        return description;
    }

    public String createdBy() {
        return createdBy;
    }
}
