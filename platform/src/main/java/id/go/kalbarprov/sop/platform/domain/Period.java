package id.go.kalbarprov.sop.platform.domain;

/** Reporting period: Triwulan I–IV or Tahunan (annual). */
public enum Period {
    Q1, Q2, Q3, Q4, ANNUAL
}
