package dev.accord.extract;

import dev.accord.model.Article;
import dev.accord.model.Provenance;
import dev.accord.model.text.AnnotatedText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PipelineTest {

    private static final Slot<String> WORDS = new Slot<>("words");
    private static final Slot<String> SHOUT = new Slot<>("shout");
    private static final Article ARTICLE = Article.of("a.txt", null, null, "en", "Ministers met.");
    private static final AnnotatedText ANNOTATED = new AnnotatedText(ARTICLE.text(), List.of(), List.of(), List.of());

    /** A stage made of its declarations and what it does. */
    private record Fake(String stage, List<Slot<?>> needs, List<Slot<?>> provides,
                        BiConsumer<Analysis, Provenance> body) implements Extractor {
        @Override
        public void extract(Analysis analysis, Provenance provenance) {
            body.accept(analysis, provenance);
        }
    }

    private static Fake words() {
        return new Fake("words", List.of(Slot.ARTICLE), List.of(WORDS),
                (a, p) -> a.put(WORDS, a.get(Slot.ARTICLE).text()));
    }

    private static Fake shout() {
        return new Fake("shout", List.of(WORDS), List.of(SHOUT), (a, p) -> a.put(SHOUT, a.get(WORDS).toUpperCase()));
    }

    private static Provenance provenance(String stage) {
        return new Provenance(stage, "test", "0");
    }

    @Test
    void aNeedThatNoStageProvidesIsNamedWithTheStageThatNeedsIt() {
        Pipeline.Builder b = Pipeline.builder().then(shout());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertEquals("stage 'shout' needs 'words', which no earlier stage provides; add a stage that provides"
                + " 'words' before it", e.getMessage());
    }

    @Test
    void aNeedThatOnlyALaterStageProvidesSaysWhichStageToMove() {
        Pipeline.Builder b = Pipeline.builder().then(shout()).then(words());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertEquals("stage 'shout' needs 'words', which no earlier stage provides; move stage 'words', which"
                + " provides it, before it", e.getMessage());
    }

    @Test
    void aSlotWithTwoProvidersIsRefused() {
        Fake again = new Fake("again", List.of(), List.of(WORDS), (a, p) -> a.put(WORDS, ""));
        Pipeline.Builder b = Pipeline.builder().then(words()).then(again);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertEquals("stage 'again' provides 'words', which stage 'words' provides already; expected one provider"
                + " for each slot", e.getMessage());
    }

    @Test
    void theArticleAndItsAnnotationAreGivenAndCannotBeProvidedAgain() {
        Fake annotate = new Fake("annotate", List.of(), List.of(Slot.ANNOTATION), (a, p) -> a.put(Slot.ANNOTATION,
                ANNOTATED));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pipeline.builder().then(annotate).build());
        assertEquals("stage 'annotate' provides 'annotation', which the pipeline's start provides already;"
                + " expected one provider for each slot", e.getMessage());
    }

    @Test
    void twoStagesWithOneNameAreRefused() {
        Fake twin = new Fake("words", List.of(), List.of(SHOUT), (a, p) -> a.put(SHOUT, ""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pipeline.builder().then(words()).then(twin).build());
        assertEquals("two stages are named 'words'; expected each name once, as provenance tells stages apart"
                + " by name", e.getMessage());
    }

    @Test
    void stagesRunInOrderEachWithItsOwnProvenanceAndSeeWhatEarlierStagesProvided() {
        List<String> stamped = new ArrayList<>();
        Fake last = new Fake("last", List.of(SHOUT), List.of(), (a, p) -> stamped.add(p.stage() + ":" + a.get(SHOUT)));
        Analysis a = Pipeline.builder().then(words()).then(shout()).then(last).build()
                .run(ARTICLE, ANNOTATED, PipelineTest::provenance);
        assertEquals(List.of("last:MINISTERS MET."), stamped);
        assertEquals("Ministers met.", a.get(WORDS));
    }

    @Test
    void aStageThatReadsASlotItDidNotDeclareFailsNamingTheSlot() {
        Fake sly = new Fake("sly", List.of(Slot.ARTICLE), List.of(SHOUT), (a, p) -> a.put(SHOUT, a.get(WORDS)));
        Pipeline pipeline = Pipeline.builder().then(words()).then(sly).build();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> pipeline.run(ARTICLE, ANNOTATED, PipelineTest::provenance));
        assertEquals("stage 'sly' reads 'words', which is not among its needs ['article']; expected it to declare"
                + " every slot it reads", e.getMessage());
    }

    @Test
    void aStageThatLeavesADeclaredSlotEmptyFails() {
        Fake lazy = new Fake("lazy", List.of(), List.of(SHOUT), (a, p) -> { });
        Pipeline pipeline = Pipeline.builder().then(lazy).build();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> pipeline.run(ARTICLE, ANNOTATED, PipelineTest::provenance));
        assertEquals("stage 'lazy' did not provide ['shout']; expected it to fill every slot it declares",
                e.getMessage());
    }

    @Test
    void aRealStageNamesTheSlotItMisses() {
        Pipeline.Builder b = Pipeline.builder();
        List.of(new EntityExtractor(), new TimeExtractor(), new ThemeExtractor(), new QuoteExtractor())
                .forEach(b::then);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertEquals("stage 'quotes' needs 'actors', which no earlier stage provides; add a stage that provides"
                + " 'actors' before it", e.getMessage());
    }
}
