package dev.accord.extract;

import dev.accord.model.Article;
import dev.accord.model.Provenance;
import dev.accord.model.text.AnnotatedText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Stages in the order they run, checked when built: every slot a stage needs is the article, its
 * annotation or provided by an earlier stage; no slot has two providers; no two stages share a name.
 * A pipeline that would fail on its first article for want of an input fails here instead, with a
 * message that names the stage and what it misses.
 */
public final class Pipeline {

    /** What every pipeline starts from: the article and its annotation. */
    public static final List<Slot<?>> GIVEN = List.of(Slot.ARTICLE, Slot.ANNOTATION);

    private final List<Extractor> stages;

    private Pipeline(List<Extractor> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The stages, in the order they run. */
    public List<Extractor> stages() {
        return stages;
    }

    /**
     * Runs every stage over one article.
     *
     * @param provenance the provenance each stage, by name, stamps on its facts
     */
    public Analysis run(Article article, AnnotatedText annotated, Function<String, Provenance> provenance) {
        Analysis analysis = new Analysis();
        analysis.put(Slot.ARTICLE, article);
        analysis.put(Slot.ANNOTATION, annotated);
        for (Extractor stage : stages) {
            analysis.run(stage, () -> stage.extract(analysis, provenance.apply(stage.stage())));
        }
        return analysis;
    }

    /** Adds stages in the order they are to run; {@link #build()} checks them. */
    public static final class Builder {

        private final List<Extractor> stages = new ArrayList<>();

        private Builder() {
        }

        public Builder then(Extractor stage) {
            stages.add(stage);
            return this;
        }

        /** The pipeline; fails naming the stage and the slot when a need is unmet or a slot is provided twice. */
        public Pipeline build() {
            Map<Slot<?>, String> providers = new LinkedHashMap<>();
            GIVEN.forEach(s -> providers.put(s, "the pipeline's start"));
            List<String> names = new ArrayList<>();
            for (Extractor stage : stages) {
                if (names.contains(stage.stage())) {
                    throw new IllegalArgumentException("two stages are named '" + stage.stage()
                            + "'; expected each name once, as provenance tells stages apart by name");
                }
                names.add(stage.stage());
                for (Slot<?> need : stage.needs()) {
                    if (!providers.containsKey(need)) {
                        throw new IllegalArgumentException(unmet(stage, need));
                    }
                }
                for (Slot<?> provided : stage.provides()) {
                    String earlier = providers.putIfAbsent(provided, "stage '" + stage.stage() + "'");
                    if (earlier != null) {
                        throw new IllegalArgumentException("stage '" + stage.stage() + "' provides " + provided
                                + ", which " + earlier + " provides already; expected one provider for each slot");
                    }
                }
            }
            return new Pipeline(stages);
        }

        private String unmet(Extractor stage, Slot<?> need) {
            Optional<Extractor> later = stages.stream().filter(s -> s.provides().contains(need)).findFirst();
            return "stage '" + stage.stage() + "' needs " + need + ", which no earlier stage provides; "
                    + later.map(l -> "move stage '" + l.stage() + "', which provides it, before it")
                    .orElse("add a stage that provides " + need + " before it");
        }
    }
}
