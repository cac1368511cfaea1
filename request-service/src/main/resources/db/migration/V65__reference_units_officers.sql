-- Reference data owned by request-service: the province's units (Perangkat Daerah and the Biro of the Sekretariat
-- Daerah) as cases address them, the officers who act in the SOP, and every change made to either (who, when, the
-- record before and after). Maintained by the admin role through /api/v1/units and /api/v1/officers.

CREATE TABLE unit (
    code        varchar(50)   PRIMARY KEY,
    name        varchar(200)  NOT NULL,
    head_post   varchar(200)  NOT NULL,
    address     varchar(500),
    active      boolean       NOT NULL DEFAULT true,
    version     integer       NOT NULL,
    updated_at  timestamptz   NOT NULL,
    updated_by  varchar(100)  NOT NULL
);

CREATE TABLE officer (
    upn          varchar(100)  PRIMARY KEY,
    nip          varchar(18)   NOT NULL UNIQUE,
    name         varchar(200)  NOT NULL,
    post         varchar(200)  NOT NULL,
    role         varchar(20)   NOT NULL,
    unit_code    varchar(50)   REFERENCES unit (code),
    section      varchar(200),
    active_from  date          NOT NULL,
    active_to    date,
    version      integer       NOT NULL,
    updated_at   timestamptz   NOT NULL,
    updated_by   varchar(100)  NOT NULL,
    CHECK (active_to IS NULL OR active_to >= active_from)
);
CREATE INDEX officer_role_idx ON officer (role, active_from);

-- Append-only: one row per change of a unit or an officer.
CREATE TABLE reference_change (
    id              bigserial     PRIMARY KEY,
    kind            varchar(20)   NOT NULL,
    reference_key   varchar(100)  NOT NULL,
    version         integer       NOT NULL,
    before          jsonb,
    after           jsonb         NOT NULL,
    changed_by_upn  varchar(100)  NOT NULL,
    changed_by_name varchar(200),
    changed_at      timestamptz   NOT NULL,
    UNIQUE (kind, reference_key, version)
);

-- The assignment keeps who the pelaksana is as the officers' register knew them that day.
ALTER TABLE correction_case ADD COLUMN assignee_name varchar(200);
ALTER TABLE correction_case ADD COLUMN assignee_post varchar(200);

-- The Nota Dinas keeps its addressees as issued: each unit's official name and head's post, beside the codes.
ALTER TABLE memo ADD COLUMN addressee_names text[];
ALTER TABLE memo ADD COLUMN addressee_posts text[];

