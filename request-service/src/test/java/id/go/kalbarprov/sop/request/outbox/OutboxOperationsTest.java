package id.go.kalbarprov.sop.request.outbox;

import id.go.kalbarprov.sop.platform.event.AgendaRegistration;
import id.go.kalbarprov.sop.platform.outbox.OutboxOperationsContract;
import id.go.kalbarprov.sop.request.support.Cases;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;

/** request-service's undelivered handoffs, seen by operators as every service's are: an opened case's agenda registration. */
@QuarkusTest
class OutboxOperationsTest extends OutboxOperationsContract {

    OutboxOperationsTest() {
        super(AgendaRegistration.TYPE, "archive-service");
    }

    @Override
    protected UUID recordHandoff() {
        return UUID.fromString(Cases.open());
    }
}
