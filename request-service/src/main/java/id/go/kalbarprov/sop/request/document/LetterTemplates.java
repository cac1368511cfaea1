package id.go.kalbarprov.sop.request.document;

import id.go.kalbarprov.sop.platform.document.Letterhead;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The templates of the case's letters ({@code templates/letters/}), on platform's {@code documents/layout}. */
@CheckedTemplate(basePath = "letters")
public final class LetterTemplates {

    private LetterTemplates() {
    }

    public static native TemplateInstance disposition(Letterhead.Kop kop, Letters.Disposition sheet);

    public static native TemplateInstance notaDinas(Letterhead.Kop kop, Letters.NotaDinas sheet);
}
