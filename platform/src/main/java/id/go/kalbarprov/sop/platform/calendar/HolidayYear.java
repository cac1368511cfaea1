package id.go.kalbarprov.sop.platform.calendar;

/** A year whose national holidays and cuti bersama are entered, with the joint decree (SKB) that set them. */
public record HolidayYear(int year, String reference) {
}
