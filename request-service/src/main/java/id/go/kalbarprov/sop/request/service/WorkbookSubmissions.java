package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.domain.FileType;
import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.problem.ProblemTexts;
import id.go.kalbarprov.sop.platform.problem.Violation;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.config.SubmissionsConfig;
import id.go.kalbarprov.sop.request.domain.CaseState;
import id.go.kalbarprov.sop.request.persistence.CaseEntity;
import id.go.kalbarprov.sop.request.persistence.UnitEntity;
import id.go.kalbarprov.sop.request.problem.RequestProblem;
import id.go.kalbarprov.sop.request.service.command.SubmitOnBehalf;
import id.go.kalbarprov.sop.request.service.command.SubmitRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Submissions as spreadsheets: a unit's template for a case ({@link SubmissionWorkbook}), and the filled-in file
 * recorded as the unit's submission through {@link SubmissionService} — every rule of a JSON submission applies.
 * A bad cell, or a file for another case or unit, refuses the whole file (422, a violation per cell); nothing is
 * stored.
 */
@ApplicationScoped
public class WorkbookSubmissions {

    @Inject
    CaseAccess access;

    @Inject
    AgreementService agreements;

    @Inject
    SubmissionService submissions;

    @Inject
    SubmissionsConfig config;

    @Inject
    Validator validator;

    /** The template to download, and its file name. */
    public record Download(byte[] workbook, String fileName) {
    }

    /** What an officer entering a paper reply says of its letter, beside the file (query parameters). */
    public record Letter(String letterNumber, LocalDate letterDate, UUID letterAttachmentId, Integer attachments) {
    }

    /**
     * The template of {@code caseId} for the caller's unit, or for {@code unitCode} when a pelaksana or the Kasubbag
     * enters a reply on a unit's behalf.
     */
    @Transactional
    public Download template(UUID caseId, String unitCode, Caller caller) {
        String unit = unitOf(caller, unitCode);
        CaseEntity c = readable(caseId, caller);
        if (!c.addressedTo(unit)) {
            if (caller.isUnitOnly()) {
                throw ProblemException.notFound("Case", caseId);
            }
            throw ProblemException.invalid("unitCode", "on-behalf-unit-not-addressed", unit);
        }
        AgreementService.Revision agreement = agreements.currentFor(unit, c.year)
                .orElseThrow(() -> ProblemException.rule("no-agreement", unit, String.valueOf(c.year)));
        UnitEntity known = UnitEntity.findById(unit);
        byte[] bytes = SubmissionWorkbook.template(new SubmissionWorkbook.Template(c.id, c.title, unit,
                known == null ? null : known.name, c.year, c.period, agreement.indicators()));
        return new Download(bytes, "submission-" + unit + "-" + c.year + "-" + c.period + "-"
                + c.id.toString().substring(0, 8) + ".xlsx");
    }

