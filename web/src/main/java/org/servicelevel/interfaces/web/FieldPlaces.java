package org.servicelevel.interfaces.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.servicelevel.domain.InvalidFieldException;

/**
 * Which input of a form each field the service names belongs to, and what to say there in the
 * reader's language: the service words its refusals in English for the API, the form says them
 * beside the input. A field of a list ({@code members[2]}) goes to the list's input with its place,
 * so the text can name the entry.
 */
public final class FieldPlaces {

    private static final Pattern INDEXED = Pattern.compile("([^\\[]+)\\[(\\d+)]");

    /** Where a refusal is shown: the client id of the input and the text. */
    public record Placement(String clientId, String text) {
    }

    private record Place(String input, IntFunction<String> text) {
    }

    private final String form;
    private final Map<String, Place> places = new LinkedHashMap<>();

    /** Places for the inputs of the form with id {@code form}. */
    public FieldPlaces(String form) {
        this.form = form;
    }

    /** A refusal of {@code field} is shown beside {@code input} with the text {@code text} gives. */
    public FieldPlaces field(String field, String input, java.util.function.Supplier<String> text) {
        places.put(field, new Place(input, index -> text.get()));
        return this;
    }

    /**
     * A refusal of an entry of the list {@code field} is shown beside {@code input}; {@code text}
     * gets the entry's place (from 0), or -1 when the refusal names the whole list.
     */
    public FieldPlaces list(String field, String input, IntFunction<String> text) {
        places.put(field, new Place(input, text));
        return this;
    }

    /** Where the refusal goes, or empty for a field the form has no input for. */
    public Optional<Placement> place(InvalidFieldException refusal) {
        String field = refusal.field() == null ? "" : refusal.field();
        int index = -1;
        Matcher indexed = INDEXED.matcher(field);
        if (indexed.matches()) {
            field = indexed.group(1);
            index = Integer.parseInt(indexed.group(2));
        }
        Place place = places.get(field);
        if (place == null) {
            return Optional.empty();
        }
        return Optional.of(new Placement(form + ":" + place.input(), place.text().apply(index)));
    }
}
