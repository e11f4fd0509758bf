package io.minutebars.store;

import io.minutebars.model.Bar;
import java.util.List;

/**
 * What storing a batch did.
 *
 * @param held       for each bar of the batch whose content the store now holds (just written, or already there
 *                   from an earlier delivery), the bar as stored: what a redelivered batch announces again
 * @param written    bars that changed what is stored
 * @param duplicates bars already stored at their revision
 * @param stale      bars below the stored revision
 */
public record StoredBatch(List<Bar> held, int written, int duplicates, int stale) {
}
