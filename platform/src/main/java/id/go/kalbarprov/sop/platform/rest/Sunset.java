package id.go.kalbarprov.sop.platform.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation on its way out: put it on a resource method together with {@link Deprecated} (which marks the
 * operation {@code deprecated} in the OpenAPI document). Every answer of the operation then carries
 * {@code Deprecation} (RFC 9745, the date it was deprecated), {@code Sunset} (RFC 8594, the date after which it may
 * answer 404 or 410) and, when given, a {@code Link} to what replaces it ({@link SunsetHeaders}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Sunset {

    /** The date (ISO, {@code 2027-06-30}) after which the operation may be removed. */
    String value();

    /** The date (ISO) it was deprecated: announced to the integrating systems on that day. */
    String deprecatedSince();

    /** The operation or page that replaces it (a path or URL), sent as {@code Link: <…>; rel="successor-version"}. */
    String successor() default "";
}
