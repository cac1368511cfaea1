package id.go.kalbarprov.sop.platform.rest;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The parts of the OpenAPI document that follow from how the services are run rather than from one resource: who
 * may call each operation (the roles of its security requirement), its rate-limit class, the contact and the bearer
 * scheme's rules.
 */
final class OpenApiDescriptions {

    static final String CONTACT_NAME = "Biro Organisasi, Sekretariat Daerah Provinsi Kalimantan Barat";
    static final String BEARER = "A signed JWT from the province's identity provider, sent as "
            + "`Authorization: Bearer <token>`: issuer and signature are checked, the token must not be expired "
            + "(short-lived, exp required), the roles are in `groups` and the caller is its `upn`. Officers log in; "
            + "other systems get a token by client credentials. Never send a token in a URL. Tokens follow the JWT best current practices (RFC8725).";

    private OpenApiDescriptions() {
    }

    static void describeDocument(OpenAPI openAPI) {
        if (openAPI.getInfo() != null && openAPI.getInfo().getContact() == null) {
            openAPI.getInfo().setContact(OASFactory.createContact().name(CONTACT_NAME));
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSecuritySchemes() != null) {
            openAPI.getComponents().getSecuritySchemes().values().stream()
                    .filter(scheme -> scheme.getType() == SecurityScheme.Type.HTTP)
                    .forEach(scheme -> scheme.setDescription(BEARER));
        }
    }

    /** Adds to the operation's description who may call it and which rate-limit budget it counts against. */
    static void describeOperation(String method, String path, Operation operation) {
        List<String> roles = operation.getSecurity() == null ? List.of() : operation.getSecurity().stream()
                .filter(Objects::nonNull).filter(requirement -> requirement.getSchemes() != null)
                .flatMap(requirement -> requirement.getSchemes().values().stream())
                .filter(Objects::nonNull).flatMap(List::stream).distinct().toList();
        boolean open = operation.getSecurity() == null || operation.getSecurity().isEmpty();
        String who = open ? "Anyone, without a token."
                : roles.isEmpty() ? "Any caller with a valid token."
                : "Callers with one of the roles " + roles.stream().collect(Collectors.joining(", ")) + ".";
        String changes = method.equals("GET") ? " Reads only: changes nothing." : "";
        RateLimitPolicy.EndpointClass endpointClass = RateLimitPolicy.classify(method, path, open, Pattern.compile(
                ConfigProvider.getConfig().getOptionalValue("sop.rate-limit.expensive-paths", String.class)
                        .orElse(RateLimitPolicy.EXPENSIVE_PATHS)));
        String text = "**Who may call:** " + who + changes + " **Rate limit:** the `" + endpointClass.policyName()
                + "` budget " + (open ? "of the client address." : "of the token's subject.");
        String description = operation.getDescription();
        operation.setDescription(description == null || description.isBlank() ? text : description + "\n\n" + text);
    }
}
