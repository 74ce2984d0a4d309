package dev.accord.model.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A holder of a state or IGO office, for the time they held it.
 *
 * @param name    full name
 * @param aliases other forms, the bare surname among them
 * @param code    the state (ISO alpha-3) or IGO code they serve
 * @param role    the office ("President", "Foreign Minister")
 * @param sector  GOV for state officials, IGO for an organisation's
 * @param from    first day in office
 * @param to      last day in office, or {@code null} while in office
 */
public record Official(String name, List<String> aliases, String code, String role, String sector, LocalDate from,
                       LocalDate to) {

    public Official {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(from, "from");
        aliases = List.copyOf(aliases);
    }

    /** Whether they held the office on {@code date}; with no date, whether they hold it still. */
    public boolean inOffice(LocalDate date) {
        if (date == null) {
            return to == null;
        }
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
