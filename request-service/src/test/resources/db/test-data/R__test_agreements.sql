-- Test data only (the %test profile adds db/test-data to Flyway's locations; never a production migration):
-- performance agreements for the units and indicator codes the request-service tests submit rows for.
-- IKU-1 targets 100, IKU-2 50, IKU-3 1000, IKU-4..IKU-9 100; IKU-0 targets 0 (not computable); IKU-N is
-- lower-is-better under the configured convention, IKU-T lower-is-better under its own TWICE_TARGET_MINUS_ACTUAL;
-- IKU-P has per-quarter targets (Q1 25, Q2 40, Q3 and Q4 the annual 100).
INSERT INTO agreement (id, unit_code, year, revision, reason, source, recorded_by_upn, recorded_by_name, recorded_at)
SELECT md5('agreement/' || u || '/' || y)::uuid, u, y, 1, 'Test data', 'API', 'test-data', 'Test data', now()
FROM unnest(ARRAY['DINKES', 'DISDIK', 'BAPPEDA', 'BPKAD', 'DISHUB']) AS u, generate_series(2025, 2027) AS y
ON CONFLICT DO NOTHING;

INSERT INTO agreement_indicator (agreement_id, line_no, indicator_code, indicator_name, unit_of_measure, direction,
                                 lower_is_better_convention, strategic_goal, target, target_q1, target_q2)
SELECT a.id, i.line_no, i.code, 'Indikator ' || i.code, '%', i.direction, i.convention, NULL, i.target, i.q1, i.q2
FROM agreement a
CROSS JOIN (VALUES
    (1, 'IKU-1', 'HIGHER_IS_BETTER', NULL, 100, NULL, NULL),
    (2, 'IKU-2', 'HIGHER_IS_BETTER', NULL, 50, NULL, NULL),
    (3, 'IKU-3', 'HIGHER_IS_BETTER', NULL, 1000, NULL, NULL),
    (4, 'IKU-4', 'HIGHER_IS_BETTER', NULL, 100, NULL, NULL),
    (5, 'IKU-5', 'HIGHER_IS_BETTER', NULL, 100, NULL, NULL),
    (6, 'IKU-6', 'HIGHER_IS_BETTER', NULL, 100, NULL, NULL),
    (7, 'IKU-7', 'HIGHER_IS_BETTER', NULL, 100, NULL, NULL),
    (8, 'IKU-8', 'HIGHER_IS_BETTER', NULL, 100, NULL, NULL),
    (9, 'IKU-9', 'HIGHER_IS_BETTER', NULL, 100, NULL, NULL),
    (10, 'IKU-0', 'HIGHER_IS_BETTER', NULL, 0, NULL, NULL),
    (11, 'IKU-N', 'LOWER_IS_BETTER', NULL, 2, NULL, NULL),
    (12, 'IKU-T', 'LOWER_IS_BETTER', 'TWICE_TARGET_MINUS_ACTUAL', 10, NULL, NULL),
    (13, 'IKU-P', 'HIGHER_IS_BETTER', NULL, 100, 25, 40)
) AS i (line_no, code, direction, convention, target, q1, q2)
WHERE a.recorded_by_upn = 'test-data'
ON CONFLICT DO NOTHING;
