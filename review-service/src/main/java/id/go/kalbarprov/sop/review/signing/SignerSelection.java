package id.go.kalbarprov.sop.review.signing;

import id.go.kalbarprov.sop.review.config.ReviewConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

/** Chooses the {@link Signer} from {@code sop.review.signer}: {@code local} (default) or {@code remote}. */
@ApplicationScoped
public class SignerSelection {

    @Produces
    @ApplicationScoped
    @Startup
    Signer signer(ReviewConfig config, Instance<LocalSealSigner> local, Instance<RemoteSigner> remote) {
        Signer chosen = choose(config.signer(), local::get, remote::get);
        // Loads the seal key now: a production start without one fails at once, not at the first signature.
        chosen.publicKey();
        return chosen;
    }

    static Signer choose(ReviewConfig.SignerKind kind, java.util.function.Supplier<? extends Signer> local,
                         java.util.function.Supplier<? extends Signer> remote) {
        return kind == ReviewConfig.SignerKind.REMOTE ? remote.get() : local.get();
    }
}
