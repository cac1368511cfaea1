package id.go.kalbarprov.sop.review.document;

import id.go.kalbarprov.sop.platform.document.IndonesianDates;
import id.go.kalbarprov.sop.platform.document.XmlText;
import id.go.kalbarprov.sop.platform.domain.IndonesianDecimal;
import id.go.kalbarprov.sop.platform.domain.Nip;
import id.go.kalbarprov.sop.platform.domain.Period;
import id.go.kalbarprov.sop.platform.domain.achievement.DraftFigures;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The performance data correction as it is printed (steps 5–7): the indicator table before and after with the
 * achievements, the notes and conclusion, the paraf of levels 5 and 6, the Karo's signature block, the number and date,
 * and — once signed — the verification address. Built from the version's content and its approvals, in print form
 * (Indonesian numbers and dates, NIP grouped), so the template only lays it out.
 */
@TemplateData
public record CorrectionDocument(String title, String period, int year, boolean draft, String documentNumber,
                                 String documentDate, List<Row> rows, String notes, String conclusion,
                                 List<Paraf> paraf, Signature signature, String verificationUrl, String qrCode,
                                 String contentHash, int version) {

    /** One indicator row, before and after. */
    @TemplateData
    public record Row(int no, String unit, String indicator, String unitOfMeasure, String target,
                      String actualBefore, String achievementBefore, String actualAfter, String achievementAfter,
                      String reason) {
    }

    /** An initial (paraf) box: which level, whose, when; empty until given. */
    @TemplateData
    public record Paraf(int level, String post, String name, String at) {
        public boolean given() {
            return name != null;
        }
    }

    /** The Karo's signature block. */
    @TemplateData
    public record Signature(String city, String date, String post, String name, String nip, boolean signed) {
    }

    /** An approval of the version printed: who, in which post, acting or not, when. */
    public record Approval(int level, String name, String nip, String post, boolean acting, Instant at) {
    }

    /** What the document needs besides the content. */
    public record Header(String title, Period period, int year, int version, String contentHash,
                         String documentNumber, LocalDate documentDate, String city,
                         Map<Integer, String> postTitles) {
    }

    public static CorrectionDocument of(Header header, Map<String, Object> content, List<Approval> approvals,
                                        String verificationUrl, String qrCode) {
        List<Row> rows = new ArrayList<>();
        if (content.get("rows") instanceof List<?> list) {
            int no = 1;
            for (Object item : list) {
                if (item instanceof Map<?, ?> row) {
                    rows.add(row(no++, row));
                }
            }
        }
        List<Paraf> paraf = new ArrayList<>();
        for (int level : List.of(5, 6)) {
            Optional<Approval> given = latest(approvals, level);
            paraf.add(new Paraf(level, given.map(CorrectionDocument::post).orElse(header.postTitles().get(level)),
                    given.map(CorrectionDocument::name).orElse(null), given.map(a -> IndonesianDates.dateTime(a.at())).orElse(null)));
        }
        Optional<Approval> karo = latest(approvals, 7);
        boolean signed = karo.isPresent() && header.documentNumber() != null;
        Signature signature = new Signature(header.city(),
                signed ? IndonesianDates.date(header.documentDate()) : "",
                karo.map(CorrectionDocument::post).orElse(header.postTitles().get(7)),
                karo.map(CorrectionDocument::name).orElse(""),
                karo.map(a -> Nip.printed(a.nip())).orElse(""), signed);
        return new CorrectionDocument(XmlText.printable(header.title()), periodName(header.period()), header.year(), !signed,
                signed ? header.documentNumber() : null, signed ? IndonesianDates.date(header.documentDate()) : null,
                rows, text(content.get("notes")), text(content.get("conclusion")), paraf, signature,
                signed ? verificationUrl : null, signed ? qrCode : null, header.contentHash(), header.version());
    }

    private static Row row(int no, Map<?, ?> row) {
        String actualBefore = number(row.get(DraftFigures.ACTUAL_REPORTED));
        Object corrected = row.get(DraftFigures.ACTUAL_CORRECTED);
        String unit = row.get("unitName") == null ? text(row.get("unitCode"))
                : text(row.get("unitName")) + " (" + text(row.get("unitCode")) + ")";
        return new Row(no, unit,
                joined(text(row.get("indicatorCode")), text(row.get("indicatorName"))),
                text(row.get("unitOfMeasure")), number(row.get(DraftFigures.TARGET)), actualBefore,
                achievement(row.get("achievementBefore"), row.get("achievementBeforeNotComputable")),
                corrected == null ? actualBefore : number(corrected),
                achievement(row.get("achievementAfter"), row.get("achievementAfterNotComputable")),
                joined(text(row.get(DraftFigures.REASON)), text(row.get(DraftFigures.REVIEWER_NOTE))));
    }

    private static Optional<Approval> latest(List<Approval> approvals, int level) {
        return approvals.stream().filter(a -> a.level() == level).max(Comparator.comparing(Approval::at));
    }

    /** The post as signed: an acting official signs "Plh." (pelaksana harian) unless the post already says so. */
    static String post(Approval approval) {
        String post = XmlText.printable(Objects.requireNonNullElse(approval.post(), ""));
        boolean marked = post.startsWith("Plh.") || post.startsWith("Plt.");
        return approval.acting() && !marked ? "Plh. " + post : post;
    }

    private static String name(Approval approval) {
        return approval.name() == null || approval.name().isBlank() ? "-" : XmlText.printable(approval.name());
    }

    static String periodName(Period period) {
        return switch (period) {
            case Q1 -> "Triwulan I";
            case Q2 -> "Triwulan II";
            case Q3 -> "Triwulan III";
            case Q4 -> "Triwulan IV";
            case ANNUAL -> "Tahunan";
        };
    }

    static String number(Object value) {
        BigDecimal decimal = DraftFigures.decimal(value);
        return decimal == null ? "-" : IndonesianDecimal.format(decimal);
    }

    static String achievement(Object percent, Object notComputable) {
        if (notComputable != null) {
            return "tidak dapat dihitung (" + notComputable + ")";
        }
        BigDecimal decimal = DraftFigures.decimal(percent);
        return decimal == null ? "-" : IndonesianDecimal.format(decimal) + "%";
    }

    /** Printable text: a control character in a note or a reason must not make the correction unsignable. */
    private static String text(Object value) {
        return value == null ? "" : XmlText.printable(String.valueOf(value));
    }

    private static String joined(String first, String second) {
        if (first.isBlank()) {
            return second;
        }
        return second.isBlank() ? first : first + " — " + second;
    }
}
