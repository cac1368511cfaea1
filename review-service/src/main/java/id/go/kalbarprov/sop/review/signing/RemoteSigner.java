package id.go.kalbarprov.sop.review.signing;

import id.go.kalbarprov.sop.platform.document.PadesSignature;
import id.go.kalbarprov.sop.platform.seal.Keyring;
import id.go.kalbarprov.sop.platform.seal.PublishedKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Seals through a remote, BSrE-style signing service (selected with {@code sop.review.signer=remote}). The
 * service's own certificate is what verifiers use, so no key is published here.
 */
@ApplicationScoped
@Typed(RemoteSigner.class)
public class RemoteSigner implements Signer {

    @Inject
    @RestClient
    RemoteSigningApi api;

    @Override
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public SignatureValue sign(byte[] statement) {
        RemoteSigningApi.SignResponse signed = api.sign(
                new RemoteSigningApi.SignRequest(Base64.getEncoder().encodeToString(statement)));
        return new SignatureValue(signed.algorithm(), signed.keyId(), signed.signature());
    }

    @Override
    @Timeout(value = 20, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public byte[] signPdf(byte[] pdf, PadesSignature.SignerDetails details) {
        RemoteSigningApi.SignPdfResponse signed = api.signPdf(new RemoteSigningApi.SignPdfRequest(
                Base64.getEncoder().encodeToString(pdf), details.name(), details.reason(), details.location(),
                details.at()));
        return Base64.getDecoder().decode(signed.pdf());
    }

    @Override
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    public boolean verify(byte[] statement, SignatureValue signature) {
        return api.verify(new RemoteSigningApi.VerifyRequest(Base64.getEncoder().encodeToString(statement),
                signature.algorithm(), signature.keyId(), signature.base64())).valid();
    }

    @Override
    public Optional<PublishedKey> publicKey() {
        return Optional.empty();
    }

    @Override
    public Keyring keyring() {
        return new Keyring(java.util.List.of());
    }
}
