package dev.accord.nlp;

import dev.accord.model.CharSpan;
import dev.accord.model.text.AnnotatedText;
import dev.accord.model.text.Dependency;
import dev.accord.model.text.Annotator;
import dev.accord.model.text.EntitySpan;
import dev.accord.model.text.ParseSelection;
import dev.accord.model.text.Sentence;
import dev.accord.model.text.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.PropertiesUtils;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static java.util.Map.entry;

/**
 * Annotates text with Stanford CoreNLP: tokens, sentences, parts of speech, lemmas, named entities,
 * SUTime's normalised dates and Universal Dependencies (enhanced++) parses.
 *
 * <p>Loading the models takes 10-30 seconds and about 1.5 GiB of heap, so there is one pipeline per
 * JVM, built on first use by {@link #shared()} and used from any thread: CoreNLP's annotators keep no
 * per-document state, so separate texts may be annotated at once.
 *
 * <p>The dependency parser runs as a second step, over only the sentences a {@link ParseSelection}
 * asks for, and makes only the enhanced++ graph Accord reads (CoreNLP's parse annotator makes five).
 * It is {@link FastDependencyParser}, which gives CoreNLP's parses in less time.
 * SUTime, inside the recogniser, reads only the words near a date word ({@link CueGatedTimeExtractor}).
 * Both give the same annotations as running over every sentence, for a fraction of the time. The
 * part-of-speech tags are CoreNLP's, worked out by {@link FastTagger} over CoreNLP's model.
 */
public final class CoreNlpAnnotator implements Annotator {

    /**
     * Accord's own setting, not CoreNLP's: when "true", SUTime reads only the words near a date word
     * ({@link CueGatedTimeExtractor}), for the same tags.
     */
    public static final String CUE_GATED_SUTIME = "accord.sutime.nearDateWordsOnly";

    /**
     * Accord's own setting, not CoreNLP's: when "true", SUTime's rules and the gazetteer's entries run
     * only where the words they need are ({@link PatternGuards}), for the same tags.
     */
    public static final String GUARDED_PATTERNS = "accord.patterns.guarded";

    /**
     * Accord's own setting, not CoreNLP's: when "true", SUTime reads each sentence as it would read it
     * first ({@link FreshTimeExtractor}), whatever it read before.
     */
    public static final String FRESH_SUTIME = "accord.sutime.freshPerSentence";

    /**
     * Accord's own setting, not CoreNLP's: when "true", the part-of-speech tags are worked out by
     * {@link FastTagger} over CoreNLP's loaded model, for the same tags.
     */
    public static final String FAST_TAGGER = "accord.pos.fastInference";

    /**
     * Accord's own setting, not CoreNLP's: when "true", the recogniser's CRF finds its features with
     * {@link FastCrf}, for the same labels.
     */
    public static final String FAST_CRF = "accord.ner.fastCrf";

    /**
     * Accord's own setting, not CoreNLP's: when "true", each thread remembers the lemma CoreNLP gave
     * each word and tag ({@link CachedLemmaAnnotator}), for the same lemmas.
     */
    public static final String CACHED_LEMMAS = "accord.lemma.remembered";

    /** The pipeline's settings; they are also what the provenance hash covers. */
    static final Map<String, String> SETTINGS = new TreeMap<>(Map.ofEntries(
            entry("annotators", "tokenize,ssplit,pos,lemma,ner,depparse"),
            // A blank line always ends a paragraph; a single newline may be a hard wrap.
            entry("ssplit.newlineIsSentenceBreak", "two"),
            entry("ner.applyFineGrained", "true"),
            // One CRF model and the plain gazetteers: a third of CoreNLP's default time for the same
            // scores (README, "What each piece of the recogniser costs"; accord eval ner-cost).
            entry("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz"),
            entry("ner.fine.regexner.mapping", "ignorecase=true,validpospattern=(NN|JJ|ADD).*,"
                    + PlainGazetteers.CASELESS_PLAIN + ";" + PlainGazetteers.CASED_PLAIN),
            entry("ner.buildEntityMentions", "true"),
            entry("sutime.includeRange", "true"),
            entry("sutime.markTimeRanges", "true"),
            entry(CUE_GATED_SUTIME, "true"),
            entry(FAST_TAGGER, "true"),
            entry(FAST_CRF, "true"),
            entry(CACHED_LEMMAS, "true"),
            entry(GUARDED_PATTERNS, "true"),
            entry(FRESH_SUTIME, "true"),
            // Any cache at all makes CoreNLP round uncached hidden-layer products to float; the parses
            // were checked against CoreNLP's with this setting (FastDependencyParserIT).
            entry("depparse.numCached", "100000")));

