package dev.accord.nlp;

import edu.stanford.nlp.ling.tokensregex.ComplexNodePattern;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.CoreMapNodePattern;
import edu.stanford.nlp.ling.tokensregex.MultiPatternMatcher;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Pair;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Skips a token pattern over words where it cannot match, in the two CoreNLP steps that try many
 * patterns at every word: SUTime's several hundred rules and the gazetteer's entries
 * (TokensRegexNER). Both are exact: a pattern is skipped only where it would have found nothing.
 *
 * <p>SUTime tries each rule at every word it is given, most of them in vain: "( $NUM /years?/ /ago/ )"
 * cannot match where no word is "ago". Each pattern is read once for the words any match needs, a
 * word matching each of its non-optional elements (an alternation needs one of its branches'), and a
 * quick look for those words decides whether to run the rule at all.
 *
 * <p>The gazetteer picks the entries whose longest word is in the sentence, then runs each over the
 * whole sentence, though almost all are names of several words that are not there ("University of
 * Nairobi" for a sentence with "University"). An entry that is a plain row of words runs only where
 * its words stand in a row.
 *
 * <p>The guards read only the plain parts of an element (text, lemma, tag and number tests, not CoreNLP
 * expressions evaluated in a rule's environment), so they never need more than the pattern itself
 * does. CoreNLP 4.5.10 keeps the patterns in private fields with no way to wrap them, so the
 * {@code guard} methods reach them by reflection and fail loudly where another CoreNLP has moved them.
 */
final class PatternGuards {

    private PatternGuards() {
    }

    /**
     * Puts a guard in front of every SUTime rule that has words it needs.
     *
     * @return how many rules were guarded
     */
    static int guardTimeRules(TimeExpressionExtractor sutime) {
        try {
            Object extractor = read(TimeExpressionExtractorImpl.class, sutime, "expressionExtractor");
            Map<?, ?> stages = (Map<?, ?>) read(CoreMapExpressionExtractor.class, extractor, "stages");
            int guarded = 0;
            for (Object stage : stages.values()) {
                for (String kind : List.of("basicExtractRule", "compositeExtractRule")) {
                    Object rules = read(CoreMapExpressionExtractor.Stage.class, stage, kind);
                    if (rules instanceof SequenceMatchRules.ListExtractRule<?, ?> list) {
                        guarded += guard(list);
                    }
                }
            }
            return guarded;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot guard SUTime's rules: its extractor is not laid out as in"
                    + " CoreNLP 4.5.10, which Accord expects (" + e + ")", e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int guard(SequenceMatchRules.ListExtractRule<?, ?> list) throws ReflectiveOperationException {
        List<SequenceMatchRules.ExtractRule> rules =
                (List<SequenceMatchRules.ExtractRule>) read(SequenceMatchRules.ListExtractRule.class, list, "rules");
        int guarded = 0;
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i) instanceof SequenceMatchRules.AnnotationExtractRule rule
                    && rule.pattern instanceof TokenSequencePattern pattern
                    && (rule.isComposite || rule.annotationField != CoreMap.class)) {
                List<Need> needs = needs(read(SequencePattern.class, pattern, "patternExpr"));
                if (!needs.isEmpty()) {
                    needs.sort(Comparator.comparingInt(Need::cost));
                    rules.set(i, new Guarded(rule, needs));
                    guarded++;
                }
            }
        }
        return guarded;
    }

    /**
     * Guards SUTime's rules and the gazetteer's entries in every recogniser of {@code pipeline}, and any
     * gazetteer of its own.
     *
     * @return how many SUTime rules and gazetteers were guarded
     */
    static int guard(AnnotationPipeline pipeline) {
        try {
            int guarded = 0;
            for (Object a : (List<?>) read(AnnotationPipeline.class, pipeline, "annotators")) {
                Object gazetteer = a;
                if (a instanceof NERCombinerAnnotator ner) {
                    TimeExpressionExtractor sutime = CueGatedTimeExtractor.sutimeOf(ner);
                    guarded += sutime == null ? 0 : guardTimeRules(sutime);
                    gazetteer = read(NERCombinerAnnotator.class, ner, "fineGrainedNERAnnotator");
                }
                if (gazetteer instanceof TokensRegexNERAnnotator tokensRegexNer) {
                    Object matcher = read(TokensRegexNERAnnotator.class, tokensRegexNer, "multiPatternMatcher");
                    Field trigger = MultiPatternMatcher.class.getDeclaredField("patternTrigger");
                    trigger.setAccessible(true);
                    if (!(trigger.get(matcher) instanceof InARow)) {
                        trigger.set(matcher, new InARow(
                                (MultiPatternMatcher.SequencePatternTrigger<CoreMap>) trigger.get(matcher)));
                        guarded++;
                    }
                }
            }
            return guarded;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot guard the recogniser's patterns: it is not laid out as in"
                    + " CoreNLP 4.5.10, which Accord expects (" + e + ")", e);
        }
    }

    /**
     * The gazetteer's choice of entries to run, less those that are plain rows of words not standing in
     * a row in the sentence. The order is kept: it breaks ties between overlapping matches.
     */
    private record InARow(MultiPatternMatcher.SequencePatternTrigger<CoreMap> chosen)
            implements MultiPatternMatcher.SequencePatternTrigger<CoreMap> {

        @Override
        public Collection<SequencePattern<CoreMap>> apply(List<? extends CoreMap> words) {
            Collection<SequencePattern<CoreMap>> entries = chosen.apply(words);
            List<SequencePattern<CoreMap>> kept = new ArrayList<>(entries.size());
            for (SequencePattern<CoreMap> entry : entries) {
                List<NodePattern<CoreMap>> row = row(entry);
                if (row == null || standsInARow(row, words)) {
                    kept.add(entry);
                }
            }
            return kept;
        }

        private static boolean standsInARow(List<NodePattern<CoreMap>> row, List<? extends CoreMap> words) {
            for (int start = 0; start + row.size() <= words.size(); start++) {
                int k = 0;
                while (k < row.size() && words.get(start + k) != null && row.get(k).match(words.get(start + k))) {
                    k++;
                }
                if (k == row.size()) {
                    return true;
                }
            }
            return false;
        }

        /** The entry's words, if it is a plain row of them with plain tests, else {@code null}. */
        @SuppressWarnings("unchecked")
        private static List<NodePattern<CoreMap>> row(SequencePattern<CoreMap> entry) {
            try {
                Object expr = read(SequencePattern.class, entry, "patternExpr");
                if (!(expr instanceof SequencePattern.SequencePatternExpr)) {
                    return null;
                }
                List<NodePattern<CoreMap>> row = new ArrayList<>();
                for (Object part : (List<?>) read(expr, "patterns")) {
                    if (!(part instanceof SequencePattern.NodePatternExpr)
                            || !(read(part, "nodePattern") instanceof CoreMapNodePattern word)
                            || !word.getAnnotationPatterns().stream().allMatch(test -> isPlain(test.second()))) {
                        return null;
                    }
                    row.add((NodePattern<CoreMap>) (NodePattern<?>) word);
                }
                return row;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read a gazetteer entry: CoreNLP's patterns are not laid out"
                        + " as in CoreNLP 4.5.10, which Accord expects (" + e + ")", e);
            }
        }
    }

    /**
     * Elements one of which any match must hold: the match has an element that satisfies one of
     * {@code anyOf}, each of which every element matching the pattern's element satisfies.
     */
    private record Need(List<NodePattern<CoreMap>> anyOf, int cost) {

        boolean metIn(List<?> elements) {
            for (Object e : elements) {
                if (e instanceof CoreMap element) {
                    for (NodePattern<CoreMap> p : anyOf) {
                        if (p.match(element)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }

    /** A rule that runs only where the elements it needs are all there. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private record Guarded(SequenceMatchRules.AnnotationExtractRule rule, List<Need> needs)
            implements SequenceMatchRules.ExtractRule {

        @Override
        public boolean extract(Object in, List out) {
            // A composite rule reads the sentence's expressions; a basic rule the sentence's field it is over.
            Object elements = rule.isComposite ? in : in instanceof CoreMap m ? m.get(rule.annotationField) : null;
            if (elements instanceof List<?> list) {
                for (Need need : needs) {
                    if (!need.metIn(list)) {
                        return false;
                    }
                }
            }
            return rule.extract(in, out);
        }
    }

    /** The needs of a pattern expression: all of them hold wherever it matches. */
    private static List<Need> needs(Object expr) throws ReflectiveOperationException {
        List<Need> needs = new ArrayList<>();
        String kind = expr.getClass().getSimpleName();
        switch (kind) {
            case "NodePatternExpr" -> {
                NodePattern<CoreMap> probe = probe((NodePattern<?>) read(expr, "nodePattern"));
                if (probe != null) {
                    needs.add(new Need(List.of(probe), cost(probe)));
                }
            }
            case "SequencePatternExpr", "AndPatternExpr" -> {
                for (Object part : (List<?>) read(expr, "patterns")) {
                    needs.addAll(needs(part));
                }
            }
            case "GroupPatternExpr" -> needs.addAll(needs(read(expr, "pattern")));
            case "ValuePatternExpr" -> needs.addAll(needs(read(expr, "expr")));
            case "RepeatPatternExpr" -> {
                if ((int) read(expr, "minMatch") >= 1) {
                    needs.addAll(needs(read(expr, "pattern")));
                }
            }
            case "OrPatternExpr" -> {
                List<NodePattern<CoreMap>> anyOf = new ArrayList<>();
                int cost = 0;
                for (Object branch : (List<?>) read(expr, "patterns")) {
                    List<Need> branchNeeds = needs(branch);
                    if (branchNeeds.isEmpty()) {
                        return needs;
                    }
                    Need cheapest = branchNeeds.stream().min(Comparator.comparingInt(Need::cost)).orElseThrow();
                    anyOf.addAll(cheapest.anyOf());
                    cost = Math.max(cost, cheapest.cost());
                }
                needs.add(new Need(anyOf, cost));
            }
            default -> {
                // Back references, the sequence's ends and multi-element patterns give no single word.
            }
        }
        return needs;
    }

    /**
     * A test every element matching {@code p} passes, made of its plain annotation tests, or
     * {@code null} when it has none.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static NodePattern<CoreMap> probe(NodePattern<?> p) throws ReflectiveOperationException {
        if (p instanceof CoreMapNodePattern node) {
            List<Pair<Class, NodePattern>> plain = new ArrayList<>();
            for (Pair<Class, NodePattern> test : node.getAnnotationPatterns()) {
                if (isPlain(test.second())) {
                    plain.add(test);
                }
            }
            return plain.isEmpty() ? null : new CoreMapNodePattern(plain);
        }
        if (p instanceof NodePattern.ConjNodePattern<?>) {
            List<NodePattern<CoreMap>> all = new ArrayList<>();
            for (NodePattern<?> part : (List<NodePattern<?>>) read(p, "nodePatterns")) {
                NodePattern<CoreMap> probe = probe(part);
                if (probe != null) {
                    all.add(probe);
                }
            }
            return all.isEmpty() ? null : all.size() == 1 ? all.get(0) : new NodePattern.ConjNodePattern<>(all);
        }
        if (p instanceof NodePattern.DisjNodePattern<?>) {
            List<NodePattern<CoreMap>> any = new ArrayList<>();
            for (NodePattern<?> part : (List<NodePattern<?>>) read(p, "nodePatterns")) {
                NodePattern<CoreMap> probe = probe(part);
                if (probe == null) {
                    return null;
                }
                any.add(probe);
            }
            return any.isEmpty() ? null : new NodePattern.DisjNodePattern<>(any);
        }
        return null;
    }

    /** Tests of one annotation's value alone, which read nothing else and cannot fail. */
    private static boolean isPlain(NodePattern<?> test) {
        return test instanceof ComplexNodePattern.StringAnnotationPattern
                || test instanceof ComplexNodePattern.StringInSetAnnotationPattern
                || test instanceof ComplexNodePattern.StringAnnotationRegexPattern
                || test instanceof ComplexNodePattern.NumericAnnotationPattern
                || test instanceof ComplexNodePattern.NilAnnotationPattern
                || test instanceof ComplexNodePattern.NotNilAnnotationPattern;
    }

    /** How costly and how unselective a test is: exact words first, then patterns, then the rest. */
    private static int cost(NodePattern<CoreMap> probe) {
        if (probe instanceof CoreMapNodePattern node) {
            int cost = 0;
            for (Pair<Class, NodePattern> test : node.getAnnotationPatterns()) {
                cost = Math.max(cost, test.second() instanceof ComplexNodePattern.StringAnnotationPattern
                        || test.second() instanceof ComplexNodePattern.StringInSetAnnotationPattern ? 0
                        : test.second() instanceof ComplexNodePattern.StringAnnotationRegexPattern ? 1 : 2);
            }
            return cost;
        }
        return 3;
    }

    private static Object read(Object target, String field) throws ReflectiveOperationException {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                return read(c, target, field);
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new NoSuchFieldException(target.getClass().getName() + "." + field);
    }

    private static Object read(Class<?> owner, Object target, String field) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(field);
        f.setAccessible(true);
        return f.get(target);
    }
}
