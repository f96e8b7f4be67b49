package io.hatchery.web.command;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code Long} controller parameter as the version from the request's {@code If-Match} header (null when
 * absent): a command with it fails with 409 when the aggregate changed since that version. The header is parsed
 * and documented in one place ({@link IfMatchResolver}, the OpenAPI customizer of the web auto-configuration).
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface IfMatch {
}
