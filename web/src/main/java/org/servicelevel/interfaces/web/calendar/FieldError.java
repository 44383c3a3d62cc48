package org.servicelevel.interfaces.web.calendar;

/**
 * Where the editor shows a field the calendar service refused, and in which words: the service names
 * fields by their path in a calendar ({@code name}, {@code weeklyHours}, {@code overrides}, ...) and
 * words its reasons in English; the page puts a message of its own bundle next to the matching input.
 */
record FieldError(String clientId, String key) {

    static FieldError of(String field) {
        String root = field == null ? "" : field.replaceAll("[\\[.].*$", "");
        return switch (root) {
            case "name" -> at("name", "calendarEditor.error.nameTaken");
            case "timeZone" -> at("zone", "calendarEditor.error.zone");
            case "description" -> at("description", "calendarEditor.error.description");
            case "effectiveFrom" -> at("effectiveFrom", "calendarEditor.error.effectiveFrom");
            case "weeklyHours", "preset" -> at("week", "calendarEditor.error.week");
            case "holidays", "overrides" -> at("year", "calendarEditor.error.dated");
            case "ics" -> at("ics", "calendarEditor.error.ics");
            default -> new FieldError(null, "calendarEditor.error.other");
        };
    }

    private static FieldError at(String id, String key) {
        return new FieldError(CalendarEditorBean.FORM + id, key);
    }
}
