package dev.accord.extract;

import dev.accord.extract.event.EventExtractor;
import dev.accord.model.Provenance;
import dev.accord.model.text.Annotator;

import java.util.List;

/**
 * The stage that parses the sentences the events read, once the actors are known: dependency parses
 * cost most of an article's time, and {@link EventExtractor#parseSelection} leaves out the sentences
 * that cannot yield an event. Its output is the annotation with those parses added; it makes no facts.
 */
final class ParseStage implements Extractor {

    private final Annotator annotator;
    private final EventExtractor events;

    ParseStage(Annotator annotator, EventExtractor events) {
        this.annotator = annotator;
        this.events = events;
    }

    @Override
    public String stage() {
        return "parses";
    }

    @Override
    public List<Slot<?>> needs() {
        return List.of(Slot.ANNOTATION, Slot.ACTORS);
    }

    @Override
    public List<Slot<?>> provides() {
        return List.of(Slot.PARSES);
    }

    @Override
    public void extract(Analysis analysis, Provenance provenance) {
        analysis.put(Slot.PARSES, annotator.parse(analysis.get(Slot.ANNOTATION),
                events.parseSelection(analysis.get(Slot.ACTORS))));
    }
}
