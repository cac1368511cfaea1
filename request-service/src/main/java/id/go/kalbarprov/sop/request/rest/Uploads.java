package id.go.kalbarprov.sop.request.rest;

import id.go.kalbarprov.sop.request.persistence.AttachmentEntity;
import id.go.kalbarprov.sop.request.service.command.UploadFile;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** What the upload endpoints share: the body types they take, reading the upload, answering 201. */
final class Uploads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String FILE_NAME = "X-File-Name";

    private Uploads() {
    }

    static UploadFile file(byte[] body, String name, String headerName, String description) {
        return new UploadFile(body, name != null ? name : headerName, description);
    }

    static Response created(AttachmentEntity a) {
        return Response.created(URI.create("/api/v1/attachments/" + a.id)).entity(Views.AttachmentView.of(a)).build();
    }
}