    /**
     * The uploaded template recorded as the unit's submission: by the unit itself, or by an officer for the unit
     * {@code unitCode} with its reply {@code letter} (ignored for a unit). Violation texts in {@code locale}.
     */
    public SubmissionService.Submitted upload(UUID caseId, byte[] body, String note, String unitCode, Letter letter,
                                              Caller caller, Locale locale) {
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("body", "workbook-empty-body");
        }
        long max = config.workbook().maxBytes().asLongValue();
        if (body.length > max) {
            throw new ProblemException(CommonProblem.PAYLOAD_TOO_LARGE, "payload-too-large", max);
        }
        if (FileType.of(body).orElse(null) != FileType.XLSX) {
            throw new ProblemException(CommonProblem.UNSUPPORTED_MEDIA_TYPE, "workbook-not-xlsx");
        }
        String unit = unitOf(caller, unitCode);
        SubmissionWorkbook.Parsed parsed = SubmissionWorkbook.read(body, locale);
        if (parsed == null) {
            throw new ProblemException(CommonProblem.UNSUPPORTED_MEDIA_TYPE, "workbook-not-xlsx");
        }
        List<Violation> violations = new ArrayList<>();
        if (parsed.marked()) {
            if (!caseId.equals(parsed.caseId())) {
                violations.add(new Violation(SubmissionWorkbook.caseCell(),
                        ProblemTexts.detail("workbook-other-case", new Object[] {caseId}, locale)));
            }
            if (!unit.equals(parsed.unitCode())) {
                violations.add(new Violation(SubmissionWorkbook.unitCell(),
                        ProblemTexts.detail("workbook-other-unit", new Object[] {unit}, locale)));
            }
        }
        if (!violations.isEmpty()) {
            // Another case's or unit's file: its cells are not looked at.
            throw invalid(violations);
        }
        if (!parsed.violations().isEmpty()) {
            throw invalid(parsed.violations());
        }
        SubmitRows rows = new SubmitRows(null, note, null, null, null,
                parsed.lines().stream().map(SubmissionWorkbook.Line::row).toList());
        try {
            if (caller.isUnitOnly()) {
                checked(rows, parsed.lines(), locale);
                return submissions.submit(caseId, rows, caller);
            }
            SubmitOnBehalf reply = new SubmitOnBehalf(unit, letter.letterNumber(), letter.letterDate(),
                    letter.letterAttachmentId(), null, letter.attachments(), note, rows.rows());
            checked(reply, parsed.lines(), locale);
            return submissions.submitOnBehalf(caseId, reply, caller);
        } catch (ProblemException e) {
            throw inCells(e, parsed.lines(), locale);
        }
    }

    /** The constraints of the JSON body: a row's as its cell, the letter's as the query parameter. */
    private void checked(Object command, List<SubmissionWorkbook.Line> lines, Locale locale) {
        Set<ConstraintViolation<Object>> found = validator.validate(command);
        if (found.isEmpty()) {
            return;
        }
        List<ConstraintViolation<Object>> sorted = found.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).toList();
        List<Violation> cells = new ArrayList<>();
        List<Violation> parameters = new ArrayList<>();
        for (ConstraintViolation<Object> v : sorted) {
            String path = v.getPropertyPath().toString();
            if (path.startsWith("rows[")) {
                cells.add(new Violation(SubmissionWorkbook.cellOf(path, lines), v.getMessage()));
            } else {
                parameters.add(new Violation(path, v.getMessage()));
            }
        }
        if (!parameters.isEmpty()) {
            throw new ProblemException(CommonProblem.VALIDATION_FAILED, parameters, "validation-failed",
                    parameters.size());
        }
        throw invalid(cells);
    }

    /** A rule a row breaks, told by the cell it stands in; any other answer as it is. */
    private static ProblemException inCells(ProblemException e, List<SubmissionWorkbook.Line> lines, Locale locale) {
        if (e.code() != CommonProblem.VALIDATION_FAILED || e.violations().isEmpty()
                || !e.violations().stream().allMatch(v -> v.field().startsWith("rows["))) {
            return e;
        }
        return invalid(e.violations().stream()
                .map(v -> new Violation(SubmissionWorkbook.cellOf(v.field(), lines), v.message())).toList());
    }

    private static ProblemException invalid(List<Violation> violations) {
        return new ProblemException(RequestProblem.WORKBOOK_INVALID, List.copyOf(violations), "workbook-invalid",
                violations.size());
    }

    /**
     * The unit the template is for: a unit's own (a different {@code unitCode} is 403), or for an officer who
     * enters replies the one named (required).
     */
    private static String unitOf(Caller caller, String unitCode) {
        if (caller.isUnitOnly()) {
            if (caller.unit() == null || caller.unit().isBlank()) {
                throw ProblemException.forbidden("unit-claim-missing");
            }
            if (unitCode != null && !unitCode.equals(caller.unit())) {
                throw new ProblemException(RequestProblem.OTHER_UNIT, "other-unit", caller.unit());
            }
            return caller.unit();
        }
        if (unitCode == null || unitCode.isBlank()) {
            throw ProblemException.invalid("unitCode", "workbook-unit-required");
        }
        return unitCode;
    }

    /**
     * The case as the caller may read it for entering a reply: a unit only one addressed to it; a pelaksana any while
     * it collects replies (the bureau's staff receive the letters); else the usual read rule.
     */
    private CaseEntity readable(UUID caseId, Caller caller) {
        CaseEntity c = CaseEntity.findById(caseId);
        if (c != null && caller.has(Roles.PELAKSANA) && c.state == CaseState.COLLECTING) {
            return c;
        }
        return access.visible(caseId, caller);
    }
}
