package org.servicelevel.application.webhook;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.servicelevel.domain.model.webhook.NetworkRange;
import org.servicelevel.domain.model.webhook.RetryPolicy;

/**
 * The settings of webhook delivery, read at every use so a change needs no redeploy:
 * {@code servicelevel.webhooks.max-attempts} (8), {@code .retry-base} (PT30S, doubled after each
 * failed attempt), {@code .retry-max} (PT1H, the longest pause), {@code .connect-timeout} (PT5S),
 * {@code .read-timeout} (PT10S), {@code .source} (the CloudEvents source, {@code /servicelevel}) and
 * {@code .blocked-networks} (the networks no webhook is sent to, {@link #DEFAULT_BLOCKED}).
 * A value that cannot be read is logged and its default used.
 */
public final class WebhookSettings {

    public static final String PREFIX = "servicelevel.webhooks.";
    /**
     * Link-local addresses (among them the instance metadata services of cloud platforms), the other
     * addresses such services answer at (AWS over IPv6, Alibaba Cloud) and the unspecified address,
     * which reaches the server itself. Loopback and private networks are allowed
     * by default: receivers on the company's own network are the usual case for a server deployed
     * there; an installation that wants them refused adds them.
     */
    public static final String DEFAULT_BLOCKED =
            "169.254.0.0/16,fe80::/10,0.0.0.0/8,::/128,fd00:ec2::254/128,100.100.100.200/32";
    private static final Logger LOG = Logger.getLogger(WebhookSettings.class.getName());

    private static final String DEFAULT_SOURCE = "/servicelevel";

    /** The last unreadable source logged. */
    private static volatile String warnedSource;

    private WebhookSettings() {
    }

    public static RetryPolicy retryPolicy() {
        Duration base = duration("retry-base", Duration.ofSeconds(30));
        Duration longest = duration("retry-max", Duration.ofHours(1));
        return new RetryPolicy(base, longest.compareTo(base) < 0 ? base : longest, maxAttempts());
    }

    private static int maxAttempts() {
        String value = config().getOptionalValue(PREFIX + "max-attempts", String.class).map(String::strip).orElse(null);
        if (value == null || value.isEmpty()) {
            return 8;
        }
        try {
            int attempts = Integer.parseInt(value);
            if (attempts >= 1 && attempts <= 100) {
                return attempts;
            }
        } catch (NumberFormatException e) {
            // logged below
        }
        LOG.warning(() -> PREFIX + "max-attempts is '" + value + "', not a whole number from 1 to 100; using 8");
        return 8;
    }

    public static Duration connectTimeout() {
        return duration("connect-timeout", Duration.ofSeconds(5));
    }

    public static Duration readTimeout() {
        return duration("read-timeout", Duration.ofSeconds(10));
    }

    /**
     * The CloudEvents {@code source} of every event: a URI-reference, as CloudEvents 1.0 requires; a
     * value that is none ("ServiceLevel Prod") is logged and the default used.
     */
    public static String source() {
        String source = config().getOptionalValue(PREFIX + "source", String.class).map(String::strip)
                .filter(s -> !s.isEmpty()).orElse(DEFAULT_SOURCE);
        try {
            new java.net.URI(source);
            return source;
        } catch (java.net.URISyntaxException e) {
            if (!source.equals(warnedSource)) {   // said once per value, not for every event
                warnedSource = source;
                LOG.warning(() -> PREFIX + "source '" + source + "' is no URI-reference (e.g. https://sla.example.com/"
                        + "servicelevel); events go out with the source " + DEFAULT_SOURCE);
            }
            return DEFAULT_SOURCE;
        }
    }

    /**
     * The networks no webhook is sent to. An entry that cannot be read is logged and the default
     * networks are blocked besides the entries that can: a typing error blocks more, never less.
     */
    public static List<NetworkRange> blockedNetworks() {
        String value = config().getOptionalValue(PREFIX + "blocked-networks", String.class).orElse(DEFAULT_BLOCKED);
        List<NetworkRange> ranges = new ArrayList<>();
        boolean unreadable = false;
        for (String entry : value.split(",")) {
            if (!entry.isBlank()) {
                try {
                    ranges.add(NetworkRange.parse(entry));
                } catch (IllegalArgumentException e) {
                    unreadable = true;
                    LOG.warning(() -> PREFIX + "blocked-networks: " + e.getMessage() + "; the default networks ("
                            + DEFAULT_BLOCKED + ") are blocked besides the others");
                }
            }
        }
        if (unreadable) {
            ranges.addAll(NetworkRange.parseList(DEFAULT_BLOCKED));
        }
        return ranges;
    }

    private static Duration duration(String key, Duration otherwise) {
        String value = config().getOptionalValue(PREFIX + key, String.class).map(String::strip).orElse(null);
        if (value == null || value.isEmpty()) {
            return otherwise;
        }
        try {
            Duration d = Duration.parse(value);
            if (!d.isNegative() && !d.isZero()) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // logged below
        }
        LOG.warning(() -> PREFIX + key + " is '" + value + "', not a positive ISO-8601 duration; using " + otherwise);
        return otherwise;
    }

    private static Config config() {
        return ConfigProvider.getConfig();
    }
}
