package org.servicelevel.interfaces.web.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import org.servicelevel.domain.clock.ClockState;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.clock.TargetShare;
import org.servicelevel.interfaces.web.agreement.AgreementRows;

/**
 * One SLA clock as a service desk shows it: an icon and the name of its state, a bar of the share of
 * its target used (amber from the at-risk share on, red once breached) and a countdown. A running
 * clock counts down to its due instant and a breached one that still runs counts its overdue time up,
 * both in the browser ({@code resources/js/sla-clock.js}) from {@link #getDueMillis()} with the
 * server's {@link #getNowMillis()} against the browser's clock; a waiting, stopped or settled clock
 * stands still. Faces EL reads getters, so the values are getters.
 */
public final class ClockView {

    /** How the countdown moves in the browser. */
    public enum Mode {
        /** Down to the due instant. */
        COUNTDOWN,
        /** Up from the due instant passed. */
        OVERDUE,
        /** Not at all. */
        STILL
    }

    private final String state;
    private final String stateLabel;
    private final String icon;
    private final int percent;
    private final String level;
    private final boolean bar;
    private final Mode mode;
    private final long dueMillis;
    private final long nowMillis;
    private final String text;

    private ClockView(SlaClock clock, Instant asOf, int riskShare, ResourceBundle texts) {
        this.state = clock.state().name();
        this.stateLabel = TicketRows.stateLabel(clock.state(), texts);
        this.icon = icon(clock.state());
        this.percent = TargetShare.percentUsed(clock.elapsed(), clock.target());
        this.level = clock.state() == ClockState.BREACHED ? "breach"
                : TargetShare.atRisk(clock, riskShare) ? "risk" : "ok";
        this.bar = clock.target() != null && !clock.target().isZero() && clock.state() != ClockState.NOT_STARTED;
        this.mode = mode(clock, asOf);
        Instant due = clock.due() != null ? clock.due() : clock.breachedAt();
        this.dueMillis = due == null ? 0 : due.toEpochMilli();
        this.nowMillis = asOf.toEpochMilli();
        this.text = switch (mode) {
            case COUNTDOWN -> AgreementRows.format(texts, "ticket.clock.dueIn",
                    countdown(Duration.between(asOf, due), texts));
            case OVERDUE -> AgreementRows.format(texts, "ticket.clock.overdueBy",
                    countdown(Duration.between(due, asOf), texts));
            case STILL -> TicketRows.words(clock, asOf, texts);
        };
    }

    /** The view of {@code clock} as of {@code asOf}, at risk from {@code riskShare} percent of its target. */
    public static ClockView of(SlaClock clock, Instant asOf, int riskShare, ResourceBundle texts) {
        return new ClockView(clock, asOf, riskShare, texts);
    }

    /**
     * Whether the clock moves in the browser: a running one before its due instant counts down; a
     * breached one that still runs counts up. A running clock whose target is used up but whose
     * deadline fell at a closing time stands still ("on time until working hours resume"), as does
     * every clock that waits or has stopped.
     */
    static Mode mode(SlaClock clock, Instant asOf) {
        if (clock.state() == ClockState.RUNNING && clock.due() != null && clock.due().isAfter(asOf)) {
            return Mode.COUNTDOWN;
        }
        Instant due = clock.due() != null ? clock.due() : clock.breachedAt();
        if (clock.state() == ClockState.BREACHED && !clock.paused() && clock.stoppedAt() == null && due != null
                && !due.isAfter(asOf)) {
            return Mode.OVERDUE;
        }
        return Mode.STILL;
    }

    /**
     * A real time to the second as a countdown shows it: "03:12:05", or "2 d 03:12:05" from a day on
     * (the day's unit in the reader's language). The browser script writes the same.
     */
    static String countdown(Duration d, ResourceBundle texts) {
        long seconds = Math.abs(d.getSeconds());
        long days = seconds / 86_400;
        String clock = String.format(Locale.ROOT, "%02d:%02d:%02d", seconds % 86_400 / 3600, seconds % 3600 / 60,
                seconds % 60);
        return days > 0 ? days + " " + texts.getString("duration.d") + " " + clock : clock;
    }

    static String icon(ClockState state) {
        return switch (state) {
            case RUNNING -> "pi-play";
            case PAUSED -> "pi-pause";
            case MET -> "pi-check-circle";
            case BREACHED -> "pi-exclamation-triangle";
            case NOT_STARTED -> "pi-circle";
            case CANCELLED -> "pi-times-circle";
            case STOPPED -> "pi-stop-circle";
        };
    }

    public String getState() {
        return state;
    }

    public String getStateLabel() {
        return stateLabel;
    }

    /** The PrimeIcons class of the state's icon. */
    public String getIcon() {
        return icon;
    }

    /** The share of the target used, in whole percent (may pass 100). */
    public int getPercent() {
        return percent;
    }

    /** The bar's value, at most 100. */
    public int getBarValue() {
        return Math.min(100, percent);
    }

    /** {@code ok}, {@code risk} (at or past the at-risk share, not breached) or {@code breach}. */
    public String getLevel() {
        return level;
    }

    /** Whether the clock has a target to show a bar of. */
    public boolean isBar() {
        return bar;
    }

    public String getMode() {
        return mode.name().toLowerCase(Locale.ROOT);
    }

    /** The instant the countdown counts to (or from, once overdue), in epoch milliseconds; 0 for none. */
    public long getDueMillis() {
        return dueMillis;
    }

    /** The server's instant the view was made at, in epoch milliseconds, to correct the browser's clock. */
    public long getNowMillis() {
        return nowMillis;
    }

    /** The countdown's words as of the server's instant. */
    public String getText() {
        return text;
    }
}