    /** CoreNLP's own default English pipeline, as its documentation runs it: the benchmark's baseline. */
    static final String DEFAULT_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,kbp";

    private static final String PARSER = "depparse";

    private final Map<String, String> settings;
    /** Every annotator but a last parser. */
    private final StanfordCoreNLP pipeline;
    /**
     * The parser alone, run over the selected sentences; {@code null} when the settings have no parser
     * or annotators after it, and {@link #pipeline} does all the work over every sentence.
     */
    private final FastDependencyParser parser;

    private CoreNlpAnnotator(Map<String, String> settings) {
        // CoreNLP logs every model it loads to stderr; Accord's own commands report what matters.
        RedwoodConfiguration.current().clear().apply();
        this.settings = settings;
        List<String> annotators = Arrays.asList(settings.get("annotators").split(","));
        Properties props = new Properties();
        props.putAll(settings);
        int parserAt = annotators.indexOf(PARSER);
        if (parserAt >= 0 && parserAt == annotators.size() - 1) {
            props.setProperty("annotators", String.join(",", annotators.subList(0, parserAt)));
            // CoreNLP's parse annotator makes five kinds of graph from each parse; Accord reads one.
            Properties parse = PropertiesUtils.extractPrefixedProperties(props, PARSER + ".");
            // The same parses as CoreNLP's DependencyParser (FastDependencyParserIT) in about a third of
            // the time (FastDependencyParserBenchmark).
            this.parser = FastDependencyParser.load(parse);
        } else {
            // Annotators after the parser (coref, kbp) need every sentence parsed in one pipeline.
            this.parser = null;
        }
        this.pipeline = new StanfordCoreNLP(props);
        if (Boolean.parseBoolean(settings.get(GUARDED_PATTERNS))) {
            PatternGuards.guard(pipeline);
        }
        if (Boolean.parseBoolean(settings.get(CUE_GATED_SUTIME))) {
            CueGatedTimeExtractor.install(pipeline);
        }
        if (Boolean.parseBoolean(settings.get(FRESH_SUTIME))) {
            // From here each thread reads with a SUTime of its own, made with the built one's options and
            // given the layers the built one got above; the built one only stands for them.
            UnaryOperator<TimeExpressionExtractor> layers = sutime -> {
                if (Boolean.parseBoolean(settings.get(GUARDED_PATTERNS))) {
                    PatternGuards.guardTimeRules(sutime);
                }
                return Boolean.parseBoolean(settings.get(CUE_GATED_SUTIME)) ? new CueGatedTimeExtractor(sutime) : sutime;
            };
            CueGatedTimeExtractor.wrap(pipeline, FreshTimeExtractor.class, built -> new FreshTimeExtractor(built, layers));
        }
        if (Boolean.parseBoolean(settings.get(FAST_TAGGER))) {
            FastTaggerAnnotator.install(pipeline);
        }
        if (Boolean.parseBoolean(settings.get(FAST_CRF))) {
            FastCrf.install(pipeline);
        }
        if (Boolean.parseBoolean(settings.get(CACHED_LEMMAS))) {
            CachedLemmaAnnotator.install(pipeline);
        }
    }

    private static final class Holder {
        static final CoreNlpAnnotator INSTANCE = new CoreNlpAnnotator(SETTINGS);
    }

    /** The settings of the shared pipeline. */
    public static Map<String, String> defaultSettings() {
        return Collections.unmodifiableMap(SETTINGS);
    }

    /**
     * A new pipeline with the default settings changed by {@code overrides}, for the benchmark that
     * measures what each piece of the recogniser costs. It loads its own models: build one at a time.
     */
    public static CoreNlpAnnotator withOverrides(Map<String, String> overrides) {
        Map<String, String> settings = new TreeMap<>(SETTINGS);
        settings.putAll(overrides);
        return new CoreNlpAnnotator(settings);
    }

    /**
     * A new pipeline with CoreNLP's default annotators ({@value #DEFAULT_ANNOTATORS}) and default
     * options, for comparing Accord with plain CoreNLP. Coreference and relation extraction load about
     * 3 GiB more of models; the pipeline is freed with the returned object.
     */
    public static CoreNlpAnnotator plainDefault() {
        return new CoreNlpAnnotator(Map.of("annotators", DEFAULT_ANNOTATORS));
    }

    /** The JVM's one pipeline, built on first call. */
    public static CoreNlpAnnotator shared() {
        return Holder.INSTANCE;
    }

