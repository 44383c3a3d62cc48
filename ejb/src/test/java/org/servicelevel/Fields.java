package org.servicelevel;

import java.lang.reflect.Field;

/**
 * Sets a private field in a unit test: an entity's id that the database would assign, or a bean's
 * injected collaborator that the container would.
 */
public final class Fields {

    private Fields() {
    }

    /** Sets the field {@code name} declared by {@code type} on {@code target}. */
    public static void set(Class<?> type, Object target, String name, Object value) {
        try {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
