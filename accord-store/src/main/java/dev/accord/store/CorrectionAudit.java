package dev.accord.store;

import dev.accord.model.Correction;

import java.util.List;

/**
 * A page of the audit list ({@link FactStore#audit}): who corrected what and when.
 *
 * @param items the corrections of this page, newest first
 * @param total how many corrections match, on every page together
 */
public record CorrectionAudit(List<Correction> items, int total) {

    public CorrectionAudit {
        items = List.copyOf(items);
    }
}