    @Override
    public String configuration() {
        return "corenlp-4.5.10 " + new TreeMap<>(settings).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    @Override
    public AnnotatedText annotate(String text, LocalDate documentDate) {
        return annotate(text, documentDate, ParseSelection.ALL);
    }

    @Override
    public AnnotatedText annotate(String text, LocalDate documentDate, ParseSelection parse) {
        Annotation doc = new Annotation(text);
        if (documentDate != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        }
        pipeline.annotate(doc);

        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (int i = 0; i < coreSentences.size(); i++) {
            CoreMap s = coreSentences.get(i);
            int first = tokens.size();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(new CharSpan(t.beginPosition(), t.endPosition()), t.word(), t.lemma(),
                        t.tag(), t.ner() == null ? "O" : t.ner()));
            }
            SemanticGraph graph;
            if (parser == null) {
                graph = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            } else {
                graph = parse.needsParse(tokens.subList(first, tokens.size())) ? enhancedPlusPlus(s) : null;
            }
            sentences.add(new Sentence(i, spanOf(s), first, tokens.size(), dependencies(graph, first)));
        }

        List<EntitySpan> mentions = new ArrayList<>();
        // Absent when ner.buildEntityMentions is off, which only the cost benchmark does.
        List<CoreMap> coreMentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
        for (CoreMap m : coreMentions == null ? List.<CoreMap>of() : coreMentions) {
            CharSpan span = spanOf(m);
            String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            Integer sentence = m.get(CoreAnnotations.SentenceIndexAnnotation.class);
            mentions.add(new EntitySpan(span, span.of(text), tag, sentence == null ? -1 : sentence,
                    timexOf(m.get(TimeAnnotations.TimexAnnotation.class))));
        }
        return new AnnotatedText(text, sentences, tokens, mentions);
    }

    /**
     * Parses the selected sentences that have no arcs yet, from the words, tags and lemmas
     * {@link #annotate} gave them. With CoreNLP's default pipeline every sentence is parsed already.
     */
    @Override
    public AnnotatedText parse(AnnotatedText annotated, ParseSelection which) {
        if (parser == null) {
            return annotated;
        }
        List<Sentence> sentences = new ArrayList<>(annotated.sentences().size());
        boolean changed = false;
        for (Sentence s : annotated.sentences()) {
            List<Token> words = annotated.tokens().subList(s.firstToken(), s.endToken());
            if (s.dependencies().isEmpty() && which.needsParse(words)) {
                SemanticGraph graph = enhancedPlusPlus(coreSentence(annotated.text(), s.index(), words));
                sentences.add(new Sentence(s.index(), s.span(), s.firstToken(), s.endToken(),
                        dependencies(graph, s.firstToken())));
                changed = true;
            } else {
                sentences.add(s);
            }
        }
        return changed ? new AnnotatedText(annotated.text(), sentences, annotated.tokens(), annotated.mentions())
                : annotated;
    }

    /** A CoreNLP sentence rebuilt from Accord's tokens, with what the parser and its converter read. */
    private static CoreMap coreSentence(String text, int index, List<Token> words) {
        List<CoreLabel> labels = new ArrayList<>(words.size());
        for (int k = 0; k < words.size(); k++) {
            Token t = words.get(k);
            CoreLabel label = new CoreLabel();
            label.setWord(t.word());
            label.setValue(t.word());
            label.setOriginalText(t.span().of(text));
            label.setTag(t.pos());
            label.setLemma(t.lemma());
            label.setNER(t.ner());
            label.setIndex(k + 1);
            label.setSentIndex(index);
            label.setBeginPosition(t.span().begin());
            label.setEndPosition(t.span().end());
            labels.add(label);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
        sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        return sentence;
    }

    /** The sentence's enhanced++ Universal Dependencies, from the parser alone. */
    private SemanticGraph enhancedPlusPlus(CoreMap sentence) {
        GrammaticalStructure parse = parser.predict(sentence);
        return SemanticGraphFactory.makeFromTree(parse, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                GrammaticalStructure.Extras.NONE, null);
    }

    /** The arcs of {@code graph}, with token indices made global to the document. */
    private static List<Dependency> dependencies(SemanticGraph graph, int first) {
        if (graph == null) {
            return List.of();
        }
        List<Dependency> arcs = new ArrayList<>();
        for (IndexedWord root : graph.getRoots()) {
            arcs.add(new Dependency(-1, first + root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : graph.edgeListSorted()) {
            arcs.add(new Dependency(first + e.getGovernor().index() - 1, first + e.getDependent().index() - 1,
                    e.getRelation().toString()));
        }
        return arcs;
    }

    private static CharSpan spanOf(CoreMap m) {
        return new CharSpan(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    }

    private static EntitySpan.Timex timexOf(Timex t) {
        if (t == null || t.value() == null && t.range() == null) {
            return null;
        }
        String begin = null;
        String end = null;
        if (t.range() != null) {
            begin = t.range().begin;
            end = t.range().end;
        }
        return new EntitySpan.Timex(t.timexType(), t.value(), begin, end);
    }
}
