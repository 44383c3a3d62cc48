package org.servicelevel.infrastructure.export;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the exports in one language ({@code org/servicelevel/exports*.properties}: English,
 * Russian, Polish; no fall-back to the server's default language) and how figures read in it.
 */
final class ExportTexts {

    private static final String BUNDLE = "org.servicelevel.exports";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter month;

    ExportTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dateTime = DateTimeFormatter.ofPattern(bundle.getString("format.dateTime"), locale);
        this.month = DateTimeFormatter.ofPattern(bundle.getString("format.month"), locale);
    }

    Locale locale() {
        return locale;
    }

    /** The text of {@code key} with {@code {0}}-style arguments filled in. */
    String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** The text of {@code key} if the bundle has it, else {@code otherwise}. */
    String textOr(String key, String otherwise) {
        return bundle.containsKey(key) ? bundle.getString(key) : otherwise;
    }

    /** E.g. "ноябрь 2026". */
    String month(YearMonth value) {
        String text = month.format(value);
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    /** The instant as the local date and time in {@code zone}, e.g. "02.11.2026 10:00". */
    String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : dateTime.format(instant.atZone(zone));
    }

    /** A local date and time, e.g. "02.11.2026 10:00". */
    String dateTime(java.time.LocalDateTime value) {
        return dateTime.format(value);
    }

    /** A decimal with its own scale, grouped the way the language groups digits: "123 456,78". */
    String number(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        int scale = Math.max(0, value.scale());
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return format.format(value);
    }

    /** A decimal without trailing zeros: "7,5". */
    String plain(BigDecimal value) {
        return value == null ? NONE : number(value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros());
    }

    /** "12,5 %". */
    String percent(BigDecimal value) {
        return value == null ? NONE : plain(value) + " %";
    }

    /** Working time as h:mm:ss ("27:05:09"), or "—". */
    static String hms(Duration duration) {
        if (duration == null) {
            return NONE;
        }
        long seconds = duration.getSeconds();
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds % 3600 / 60, seconds % 60);
    }

    /** What a figure with nothing to show shows. */
    static final String NONE = "—";
}
