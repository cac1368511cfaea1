package id.go.kalbarprov.sop.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Adds the {@link Sunset} headers to every answer of a deprecated operation, errors included. */
@Provider
public class SunsetFilter implements ContainerResponseFilter {

    /** Per resource method, its headers (empty for the operations that are not on their way out). */
    private static final Map<Method, Map<String, String>> HEADERS = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return;
        }
        HEADERS.computeIfAbsent(method, SunsetFilter::headersOf).forEach(response.getHeaders()::putSingle);
    }

    static Map<String, String> headersOf(Method method) {
        Sunset sunset = method.getAnnotation(Sunset.class);
        if (sunset == null) {
            return Map.of();
        }
        if (!method.isAnnotationPresent(Deprecated.class)) {
            throw new IllegalStateException(method + " has @Sunset but not @Deprecated: the document would not say so");
        }
        return SunsetHeaders.of(sunset);
    }
}