-- The province's units (Pemerintah Provinsi Kalimantan Barat): public facts, so a fresh system knows them.
-- Corrected or extended by the admin through PUT /api/v1/units/{code}.
INSERT INTO unit (code, name, head_post, address, active, version, updated_at, updated_by) VALUES
    ('DINKES', 'Dinas Kesehatan', 'Kepala Dinas Kesehatan Provinsi Kalimantan Barat',
     'Jl. Letjend. Sutoyo, Pontianak', true, 1, now(), 'flyway'),
    ('DISDIK', 'Dinas Pendidikan dan Kebudayaan', 'Kepala Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Barat',
     'Jl. Jenderal Sudirman, Pontianak', true, 1, now(), 'flyway'),
    ('DPUPR', 'Dinas Pekerjaan Umum dan Penataan Ruang',
     'Kepala Dinas Pekerjaan Umum dan Penataan Ruang Provinsi Kalimantan Barat', NULL, true, 1, now(), 'flyway'),
    ('DPRKP', 'Dinas Perumahan Rakyat dan Kawasan Permukiman',
     'Kepala Dinas Perumahan Rakyat dan Kawasan Permukiman Provinsi Kalimantan Barat', NULL, true, 1, now(), 'flyway'),
    ('SATPOLPP', 'Satuan Polisi Pamong Praja', 'Kepala Satuan Polisi Pamong Praja Provinsi Kalimantan Barat', NULL,
     true, 1, now(), 'flyway'),
    ('DINSOS', 'Dinas Sosial', 'Kepala Dinas Sosial Provinsi Kalimantan Barat', NULL, true, 1, now(), 'flyway'),
    ('DISNAKERTRANS', 'Dinas Tenaga Kerja dan Transmigrasi',
     'Kepala Dinas Tenaga Kerja dan Transmigrasi Provinsi Kalimantan Barat', NULL, true, 1, now(), 'flyway'),
    ('DP3AP2KB', 'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana',
     'Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana Provinsi Kalimantan Barat',
     NULL, true, 1, now(), 'flyway'),
    ('DLHK', 'Dinas Lingkungan Hidup dan Kehutanan',
     'Kepala Dinas Lingkungan Hidup dan Kehutanan Provinsi Kalimantan Barat', NULL, true, 1, now(), 'flyway'),
    ('DPMDDUKCAPIL', 'Dinas Pemberdayaan Masyarakat dan Desa, Kependudukan dan Pencatatan Sipil',
     'Kepala Dinas Pemberdayaan Masyarakat dan Desa, Kependudukan dan Pencatatan Sipil Provinsi Kalimantan Barat',
     NULL, true, 1, now(), 'flyway'),
    ('DISHUB', 'Dinas Perhubungan', 'Kepala Dinas Perhubungan Provinsi Kalimantan Barat', NULL, true, 1, now(),
     'flyway'),
    ('DISKOMINFO', 'Dinas Komunikasi dan Informatika', 'Kepala Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat',
     NULL, true, 1, now(), 'flyway'),
    ('DISKOPUKM', 'Dinas Koperasi, Usaha Kecil dan Menengah',
     'Kepala Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat', NULL, true, 1, now(), 'flyway'),
    ('DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
     'Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Kalimantan Barat', NULL, true, 1, now(),
     'flyway'),
    ('DISPORA', 'Dinas Kepemudaan, Olahraga dan Pariwisata',
     'Kepala Dinas Kepemudaan, Olahraga dan Pariwisata Provinsi Kalimantan Barat', NULL, true, 1, now(), 'flyway'),
    ('DISPUSIP', 'Dinas Perpustakaan dan Kearsipan', 'Kepala Dinas Perpustakaan dan Kearsipan Provinsi Kalimantan Barat',
     NULL, true, 1, now(), 'flyway'),
    ('DKP', 'Dinas Kelautan dan Perikanan', 'Kepala Dinas Kelautan dan Perikanan Provinsi Kalimantan Barat', NULL,
     true, 1, now(), 'flyway'),
    ('DISTANAK', 'Dinas Pangan, Peternakan dan Kesehatan Hewan',
     'Kepala Dinas Pangan, Peternakan dan Kesehatan Hewan Provinsi Kalimantan Barat', NULL, true, 1, now(), 'flyway'),
    ('DISTPH', 'Dinas Tanaman Pangan dan Hortikultura',
     'Kepala Dinas Tanaman Pangan dan Hortikultura Provinsi Kalimantan Barat', NULL, true, 1, now(), 'flyway'),
    ('DISBUN', 'Dinas Perkebunan', 'Kepala Dinas Perkebunan Provinsi Kalimantan Barat', NULL, true, 1, now(),
     'flyway'),
    ('DESDM', 'Dinas Energi dan Sumber Daya Mineral', 'Kepala Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Barat',
     NULL, true, 1, now(), 'flyway'),
    ('DISPERINDAG', 'Dinas Perindustrian dan Perdagangan',
     'Kepala Dinas Perindustrian dan Perdagangan Provinsi Kalimantan Barat', NULL, true, 1, now(), 'flyway'),
    ('INSPEKTORAT', 'Inspektorat', 'Inspektur Provinsi Kalimantan Barat', NULL, true, 1, now(), 'flyway'),
    ('BAPPEDA', 'Badan Perencanaan Pembangunan Daerah',
     'Kepala Badan Perencanaan Pembangunan Daerah Provinsi Kalimantan Barat', 'Jl. Ahmad Yani, Pontianak', true, 1,
     now(), 'flyway'),
    ('BPKAD', 'Badan Pengelolaan Keuangan dan Aset Daerah',
     'Kepala Badan Pengelolaan Keuangan dan Aset Daerah Provinsi Kalimantan Barat', NULL, true, 1, now(), 'flyway'),
    ('BAPENDA', 'Badan Pendapatan Daerah', 'Kepala Badan Pendapatan Daerah Provinsi Kalimantan Barat', NULL, true, 1,
     now(), 'flyway'),
    ('BKD', 'Badan Kepegawaian Daerah', 'Kepala Badan Kepegawaian Daerah Provinsi Kalimantan Barat', NULL, true, 1,
     now(), 'flyway'),
    ('BPSDM', 'Badan Pengembangan Sumber Daya Manusia',
     'Kepala Badan Pengembangan Sumber Daya Manusia Provinsi Kalimantan Barat', NULL, true, 1, now(), 'flyway'),
    ('BPBD', 'Badan Penanggulangan Bencana Daerah',
     'Kepala Pelaksana Badan Penanggulangan Bencana Daerah Provinsi Kalimantan Barat', NULL, true, 1, now(), 'flyway'),
    ('KESBANGPOL', 'Badan Kesatuan Bangsa dan Politik',
     'Kepala Badan Kesatuan Bangsa dan Politik Provinsi Kalimantan Barat', NULL, true, 1, now(), 'flyway'),
    ('BAPENGHUB', 'Badan Penghubung Daerah', 'Kepala Badan Penghubung Daerah Provinsi Kalimantan Barat', NULL, true,
     1, now(), 'flyway'),
    ('SETWAN', 'Sekretariat Dewan Perwakilan Rakyat Daerah',
     'Sekretaris Dewan Perwakilan Rakyat Daerah Provinsi Kalimantan Barat', NULL, true, 1, now(), 'flyway'),
    ('BIRO-PEM', 'Biro Pemerintahan, Otonomi Daerah dan Kerja Sama',
     'Kepala Biro Pemerintahan, Otonomi Daerah dan Kerja Sama Sekretariat Daerah Provinsi Kalimantan Barat',
     'Kantor Gubernur Kalimantan Barat, Jl. Ahmad Yani, Pontianak', true, 1, now(), 'flyway'),
    ('BIRO-HUKUM', 'Biro Hukum', 'Kepala Biro Hukum Sekretariat Daerah Provinsi Kalimantan Barat',
     'Kantor Gubernur Kalimantan Barat, Jl. Ahmad Yani, Pontianak', true, 1, now(), 'flyway'),
    ('BIRO-KESRA', 'Biro Kesejahteraan Rakyat',
     'Kepala Biro Kesejahteraan Rakyat Sekretariat Daerah Provinsi Kalimantan Barat',
     'Kantor Gubernur Kalimantan Barat, Jl. Ahmad Yani, Pontianak', true, 1, now(), 'flyway'),
    ('BIRO-EKON', 'Biro Perekonomian', 'Kepala Biro Perekonomian Sekretariat Daerah Provinsi Kalimantan Barat',
     'Kantor Gubernur Kalimantan Barat, Jl. Ahmad Yani, Pontianak', true, 1, now(), 'flyway'),
    ('BIRO-ADPEM', 'Biro Administrasi Pembangunan',
     'Kepala Biro Administrasi Pembangunan Sekretariat Daerah Provinsi Kalimantan Barat',
     'Kantor Gubernur Kalimantan Barat, Jl. Ahmad Yani, Pontianak', true, 1, now(), 'flyway'),
    ('BIRO-PBJ', 'Biro Pengadaan Barang dan Jasa',
     'Kepala Biro Pengadaan Barang dan Jasa Sekretariat Daerah Provinsi Kalimantan Barat',
     'Kantor Gubernur Kalimantan Barat, Jl. Ahmad Yani, Pontianak', true, 1, now(), 'flyway'),
    ('BIRO-ORG', 'Biro Organisasi', 'Kepala Biro Organisasi Sekretariat Daerah Provinsi Kalimantan Barat',
     'Kantor Gubernur Kalimantan Barat, Jl. Ahmad Yani, Pontianak', true, 1, now(), 'flyway'),
    ('BIRO-UMUM', 'Biro Umum', 'Kepala Biro Umum Sekretariat Daerah Provinsi Kalimantan Barat',
     'Kantor Gubernur Kalimantan Barat, Jl. Ahmad Yani, Pontianak', true, 1, now(), 'flyway'),
    ('BIRO-ADPIM', 'Biro Administrasi Pimpinan',
     'Kepala Biro Administrasi Pimpinan Sekretariat Daerah Provinsi Kalimantan Barat',
     'Kantor Gubernur Kalimantan Barat, Jl. Ahmad Yani, Pontianak', true, 1, now(), 'flyway');

-- Each seeded unit's first state is in its history too.
INSERT INTO reference_change (kind, reference_key, version, before, after, changed_by_upn, changed_by_name, changed_at)
SELECT 'UNIT', code, 1, NULL,
       jsonb_build_object('code', code, 'name', name, 'headPost', head_post, 'address', address, 'active', active),
       'flyway', 'Initial reference data (migration V65)', updated_at
FROM unit;
