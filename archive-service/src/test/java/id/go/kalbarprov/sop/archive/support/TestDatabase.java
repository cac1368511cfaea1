package id.go.kalbarprov.sop.archive.support;

import id.go.kalbarprov.sop.platform.testing.DatabaseRolesResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every test of this service runs with the two database roles (archive_owner migrates, archive_svc runs the service)
 * and with a stand-in for request-service's register of officers.
 */
@WithTestResource(value = DatabaseRolesResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "archive"))
// request-service's register of officers, which a delegation (step 9) is checked against.
@WithTestResource(value = FakeOfficerRegister.class, scope = TestResourceScope.GLOBAL)
public final class TestDatabase {

    private TestDatabase() {
    }
}
