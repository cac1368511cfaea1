package id.go.kalbarprov.sop.request.outbox;

import id.go.kalbarprov.sop.platform.outbox.DeliverOnCommitContract;
import id.go.kalbarprov.sop.request.support.Cases;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.UUID;

/** request-service's relay is woken by the commit, as every service's: an opened case's agenda registration. */
@QuarkusTest
@TestProfile(DeliverOnCommitContract.DeliverOnCommit.class)
class DeliverOnCommitTest extends DeliverOnCommitContract {

    @Override
    protected UUID recordHandoff() {
        return UUID.fromString(Cases.open());
    }
}
