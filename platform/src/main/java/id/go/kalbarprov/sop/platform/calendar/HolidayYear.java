package id.go.kalbarprov.sop.platform.calendar;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A year whose national holidays and cuti bersama are entered, with the joint decree (SKB) that set them. */
public record HolidayYear(int year, @Schema(maxLength = CalendarDay.REFERENCE) String reference) {
}
