package org.servicelevel.application.report;

import java.util.Locale;
import java.util.Optional;

/** The formats a month's result is exported in, with their media types and file name extensions. */
public enum ExportFormat {
    /** The stored document itself. */
    JSON("application/json", "json"),
    /** The tables one after the other, RFC 4180, UTF-8 with a byte order mark. */
    CSV("text/csv; charset=UTF-8", "csv"),
    /** A workbook with the sheets Report, Tickets, QoS and Invoice. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** The act the customer signs. */
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format named, e.g. {@code pdf} or {@code XLSX}. */
    public static Optional<ExportFormat> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (ExportFormat format : values()) {
            if (format.name().equalsIgnoreCase(name.strip()) || format.extension.equalsIgnoreCase(name.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The languages the exports are written in: English, Russian and Polish; any other is English. */
    public static Locale language(Locale asked) {
        String language = asked == null ? "" : asked.getLanguage();
        return switch (language) {
            case "ru" -> Locale.forLanguageTag("ru");
            case "pl" -> Locale.forLanguageTag("pl");
            default -> Locale.ENGLISH;
        };
    }
}
