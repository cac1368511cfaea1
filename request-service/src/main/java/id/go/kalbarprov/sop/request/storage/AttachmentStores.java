package id.go.kalbarprov.sop.request.storage;

import id.go.kalbarprov.sop.request.config.AttachmentsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Locale;

/** The store sop.attachments.store names: {@code postgres} (default) or {@code s3}. */
public class AttachmentStores {

    @Produces
    @ApplicationScoped
    AttachmentStore store(AttachmentsConfig config) {
        return switch (config.store().strip().toLowerCase(Locale.ROOT)) {
            case "postgres" -> new PostgresAttachmentStore();
            case "s3" -> new S3AttachmentStore(config.s3());
            default -> throw new IllegalStateException(
                    "sop.attachments.store must be postgres or s3, not " + config.store());
        };
    }
}
