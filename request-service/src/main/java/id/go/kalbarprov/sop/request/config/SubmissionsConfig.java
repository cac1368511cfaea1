package id.go.kalbarprov.sop.request.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the units' submissions, under {@code sop.submissions}. */
@ConfigMapping(prefix = "sop.submissions")
public interface SubmissionsConfig {

    Workbook workbook();

    interface Workbook {
        /**
         * The largest filled-in template an upload takes (413 above it). Its path is an upload path, so the JSON
         * body limit does not apply there; keep it under the upload limit, {@code sop.http.upload.max-body-size}.
         */
        @WithDefault("2M")
        MemorySize maxBytes();
    }
}
