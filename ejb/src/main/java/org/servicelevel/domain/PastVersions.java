package org.servicelevel.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a version history brought from elsewhere (an agreement's or a calendar's, in an import)
 * keeps, as one built by edits does: versions are listed in the order they take effect, each after
 * the one before, the first on the record's first day if it has one and none after its last day;
 * numbers are unique, from 1; an author is a username. Errors name each version by its path,
 * {@code versions[i].effectiveFrom}.
 */
public final class PastVersions {

    private PastVersions() {
    }

    /**
     * What is known of one version for these rules; a {@code draft} (an agreement's amendment awaiting
     * approval) may share its day with the approved version listed before it, as an edit makes one,
     * but a day has one draft at most: a change of a day with a draft changes that draft.
     */
    public record Entry(Integer number, LocalDate effectiveFrom, String createdBy, boolean draft) {

        public Entry(Integer number, LocalDate effectiveFrom, String createdBy) {
            this(number, effectiveFrom, createdBy, false);
        }
    }

    /**
     * The broken rules, in version order; {@code firstDay} and {@code lastDay} ({@code null}: none)
     * bound the history. A {@code null} entry is a version without content.
     */
    public static List<InvalidFieldException> problems(List<Entry> entries, LocalDate firstDay, LocalDate lastDay) {
        List<InvalidFieldException> errors = new ArrayList<>();
        if (entries.isEmpty()) {
            errors.add(new InvalidFieldException("versions", "Give the versions, at least the first"));
        }
        Set<Integer> numbers = new HashSet<>();
        LocalDate previous = null;
        boolean previousDraft = false;
        for (int i = 0; i < entries.size(); i++) {
            Entry v = entries.get(i);
            String path = "versions[" + i + "].";
            if (v == null) {
                errors.add(new InvalidFieldException("versions[" + i + "]", "A version needs its number, effectiveFrom"
                        + " and content"));
                continue;
            }
            if (v.number() == null || v.number() < 1) {
                errors.add(new InvalidFieldException(path + "number", "Give the version's number, from 1"));
            } else if (!numbers.add(v.number())) {
                errors.add(new InvalidFieldException(path + "number", "Version " + v.number() + " appears twice;"
                        + " version numbers are unique"));
            }
            LocalDate from = v.effectiveFrom();
            if (from == null) {
                errors.add(new InvalidFieldException(path + "effectiveFrom", "Give the day the version takes effect,"
                        + " as YYYY-MM-DD"));
            } else if (i == 0 && firstDay != null && !from.equals(firstDay)) {
                errors.add(new InvalidFieldException(path + "effectiveFrom", "The first version takes effect on the"
                        + " first day (validFrom, " + firstDay + "), not on " + from));
            } else if (previous != null && from.equals(previous) && v.draft() && previousDraft) {
                errors.add(new InvalidFieldException(path + "effectiveFrom", "The version before is a draft amendment"
                        + " from " + from + " too; a day has one draft amendment at most, holding all its changes"));
            } else if (previous != null && (from.isBefore(previous) || from.equals(previous) && !v.draft())) {
                errors.add(new InvalidFieldException(path + "effectiveFrom", "Versions are listed in the order they"
                        + " take effect, each after the one before (" + previous + "), not on " + from));
            } else if (lastDay != null && from.isAfter(lastDay)) {
                errors.add(new InvalidFieldException(path + "effectiveFrom", "The last day is " + lastDay
                        + " (validTo); a version from " + from + " would never apply"));
            }
            if (from != null) {
                previousDraft = from.equals(previous) ? previousDraft || v.draft() : v.draft();
                previous = from;
            }
            if (v.createdBy() != null && (v.createdBy().isBlank() || v.createdBy().strip().length() > 100)) {
                errors.add(new InvalidFieldException(path + "createdBy", "The author is a username of at most 100"
                        + " characters"));
            }
        }
        return errors;
    }

    /** The highest number among {@code entries}, 0 if none has one. */
    public static int highest(List<Entry> entries) {
        return entries.stream().filter(e -> e != null && e.number() != null).mapToInt(Entry::number).max().orElse(0);
    }
}
