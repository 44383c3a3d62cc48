package org.servicelevel.interfaces.rest.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation that takes a whole file or batch (an import): its body may reach
 * {@code servicelevel.api.max-import-bytes} instead of {@code servicelevel.api.max-body-bytes}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LargeBody {
}
