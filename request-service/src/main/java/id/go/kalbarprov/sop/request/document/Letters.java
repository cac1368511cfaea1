package id.go.kalbarprov.sop.request.document;

import id.go.kalbarprov.sop.platform.document.IndonesianDates;
import id.go.kalbarprov.sop.platform.document.XmlText;
import id.go.kalbarprov.sop.platform.domain.Nip;
import id.go.kalbarprov.sop.platform.domain.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the Lembar Disposisi (disposisi) and the Nota Dinas print, as plain text fields ready for their templates:
 * Indonesian labels and dates, NIPs in their grouped form, "-" where the case or memo has no value, and every text
 * cleared of characters an XHTML document cannot carry.
 */
public final class Letters {

    /** Printed where a document has no value for a field. */
    public static final String NONE = "-";

    private Letters() {
    }

    /** One unit a case or memo is addressed to: its code, official name and its head's post. */
    public record UnitLine(int no, String code, String name, String headPost) {
    }

    /** A signature block: the post (with "Plh." when acting), the name, and "NIP …" or nothing. */
    public record Signature(String post, String name, String nip) {
    }

    /** The Lembar Disposisi: the incoming letter, the Karo's instruction to the Kabag, the case it opened. */
    public record Disposition(String letterFrom, String letterNumber, String letterDate, String letterSubject,
                              String receivedAt, String urgency, String from, String to, String instruction,
                              String note, String date, String caseTitle, String period, String reason,
                              List<UnitLine> units, String dueDate, String city, Signature signature) {
    }

    /** The Nota Dinas: the memo to the units, with the unit deadline and the Kabag's signature block. */
    public record NotaDinas(String number, List<String> to, String from, List<String> copies, String date,
                            String nature, String attachments, String subject, String body, String deadline,
                            List<UnitLine> units, String city, Signature signature) {
    }

    /** What the case records of its disposition and the letter it answers. */
    public record DispositionFacts(String letterFrom, String letterNumber, LocalDate letterDate, String letterSubject,
                                   Instant letterReceivedAt, String urgency, String instruction, String note,
                                   Instant disposedAt, String karoName, String karoNip, boolean karoActing,
                                   String caseTitle, Period period, int year, String reason, List<String> unitCodes,
                                   LocalDate dueDate) {
    }

    /** What the memo records, as issued. */
    public record MemoFacts(String number, Instant issuedAt, String nature, String subject, String body,
                            List<String> unitCodes, List<String> unitNames, List<String> headPosts,
                            List<String> copies, int attachments, String signerName, String signerPosition,
                            String signerNip, boolean signerActing, LocalDate unitDeadline) {
    }

    /** A unit as the register names it now. */
    public record RegisteredUnit(String name, String headPost) {
    }

    /**
     * The disposition as printed. {@code withNips}: the bureau's copy carries the Karo's NIP, a unit's does not;
     * {@code units}: the register's current names of the case's units (a unit missing from it is printed by code).
     */
    public static Disposition disposition(DispositionFacts f, Map<String, RegisteredUnit> units, String karoPost,
                                          String kabagPost, String city, boolean withNips) {
        boolean letter = f.letterFrom() != null || f.letterNumber() != null || f.letterDate() != null
                || f.letterSubject() != null;
        List<UnitLine> lines = new ArrayList<>();
        for (String code : f.unitCodes()) {
            RegisteredUnit unit = units.get(code);
            lines.add(new UnitLine(lines.size() + 1, text(code), unit == null ? text(code) : text(unit.name()),
                    unit == null ? NONE : or(unit.headPost())));
        }
        String post = acting(text(karoPost), f.karoActing());
        String name = or(f.karoName());
        return new Disposition(or(f.letterFrom()), or(f.letterNumber()), date(f.letterDate()), or(f.letterSubject()),
                letter && f.letterReceivedAt() != null ? IndonesianDates.dateTime(f.letterReceivedAt()) : NONE,
                label(f.urgency()), post + (f.karoName() == null ? "" : " (" + name + ")"), text(kabagPost),
                or(f.instruction()), or(f.note()), date(f.disposedAt()), or(f.caseTitle()),
                period(f.period(), f.year()), or(f.reason()), lines, date(f.dueDate()), text(city),
                new Signature(text(post), name, withNips ? nip(f.karoNip()) : ""));
    }

    /** The Nota Dinas as printed; {@code withNips}: the bureau's copy carries the Kabag's NIP, a unit's does not. */
    public static NotaDinas notaDinas(MemoFacts m, String city, boolean withNips) {
        List<UnitLine> lines = new ArrayList<>();
        List<String> to = new ArrayList<>();
        for (int i = 0; i < m.unitCodes().size(); i++) {
            String code = text(m.unitCodes().get(i));
            String name = at(m.unitNames(), i).map(Letters::text).orElse(code);
            String headPost = at(m.headPosts(), i).map(Letters::text).orElse(code);
            lines.add(new UnitLine(i + 1, code, name, headPost));
            to.add(headPost);
        }
        String post = acting(or(m.signerPosition()), m.signerActing());
        return new NotaDinas(or(m.number()), to, post, texts(m.copies()), date(m.issuedAt()),
                label(m.nature()), m.attachments() > 0 ? m.attachments() + " berkas" : NONE, or(m.subject()),
                or(m.body()), date(m.unitDeadline()), lines, text(city),
                new Signature(post, or(m.signerName()), withNips ? nip(m.signerNip()) : ""));
    }

    /** The post as an acting official signs for it: "Plh. " before it, unless the post given says so already. */
    static String acting(String post, boolean acting) {
        String lower = post.toLowerCase(java.util.Locale.ROOT);
        return acting && !lower.startsWith("plh") && !lower.startsWith("plt") && !post.equals(NONE)
                ? "Plh. " + post : post;
    }

    /** BIASA → "Biasa", SANGAT_SEGERA → "Sangat Segera": the sifat of a letter as printed. */
    static String label(String code) {
        if (code == null || code.isBlank()) {
            return NONE;
        }
        StringBuilder out = new StringBuilder();
        for (String word : text(code).toLowerCase(java.util.Locale.ROOT).split("_")) {
            if (!word.isEmpty()) {
                out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1));
            }
        }
        return out.toString();
    }

    static String period(Period period, int year) {
        String name = switch (period) {
            case Q1 -> "Triwulan I";
            case Q2 -> "Triwulan II";
            case Q3 -> "Triwulan III";
            case Q4 -> "Triwulan IV";
            case ANNUAL -> "Tahunan";
        };
        return name + " " + year;
    }

    /** "NIP 19660921 198603 1 004", or nothing without a NIP. */
    static String nip(String nip) {
        return nip == null || nip.isBlank() ? "" : "NIP " + text(Nip.printed(nip));
    }

    private static String date(LocalDate date) {
        return date == null ? NONE : IndonesianDates.date(date);
    }

    private static String date(Instant at) {
        return at == null ? NONE : IndonesianDates.date(at);
    }

    private static String or(String value) {
        return value == null || value.isBlank() ? NONE : text(value.strip());
    }

    private static List<String> texts(Collection<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(v -> text(v.strip())).toList();
    }

    private static Optional<String> at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null || values.get(i).isBlank()
                ? Optional.empty() : Optional.of(values.get(i));
    }

    /** The text without what XHTML cannot carry ({@link XmlText}). */
    static String text(String value) {
        return XmlText.printable(value);
    }
}
