package id.go.kalbarprov.sop.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Prepares a service's two database roles ({@link DatabaseRoles}) before its tests start the application. A service's
 * tests name it once: {@code @WithTestResource(value = DatabaseRolesResource.class, scope = GLOBAL,
 * initArgs = @ResourceArg(name = "service", value = "archive"))}.
 */
public class DatabaseRolesResource implements QuarkusTestResourceLifecycleManager {

    private String service;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.get("service");
    }

    @Override
    public Map<String, String> start() {
        DatabaseRoles.prepare(service);
        return Map.of();
    }

    @Override
    public void stop() {
        // The roles stay: they are shared by every run on this server.
    }
}
