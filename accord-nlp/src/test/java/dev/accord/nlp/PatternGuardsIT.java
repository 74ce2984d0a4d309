package dev.accord.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Guarded patterns find exactly what every pattern tried everywhere finds. */
class PatternGuardsIT {

    /** Dates, times, durations, sets and ranges in many of the forms SUTime's rules know. */
    private static final String WRITTEN = """
            The ministers met on Monday, 3 March 2014, and again last Friday at 10:30 a.m. local time.
            From the first week of March to the end of the decade, talks ran every two weeks.
            The summit, held in the spring of 2019, came 25 years after the 1994 accord and two days before Christmas Eve.
            He served from 2001 to 2005 and returned in the mid-1990s, early this year, and the next morning.
            Trade grew 4% in the third quarter of fiscal 2023; the treaty expires on 31/12/2030 at midnight GMT.
            Talks resumed this weekend after a three-month pause, nearly a decade ago, during the 1980s.
            The ceasefire held for 72 hours until 6pm on the 21st; elections are due every four years, each November.
            Officials said the visit would take place later this month or early next year, around Ramadan.
            """;

    @Test
    void guardedRulesFindWhatEveryRuleFindsInRealAndWrittenSentences() throws IOException {
        assumeCorpus();
        TimeExpressionExtractorImpl every = SutimeSamples.sutime();
        TimeExpressionExtractorImpl guarded = SutimeSamples.sutime();
        int rules = PatternGuards.guardTimeRules(guarded);
        assertTrue(rules > 150, "only " + rules + " of SUTime's rules were guarded");

        List<String> texts = new ArrayList<>(ParserSentences.corpusTexts(150));
        texts.add(WRITTEN);
        int found = 0;
        List<String> differences = new ArrayList<>();
        for (String text : texts) {
            List<CoreMap> one = SutimeSamples.sentences(text);
            List<CoreMap> other = SutimeSamples.sentences(text);
            for (int i = 0; i < one.size(); i++) {
                List<String> expected = SutimeSamples.found(every, one.get(i));
                List<String> actual = SutimeSamples.found(guarded, other.get(i));
                found += expected.size();
                if (!expected.equals(actual)) {
                    differences.add(expected + " != " + actual + " in: " + one.get(i).get(CoreAnnotations.TextAnnotation.class));
                }
            }
        }
        assertTrue(found > 400, "the articles hold few time expressions: " + found);
        assertEquals(List.of(), differences);
    }

    @Test
    void guardedGazetteerAndSutimeTagWhatTheUnguardedRecogniserTags() throws IOException {
        assumeCorpus();
        Properties settings = new Properties();
        settings.putAll(CoreNlpAnnotator.SETTINGS);
        settings.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // CoreNLP hands out a recogniser built before with the same settings, maybe guarded already.
        StanfordCoreNLP.clearAnnotatorPool();
        StanfordCoreNLP recogniser = new StanfordCoreNLP(settings);
        // Without it, SUTime's dates in the second pass would depend on the first (FreshTimeExtractorIT).
        CueGatedTimeExtractor.wrap(recogniser, FreshTimeExtractor.class, built -> new FreshTimeExtractor(built, s -> s));
        List<String> texts = new ArrayList<>(ParserSentences.corpusTexts(150));
        texts.add(WRITTEN);
        texts.add("The University of Nairobi and the United Nations Development Programme met in New York City"
                + " with officials of the European Union, the African Union and the Republic of South Sudan.");
        List<List<String>> every = tags(recogniser, texts);
        assertTrue(PatternGuards.guard(recogniser) > 150, "the recogniser's patterns were not guarded");
        List<List<String>> guarded = tags(recogniser, texts);
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(every.get(i), guarded.get(i), "tags of: " + texts.get(i));
        }
        assertTrue(every.stream().flatMap(List::stream).filter(t -> t.contains("/COUNTRY/")).count() > 100,
                "the gazetteer tagged few countries");
    }

    /** Each word with its tag and normalised value, article by article. */
    private static List<List<String>> tags(StanfordCoreNLP recogniser, List<String> texts) {
        List<List<String>> all = new ArrayList<>();
        for (String text : texts) {
            Annotation doc = new Annotation(text);
            doc.set(CoreAnnotations.DocDateAnnotation.class, SutimeSamples.DOCUMENT_DATE);
            recogniser.annotate(doc);
            all.add(doc.get(CoreAnnotations.TokensAnnotation.class).stream()
                    .map(t -> t.word() + "/" + t.ner() + "/" + t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))
                    .toList());
        }
        return all;
    }

    private static void assumeCorpus() {
        assumeTrue(Files.isRegularFile(ParserSentences.CORPUS), "skipped: " + ParserSentences.CORPUS + " is absent (the"
                + " shared corpus beside the checkout; set -Daccord.shared=DIR)");
    }
}
