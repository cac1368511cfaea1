package id.go.kalbarprov.sop.request.storage;

import id.go.kalbarprov.sop.request.config.AttachmentsConfig;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * S3-compatible object storage (AWS S3, MinIO, Ceph…): one object per attachment, its key the attachment's id. The
 * object is written before the metadata commits; a failed transaction leaves an object no row names, never a row
 * without its object. The SDK's own checksums are only sent where the protocol requires them, so servers that do not
 * know the newer checksum headers work too; the SHA-256 in PostgreSQL is what the bytes are checked against.
 */
public class S3AttachmentStore implements AttachmentStore {

    private final S3Client s3;
    private final String bucket;

    public S3AttachmentStore(AttachmentsConfig.S3 config) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(config.region()))
                // a whole object in one signed request, not aws-chunked: files are small, and not every
                // S3-compatible server decodes chunked uploads (it would keep the chunk framing as the object)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(config.pathStyle())
                        .chunkedEncodingEnabled(false).build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        config.endpoint().filter(e -> !e.isBlank()).ifPresent(e -> builder.endpointOverride(URI.create(e)));
        if (config.accessKey().isPresent() && config.secretKey().isPresent()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(config.accessKey().get(), config.secretKey().get())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        this.s3 = builder.build();
        this.bucket = config.bucket();
    }

    @Override
    public String name() {
        return "S3";
    }

    @Override
    public void put(UUID id, String mediaType, byte[] bytes) {
        s3.putObject(PutObjectRequest.builder().bucket(bucket).key(id.toString()).contentType(mediaType)
                .contentLength((long) bytes.length).build(), RequestBody.fromBytes(bytes));
    }

    @Override
    public Optional<byte[]> get(UUID id) {
        try {
            return Optional.of(s3.getObjectAsBytes(GetObjectRequest.builder().bucket(bucket).key(id.toString())
                    .build()).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }
}
