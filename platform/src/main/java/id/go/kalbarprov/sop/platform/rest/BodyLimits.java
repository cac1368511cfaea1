package id.go.kalbarprov.sop.platform.rest;

import java.util.regex.Pattern;

/** Which body limit applies to a request path: the upload limit on upload paths, the JSON limit everywhere else. */
final class BodyLimits {

    private final long json;
    private final long upload;
    private final Pattern uploadPaths;

    private BodyLimits(HttpLimitsConfig config) {
        this.json = config.maxBodySize().asLongValue();
        this.upload = config.upload().maxBodySize().asLongValue();
        this.uploadPaths = config.upload().paths().map(Pattern::compile).orElse(null);
    }

    static BodyLimits of(HttpLimitsConfig config) {
        return new BodyLimits(config);
    }

    long limitFor(String path) {
        return uploadPaths != null && path != null && uploadPaths.matcher(path).matches() ? upload : json;
    }
}
