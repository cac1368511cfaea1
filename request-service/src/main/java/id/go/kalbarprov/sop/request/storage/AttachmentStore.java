package id.go.kalbarprov.sop.request.storage;

import java.util.Optional;
import java.util.UUID;

/**
 * Where attachments' bytes are kept, under the attachment's id. Metadata and the SHA-256 always stay in PostgreSQL;
 * the caller checks the bytes read back against it, so a store cannot hand out a changed file as the original.
 */
public interface AttachmentStore {

    /** The name recorded with each attachment ({@code POSTGRES} or {@code S3}). */
    String name();

    /** Keeps {@code bytes} under {@code id}; written once. */
    void put(UUID id, String mediaType, byte[] bytes);

    /** The bytes kept under {@code id}, or empty when the store has none. */
    Optional<byte[]> get(UUID id);
}
