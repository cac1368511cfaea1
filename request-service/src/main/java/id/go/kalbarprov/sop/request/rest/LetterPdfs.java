package id.go.kalbarprov.sop.request.rest;

import id.go.kalbarprov.sop.request.service.LetterService;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/** How a letter's PDF is answered: its SHA-256 as the ETag (304 on a matching If-None-Match), saved under its name. */
final class LetterPdfs {

    static final String PDF = "application/pdf";

    private LetterPdfs() {
    }

    static Response answer(LetterService.Pdf pdf, Request request) {
        EntityTag tag = new EntityTag(pdf.sha256());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified : Response.ok(pdf.content(), PDF)
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff");
        return answer.header("Cache-Control", "private, no-cache").tag(tag).build();
    }
}
