package id.go.kalbarprov.sop.archive.support;

import id.go.kalbarprov.sop.platform.testing.DatabaseRolesResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every test of this service runs with the two database roles: archive_owner migrates, archive_svc runs the service. */
@WithTestResource(value = DatabaseRolesResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "archive"))
public final class TestDatabase {

    private TestDatabase() {
    }
}
