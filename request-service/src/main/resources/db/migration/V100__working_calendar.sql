-- The working calendar's data, kept by the admin (request-service owns it; review- and archive-service copy it).
-- A year's national holidays and cuti bersama come from one joint ministerial decree (SKB); other dated exceptions
-- (an office closed, a half day) and changes of office hours for a stretch of dates (Ramadan, a new regulation) are
-- entered one at a time. The weekly default hours are configuration (sop.calendar.office-hours.*).
CREATE TABLE calendar_holiday_year (
    year       integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    reference  varchar(300) NOT NULL,
    changed_by varchar(100) NOT NULL,
    changed_at timestamptz  NOT NULL
);

CREATE TABLE calendar_day (
    day        date PRIMARY KEY,
    kind       varchar(20)  NOT NULL CHECK (kind IN ('NATIONAL_HOLIDAY', 'CUTI_BERSAMA', 'OFFICE_CLOSED', 'CHANGED_HOURS')),
    hours      varchar(200),
    name       varchar(200) NOT NULL,
    reference  varchar(300),
    changed_by varchar(100) NOT NULL,
    changed_at timestamptz  NOT NULL,
    CHECK ((kind = 'CHANGED_HOURS') = (hours IS NOT NULL))
);

CREATE TABLE calendar_hours_change (
    valid_from  date PRIMARY KEY,
    valid_until date,
    hours       jsonb        NOT NULL,
    reference   varchar(300) NOT NULL,
    changed_by  varchar(100) NOT NULL,
    changed_at  timestamptz  NOT NULL,
    CHECK (valid_until IS NULL OR valid_until >= valid_from)
);

-- 2026: SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025,
-- Nomor 5 Tahun 2025 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026 (17 holidays, 8 days of cuti bersama).
INSERT INTO calendar_holiday_year (year, reference, changed_by, changed_at) VALUES
    (2026, 'SKB Menag, Menaker, MenPANRB No. 1497 Tahun 2025, No. 2 Tahun 2025, No. 5 Tahun 2025', 'migration', now());

INSERT INTO calendar_day (day, kind, name, reference, changed_by, changed_at)
SELECT d::date, k, n, 'SKB No. 1497/2025, 2/2025, 5/2025', 'migration', now() FROM (VALUES
    ('2026-01-01', 'NATIONAL_HOLIDAY', 'Tahun Baru 2026 Masehi'),
    ('2026-01-16', 'NATIONAL_HOLIDAY', 'Isra Mikraj Nabi Muhammad SAW'),
    ('2026-02-16', 'CUTI_BERSAMA', 'Cuti bersama Tahun Baru Imlek'),
    ('2026-02-17', 'NATIONAL_HOLIDAY', 'Tahun Baru Imlek 2577 Kongzili'),
    ('2026-03-18', 'CUTI_BERSAMA', 'Cuti bersama Hari Suci Nyepi'),
    ('2026-03-19', 'NATIONAL_HOLIDAY', 'Hari Suci Nyepi (Tahun Baru Saka 1948)'),
    ('2026-03-20', 'CUTI_BERSAMA', 'Cuti bersama Idul Fitri 1447 H'),
    ('2026-03-21', 'NATIONAL_HOLIDAY', 'Idul Fitri 1447 H'),
    ('2026-03-22', 'NATIONAL_HOLIDAY', 'Idul Fitri 1447 H'),
    ('2026-03-23', 'CUTI_BERSAMA', 'Cuti bersama Idul Fitri 1447 H'),
    ('2026-03-24', 'CUTI_BERSAMA', 'Cuti bersama Idul Fitri 1447 H'),
    ('2026-04-03', 'NATIONAL_HOLIDAY', 'Wafat Yesus Kristus'),
    ('2026-04-05', 'NATIONAL_HOLIDAY', 'Kebangkitan Yesus Kristus (Paskah)'),
    ('2026-05-01', 'NATIONAL_HOLIDAY', 'Hari Buruh Internasional'),
    ('2026-05-14', 'NATIONAL_HOLIDAY', 'Kenaikan Yesus Kristus'),
    ('2026-05-15', 'CUTI_BERSAMA', 'Cuti bersama Kenaikan Yesus Kristus'),
    ('2026-05-27', 'NATIONAL_HOLIDAY', 'Idul Adha 1447 H'),
    ('2026-05-28', 'CUTI_BERSAMA', 'Cuti bersama Idul Adha 1447 H'),
    ('2026-05-31', 'NATIONAL_HOLIDAY', 'Hari Raya Waisak 2570 BE'),
    ('2026-06-01', 'NATIONAL_HOLIDAY', 'Hari Lahir Pancasila'),
    ('2026-06-16', 'NATIONAL_HOLIDAY', '1 Muharam Tahun Baru Islam 1448 H'),
    ('2026-08-17', 'NATIONAL_HOLIDAY', 'Proklamasi Kemerdekaan'),
    ('2026-08-25', 'NATIONAL_HOLIDAY', 'Maulid Nabi Muhammad SAW'),
    ('2026-12-24', 'CUTI_BERSAMA', 'Cuti bersama Kelahiran Yesus Kristus'),
    ('2026-12-25', 'NATIONAL_HOLIDAY', 'Kelahiran Yesus Kristus')
) AS seeded(d, k, n);
