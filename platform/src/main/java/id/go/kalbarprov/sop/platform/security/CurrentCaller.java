package id.go.kalbarprov.sop.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The verified token of the current request as a plain {@link Caller}. Request-scoped, so singletons (resources,
 * interceptors) always see the caller of the request they are serving.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    JsonWebToken jwt;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = fromToken();
        }
        return caller;
    }

    private Caller fromToken() {
        String upn = text("upn");
        if (upn == null) {
            upn = jwt.getName();
        }
        Set<String> groups = jwt.getGroups() == null ? Set.of() : Set.copyOf(jwt.getGroups());
        Set<String> roles = ServiceIdentity.effectiveRoles(groups, text("azp"), jwt.getSubject());
        return new Caller(upn, text("nip"), text("name"), roles, text("unit"), isActing());
    }

    private String text(String name) {
        Object value = jwt.getClaim(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        return value.toString();
    }

    private boolean isActing() {
        Object value = jwt.getClaim("acting");
        return value == JsonValue.TRUE || Boolean.TRUE.equals(value) || "true".equals(text("acting"));
    }
}
