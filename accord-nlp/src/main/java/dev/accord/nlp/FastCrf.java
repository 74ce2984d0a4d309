package dev.accord.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ie.crf.TestSequenceModel;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.process.AmericanizeFunction;
import edu.stanford.nlp.sequences.ExactBestSequenceFinder;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.Generics;
import edu.stanford.nlp.util.Index;
import edu.stanford.nlp.util.Triple;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CoreNLP's CRF named-entity classifier with a faster way to its features, giving CoreNLP's labels.
 *
 * <p>A CRF's labels come from the weights of the features active at each token. CoreNLP spends most
 * of the classifier's time building those features' strings and looking them up
 * ({@code NERFeatureFactory}, {@code HashIndex}); {@link CrfFeatures} finds the same indices in the
 * same order, building each one-part feature once per thread. The potentials, the calibrated clique
 * tree, the Viterbi search and the label probabilities are CoreNLP's own code over those indices, so
 * labels and probabilities are CoreNLP's to the bit ({@code FastCrfIT}).
 *
 * <p>It works for the feature flags of {@code english.all.3class.distsim}, the model Accord runs, and
 * {@link #of} refuses any model whose flags differ in a flag the features read.
 */
final class FastCrf extends CRFClassifier<CoreLabel> {

    /**
     * The flags {@link CrfFeatures} reproduces, with the values it reproduces them for: every flag
     * {@code NERFeatureFactory.featuresC}, {@code featuresCpC} and {@code featuresCnC} read, and those
     * of the CRF's inference.
     */
    private static final Map<String, String> FLAGS = flags("""
            binnedLengths=null cacheNGrams=false checkNameList=false cleanGazette=false conjoinShapeNGrams=false
            dehyphenateNGrams=false disjunctionWidth=5 greekifyNGrams=false lowercaseNGrams=false maxLeft=1
            maxNGramLeng=6 noEdgeFeature=false noMidNGrams=true removeStrictGoodCoNLLDuplicates=false
            slashHyphenTreatment=NONE sloppyGazette=false splitWordRegex=null strictGoodCoNLL=false
            transitionEdgeOnly=false twoStage=false use2W=false useABGENE=false useABSTR=false useABSTRFreq=false
            useABSTRFreqDict=false useAbbr=false useAbbr1=false useBagOfWords=false useBeginSent=false
            useChunks=false useChunkySequences=false useClassFeature=true useCommonWordsFeature=false
            useDisjShape=false useDisjunctive=true useDisjunctiveShapeInteraction=false useDistSim=true
            useEitherSideDisjunctive=false useEitherSideWord=false useEntityRule=false useEntityTypeSequences=false
            useEntityTypes=false useExternal=true useExtraTaggySequences=false useFREQ=false useFirstWord=false
            useGENIA=false useGazFeatures=false useGazettes=false useGenericFeatures=false useHeadGov=false
            useIfInteger=false useInternal=true useIsDateRange=false useIsURL=false useLC=false useLastRealWord=true
            useLemmas=false useMUCFeatures=false useMinimalAbbr=false useMinimalAbbr1=false
            useMoreGazFeatures=false useMoreNeighborNGrams=false useMoreTags=false useNGrams=true
            useNPGovernor=false useNPHead=false useNeighborNGrams=false useNext=true useNextRealWord=true
            useNextVB=false useOccurrencePatterns=true useOrdinal=false useParenMatching=false
            usePhraseWordTags=false usePhraseWords=false usePosition=false usePrev=true usePrevNextLemmas=false
            usePrevSequences=true usePrevVB=false useProtoFeatures=false useRadical=false useReverse=false
            useSequences=true useShapeConjunctions=false useShapeStrings=false useSymTags=false
            useSymWordPairs=false useTaggySequences=false useTags=false useTitle=false useTitle2=false
            useTopics=false useTypeSeqs=true useTypeSeqs2=true useTypeSeqs3=false useTypeySequences=true
            useURLSequences=false useUndirectedDisjunctive=false useUnknown=false useVB=false useWEB=false
            useWEBFreqDict=false useWideDisjunctive=false useWord=true useWordPairs=false useWordTag=false
            useWordnetFeatures=false useYetMoreCpCShapes=false wordShape=9 useNextSequences=false
            casedDistSim=false numberEquivalenceDistSim=true intern=false doGibbs=false crfType=MaxEnt
            inferenceType=Viterbi useEmbedding=false addBiasToEmbedding=false
            featureFactory=edu.stanford.nlp.ie.NERFeatureFactory featureFactories=null""");

    private final CRFClassifier<CoreLabel> coreNlp;
    private final ThreadLocal<CrfFeatures> features;

    private FastCrf(CRFClassifier<CoreLabel> coreNlp, CrfFeatures.Model model) throws ReflectiveOperationException {
        this.coreNlp = coreNlp;
        this.features = ThreadLocal.withInitial(() -> new CrfFeatures(model));
        // The same classifier in every other respect: its fields point to the loaded model's objects.
        for (Class<?> c = CRFClassifier.class; c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    f.set(this, f.get(coreNlp));
                }
            }
        }
    }

    /**
     * The fast classifier over the model {@code coreNlp} has loaded, sharing its weights, indices and
     * lexicon.
     *
     * @throws IllegalArgumentException if the model's flags ask for features {@link CrfFeatures}
     *         does not build, naming the flags
     * @throws IllegalStateException if CoreNLP's classes are not laid out as in CoreNLP 4.5.10
     */
    @SuppressWarnings("unchecked")
    static FastCrf of(CRFClassifier<CoreLabel> coreNlp) {
        Map<String, String> differing = new TreeMap<>();
        try {
            for (Map.Entry<String, String> e : FLAGS.entrySet()) {
                Object value = SeqClassifierFlags.class.getField(e.getKey()).get(coreNlp.flags);
                if (!e.getValue().equals(String.valueOf(value))) {
                    differing.put(e.getKey(), value + " (expected " + e.getValue() + ")");
                }
            }
        } catch (ReflectiveOperationException e) {
            throw unexpectedLayout(e);
        }
        if (!(coreNlp.flags.wordFunction instanceof AmericanizeFunction)) {
            differing.put("wordFunction", coreNlp.flags.wordFunction + " (expected AmericanizeFunction)");
        }
        if (coreNlp.featureFactories.size() != 1 || coreNlp.featureFactories.get(0).getClass() != NERFeatureFactory.class) {
            differing.put("featureFactories", coreNlp.featureFactories + " (expected one NERFeatureFactory)");
        }
        if (Generics.HASH_SET_CLASSNAME != null) {
            differing.put(Generics.HASH_SET_PROPERTY, Generics.HASH_SET_CLASSNAME + " (expected unset: java.util.HashSet)");
        }
        if (!differing.isEmpty()) {
            throw new IllegalArgumentException("the fast CRF cannot reproduce this model's features; flags differing"
                    + " from english.all.3class.distsim's: " + differing);
        }
        try {
            Object labelDictionary = read(CRFClassifier.class, coreNlp, "labelDictionary");
            if (labelDictionary != null) {
                throw new IllegalArgumentException("the fast CRF decodes without a label dictionary, as"
                        + " english.all.3class.distsim does; this model has one");
            }
            Object lexicon = read(NERFeatureFactory.class, coreNlp.featureFactories.get(0), "lexicon");
            CrfFeatures.Model model = new CrfFeatures.Model(
                    (Index<String>) read(CRFClassifier.class, coreNlp, "featureIndex"),
                    (Map<String, String>) lexicon, coreNlp.flags.wordFunction,
                    coreNlp.flags.unknownWordDistSimClass, coreNlp.flags.disjunctionWidth,
                    coreNlp.flags.maxNGramLeng);
            if (model.featureIndex() == null || model.distSimLexicon() == null) {
                throw new IllegalArgumentException("the CRF model has no feature index or no distsim lexicon loaded");
            }
            // Features of several parts are looked up without building their strings (JoinedFeature).
            String first = model.featureIndex().get(0);
            int found = new JoinedFeature(first, "", "", null, "").indexIn(model.featureIndex());
            if (found != 0) {
                throw new IllegalStateException("cannot put the fast CRF in place: CoreNLP's feature index ("
                        + model.featureIndex().getClass().getName() + ") did not find feature 0 by its characters"
                        + " (found " + found + "); CoreNLP 4.5.10's HashIndex does");
            }
            return new FastCrf(coreNlp, model);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw unexpectedLayout(e);
        }
    }

    /**
     * Puts a fast classifier in place of the CRF of every recogniser in {@code pipeline} that runs one
     * CRF model with the flags {@link #of} accepts.
     *
     * @return how many recognisers were changed
     * @throws IllegalArgumentException if a recogniser's CRF model asks for features not reproduced
     */
    @SuppressWarnings("unchecked")
    static int install(AnnotationPipeline pipeline) {
        int changed = 0;
        try {
            for (Object a : (List<Object>) read(AnnotationPipeline.class, pipeline, "annotators")) {
                if (a instanceof NERCombinerAnnotator ner) {
                    NERClassifierCombiner combiner = (NERClassifierCombiner) read(NERCombinerAnnotator.class, ner, "ner");
                    List<AbstractSequenceClassifier<CoreLabel>> base =
                            (List<AbstractSequenceClassifier<CoreLabel>>) read(ClassifierCombiner.class, combiner,
                                    "baseClassifiers");
                    for (int i = 0; i < base.size(); i++) {
                        if (base.get(i) instanceof CRFClassifier<CoreLabel> crf && !(crf instanceof FastCrf)) {
                            base.set(i, ofModelIn(crf));
                            changed++;
                        }
                    }
                }
            }
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw unexpectedLayout(e);
        }
        return changed;
    }

    private static FastCrf ofModelIn(CRFClassifier<CoreLabel> crf) {
        try {
            return of(crf);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + "; set " + CoreNlpAnnotator.FAST_CRF
                    + "=false to run CoreNLP's own CRF for this model", e);
        }
    }

    /**
     * Labels the tokens as CoreNLP's {@code classify} does, in place: CoreNLP's answer and its
     * probability on each. A sentence marked with what the fast features do not read (a domain, stacked
     * tags, classes set beforehand) is left to CoreNLP's own code.
     */
    @Override
    public List<CoreLabel> classify(List<CoreLabel> document) {
        if (document.isEmpty()) {
            return document;
        }
        int[][][] data = marked(document) ? null : features.get().data(document);
        if (data == null) {
            return coreNlp.classify(document);
        }
        double[][][] values = new double[document.size()][windowSize][];
        CRFCliqueTree<String> tree = coreNlp.getCliqueTree(new Triple<>(data, new int[document.size()], values));
        TestSequenceModel model = new TestSequenceModel(tree);
        int[] best = new ExactBestSequenceFinder().bestSequence(model);
        for (int j = 0; j < document.size(); j++) {
            String guess = classIndex.get(best[j + windowSize - 1]);
            CoreLabel token = document.get(j);
            token.set(CoreAnnotations.AnswerAnnotation.class, guess);
            token.set(CoreAnnotations.AnswerProbAnnotation.class, model.labelProb(j, classIndex.indexOf(guess)));
        }
        return document;
    }

    /** The feature indices of a preprocessed sentence, as {@code documentToDataAndLabels} gives them. */
    int[][][] data(List<CoreLabel> document) {
        return features.get().data(document);
    }

    /**
     * Whether the tokens carry what CoreNLP's features would read and {@link CrfFeatures} does not: a
     * domain on the first token, classes some token already has, stacked tags.
     */
    private static boolean marked(List<CoreLabel> document) {
        if (document.get(0).containsKey(CoreAnnotations.DomainAnnotation.class)) {
            return true;
        }
        for (CoreLabel t : document) {
            if (t.containsKey(CoreAnnotations.DistSimAnnotation.class)
                    || t.get(CoreAnnotations.StackedNamedEntityTagAnnotation.class) != null) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> flags(String spec) {
        Map<String, String> flags = new TreeMap<>();
        for (String pair : spec.trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            flags.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return flags;
    }

    private static Object read(Class<?> owner, Object target, String field) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(field);
        f.setAccessible(true);
        return f.get(target);
    }

    private static IllegalStateException unexpectedLayout(Exception e) {
        return new IllegalStateException("cannot put the fast CRF in place: this CoreNLP's CRF classifier is not"
                + " laid out as in CoreNLP 4.5.10, which Accord expects (" + e + ")", e);
    }
}
