package dev.accord.nlp;

import edu.stanford.nlp.ling.tokensregex.ComplexNodePattern;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.CoreMapNodePattern;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Pair;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Skips a SUTime rule over words where it cannot match. Each of SUTime's several hundred rules is a
 * token pattern that CoreNLP tries at every word it is given, most of them in vain: "( $NUM /years?/
 * /ago/ )" cannot match where no word is "ago". This class reads each pattern once and finds the words
 * any match needs, a word matching each of its non-optional elements (an alternation needs one of its
 * branches'). Before a rule runs, a quick look for those words decides whether to run it at all.
 *
 * <p>The guard is exact: it only skips a rule that would have found nothing. It reads only the plain
 * parts of an element (text, lemma, tag and number tests, not CoreNLP expressions evaluated in the
 * rule's environment), so it never needs more than the rule itself does.
 *
 * <p>CoreNLP 4.5.10 keeps SUTime's rules in private fields with no way to wrap them, so
 * {@link #install} reaches them by reflection and fails loudly where another CoreNLP has moved them.
 */
final class TimeRuleGuards {

    private TimeRuleGuards() {
    }

    /**
     * Puts a guard in front of every SUTime rule that has words it needs.
     *
     * @return how many rules were guarded
     */
    static int install(TimeExpressionExtractor sutime) {
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
