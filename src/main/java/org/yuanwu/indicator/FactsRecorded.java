package org.yuanwu.indicator;

import java.util.List;

/**
 * Published by a module for one of its records: these are now all the facts that record counts
 * for. Publishing again replaces them (idempotent); an empty list withdraws them. The indicator
 * module stores them in the publisher's transaction.
 *
 * @param sourceType a stable name of the record type, e.g. "training.exam"
 * @param sourceId   the record's id
 */
public record FactsRecorded(String sourceType, String sourceId, List<Fact> facts) {

    public FactsRecorded {
        facts = List.copyOf(facts);
    }

    public static FactsRecorded withdrawn(String sourceType, String sourceId) {
        return new FactsRecorded(sourceType, sourceId, List.of());
    }
}
