package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.request.persistence.SubmissionEntity;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** How a reply is described in the timeline, the agenda book and the draft: who entered it, for whom, which letter. */
final class SubmissionFacts {

    private static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private SubmissionFacts() {
    }

    static String letter(SubmissionEntity s) {
        return "letter " + (s.letterNumber == null ? "without number" : s.letterNumber)
                + (s.letterDate == null ? "" : " of " + LETTER_DATE.format(s.letterDate));
    }

    /** e.g. "entered by the pelaksana Budi on behalf of DINKES, letter 800/123/DINKES/2026 of 3 Nov 2026". */
    static String enteredOnBehalf(SubmissionEntity s) {
        return "entered by the " + s.enteredByRole + " "
                + (s.submittedByName != null ? s.submittedByName : s.submittedByUpn) + " on behalf of " + s.unitCode
                + ", " + letter(s);
    }

    /** A reply as the draft content carries it, so the signed correction shows where each unit's rows came from. */
    static Map<String, Object> inDraft(SubmissionEntity s) {
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("unitCode", s.unitCode);
        reply.put("revision", s.revision);
        reply.put("submissionId", s.id.toString());
        reply.put("onBehalf", s.onBehalf);
        Map<String, Object> by = new LinkedHashMap<>();
        by.put("upn", s.submittedByUpn);
        by.put("name", s.submittedByName);
        by.put("role", s.enteredByRole == null ? "unit" : s.enteredByRole);
        reply.put("enteredBy", by);
        reply.put("letterNumber", s.letterNumber);
        reply.put("letterDate", s.letterDate == null ? null : s.letterDate.toString());
        reply.put("letterAttachmentId", s.letterAttachmentId == null ? null : s.letterAttachmentId.toString());
        reply.put("statement", s.onBehalf ? enteredOnBehalf(s) : "sent by unit " + s.unitCode
                + (s.letterNumber == null && s.letterDate == null ? "" : ", " + letter(s)));
        return reply;
    }
}
