package org.servicelevel.interfaces.web.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.TermsDiff;

/** The changes of an agreement's terms in the page's language, with every part of the terms named. */
class ChangeWordsTest {

    private static ResourceBundle texts(String language) {
        return ResourceBundle.getBundle("org.servicelevel.web.messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Every name a change's path can hold: the components of the terms and of the parts inside them. */
    private static Set<String> names() {
        Set<String> names = new TreeSet<>();
        collect(AgreementTerms.class, names, new java.util.HashSet<>());
        return names;
    }

    /** As {@link TermsDiff} reads a part: a record's components, else a class's fields ({@code xSeconds} as {@code x}). */
    private static void collect(Class<?> type, Set<String> names, Set<Class<?>> seen) {
        boolean part = type.getPackageName().equals(AgreementTerms.class.getPackageName()) && !type.isEnum();
        if (!part || !seen.add(type)) {
            return;
        }
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                name(c.getName(), c.getType(), c.getGenericType(), names, seen);
            }
        } else {
            for (Field f : type.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                    String name = f.getName().endsWith("Seconds")
                            ? f.getName().substring(0, f.getName().length() - "Seconds".length()) : f.getName();
                    name(name, f.getType(), f.getGenericType(), names, seen);
                }
            }
        }
    }

    private static void name(String name, Class<?> type, Type generic, Set<String> names, Set<Class<?>> seen) {
        names.add(name);
        collect(type, names, seen);
        if (generic instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                if (argument instanceof Class<?> element) {
                    collect(element, names, seen);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "pl"})
    void everyPartOfTheTermsHasAName(String language) {
        ResourceBundle texts = texts(language);
        List<String> missing = names().stream().filter(n -> !texts.containsKey("terms.field." + n)).toList();
        assertTrue(missing.isEmpty(), "terms.field.* missing in " + language + ": " + missing);
    }

    @Test
    void aChangeNamesItsPartsAndKeysInThePagesLanguage() {
        List<TermsDiff.Change> changes = List.of(new TermsDiff.Change("priorities[1].resolution", "PT2H", "PT1H30M"),
                new TermsDiff.Change("services[NET]", null, "{code=NET, name=Network}"));
        assertEquals("Приоритеты [1] › Решение: PT2H → PT1H30M; Услуги [NET]: нет → {Код=NET, Название=Network}",
                ChangeWords.describe(changes, texts("ru")));
        assertEquals("нет изменений в условиях", ChangeWords.describe(List.of(), texts("ru")));
    }
}
