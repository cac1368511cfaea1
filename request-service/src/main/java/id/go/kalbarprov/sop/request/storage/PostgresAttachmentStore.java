package id.go.kalbarprov.sop.request.storage;

import id.go.kalbarprov.sop.request.persistence.AttachmentContentEntity;
import java.util.Optional;
import java.util.UUID;

/** The default store: a bytea row beside the metadata, written in the caller's transaction with it. */
public class PostgresAttachmentStore implements AttachmentStore {

    @Override
    public String name() {
        return "POSTGRES";
    }

    @Override
    public void put(UUID id, String mediaType, byte[] bytes) {
        AttachmentContentEntity content = new AttachmentContentEntity();
        content.attachmentId = id;
        content.content = bytes;
        content.persist();
    }

    @Override
    public Optional<byte[]> get(UUID id) {
        AttachmentContentEntity content = AttachmentContentEntity.findById(id);
        return Optional.ofNullable(content).map(c -> c.content);
    }
}
