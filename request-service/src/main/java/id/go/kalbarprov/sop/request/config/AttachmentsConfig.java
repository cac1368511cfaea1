package id.go.kalbarprov.sop.request.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Attachments: their size limit and where their bytes are kept, under {@code sop.attachments}. */
@ConfigMapping(prefix = "sop.attachments")
public interface AttachmentsConfig {

    /** The largest file accepted; the upload endpoints' body limit (sop.http.upload.max-body-size) is this one. */
    @WithDefault("20M")
    MemorySize maxBytes();

    /** {@code postgres} (default: a bytea table in this service's schema) or {@code s3}. */
    @WithDefault("postgres")
    String store();

    S3 s3();

    /** S3-compatible object storage (used when store=s3); the object key is the attachment's id. */
    interface S3 {
        /** e.g. https://s3.ap-southeast-3.amazonaws.com or a MinIO/Ceph endpoint; empty: the AWS default. */
        Optional<String> endpoint();

        @WithDefault("sop-attachments")
        String bucket();

        @WithDefault("ap-southeast-3")
        String region();

        Optional<String> accessKey();

        Optional<String> secretKey();

        /** Path-style addressing (bucket in the path), as most S3-compatible servers need. */
        @WithDefault("true")
        boolean pathStyle();

    }
}
