package id.go.kalbarprov.sop.request.service.command;

import id.go.kalbarprov.sop.platform.calendar.CalendarDay;
import id.go.kalbarprov.sop.platform.calendar.DayKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A year's national holidays and cuti bersama as its joint ministerial decree (SKB) sets them; replaces the year's. */
public record PutHolidayYear(@NotBlank @Size(max = CalendarDay.REFERENCE) String reference,
                             @NotNull @Size(max = 60) List<@NotNull @Valid DecreeDay> days) {

    /** One date of the decree: a national holiday or a day of cuti bersama. */
    public record DecreeDay(@NotNull LocalDate date, @NotNull DayKind kind, @NotBlank @Size(max = CalendarDay.NAME) String name) {
    }
}
