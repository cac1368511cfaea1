-- Test-only (never in production): the officers the tests assign and delegate to, registered as the admin would.
-- Loaded by %test.quarkus.flyway.locations; every run starts from a clean schema.
INSERT INTO ${flyway:defaultSchema}.officer (upn, nip, name, post, role, unit_code, section, active_from, active_to,
                                             version, updated_at, updated_by) VALUES
    ('pelaksana.one', '199003032015031003', 'Pelaksana Satu', 'Analis Kebijakan Ahli Pertama', 'pelaksana',
     'BIRO-ORG', 'Bagian Tata Laksana', DATE '2015-03-01', NULL, 1, now(), 'test-data'),
    ('pelaksana.two', '199104042016032004', 'Pelaksana Dua', 'Analis Kebijakan Ahli Pertama', 'pelaksana',
     'BIRO-ORG', 'Bagian Tata Laksana', DATE '2016-03-01', NULL, 1, now(), 'test-data'),
    -- the longest login the token path allows (HandoffLimits.upnOf("pelaksana"))
    (rpad('pelaksana.', 100, 'o'), '199205052017011005', 'Pelaksana Panjang', 'Pengelola Data Kinerja', 'pelaksana',
     'BIRO-ORG', 'Bagian Tata Laksana', DATE '2017-01-01', NULL, 1, now(), 'test-data'),
    ('pelaksana.retired', '196001012000011001', 'Pelaksana Purna', 'Analis Kebijakan Ahli Muda', 'pelaksana',
     'BIRO-ORG', 'Bagian Tata Laksana', DATE '2000-01-01', DATE '2020-01-31', 1, now(), 'test-data'),
    ('kasubbag.one', '197502022000032002', 'Kasubbag Satu', 'Kepala Subbagian Tata Usaha', 'kasubbag',
     'BIRO-ORG', 'Subbagian Tata Usaha', DATE '2000-03-01', NULL, 1, now(), 'test-data'),
    ('arsiparis.one', '198504042010012004', 'Arsiparis Satu', 'Arsiparis Ahli Pertama', 'arsiparis',
     'BIRO-ORG', 'Subbagian Tata Usaha', DATE '2010-01-01', NULL, 1, now(), 'test-data')
ON CONFLICT (upn) DO NOTHING;
